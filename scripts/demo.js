// Lints the bundled example app with the freshly built plugin and prints what it finds.
// The app contains deliberate mistakes, so findings are the expected outcome.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const exampleDir = path.join(__dirname, '..', 'examples', 'express-api');
const eslintBin = path.join(path.dirname(require.resolve('eslint/package.json')), 'bin', 'eslint.js');

console.log(`Linting ${path.relative(process.cwd(), exampleDir) || '.'} with eslint-plugin-safe-errors (flat/strict)…\n`);
const result = spawnSync(process.execPath, [eslintBin, '--color', '.'], { cwd: exampleDir, stdio: 'inherit' });

if (result.status === 1) {
  console.log('The example app has the mistakes the plugin exists to catch: the findings above are expected.');
  console.log('Each one is explained in docs/rules/. Try `npx eslint . --format json` in examples/express-api for suggestions.');
  process.exit(0);
}
console.error(result.status === 0 ? 'Expected findings in the example app, but ESLint reported none.' : `ESLint failed (exit ${result.status}).`);
process.exit(1);
