#!/usr/bin/env node
/**
 * `eslint-plugin-safe-errors catalog [path]`: prints the error catalog as a
 * Markdown table (code, status, class, public message, type) so reviewers
 * can read every message the API may say in a pull request.
 *
 * Exit codes: 0 printed, 1 catalog missing or invalid (problems on stderr),
 * 2 bad usage.
 */
import path from 'node:path';

import { CATALOG_FILE_NAME, findCatalog, loadCatalog, type Catalog } from './analysis/catalog';

export interface CliIo {
  /** Directory that relative paths and discovery start from. */
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const USAGE = 'Usage: eslint-plugin-safe-errors catalog [path]';

const HELP = `${USAGE}

Prints the error catalog as a Markdown table: code, status, class, public message, type.
Without a path, reads ./${CATALOG_FILE_NAME}, or the nearest one in a parent directory
(up to the folder holding package.json).

Exit codes: 0 printed, 1 catalog missing or invalid, 2 bad usage.
`;

/** The catalog's entries as a Markdown table, in file order, ending with a newline. */
export function formatCatalogTable(catalog: Catalog): string {
  const rows = [...catalog.entries.values()].map((entry) =>
    row([code(entry.code), String(entry.status), code(entry.className), cell(entry.message), entry.type ? cell(entry.type) : '']),
  );
  return [row(['Code', 'Status', 'Class', 'Public message', 'Type']), row(['---', '---', '---', '---', '---']), ...rows].join('\n') + '\n';
}

/** Runs the command line; returns the exit code. Never throws for user errors. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (command !== 'catalog') {
    io.stderr(`${command === undefined ? 'Missing command.' : `Unknown command "${command}".`}\n${USAGE}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(HELP);
    return 0;
  }
  const option = rest.find((argument) => argument.startsWith('-'));
  if (option !== undefined) {
    io.stderr(`Unknown option "${option}".\n${USAGE}\n`);
    return 2;
  }
  if (rest.length > 1) {
    io.stderr(`Expected at most one catalog path, got ${rest.length}.\n${USAGE}\n`);
    return 2;
  }
  const [file] = rest;
  // `loadCatalog(file, false)`: a missing file is the user's typo here, not a setting to fix.
  const catalog = file !== undefined
    ? loadCatalog(path.resolve(io.cwd, file), false)
    : findCatalog(undefined, io.cwd, path.join(io.cwd, CATALOG_FILE_NAME));
  if (!catalog && file !== undefined) {
    io.stderr(`${path.resolve(io.cwd, file)}: no such file. Pass the path of an error catalog, or no path to find ${CATALOG_FILE_NAME}.\n${USAGE}\n`);
    return 1;
  }
  if (!catalog) {
    io.stderr(
      `No ${CATALOG_FILE_NAME} found in ${io.cwd} or its parent directories (up to the folder holding package.json). ` +
        `Pass its path: eslint-plugin-safe-errors catalog path/to/${CATALOG_FILE_NAME}\n`,
    );
    return 1;
  }
  if (catalog.problems.length > 0) {
    const count = catalog.problems.length;
    io.stderr(
      `${catalog.file} is not a valid error catalog (${count} problem${count === 1 ? '' : 's'}):\n` +
        catalog.problems.map((problem) => `  - ${problem}\n`).join(''),
    );
    return 1;
  }
  io.stdout(formatCatalogTable(catalog));
  return 0;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Inline code for a table cell; falls back to escaped text when the value holds a backtick. */
function code(value: string): string {
  return value.includes('`') ? cell(value) : `\`${value.replace(/\|/g, '\\|')}\``;
}

/** Text safe inside a Markdown table cell: one line, pipes escaped. */
function cell(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ')
    .trim();
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
