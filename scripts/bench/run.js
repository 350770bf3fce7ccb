#!/usr/bin/env node
'use strict';
/**
 * The benchmark (issue 9). `npm run bench` runs the default measurement:
 *
 *   node scripts/bench/run.js [--files 1000] [--rounds 5] [--typed-rounds 3] [--only a,e,h,b,c,d,f,g]
 *                             [--plugin <dir>] [--no-stats] [--no-editor]
 *   node scripts/bench/run.js --scaling [--rounds 3] [--sizes 100,1000,10000]
 *   node scripts/bench/run.js --check-modes [--files 1000]
 *   node scripts/bench/run.js --profile b [--files 1000]      CPU profile of one child run, top self times
 *   node scripts/bench/run.js --ablation [--rounds 3]         each rule alone over the floor (e)
 *   node scripts/bench/run.js --dir <path> [--rounds 5]       (a), (e), (b), (c) over a real codebase instead of the corpus
 *
 * Before each measurement the bench waits (up to --quiet-wait seconds, default 30, 0 = never)
 * until other processes use less than 0.15 of a core, and reports how much CPU other
 * processes used during each configuration's runs ("others (cores)").
 *
 * Each measurement is a fresh `node` child (child.js) running ESLint's Node API
 * with `overrideConfigFile: true`, an inline config and `cache: false`, so
 * nothing is cached between measurements. Configurations alternate within a
 * round and the order rotates from round to round. `--plugin` is a directory
 * holding the plugin's package.json and dist/ (default: the repository root).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { CONFIGS } = require('./configs');
const { generate } = require('./generate-corpus');

const REPO = path.resolve(__dirname, '..', '..');
const CHILD = path.join(__dirname, 'child.js');
const DEFAULT_ORDER = ['a', 'e', 'b', 'c', 'd', 'f', 'g'];
/** Every configuration in table order; (h), the floor for as many rules as `recommended` has, only with --only. */
const ALL_CONFIGS = ['a', 'e', 'h', 'b', 'c', 'd', 'f', 'g'];
const REAL_CODE_ORDER = ['a', 'e', 'b', 'c'];
const REAL_CODE_ALLOWED = ['a', 'e', 'h', 'b', 'c'];
/** What `--dir` leaves out of a real codebase: dependencies, build output, bundles. */
const REAL_CODE_IGNORED_DIRS = new Set(['node_modules', 'dist', 'build', '.next', 'coverage', 'public', '.git', 'out']);
const REAL_CODE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const args = {
    files: 1000,
    rounds: undefined,
    typedRounds: undefined,
    only: DEFAULT_ORDER,
    plugin: REPO,
    stats: true,
    editor: true,
    scaling: false,
    sizes: [100, 1000, 10000],
    checkModes: false,
    profile: undefined,
    ablation: false,
    json: undefined,
    editorRuns: 40,
    quietWait: 30,
    dir: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--files':
        args.files = Number(value());
        break;
      case '--rounds':
        args.rounds = Number(value());
        break;
      case '--typed-rounds':
        args.typedRounds = Number(value());
        break;
      case '--only':
        args.only = value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case '--plugin':
        args.plugin = path.resolve(value());
        break;
      case '--no-stats':
        args.stats = false;
        break;
      case '--no-editor':
        args.editor = false;
        break;
      case '--editor-runs':
        args.editorRuns = Number(value());
        break;
      case '--scaling':
        args.scaling = true;
        break;
      case '--sizes':
        args.sizes = value().split(',').map(Number);
        break;
      case '--check-modes':
        args.checkModes = true;
        break;
      case '--profile':
        args.profile = value();
        break;
      case '--ablation':
        args.ablation = true;
        break;
      case '--quiet-wait':
        args.quietWait = Number(value());
        break;
      case '--json':
        args.json = path.resolve(value());
        break;
      case '--dir':
        args.dir = path.resolve(value());
        break;
      case '-h':
      case '--help':
        {
          const source = fs.readFileSync(path.join(__dirname, 'run.js'), 'utf8');
          console.log(source.slice(source.indexOf('/**'), source.indexOf(' */') + 3));
        }
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${a}`);
    }
  }
  for (const name of args.only) if (!CONFIGS[name]) throw new Error(`--only: unknown configuration ${name} (known: ${ALL_CONFIGS.join(',')})`);
  if (args.dir) {
    if (!fs.existsSync(args.dir)) throw new Error(`--dir ${args.dir}: no such directory`);
    if (args.scaling || args.checkModes || args.ablation) throw new Error('--dir works with the default comparison and --profile only');
    // A real codebase has no tsconfig made for the bench (typed runs) and no editor file.
    args.only = args.only === DEFAULT_ORDER ? REAL_CODE_ORDER : args.only;
    const typed = args.only.filter((name) => !REAL_CODE_ALLOWED.includes(name));
    if (typed.length > 0) throw new Error(`--dir measures ${REAL_CODE_ALLOWED.join(', ')} only, not ${typed.join(', ')}`);
    args.editor = false;
  }
  if (!fs.existsSync(path.join(args.plugin, 'package.json'))) throw new Error(`--plugin ${args.plugin}: no package.json there`);
  const pkg = JSON.parse(fs.readFileSync(path.join(args.plugin, 'package.json'), 'utf8'));
  const main = path.join(args.plugin, pkg.main ?? 'index.js');
  if (!fs.existsSync(main)) throw new Error(`--plugin ${args.plugin}: ${path.relative(args.plugin, main)} is missing (build the plugin first)`);
  return args;
}

// ---------------------------------------------------------------- helpers

function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values, p) {
  const sorted = [...values].sort((x, y) => x - y);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(Math.max(rank, 0), sorted.length - 1)];
}

function table(headers, rows, align) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    `| ${cells.map((cell, i) => (align?.[i] === 'l' ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join(' | ')} |`;
  const sep = `|${widths.map((w, i) => (align?.[i] === 'l' ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(headers), sep, ...rows.map(line)].join('\n');
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const pct = (n) => (Number.isFinite(n) ? `${n >= 0 ? '+' : ''}${n.toFixed(1)}%` : 'n/a');

function log(message) {
  process.stderr.write(`${message}\n`);
}

function loadavg() {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

/** Busy and total CPU time of the whole machine so far, in ms (from /proc/stat; 0 where unavailable). */
function machineCpu() {
  try {
    const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    const idle = fields[3] + (fields[4] ?? 0);
    const total = fields.reduce((x, y) => x + y, 0);
    return { busy: (total - idle) * 10, total: total * 10 }; // USER_HZ = 100
  } catch {
    return { busy: 0, total: 0 };
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Waits (up to `maxWaitMs`) until the rest of the machine is nearly idle: other processes
 * (another developer's tests, a build) make wall times meaningless on a 2-core machine.
 * Returns the other processes' CPU use, in cores, in the last second.
 */
function waitForQuiet(maxWaitMs) {
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const before = machineCpu();
    sleep(500);
    const after = machineCpu();
    const cores = (after.busy - before.busy) / 500;
    if (cores < 0.15 || Date.now() >= deadline) return cores;
    sleep(2000);
  }
}

let quietWaitMs = 30000;

/** Runs one child measurement; returns its parsed JSON plus wall and foreign CPU load of the run. */
function runChild(childArgs, { nodeArgs = [], cwd = REPO, quiet = true } = {}) {
  if (quiet && quietWaitMs > 0) waitForQuiet(quietWaitMs);
  const cpuBefore = machineCpu();
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [...nodeArgs, CHILD, ...childArgs], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TIMING: undefined },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) {
    throw new Error(`measurement failed (${childArgs.join(' ')}):\n${child.stderr || child.stdout}`);
  }
  const lines = child.stdout.trim().split('\n');
  const result = JSON.parse(lines[lines.length - 1]);
  result.processMs = wallMs;
  const cpuAfter = machineCpu();
  // CPU used by other processes while this child ran, in cores (0 = the machine was ours).
  if (result.processCpuMs !== undefined && cpuAfter.total > 0) {
    result.foreignCores = Math.max(0, (cpuAfter.busy - cpuBefore.busy - result.processCpuMs) / wallMs);
  }
  return result;
}

function environment(args) {
  const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ?? os.cpus()[0]?.model;
  const version = (name) => {
    try {
      return require(`${name}/package.json`).version;
    } catch {
      return 'n/a';
    }
  };
  const pkg = JSON.parse(fs.readFileSync(path.join(args.plugin, 'package.json'), 'utf8'));
  return {
    node: process.version,
    eslint: version('eslint'),
    typescriptEslint: version('typescript-eslint'),
    typescript: version('typescript'),
    cpus: os.cpus().length,
    cpu,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    plugin: `${pkg.name}@${pkg.version} from ${args.plugin}`,
  };
}

function corpusInfo(dir) {
  const manifest = path.join(dir, 'corpus.json');
  if (fs.existsSync(manifest)) return JSON.parse(fs.readFileSync(manifest, 'utf8'));
  return realCodeInfo(dir);
}

/** Files and lines of a real codebase (`--dir`), skipping what its lint run ignores. */
function realCodeInfo(dir) {
  const info = { files: 0, lines: 0, tsFiles: 0, jsFiles: 0, httpFiles: 'n/a' };
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!REAL_CODE_IGNORED_DIRS.has(entry.name)) walk(path.join(current, entry.name));
      } else if (REAL_CODE_FILE.test(entry.name) && !entry.name.endsWith('.min.js') && !entry.name.endsWith('.d.ts')) {
        info.files += 1;
        info.lines += fs.readFileSync(path.join(current, entry.name), 'utf8').split('\n').length;
        if (/\.[cm]?tsx?$/.test(entry.name)) info.tsFiles += 1;
        else info.jsFiles += 1;
      }
    }
  };
  walk(dir);
  return info;
}

function lintArgs(config, corpusDir, args, extra = []) {
  const target = args.dir ? ['--target', '.', '--real'] : [];
  return ['lint', '--config', config, '--corpus', corpusDir, '--plugin', args.plugin, ...target, ...extra];
}

function fingerprint(result) {
  return Object.entries(result.byRule)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

// ---------------------------------------------------------------- the main comparison

/**
 * One measurement of a configuration. When another process took more than a quarter of a core
 * during the run, measure again (twice at most) and keep the least disturbed run.
 */
function measureOnce(config, corpusDir, args) {
  let result = runChild(lintArgs(config, corpusDir, args));
  for (let retry = 0; retry < 2 && (result.foreignCores ?? 0) > 0.25; retry++) {
    log(`  ${config}  ${fmt(result.ms)} ms disturbed (other processes ${fmt(result.foreignCores, 2)} cores), measuring again`);
    const again = runChild(lintArgs(config, corpusDir, args));
    if ((again.foreignCores ?? 0) < result.foreignCores) result = again;
  }
  return result;
}

function measureConfigs(args, corpusDir, configs, { rounds, typedRounds }) {
  const info = corpusInfo(corpusDir);
  const samples = Object.fromEntries(configs.map((c) => [c, []]));
  // Warm the file system cache and the module cache of the OS; not recorded.
  log(`warm-up run (a) over ${info.files} files …`);
  runChild(lintArgs('a', corpusDir, args));
  const totalRounds = Math.max(rounds, typedRounds);
  for (let round = 0; round < totalRounds; round++) {
    const inRound = configs.filter((c) => (CONFIGS[c].typed ? round < typedRounds : round < rounds));
    // Rotate the order each round so no configuration always runs first or right after a heavy one.
    const shift = round % inRound.length;
    const order = [...inRound.slice(shift), ...inRound.slice(0, shift)];
    for (const config of order) {
      const result = measureOnce(config, corpusDir, args);
      if (result.fatal > 0) {
        throw new Error(`configuration ${config}: ${result.fatal} parsing errors, e.g.\n${result.fatalSamples.join('\n')}`);
      }
      samples[config].push(result);
      log(
        `round ${round + 1}/${totalRounds}  ${config}  ${fmt(result.ms)} ms  cpu ${fmt(result.cpuMs)} ms  ${result.errors + result.warnings} findings  other processes ${fmt(result.foreignCores ?? NaN, 2)} cores`,
      );
    }
  }
  return { info, samples };
}

function summarise(samples, info) {
  const kloc = info.lines / 1000;
  const out = {};
  for (const [config, runs] of Object.entries(samples)) {
    if (runs.length === 0) continue;
    const times = runs.map((r) => r.ms);
    const cpu = runs.map((r) => r.cpuMs);
    const prints = new Set(runs.map(fingerprint));
    out[config] = {
      runs: runs.length,
      median: median(times),
      min: Math.min(...times),
      max: Math.max(...times),
      cpuMedian: median(cpu),
      msPerKloc: median(times) / kloc,
      findings: runs[0].errors + runs[0].warnings,
      stableFindings: prints.size === 1,
      byRule: runs[0].byRule,
      rssMB: median(runs.map((r) => r.heapMB)),
      foreign: median(runs.map((r) => r.foreignCores ?? 0)),
    };
  }
  return out;
}

function printComparison(summary, info) {
  const a = summary.a;
  const e = summary.e;
  const rows = ALL_CONFIGS.filter((c) => summary[c]).map((c) => {
    const s = summary[c];
    return [
      `(${c}) ${CONFIGS[c].label}`,
      s.runs,
      fmt(s.median),
      `${fmt(s.min)}–${fmt(s.max)}`,
      fmt(s.msPerKloc, 1),
      a ? `${fmt(s.median / a.median, 2)}×` : 'n/a',
      e ? pct((s.median / e.median - 1) * 100) : 'n/a',
      a ? `${fmt(s.cpuMedian / a.cpuMedian, 2)}×` : 'n/a',
      `${s.findings}${s.stableFindings ? '' : ' (varies!)'}`,
      fmt(s.foreign, 2),
    ];
  });
  console.log(
    `\nCorpus: ${info.files} files, ${info.lines.toLocaleString('en-US')} lines (${info.tsFiles} TypeScript / ${info.jsFiles} JavaScript, ${info.httpFiles} HTTP-facing)\n`,
  );
  console.log(
    table(
      ['configuration', 'runs', 'median ms', 'range ms', 'ms/1k lines', 'vs (a)', 'vs floor (e)', 'cpu vs (a)', 'findings', 'others (cores)'],
      rows,
      ['l'],
    ),
  );
  if (summary.d && summary.c) {
    console.log(`\nType information makes flat/strict ${fmt(summary.d.median / summary.c.median, 2)}× slower (d vs c): the TypeScript program is built by the parser (projectService), not by the plugin.`);
  }
  if (summary.f && summary.g) {
    console.log(
      `With type information the plugin adds ${pct((summary.g.median / summary.f.median - 1) * 100)} to typescript-eslint's recommendedTypeChecked (g vs f, wall), ${pct((summary.g.cpuMedian / summary.f.cpuMedian - 1) * 100)} in CPU time.`,
    );
  }
}

// ---------------------------------------------------------------- per-rule times (ESLint stats)

function ruleStats(args, corpusDir, configs) {
  const out = {};
  for (const config of configs) {
    log(`stats pass (${config}) …`);
    const result = runChild(lintArgs(config, corpusDir, args, ['--stats']));
    out[config] = result;
  }
  return out;
}

function printRuleStats(stats) {
  for (const [config, result] of Object.entries(stats)) {
    const s = result.stats;
    const ours = Object.entries(s.rules)
      .filter(([id]) => id.startsWith('safe-errors/'))
      .sort((x, y) => y[1] - x[1]);
    const ruleSum = Object.values(s.rules).reduce((x, y) => x + y, 0);
    const oursSum = ours.reduce((x, [, t]) => x + t, 0);
    console.log(
      `\nPer-rule time, (${config}) ${CONFIGS[config].label}, one run with ESLint's \`stats: true\`: lint ${fmt(result.ms)} ms wall; ESLint's per-file total ${fmt(s.passTotal)} ms, of which parsing ${fmt(s.parse)} ms and all rules ${fmt(ruleSum)} ms.\n`,
    );
    const rows = ours.map(([id, t]) => [id, fmt(t), pct((t / s.passTotal) * 100).replace('+', ''), pct((t / result.ms) * 100).replace('+', ''), t / s.passTotal > 0.04 ? 'over 4%' : 'ok']);
    rows.push(['all safe-errors rules', fmt(oursSum), pct((oursSum / s.passTotal) * 100).replace('+', ''), pct((oursSum / result.ms) * 100).replace('+', ''), '']);
    console.log(table(['rule', 'total ms', 'share of lint total', 'share of wall', 'target ≤ 4%'], rows, ['l']));
  }
}

// ---------------------------------------------------------------- editor latency

function editorLatency(args, corpusDir, configs) {
  const info = corpusInfo(corpusDir);
  const out = {};
  for (const config of configs) {
    log(`editor latency (${config}) …`);
    out[config] = runChild([
      'editor',
      '--config',
      config,
      '--corpus',
      corpusDir,
      '--plugin',
      args.plugin,
      '--file',
      info.editorFile.file,
      '--runs',
      String(args.editorRuns),
      '--warmup',
      '10',
    ]);
  }
  return out;
}

function printEditor(results, info) {
  console.log(
    `\nEditor latency: \`lintText\` of ${info.editorFile.file} (${info.editorFile.lines} lines of Express handlers), ${Object.values(results)[0].times.length} runs in one process after 10 warm-up runs; each run lints a freshly edited text.\n`,
  );
  const base = results.a ? median(results.a.times) : undefined;
  const rows = Object.entries(results).map(([config, r]) => [
    `(${config}) ${CONFIGS[config].label}`,
    fmt(median(r.times), 1),
    fmt(percentile(r.times, 95), 1),
    fmt(Math.min(...r.times), 1),
    base ? `${fmt(median(r.times) / base, 2)}×` : 'n/a',
    r.findings,
  ]);
  console.log(table(['configuration', 'median ms', 'p95 ms', 'min ms', 'vs (a)', 'findings'], rows, ['l']));
}

// ---------------------------------------------------------------- scaling

function scaling(args) {
  const rounds = args.rounds ?? 3;
  const points = [];
  for (const size of args.sizes) {
    const dir = generate({ files: size });
    const { info, samples } = measureConfigs(args, dir, ['a', 'b'], { rounds, typedRounds: 0 });
    points.push({ size, info, summary: summarise(samples, info) });
  }
  const reference = points.find((p) => p.size === 1000) ?? points[Math.floor(points.length / 2)];
  console.log(`\nSize scaling: median of ${rounds} runs per point; "dev" is the deviation of ms per 1,000 lines from the ${reference.size}-file point.\n`);
  const rows = points.map((p) => {
    const a = p.summary.a;
    const b = p.summary.b;
    const overhead = (b.median - a.median) / (p.info.lines / 1000);
    const refOverhead = (reference.summary.b.median - reference.summary.a.median) / (reference.info.lines / 1000);
    return [
      p.size,
      p.info.lines.toLocaleString('en-US'),
      fmt(a.median),
      fmt(a.msPerKloc, 1),
      pct((a.msPerKloc / reference.summary.a.msPerKloc - 1) * 100),
      fmt(b.median),
      fmt(b.msPerKloc, 1),
      pct((b.msPerKloc / reference.summary.b.msPerKloc - 1) * 100),
      `${fmt(b.median / a.median, 2)}×`,
      fmt(overhead, 1),
      pct((overhead / refOverhead - 1) * 100),
    ];
  });
  console.log(
    table(['files', 'lines', '(a) ms', '(a) ms/1k', '(a) dev', '(b) ms', '(b) ms/1k', '(b) dev', '(b)/(a)', '(b)−(a) ms/1k', '(b)−(a) dev'], rows),
  );
  // Marginal cost between successive sizes: the slope, free of the fixed start-up cost (JIT warm-up, config).
  if (points.length > 1) {
    const marginal = [];
    for (let i = 1; i < points.length; i++) {
      const p0 = points[i - 1];
      const p1 = points[i];
      const kloc = (p1.info.lines - p0.info.lines) / 1000;
      marginal.push([
        `${p0.size} → ${p1.size}`,
        fmt((p1.summary.a.median - p0.summary.a.median) / kloc, 1),
        fmt((p1.summary.b.median - p0.summary.b.median) / kloc, 1),
      ]);
    }
    console.log('\nMarginal cost (slope between successive sizes), ms per 1,000 added lines:\n');
    console.log(table(['sizes', '(a)', '(b)'], marginal, ['l']));
  }
  const worst = Math.max(...points.map((p) => Math.abs(p.summary.b.msPerKloc / reference.summary.b.msPerKloc - 1) * 100));
  const overheadPerKloc = (p) => (p.summary.b.median - p.summary.a.median) / (p.info.lines / 1000);
  const worstOverhead = Math.max(...points.map((p) => Math.abs(overheadPerKloc(p) / overheadPerKloc(reference) - 1) * 100));
  console.log(`\nLargest deviation of (b) ms per 1,000 lines: ${fmt(worst, 1)}% (target: within ±15%) — ${worst <= 15 ? 'met' : 'missed'}.`);
  console.log(
    `Largest deviation of the plugin's own cost, (b)−(a) ms per 1,000 lines: ${fmt(worstOverhead, 1)}% — ${worstOverhead <= 15 ? 'within' : 'outside'} ±15%.`,
  );
  return points.map((p) => ({ size: p.size, lines: p.info.lines, summary: p.summary }));
}

// ---------------------------------------------------------------- --concurrency and --cache

function checkModes(args, corpusDir) {
  const eslintBin = path.join(path.dirname(require.resolve('eslint/package.json')), 'bin', 'eslint.js');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'safe-errors-bench-'));
  const configFile = path.join(tmp, 'eslint.config.cjs');
  const config = args.only.length === 1 ? args.only[0] : 'c';
  fs.writeFileSync(
    configFile,
    `// generated by scripts/bench/run.js --check-modes\nmodule.exports = require(${JSON.stringify(path.join(__dirname, 'configs.js'))}).buildConfig(${JSON.stringify(config)}, { pluginDir: ${JSON.stringify(args.plugin)}, corpusDir: ${JSON.stringify(corpusDir)} });\n`,
  );
  const cacheFile = path.join(tmp, 'eslintcache');
  const run = (label, flags) => {
    const output = path.join(tmp, `${label.replace(/\W+/g, '-')}.json`);
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, [eslintBin, '-c', configFile, '--format', 'json', '--output-file', output, ...flags, 'src'], {
      cwd: corpusDir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (child.status !== 0 && child.status !== 1) throw new Error(`eslint ${flags.join(' ')} failed (${child.status}):\n${child.stderr}`);
    const results = JSON.parse(fs.readFileSync(output, 'utf8'));
    const findings = [];
    for (const r of results) {
      for (const m of r.messages) {
        findings.push(`${path.relative(corpusDir, r.filePath)}:${m.line}:${m.column}:${m.endLine}:${m.endColumn}:${m.ruleId}:${m.messageId ?? ''}:${m.message}:${(m.suggestions ?? []).length}`);
      }
    }
    findings.sort();
    log(`${label}: ${findings.length} findings in ${fmt(ms)} ms`);
    return { label, flags: flags.join(' '), ms, findings };
  };
  const modes = [];
  log(`check modes with configuration (${config}) over ${corpusDir} …`);
  const plain = run('plain', []);
  modes.push(plain);
  modes.push(run('concurrency 2', ['--concurrency', '2']));
  modes.push(run('cache (cold)', ['--cache', '--cache-location', cacheFile]));
  modes.push(run('cache (warm)', ['--cache', '--cache-location', cacheFile]));
  modes.push(run('cache (warm) + concurrency 2', ['--cache', '--cache-location', cacheFile, '--concurrency', '2']));
  const cold2 = `${cacheFile}-2`;
  modes.push(run('cache (cold) + concurrency 2', ['--cache', '--cache-location', cold2, '--concurrency', '2']));

  // The catalog is not part of ESLint's cache key: after editing it, a warm cache answers with the old findings.
  const catalogPath = path.join(corpusDir, 'errors.catalog.json');
  const original = fs.readFileSync(catalogPath, 'utf8');
  let catalogCheck;
  try {
    const edited = JSON.parse(original);
    delete edited.errors.ConflictError;
    fs.writeFileSync(catalogPath, `${JSON.stringify(edited, null, 2)}\n`);
    const stale = run('catalog edited, cache (warm)', ['--cache', '--cache-location', cacheFile]);
    const fresh = run('catalog edited, no cache', []);
    catalogCheck = { staleEqualsOld: same(stale.findings, plain.findings), freshDiffers: !same(fresh.findings, plain.findings), fresh: fresh.findings.length, stale: stale.findings.length };
  } finally {
    fs.writeFileSync(catalogPath, original);
  }

  console.log(`\nSame findings with --concurrency and --cache (ESLint CLI, configuration (${config}), ${corpusDir}):\n`);
  const rows = modes.map((m) => [m.label, `\`${m.flags.split(tmp).join('<tmp>') || '(none)'}\``, fmt(m.ms), m.findings.length, same(m.findings, plain.findings) ? 'yes' : `NO (${diffSummary(plain.findings, m.findings)})`]);
  console.log(table(['mode', 'flags', 'wall ms', 'findings', 'same as plain'], rows, ['l', 'l']));
  console.log(
    `\nCatalog edited (ConflictError removed) with a warm cache: ${catalogCheck.stale} findings, ${catalogCheck.staleEqualsOld ? 'the same as before the edit (stale: the catalog is outside the cache key)' : 'different from before the edit'}; without the cache: ${catalogCheck.fresh} findings (${catalogCheck.freshDiffers ? 'changed' : 'unchanged'}).`,
  );
  fs.rmSync(tmp, { recursive: true, force: true });
  return { modes: modes.map(({ findings, ...m }) => ({ ...m, findings: findings.length, same: same(findings, plain.findings) })), catalogCheck };
}

function same(x, y) {
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function diffSummary(expected, actual) {
  const a = new Set(expected);
  const b = new Set(actual);
  const missing = expected.filter((f) => !b.has(f));
  const extra = actual.filter((f) => !a.has(f));
  return `${missing.length} missing, ${extra.length} extra; e.g. ${(missing[0] ?? extra[0] ?? '').slice(0, 160)}`;
}

// ---------------------------------------------------------------- CPU profile

function profile(args, corpusDir, config) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'safe-errors-prof-'));
  log(`profiling (${config}) …`);
  const result = runChild(lintArgs(config, corpusDir, args), { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '200'] });
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const prof = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const summary = summariseProfile(prof, args.plugin);
  console.log(`\nCPU profile of (${config}) ${CONFIGS[config].label}: lint ${fmt(result.ms)} ms; ${fmt(summary.totalMs)} ms sampled; profile kept at ${path.join(dir, file)}\n`);
  console.log(`Self time by file (top 12):\n`);
  console.log(table(['file', 'self ms', 'share'], summary.byFile.slice(0, 12).map((r) => [r.file, fmt(r.ms), pct(r.share).replace('+', '')]), ['l']));
  console.log(`\nPlugin functions (dist/) by self time (top 25); inclusive = time with the function anywhere on the stack:\n`);
  console.log(
    table(
      ['function', 'file:line', 'self ms', 'inclusive ms'],
      summary.plugin.slice(0, 25).map((r) => [r.name, r.where, fmt(r.self, 1), fmt(r.inclusive, 1)]),
      ['l', 'l'],
    ),
  );
  console.log(`\nAll plugin code (dist/): ${fmt(summary.pluginSelf)} ms self, ${fmt((summary.pluginSelf / summary.totalMs) * 100, 1)}% of samples.`);
  console.log(`\nTop self time overall (top 15):\n`);
  console.log(table(['function', 'file:line', 'self ms'], summary.all.slice(0, 15).map((r) => [r.name, r.where, fmt(r.self, 1)]), ['l', 'l']));
  return { config, lintMs: result.ms, ...summary, all: summary.all.slice(0, 40), plugin: summary.plugin.slice(0, 40) };
}

/** "name@file:line" → [name, "file:line"] (file paths may hold "@" themselves). */
function splitKey(key) {
  const at = key.indexOf('@');
  return [key.slice(0, at), key.slice(at + 1)];
}

function summariseProfile(prof, pluginDir) {
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const pluginDist = path.join(fs.realpathSync(pluginDir), 'dist');
  const short = (url) => {
    const p = url.replace(/^file:\/\//, '');
    if (p.startsWith(pluginDist)) return `dist/${path.relative(pluginDist, p)}`;
    const nm = p.lastIndexOf('node_modules/');
    if (nm >= 0) return p.slice(nm + 'node_modules/'.length);
    return p || '(native)';
  };
  const key = (n) => `${n.callFrame.functionName || '(anonymous)'}@${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const inclusive = new Map();
  const byFile = new Map();
  let totalMs = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const ms = (prof.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const leaf = nodes.get(prof.samples[i]);
    if (!leaf) continue;
    const k = key(leaf);
    self.set(k, (self.get(k) ?? 0) + ms);
    const file = short(leaf.callFrame.url);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const seen = new Set();
    for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
      const kk = key(nodes.get(id));
      if (seen.has(kk)) continue;
      seen.add(kk);
      inclusive.set(kk, (inclusive.get(kk) ?? 0) + ms);
    }
  }
  const rows = [...self.entries()].map(([k, ms]) => {
    const [name, where] = splitKey(k);
    return { name, where, self: ms, inclusive: inclusive.get(k) ?? ms };
  });
  rows.sort((x, y) => y.self - x.self);
  const plugin = [...inclusive.keys()]
    .filter((k) => k.includes('@dist/'))
    .map((k) => {
      const [name, where] = splitKey(k);
      return { name, where, self: self.get(k) ?? 0, inclusive: inclusive.get(k) };
    })
    .sort((x, y) => y.self - x.self || y.inclusive - x.inclusive);
  const files = [...byFile.entries()].map(([file, ms]) => ({ file, ms, share: (ms / totalMs) * 100 })).sort((x, y) => y.ms - x.ms);
  const pluginSelf = files.filter((f) => f.file.startsWith('dist/')).reduce((s, f) => s + f.ms, 0);
  return { totalMs, byFile: files, plugin, all: rows, pluginSelf };
}

// ---------------------------------------------------------------- ablation: each rule alone

function ablation(args, corpusDir) {
  const rounds = args.rounds ?? 3;
  const plugin = require(args.plugin);
  const strict = plugin.configs['flat/strict'].rules;
  const ids = Object.keys(strict);
  const names = ['e', ...ids.map((id) => `rule:${id}`)];
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  runChild(lintArgs('a', corpusDir, args)); // warm-up, not recorded
  for (let round = 0; round < rounds; round++) {
    const shift = round % names.length;
    for (const name of [...names.slice(shift), ...names.slice(0, shift)]) {
      const r = measureOnce(name, corpusDir, args);
      samples[name].push(r);
      log(`round ${round + 1}/${rounds}  ${name}  ${fmt(r.ms)} ms  cpu ${fmt(r.cpuMs)} ms  other processes ${fmt(r.foreignCores ?? NaN, 2)} cores`);
    }
  }
  const wall = (n) => median(samples[n].map((r) => r.ms));
  const cpu = (n) => median(samples[n].map((r) => r.cpuMs));
  console.log(
    `\nEach rule alone (with its flat/strict options) in place of the floor's no-op rule, median of ${rounds} runs. A rule alone also pays for the per-file analysis it shares with the others.\n`,
  );
  console.log(
    table(
      ['rule', 'median ms', 'range ms', 'over floor (e)', 'CPU over floor'],
      names.map((n) => [
        n === 'e' ? '(e) floor' : n.slice(5),
        fmt(wall(n)),
        `${fmt(Math.min(...samples[n].map((r) => r.ms)))}–${fmt(Math.max(...samples[n].map((r) => r.ms)))}`,
        n === 'e' ? '' : pct((wall(n) / wall('e') - 1) * 100),
        n === 'e' ? '' : pct((cpu(n) / cpu('e') - 1) * 100),
      ]),
      ['l'],
    ),
  );
  return Object.fromEntries(names.map((n) => [n, { wall: wall(n), cpu: cpu(n) }]));
}

// ---------------------------------------------------------------- main

function main() {
  const args = parseArgs(process.argv.slice(2));
  quietWaitMs = args.quietWait * 1000;
  const env = environment(args);
  const report = { env, args: { ...args }, startedAt: new Date().toISOString(), loadStart: loadavg() };
  const startedAt = Date.now();
  console.log(`safe-errors benchmark — node ${env.node}, ESLint ${env.eslint}, typescript-eslint ${env.typescriptEslint}, TypeScript ${env.typescript}`);
  console.log(`${env.cpus} × ${env.cpu}, ${env.memory}; plugin ${env.plugin}; load average at start ${report.loadStart}`);

  if (args.scaling) report.scaling = scaling(args);
  const special = args.scaling || args.checkModes || args.profile || args.ablation;
  if (args.checkModes || args.profile || args.ablation || !special) {
    const corpusDir = args.dir ?? generate({ files: args.files });
    const info = corpusInfo(corpusDir);
    if (args.checkModes) report.checkModes = checkModes(args, corpusDir);
    if (args.profile) report.profile = profile(args, corpusDir, args.profile);
    if (args.ablation) report.ablation = ablation(args, corpusDir);
    if (!special) {
      const rounds = args.rounds ?? 5;
      const typedRounds = args.typedRounds ?? Math.min(rounds, 3);
      const configs = ALL_CONFIGS.filter((c) => args.only.includes(c));
      const { samples } = measureConfigs(args, corpusDir, configs, { rounds, typedRounds });
      const summary = summarise(samples, info);
      report.corpus = info;
      report.summary = summary;
      printComparison(summary, info);
      if (args.stats) {
        const statConfigs = ['b', 'c', 'g'].filter((c) => args.only.includes(c));
        report.ruleStats = ruleStats(args, corpusDir, statConfigs);
        printRuleStats(report.ruleStats);
      }
      if (args.editor) {
        const editorConfigs = ['a', 'e', 'b'].filter((c) => args.only.includes(c));
        if (editorConfigs.length) {
          report.editor = editorLatency(args, corpusDir, editorConfigs);
          printEditor(report.editor, info);
        }
      }
      printTargets(summary, report.ruleStats, report.editor);
    }
  }
  report.loadEnd = loadavg();
  report.seconds = (Date.now() - startedAt) / 1000;
  console.log(`\nDone in ${fmt(report.seconds)} s; load average at end ${report.loadEnd}.`);
  if (args.json) fs.writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
}

function printTargets(summary, stats) {
  const rows = [];
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  const ratio = (x, y, limit, asPercent) => {
    const wall = x.median / y.median;
    const cpu = x.cpuMedian / y.cpuMedian;
    const show = (v) => (asPercent ? pct((v - 1) * 100) : `${fmt(v, 2)}×`);
    return [show(wall), verdict(wall <= limit), show(cpu), verdict(cpu <= limit)];
  };
  const { a, b, c, e, f, g } = summary;
  if (a && b) rows.push(['recommended ≤ 1.20× parse-only (b/a)', ...ratio(b, a, 1.2)]);
  if (e && b) rows.push(['recommended within 8% of the floor (b/e)', ...ratio(b, e, 1.08, true)]);
  if (a && c) rows.push(['strict ≤ 1.25× parse-only (c/a)', ...ratio(c, a, 1.25)]);
  if (f && g) rows.push(['typed: plugin adds ≤ 5% over recommendedTypeChecked (g/f)', ...ratio(g, f, 1.05, true)]);
  if (stats?.g) {
    // The same question answered from ESLint's own timing of one (g) run: our rules' time over the
    // rest of that run. Much less noisy than the difference of two 30-second wall times.
    const ours = Object.entries(stats.g.stats.rules)
      .filter(([id]) => id.startsWith('safe-errors/'))
      .reduce((sum, [, t]) => sum + t, 0);
    const added = ours / (stats.g.stats.passTotal - ours);
    rows.push(['typed, from (g) stats: our rules\' time over the rest of (g)', pct(added * 100), verdict(added <= 0.05), '', '']);
  }
  if (a && e) rows.push(['(info) floor over parse-only (e/a)', ...ratio(e, a, Infinity).map((v) => (v === 'met' ? '' : v))]);
  if (stats) {
    for (const [config, result] of Object.entries(stats)) {
      const worst = Object.entries(result.stats.rules)
        .filter(([id]) => id.startsWith('safe-errors/'))
        .sort((x, y) => y[1] - x[1])[0];
      if (!worst) continue;
      const share = worst[1] / result.stats.passTotal;
      rows.push([`no rule above 4% of the total (${config}): ${worst[0].replace('safe-errors/', '')}`, `${fmt(share * 100, 1)}%`, verdict(share <= 0.04), '', '']);
    }
  }
  console.log('\nTargets (issue 9), from the medians above:\n');
  console.log(table(['target', 'wall', '', 'CPU time', ''], rows, ['l']));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
