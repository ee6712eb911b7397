// Guard against silently running on an old Node. The project carries its own
// Node 24 (the `node` devDependency), which `npm run` puts first on PATH; if
// installs ran with --ignore-scripts it is missing and the system Node runs.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `SVD Publisher needs Node.js 22.12 or newer; this is Node.js ${process.versions.node}.\n` +
      'Run it through npm (npm run build, npm test, npx svd ...) after `npm install`, which installs the project\'s own Node 24.\n' +
      'If you installed with --ignore-scripts, run `npm install` again without it.',
  );
  process.exit(2);
}
