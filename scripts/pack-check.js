// Packs the plugin, installs the tarball into an empty folder next to each supported ESLint
// major (from the npm registry), and runs the end-to-end suite against those installs.
const { execFileSync, spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const majors = { 'eslint-v8': 'eslint@8.57.1', 'eslint-v9': 'eslint@^9', 'eslint-v10': 'eslint@^10' };

const work = mkdtempSync(path.join(os.tmpdir(), 'safe-errors-pack-'));
try {
  const tarballName = execFileSync(npm, ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
  const tarball = path.join(work, tarballName);
  console.log(`packed ${tarballName}`);
  const installs = {};
  for (const [alias, spec] of Object.entries(majors)) {
    const dir = path.join(work, alias);
    execFileSync('mkdir', ['-p', dir]);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `pack-check-${alias}`, private: true }));
    console.log(`installing ${spec} + the tarball into ${dir}`);
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error', spec, tarball, '@typescript-eslint/parser'], { cwd: dir, stdio: 'inherit' });
    installs[alias] = path.join(dir, 'node_modules');
  }
  const result = spawnSync(npm, ['run', 'test:e2e'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SAFE_ERRORS_E2E_INSTALLS: JSON.stringify(installs) },
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
