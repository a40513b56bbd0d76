/**
 * The floors of src/ (ARCHITECTURE.md explains them): imports point one way, tools stay apart, no cycles, small files.
 * Reads every .ts, .astro and .mjs file under src/, resolves its relative imports, and names the file that breaks a rule.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const MAX_LINES = 300;

/**
 * The rule table (the same as in ARCHITECTURE.md). A file's floor comes from its folder, except that every `.astro`
 * file is a view: a tool's form and tables live in the tool's folder but sit on the top floor with the other views.
 */
type Floor = 'model/schema' | 'model' | 'time' | 'tools/shared' | 'tool' | 'site' | 'view';
const MAY_IMPORT: Record<Floor, { floors: readonly Floor[]; typesOnly?: readonly Floor[]; note: string }> = {
  'model/schema': { floors: ['model/schema', 'model'], note: 'Zod schemas (build only): only the model' },
  model: { floors: ['model'], typesOnly: ['model/schema'], note: 'the ground floor: only itself, and the schemas as types' },
  time: { floors: ['time'], typesOnly: ['model'], note: "beside the model: only itself, and the model's types" },
  'tools/shared': { floors: ['tools/shared', 'model', 'time'], typesOnly: ['model/schema'], note: 'model, time' },
  tool: { floors: ['tool', 'tools/shared', 'model', 'time'], typesOnly: ['model/schema'], note: 'its own folder, tools/shared, model, time' },
  site: { floors: ['site', 'model/schema', 'model', 'time', 'tools/shared'], note: "model, time, tools/shared, and the tools' compilers" },
  view: { floors: ['view', 'site', 'tool', 'tools/shared', 'model/schema', 'model', 'time'], note: 'anything below (a tool view: not another tool)' },
};

interface SourceFile {
  path: string;
  floor: Floor;
  /** tools/<tool> for files of one tool (views included). */
  tool: string | undefined;
  lines: number;
  imports: Array<{ target: string; typeOnly: boolean; specifier: string }>;
}

function floorOf(path: string): { floor: Floor; tool: string | undefined } {
  const tool = /^tools\/([^/]+)\//.exec(path)?.[1];
  const ownTool = tool && tool !== 'shared' ? `tools/${tool}` : undefined;
  if (path.endsWith('.astro')) return { floor: 'view', tool: ownTool };
  if (path.startsWith('model/schema/')) return { floor: 'model/schema', tool: undefined };
  if (path.startsWith('model/')) return { floor: 'model', tool: undefined };
  if (path.startsWith('time/')) return { floor: 'time', tool: undefined };
  if (path.startsWith('tools/shared/')) return { floor: 'tools/shared', tool: undefined };
  if (ownTool) return { floor: 'tool', tool: ownTool };
  if (path.startsWith('site/')) return { floor: 'site', tool: undefined };
  return { floor: 'view', tool: undefined };
}

// A specifier may be a folder (`'./'`, `'../model'`): it resolves to the folder's index.ts.
const IMPORT = /(?:^|[\s;{}])(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?(['"])(\.{1,2}\/[^'"]*)\3|import\(\s*(['"])(\.{1,2}\/[^'"]*)\5\s*\)/g;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(join(SRC, from)), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.astro`, `${base}.mjs`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(SRC, candidate).split('\\').join('/');
  }
  return undefined;
}

function readSources(): SourceFile[] {
  const paths = (readdirSync(SRC, { recursive: true }) as string[]).map((path) => path.split('\\').join('/')).filter((path) => /\.(ts|astro|mjs)$/.test(path));
  return paths.sort().map((path) => {
    const text = readFileSync(join(SRC, path), 'utf8');
    const imports: SourceFile['imports'] = [];
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[4] ?? match[6] ?? '';
      const target = resolveImport(path, specifier);
      if (target === undefined) throw new Error(`src/${path}: cannot resolve "${specifier}"`);
      // Style sheets and other assets are not code: they have no floor.
      if (/\.(ts|astro|mjs)$/.test(target)) imports.push({ target, typeOnly: match[2] !== undefined, specifier });
    }
    return { path, ...floorOf(path), lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0), imports };
  });
}

const files = readSources();
const byPath = new Map(files.map((file) => [file.path, file]));

/** Why an import breaks the rule table, or undefined when it is allowed. */
function violation(file: SourceFile, target: SourceFile, typeOnly: boolean): string | undefined {
  const rule = MAY_IMPORT[file.floor];
  const allowed = rule.floors.includes(target.floor) || (typeOnly && rule.typesOnly?.includes(target.floor));
  if (target.tool !== undefined && target.tool !== file.tool) {
    // One tool never reaches into another; site/ may read a tool's compiler only (to serve its data at build time).
    if (file.tool !== undefined) return `${file.tool} imports ${target.tool}: tools share only tools/shared`;
    if (file.floor === 'site') return target.path.startsWith(`${target.tool}/compile/`) ? undefined : `site/ may import a tool's compiler (${target.tool}/compile/) only`;
  }
  if (!allowed) return `the ${file.floor} floor may import ${rule.note}, not the ${target.floor} floor${rule.typesOnly?.includes(target.floor) ? ' except with `import type`' : ''}`;
  return undefined;
}

describe('the floors of src/', () => {
  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(150);
    for (const floor of ['model/schema', 'model', 'time', 'tools/shared', 'tool', 'site', 'view'] as const) {
      expect(files.some((file) => file.floor === floor), floor).toBe(true);
    }
  });

  it('imports point one way: no file imports from a higher floor, and tools share only tools/shared', () => {
    const problems = files.flatMap((file) =>
      file.imports.flatMap(({ target, typeOnly, specifier }) => {
        const why = violation(file, byPath.get(target) as SourceFile, typeOnly);
        return why ? [`src/${file.path} imports ${specifier}: ${why}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (path: string): void => {
      state.set(path, 'open');
      stack.push(path);
      for (const { target } of byPath.get(path)?.imports ?? []) {
        if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].map((item) => `src/${item}`).join(' → '));
        else if (!state.has(target)) visit(target);
      }
      stack.pop();
      state.set(path, 'done');
    };
    for (const file of files) if (!state.has(file.path)) visit(file.path);
    expect(cycles).toEqual([]);
  });

  it("keeps a tool's build-time compiler out of its browser code: a client reaches neither compile/ nor the folder's index", () => {
    // What client.ts imports, and what that imports, ends up in the browser; only `import type` is erased.
    const problems: string[] = [];
    for (const client of files.filter((file) => /^tools\/[^/]+\/client\.ts$/.test(file.path))) {
      const seen = new Set<string>();
      const visit = (path: string, via: string): void => {
        if (seen.has(path)) return;
        seen.add(path);
        if (/^tools\/[^/]+\/(compile\/|index\.ts$)/.test(path)) problems.push(`src/${client.path} reaches src/${path} (via ${via})`);
        for (const { target, typeOnly } of byPath.get(path)?.imports ?? []) if (!typeOnly) visit(target, `src/${path}`);
      };
      visit(client.path, 'itself');
    }
    expect(problems).toEqual([]);
  });

  it(`keeps every source file at ${MAX_LINES} lines or fewer`, () => {
    const long = files.filter((file) => file.lines > MAX_LINES).map((file) => `src/${file.path}: ${file.lines} lines`);
    expect(long).toEqual([]);
  });

  it('states the same rule table as ARCHITECTURE.md', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../ARCHITECTURE.md', import.meta.url)), 'utf8');
    for (const [floor, rule] of Object.entries(MAY_IMPORT)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${floor}\` |`));
      expect(row, `ARCHITECTURE.md has no row for the ${floor} floor`).toBeDefined();
      expect(row?.trim().endsWith(`| ${rule.note} |`), `ARCHITECTURE.md's ${floor} row ends with "${rule.note}"`).toBe(true);
    }
  });

  it('catches what it should: the rule table refuses an upward import, a tool-to-tool import and a value import of a schema', () => {
    const fake = (path: string): SourceFile => ({ path, ...floorOf(path), lines: 1, imports: [] });
    expect(violation(fake('model/regionFacts.ts'), fake('site/config.ts'), false)).toMatch(/model floor/);
    expect(violation(fake('time/period.ts'), fake('tools/refund/rules/types.ts'), true)).toMatch(/a tool|time floor/);
    expect(violation(fake('tools/refund/client.ts'), fake('tools/support/rules/fields.ts'), false)).toMatch(/tools\/support/);
    expect(violation(fake('tools/refund/client.ts'), fake('site/config.ts'), false)).toMatch(/tool floor/);
    expect(violation(fake('tools/refund/client.ts'), fake('model/schema/region.ts'), false)).toMatch(/import type/);
    expect(violation(fake('tools/refund/client.ts'), fake('model/schema/region.ts'), true)).toBeUndefined();
    expect(violation(fake('site/dataFiles.ts'), fake('tools/refund/compile/compileRefundRegion.ts'), false)).toBeUndefined();
    expect(violation(fake('site/regionPage/model.ts'), fake('tools/refund/rules/types.ts'), false)).toMatch(/tools\/refund/);
    expect(violation(fake('tools/eligibility/EligibilityChecker.astro'), fake('site/collections/regions.ts'), false)).toBeUndefined();
    expect(violation(fake('tools/eligibility/EligibilityChecker.astro'), fake('tools/refund/RefundEstimator.astro'), false)).toMatch(/tools\/refund/);
  });
});
