import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Writes dist/_headers (the Netlify and Cloudflare Pages format) after the build. The Content-Security-Policy is
 * the one Astro put in each page's <meta>, with the script and style hashes of every page merged, plus
 * frame-ancestors, which only a header can set. Hashed assets get a year-long immutable cache.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'refund-atlas:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies = await Promise.all((await htmlFiles(outDir)).map(async (file) => metaPolicy(await readFile(file, 'utf8'))));
        const policy = mergePolicies(policies.filter((value): value is string => value !== undefined));
        if (!policy) throw new Error('No page has a Content-Security-Policy <meta>: is security.csp still enabled in astro.config.mjs?');
        await writeFile(join(outDir, '_headers'), headersFile(`${policy}; frame-ancestors 'none'`));
        logger.info('Wrote _headers with the merged Content-Security-Policy');
      },
    },
  };
}

export function headersFile(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
    '  X-Frame-Options: DENY',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/pagefind/*',
    '  Cache-Control: public, max-age=3600, must-revalidate',
    '/holidays/*',
    '  Cache-Control: public, max-age=86400, must-revalidate',
    '',
  ].join('\n');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

export function metaPolicy(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
}

/** One policy whose every directive allows the union of the sources the pages' policies allow. */
export function mergePolicies(policies: string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy.split(';').map((part) => part.trim()).filter(Boolean)) {
      const [name = '', ...sources] = directive.split(/\s+/);
      const merged = directives.get(name) ?? new Set<string>();
      for (const source of sources) merged.add(source);
      directives.set(name, merged);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
