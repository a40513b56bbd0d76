// The project's scripts run on the Node that `npm ci` installs into node_modules/.bin (the `node` dev dependency,
// Node 24), which npm puts first on every script's PATH, whatever `node` the machine has. This stops a script early,
// with the fix, when it finds itself on an older Node: the dev dependency is missing or its install script was
// blocked.
const [major, minor] = process.versions.node.split('.').map(Number);

export function requireProjectNode() {
  if (major > 22 || (major === 22 && minor >= 12)) return;
  console.error(
    `This script is running on Node ${process.version}, but the project needs 22.12 or newer. ` +
      'Run it through npm (npm start, npm test, npm run …) after `npm ci`, which installs the project\'s own Node 24 ' +
      'into node_modules/.bin; if `node_modules/.bin/node --version` does not print v24, run `npm ci` again with install scripts allowed.',
  );
  process.exit(1);
}
