'use strict';
/**
 * One measurement, in a fresh process (spawned by run.js), so nothing is
 * shared or cached between measurements. Prints one JSON line on stdout.
 *
 *   node child.js lint   --config b --corpus <dir> --plugin <dir> [--stats] [--target <path> --real]
 *   node child.js editor --config b --corpus <dir> --plugin <dir> --file editor/large-handler.ts --runs 40 --warmup 10
 */
const path = require('node:path');
const fs = require('node:fs');
const { performance } = require('node:perf_hooks');

const { buildConfig } = require('./configs');

function parseArgs(argv) {
  const args = { mode: argv[0], stats: false, runs: 40, warmup: 10, target: 'src' };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--stats') args.stats = true;
    else if (a === '--real') args.real = true;
    else if (a.startsWith('--')) args[a.slice(2)] = argv[++i];
  }
  args.runs = Number(args.runs);
  args.warmup = Number(args.warmup);
  return args;
}

function loadESLint(eslintPackage) {
  const { ESLint } = require(eslintPackage || 'eslint');
  return ESLint;
}

async function lint(args) {
  const ESLint = loadESLint(args.eslint);
  const corpusDir = path.resolve(args.corpus);
  const config = buildConfig(args.config, { pluginDir: args.plugin, corpusDir, realCode: args.real === true });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const eslint = new ESLint({
    cwd: corpusDir,
    overrideConfigFile: true,
    overrideConfig: config,
    cache: false,
    stats: args.stats,
    // A real codebase's `eslint-disable` comments name rules of its own config, which are not loaded here.
    allowInlineConfig: !args.real,
  });
  const results = await eslint.lintFiles([args.target]);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  // CPU time of the whole process (all threads, garbage collection included): less sensitive
  // than wall time to other load on the machine.
  const cpuMs = (cpu.user + cpu.system) / 1000;

  const out = { ms, cpuMs, files: results.length, errors: 0, warnings: 0, fatal: 0, byRule: {}, fatalSamples: [] };
  const stats = args.stats ? { passTotal: 0, parse: 0, rules: {}, fixTotal: 0 } : undefined;
  for (const result of results) {
    out.errors += result.errorCount;
    out.warnings += result.warningCount;
    out.fatal += result.fatalErrorCount;
    for (const message of result.messages) {
      const key = message.ruleId ?? (message.fatal ? '(fatal)' : '(none)');
      out.byRule[key] = (out.byRule[key] ?? 0) + 1;
      if (message.fatal && out.fatalSamples.length < 5) {
        out.fatalSamples.push(`${path.relative(corpusDir, result.filePath)}:${message.line}: ${message.message}`);
      }
    }
    if (stats && result.stats) {
      for (const pass of result.stats.times.passes) {
        stats.passTotal += pass.total ?? 0;
        stats.parse += pass.parse?.total ?? 0;
        stats.fixTotal += pass.fix?.total ?? 0;
        for (const [ruleId, time] of Object.entries(pass.rules ?? {})) {
          stats.rules[ruleId] = (stats.rules[ruleId] ?? 0) + time.total;
        }
      }
    }
  }
  out.stats = stats;
  out.heapMB = Math.round(process.memoryUsage().rss / 1048576);
  const total = process.cpuUsage();
  out.processCpuMs = (total.user + total.system) / 1000;
  return out;
}

async function editor(args) {
  const ESLint = loadESLint(args.eslint);
  const corpusDir = path.resolve(args.corpus);
  const filePath = path.join(corpusDir, args.file);
  const text = fs.readFileSync(filePath, 'utf8');
  const eslint = new ESLint({
    cwd: corpusDir,
    overrideConfigFile: true,
    overrideConfig: buildConfig(args.config, { pluginDir: args.plugin, corpusDir }),
    cache: false,
  });
  let findings = 0;
  for (let i = 0; i < args.warmup; i++) await eslint.lintText(text, { filePath });
  const times = [];
  for (let i = 0; i < args.runs; i++) {
    // Each run lints a different text (a trailing comment changes), as an editor sends the
    // buffer after each keystroke: nothing may be reused from the previous run.
    const edited = `${text}\n// edit ${i}\n`;
    const started = performance.now();
    const [result] = await eslint.lintText(edited, { filePath });
    times.push(performance.now() - started);
    findings = result.messages.length;
  }
  return { times, findings, lines: text.split('\n').length };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const result = args.mode === 'editor' ? await editor(args) : await lint(args);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
