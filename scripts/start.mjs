// `npm start`: builds the site (with its search index) and serves it, saying where.
import { spawn, spawnSync } from 'node:child_process';
import { requireProjectNode } from './project-node.mjs';

requireProjectNode();
const PORT = Number(process.env.PORT ?? 4321);
const astro = (args, options) => [process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], options];

const build = spawnSync(...astro(['build'], { stdio: 'inherit' }));
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(...astro(['preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: ['inherit', 'pipe', 'inherit'] }));
let announced = false;
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /127\.0\.0\.1:\d+/.test(String(chunk))) {
    announced = true;
    console.log(`\nRefund Atlas is served at http://localhost:${PORT}/ with search. Stop it with Ctrl+C.\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
