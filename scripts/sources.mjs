// `npm run sources`: checks every source cited in content/ (docs/source-watch.md). The code is TypeScript in
// scripts/sources/ and src/model/, run by Node 24's own type stripping; this hook lets it import `./file` without
// the `.ts` extension, as the rest of the project (Vite) does.
import * as nodeModule from 'node:module';
import { requireProjectNode } from './project-node.mjs';

requireProjectNode();
const { registerHooks } = nodeModule;
if (typeof registerHooks !== 'function' || !process.features.typescript) {
  console.error(`npm run sources needs Node 24 (type stripping and module hooks); this is Node ${process.version}. Run it through npm after \`npm ci\`, which installs the project's own Node 24.`);
  process.exit(2);
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (/^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier)) return nextResolve(`${specifier}.ts`, context);
      throw error;
    }
  },
});

const { runCli } = await import('./sources/cli.ts');
const { output, exitCode } = await runCli(process.argv.slice(2));
console.log(output);
process.exitCode = exitCode;
