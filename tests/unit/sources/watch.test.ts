import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_IN_OUR_SOURCES_CHECK } from '../../../src/model/missing';
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../../../scripts/sources/cli';
import type { WatchReport, SourceResult } from '../../../scripts/sources/watch';
import { SITE, startFixtureServer, initialState, type FixtureServer } from './fixtureServer';
import { CASES, writeFixtureContent } from './fixtureContent';

// The whole watch against a local fixture site (node:http on a free port): no DNS, no network. Short timeouts and
// no per-host pause come from the options, as an editor would pass them.
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(20_000);
});
afterAll(async () => {
  await server.close();
});

type Content = ReturnType<typeof writeFixtureContent>;

async function run(content: Content, ...extra: string[]) {
  const args = ['--content', content.contentDir, '--lock', content.lockPath, '--today', '2026-12-04', '--timeout', '3000', '--max-bytes', '100000', '--host-delay', '0', '--via', `${SITE}=${server.origin}`];
  const human = await runCli([...args, ...extra]);
  return { ...human, lines: human.output.split('\n'), summary: human.output.split('\n').at(-1) };
}

async function runJson(content: Content, ...extra: string[]): Promise<{ report: WatchReport; exitCode: number; byId: (id: string) => SourceResult }> {
  const { output, exitCode } = await run(content, '--json', ...extra);
  const report = JSON.parse(output) as WatchReport;
  const byId = (id: string) => {
    const found = report.results.find((result) => result.id === id);
    if (!found) throw new Error(`no result for ${id}`);
    return found;
  };
  return { report, exitCode, byId };
}

const lockOf = (content: Content) => JSON.parse(readFileSync(content.lockPath, 'utf8')) as { sources: Record<string, { text: string; finalUrl: string; redirects: Array<{ status: number }> }> };

describe('npm run sources: every case of the fixture site', () => {
  it('classifies a first run (nothing accepted yet): moved, dead, unreachable, and every page read as "to review"', async () => {
    Object.assign(server.state, initialState());
    const content = writeFixtureContent();
    const { report, exitCode, byId } = await runJson(content);
    expect(exitCode).toBe(1);
    expect(report.counts).toEqual({ checked: 12, unchanged: 0, changed: 7, moved: 1, dead: 2, unreachable: 2 });

    expect(byId('help-old-address')).toMatchObject({ finding: 'moved', movedTo: `${SITE}/new-address` });
    expect(byId('help-old-address').reason).toMatch(/permanent redirect \(301\)/);
    expect(byId('help-temporary')).toMatchObject({ finding: 'changed', finalUrl: `${SITE}/temporary-target` });
    expect(byId('help-temporary').movedTo).toBeUndefined();
    expect(byId('help-temporary').redirects).toEqual([{ status: 302, from: `${SITE}/temporary`, to: `${SITE}/temporary-target` }]);
    expect(byId('help-missing')).toMatchObject({ finding: 'dead', status: 404, reason: 'HTTP 404 (not found)' });
    expect(byId('help-gone')).toMatchObject({ finding: 'dead', status: 410, reason: 'HTTP 410 (gone)' });
    expect(byId('help-slow')).toMatchObject({ finding: 'unreachable', reason: 'no answer in time' });
    expect(byId('help-huge')).toMatchObject({ finding: 'unreachable' });
    expect(byId('help-huge').reason).toBe('larger than 100 kB, the most a page may be');
    // The dead page carries a "not in our sources, check this page" fact: the report names it.
    expect(byId('help-missing').citations[0]?.facts).toEqual([{ path: 'renewedGuarantee', field: 'renewedGuarantee', shown: NOT_IN_OUR_SOURCES_CHECK, via: 'checkAt' }]);

    const human = await run(content);
    expect(human.summary).toBe('sources: 12 checked, 0 unchanged, 7 changed, 1 moved, 0 dead, 2 unreachable'.replace('0 dead', '2 dead'));
    expect(human.output).toContain(`MOVED  help-old-address  ${SITE}/old-address`);
    expect(human.output).toContain(`  new address: ${SITE}/new-address`);
    expect(human.output).toContain(`DEAD  help-gone  ${SITE}/gone`);
    expect(human.output).toContain(`UNREACHABLE  help-slow  ${SITE}/slow`);
    expect(human.output).toMatch(/CHANGED {2}help-temporary .*\n.*\n.*no reviewed state yet.*redirected \(302\) to https:\/\/help\.example\.com\/temporary-target/);
    const lineOf: Record<keyof typeof CASES, string> = {
      'help-unchanged': 'CHANGED',
      'help-changed': 'CHANGED',
      'help-footer-date': 'CHANGED',
      'help-old-address': 'MOVED',
      'help-temporary': 'CHANGED',
      'help-missing': 'DEAD',
      'help-gone': 'DEAD',
      'help-slow': 'UNREACHABLE',
      'help-huge': 'UNREACHABLE',
      'law-pdf': 'CHANGED',
      'help-shift-jis': 'CHANGED',
      'gov-latin1': 'CHANGED',
    };
    for (const [id, finding] of Object.entries(lineOf)) expect(human.lines, id).toContain(`${finding}  ${id}  ${SITE}${CASES[id as keyof typeof CASES]}`);
    expect(human.exitCode).toBe(1);
  });

  it('after --accept all, classifies what the site changed: text, footer date, PDF text, PDF export date', async () => {
    Object.assign(server.state, initialState());
    const content = writeFixtureContent();
    const accepted = await runJson(content, '--accept', 'all');
    expect(accepted.report.notAccepted).toEqual([]);
    // Dead pages cannot be accepted: the run still needs an editor.
    expect(accepted.exitCode).toBe(1);
    const lock = lockOf(content);
    expect(Object.keys(lock.sources)).toHaveLength(8);
    expect(lock.sources[`${SITE}/shift-jis`]?.text).toBe('返品について\n返品は30日以内です。');
    expect(lock.sources[`${SITE}/latin1`]?.text).toContain('Délai de rétractation : 14 jours à compter de la réception.');
    expect(lock.sources[`${SITE}/law.pdf`]?.text).toBe('Article 9. Right of withdrawal\nThe consumer shall have a period of 14 days to withdraw.');
    expect(lock.sources[`${SITE}/temporary`]?.redirects.map((hop) => hop.status)).toEqual([302]);

    server.state.changedText = 'You can return most items within 14 days of delivery.';
    server.state.footerDate = 'Last updated 3 December 2026';
    server.state.lawLines = ['Article 9. Right of withdrawal', 'The consumer shall have a period of 30 days to withdraw.'];
    const { report, exitCode, byId } = await runJson(content);
    expect(exitCode).toBe(1);
    expect(report.counts).toEqual({ checked: 12, unchanged: 6, changed: 2, moved: 0, dead: 2, unreachable: 2 });
    expect(byId('help-footer-date').finding).toBe('unchanged');
    expect(byId('help-old-address').finding).toBe('unchanged'); // the move was accepted
    expect(byId('help-temporary').finding).toBe('unchanged');
    expect(byId('help-shift-jis').finding).toBe('unchanged');
    expect(byId('gov-latin1').finding).toBe('unchanged');

    const changed = byId('help-changed');
    expect(changed.finding).toBe('changed');
    expect(changed.diff).toEqual(['- You can return most items within 30 days of delivery.', '+ You can return most items within 14 days of delivery.']);
    expect(changed.citations.map((citation) => [citation.file, citation.entry, citation.facts.map((fact) => `${fact.path}: ${fact.shown}`)])).toEqual([
      ['regions/xx.mdx', 'sources[id=help-changed]', ['returnWindow: 30 days from delivery', 'refund.paymentTimes.0: 3–5 business days']],
      ['guides/start-a-return.mdx', 'sources.0', []],
    ]);
    const law = byId('law-pdf');
    expect(law.finding).toBe('changed');
    expect(law.diff).toEqual(['- The consumer shall have a period of 14 days to withdraw.', '+ The consumer shall have a period of 30 days to withdraw.']);
    expect(law.citations[0]?.facts.map((fact) => `${fact.path} (${fact.via}): ${fact.shown}`)).toEqual(['statutoryRights.0 (source): 14 days', 'statutoryRights.0 (law): 14 days']);

    const human = await run(content);
    expect(human.summary).toBe('sources: 12 checked, 6 unchanged, 2 changed, 0 moved, 2 dead, 2 unreachable');
    expect(human.output).toContain(`CHANGED  help-changed  ${SITE}/changed`);
    expect(human.output).toContain('    regions/xx.mdx returnWindow: 30 days from delivery');
    expect(human.output).toContain('    regions/xx.mdx refund.paymentTimes.0: 3–5 business days');
    expect(human.output).toContain('    guides/start-a-return.mdx sources.0');
    expect(human.output).toContain('    - You can return most items within 30 days of delivery.');
    expect(human.output).toContain('npm run sources -- --accept help-changed');
    expect(human.lines).toContain(`CHANGED  law-pdf  ${SITE}/law.pdf`);
    expect(human.lines).toContain('    regions/xx.mdx statutoryRights.0 (law): 14 days');
    expect(human.output).not.toContain('UNCHANGED');
  });

  it('exits 0 and prints only the summary when nothing changed; --accept <id> round-trips one source', async () => {
    Object.assign(server.state, initialState());
    const content = writeFixtureContent(['help-unchanged', 'help-changed', 'help-footer-date', 'help-temporary', 'law-pdf', 'help-shift-jis', 'gov-latin1']);
    expect((await run(content)).exitCode).toBe(1); // nothing reviewed yet
    expect((await run(content, '--accept', 'all')).exitCode).toBe(0);
    const lockAfterAccept = readFileSync(content.lockPath, 'utf8');

    const quiet = await run(content);
    expect(quiet.output).toBe('sources: 7 checked, 7 unchanged, 0 changed, 0 moved, 0 dead, 0 unreachable');
    expect(quiet.exitCode).toBe(0);
    server.state.footerDate = 'Last updated 4 December 2026';
    server.state.pdfExported = 'D:20261204090000Z';
    const again = await run(content);
    expect(again.output).toBe('sources: 7 checked, 7 unchanged, 0 changed, 0 moved, 0 dead, 0 unreachable');
    expect(readFileSync(content.lockPath, 'utf8')).toBe(lockAfterAccept); // a run without --accept never writes

    server.state.changedText = 'Returns are free within 30 days of delivery.';
    const changed = await run(content);
    expect(changed.exitCode).toBe(1);
    expect(changed.summary).toBe('sources: 7 checked, 6 unchanged, 1 changed, 0 moved, 0 dead, 0 unreachable');
    const accepted = await run(content, '--accept', 'help-changed');
    expect(accepted.exitCode).toBe(0);
    expect(accepted.output).toContain(`CHANGED (accepted now)  help-changed  ${SITE}/changed`);
    expect(lockOf(content).sources[`${SITE}/changed`]?.text).toContain('Returns are free within 30 days of delivery.');
    expect((await run(content)).output).toBe('sources: 7 checked, 7 unchanged, 0 changed, 0 moved, 0 dead, 0 unreachable');
    // Accepting never edits content.
    expect(readFileSync(`${content.contentDir}/regions/xx.mdx`, 'utf8')).toContain('days: 30');
  });

  it('refuses to accept a dead page or an unknown id, and says why', async () => {
    const content = writeFixtureContent(['help-unchanged', 'help-gone']);
    const result = await run(content, '--accept', 'help-gone', '--accept', 'no-such-source');
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('NOT ACCEPTED  help-gone: it is dead (HTTP 410 (gone)): only a page that was read can be accepted');
    expect(result.output).toContain('NOT ACCEPTED  no-such-source: no cited source has this id or address');
    expect(lockOf(content).sources).toEqual({});
  });

  it('exits 0 when a page is only unreachable (slow or too large): nothing for an editor yet', async () => {
    const content = writeFixtureContent(['help-slow', 'help-huge']);
    const result = await run(content);
    expect(result.summary).toBe('sources: 2 checked, 0 unchanged, 0 changed, 0 moved, 0 dead, 2 unreachable');
    expect(result.exitCode).toBe(0);
  });

  it('is offline when no page answers: every source unreachable, a clear note, exit 0', async () => {
    const content = writeFixtureContent(['help-unchanged', 'help-changed', 'help-missing']);
    const result = await runCli(['--content', content.contentDir, '--today', '2026-12-04', '--timeout', '3000', '--host-delay', '0', '--via', `${SITE}=http://127.0.0.1:1`]);
    expect(result.exitCode).toBe(0);
    expect(result.output).toMatch(/^OFFLINE: no cited page answered \(3 unreachable/);
    expect(result.output.split('\n').at(-1)).toBe('sources: 3 checked, 0 unchanged, 0 changed, 0 moved, 0 dead, 3 unreachable');
  });

  it('stops trying once the first pages all fail at the network level, so an offline run ends quickly', async () => {
    const content = writeFixtureContent(['help-unchanged']);
    const hosts = Array.from({ length: 10 }, (_, index) => `https://site${index}.example.org`);
    const region = `${content.contentDir}/regions/xx.mdx`;
    const extra = hosts.map((host, index) => `  - id: site-${index}\n    title: Site ${index}\n    url: ${host}/page\n    kind: government\n`).join('');
    writeFileSync(region, readFileSync(region, 'utf8').replace('sources:\n', `sources:\n${extra}`));
    const via = hosts.flatMap((host) => ['--via', `${host}=http://127.0.0.1:1`]);
    const { output, exitCode } = await runCli(['--content', content.contentDir, '--json', '--concurrency', '1', '--host-delay', '0', '--via', `${SITE}=http://127.0.0.1:1`, ...via]);
    const report = JSON.parse(output) as WatchReport;
    expect(exitCode).toBe(0);
    expect(report.offline).toBe(true);
    expect(report.results.filter((result) => /not fetched: the first 8 pages got no answer \(offline\?\)/.test(result.reason))).toHaveLength(3);
  });

  it('names the project in its user agent, and fetches each cited address once', async () => {
    const content = writeFixtureContent(['help-unchanged', 'help-changed']);
    const before = server.requests.length;
    await run(content);
    const requests = server.requests.slice(before);
    expect(requests.map((request) => request.path).sort()).toEqual(['/changed', '/unchanged']);
    for (const request of requests) expect(request.userAgent).toMatch(/^RefundAtlasSourceWatch\/1\.0 \(\+https:\/\/github\.com\//);
  });

  it('lists the facts due for review by the one staleness rule: holiday windows every September, Amazon help every 6 months, law every year', async () => {
    Object.assign(server.state, initialState());
    const content = writeFixtureContent(['help-changed', 'help-footer-date', 'law-pdf'], '2026-11-26');
    const due = async (today: string) => JSON.parse((await runCli(['--content', content.contentDir, '--today', today, '--json', '--host-delay', '0', '--via', `${SITE}=${server.origin}`])).output) as WatchReport;
    expect((await due('2026-12-04')).due).toEqual([]);
    expect((await due('2027-05-26')).due.map((fact) => `${fact.path} ${fact.dueOn} (${fact.rule})`)).toEqual([
      'returnWindow 2027-05-26 (every 6 months)',
      'refund.paymentTimes.0 2027-05-26 (every 6 months)',
    ]);
    const september = await due('2027-09-01');
    expect(september.due.map((fact) => `${fact.path} ${fact.dueOn} (${fact.rule})`)).toContain('holidayWindows.0 2027-09-01 (every year on 1 September)');
    expect(september.due.find((fact) => fact.path === 'holidayWindows.0')?.shown).toBe('bought 1 November 2025 to 31 December 2025: return by 31 January 2026');
    expect((await due('2027-11-26')).due.map((fact) => fact.path)).toContain('statutoryRights.0');
  });

  it('reports source-quality problems (the build\'s rules) and does not fetch those addresses', async () => {
    const content = writeFixtureContent(['help-unchanged']);
    const region = `${content.contentDir}/regions/xx.mdx`;
    const text = readFileSync(region, 'utf8').replace('sources:\n', 'sources:\n  - id: raw-ip\n    title: A mirror\n    url: https://18.157.94.27/help\n    kind: copy\n  - id: plain\n    title: Plain http\n    url: http://example.org/help\n    kind: rumour\n');
    writeFileSync(region, text);
    const result = await run(content);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('SOURCE PROBLEMS: 4');
    expect(result.output).toContain('regions/xx.mdx sources[id=raw-ip].url: "https://18.157.94.27/help" points at a raw IP address');
    expect(result.output).toContain('regions/xx.mdx sources[id=raw-ip].readAt: is required for kind: copy');
    expect(result.output).toContain('regions/xx.mdx sources[id=plain].url: "http://example.org/help" uses plain http://');
    expect(result.output).toContain('regions/xx.mdx sources[id=plain].kind: "rumour" is not a kind of source');
    expect(result.summary).toBe('sources: 1 checked, 0 unchanged, 1 changed, 0 moved, 0 dead, 0 unreachable');
  });

  it('covers every case the brief lists', () => {
    expect(Object.values(CASES)).toHaveLength(12);
  });
});
