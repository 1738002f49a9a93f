#!/usr/bin/env node
/**
 * The `itcase` command line: the same engine as the editor, for CI and terminals.
 * Exit codes: 0 fine, 1 a case has errors or cannot be read, 2 the command itself was wrong (usage,
 * a named file or folder that does not exist).
 * Text from files and arguments is printed through `terminalSafe`; JSON through `jsonText`, which
 * escapes the control characters JSON.stringify leaves as they are.
 */
import { analyzeCase } from './core/analyze';
import { benchmarkEntryYaml } from './core/benchmarkEntry';
import { benchmarkDataSets, findBenchmark } from './core/benchmarks';
import { nearest } from './core/suggest';
import { caseJsonSchema } from './core/schema';
import { MAX_TEXT_LENGTH } from './core/yaml/read';
import { caseTemplates, findTemplate } from './core/templates';
import { parseArgs, UsageError } from './cli/args';
import { CHECK_FORMATS, formatCheckProblems, isCheckFormat, type CheckProblem } from './cli/checkFormats';
import { EXPORT_HELP, EXTRACT_HELP, exportCommand, extractCommand } from './cli/exportCommand';
import { findCaseFiles } from './cli/files';
import { readCaseFile } from './cli/readCase';
import { reportText } from './cli/reportText';
import { jsonText, terminalSafe } from './cli/terminalText';
import { roundFigures } from './core/present/roundFigures';
import { uncertaintyText } from './cli/uncertaintyText';
import type { UncertaintySections } from './core/report';
import { uncertaintySections, type SimulationOptions } from './core/uncertainty/sections';

/** The bounds of `--trials`, as of `simulation.trials` in the format. */
const MIN_TRIALS = 100;
const MAX_TRIALS = 100_000;

const HELP: Record<string, string> = {
  main: `itcase — business cases for IT spend, checked like code

Usage:
  itcase check <file|folder>...      validate cases; folders are searched for *.itcase.yaml
  itcase report <file> [options]     a case's figures, how sure, what drives them, what must be true
  itcase export <file> --format <f>  export the report as html, xlsx or csv (--out <path>)
  itcase extract <report.html>       print the case file embedded in an exported HTML report
  itcase new [--template <name>]     print a template (${caseTemplates.map((t) => t.id).join(', ')}; blank by default)
  itcase benchmarks [id]             list benchmark data sets, or print one as a benchmarks[] entry
  itcase schema                      print the JSON Schema of the format

Run 'itcase <command> --help' for more. Exit codes: 0 ok, 1 errors in a case or a case that cannot
be read, 2 usage error (including a named file or folder that does not exist).
`,
  check: `Usage: itcase check [--format text|json|github|sarif] <file|folder>...

Validates each case and prints one line per problem, as compilers and CI annotators read it:
  path:line:col: error|warning: message
then a summary. Symbolic links to files and folders are followed. A file that cannot be used is
one error line, and the other files are still checked: a file that cannot be read (a dangling
link, no permission), one that is not a regular file (a FIFO or a device is never opened), one
over ${MAX_TEXT_LENGTH.toLocaleString('en-US')} bytes (never read), one that is not UTF-8 (UTF-16, Latin-1). Control characters
from files and paths are printed escaped (\\n, \\u001b), so each problem is one line.
Exits 1 if any case has an error or cannot be used, 2 if a named path does not exist or a named
folder holds no case file (a wrong folder in CI fails rather than passing with nothing checked), else 0.

--format, for CI:
  text    the lines above (the default)
  json    an array of { file, severity, code, message, line, column, endLine, endColumn }
  github  GitHub Actions workflow commands (::error file=…,line=…,col=…::message), which
          annotate the pull request, then the summary
  sarif   a SARIF 2.1.0 log for code scanning, with paths relative to the current folder
json and sarif print the document alone on stdout, and the summary on stderr. Lines and columns
are 1-based; the end column is the one just past the problem.
`,
  report: `Usage: itcase report <file> [--json] [--trials N] [--seed N]

Computes the report of a case: base case, scenarios, investments (NPV, IRR, MIRR, payback, ROI),
benchmarks; then
  Uncertainty            how sure: a seeded Monte Carlo over the file's ranges, with percentiles
                         (P5 to P95, mean) of operating profit, NPV, IRR and payback, and the chance
                         of a loss (only for a file with ranges)
  Sensitivity (tornado)  what drives NPV and operating profit: one input at a time, largest swing
                         first, each input as file:line:col
  Break-even             what must be true: how far benefits may fall or costs rise before NPV turns
                         negative, and the change of revenue that brings operating profit to zero
--json prints the report shape of the format with these as 'uncertainty', 'sensitivity' and
'breakEven' (money in the file's unit, ratios as fractions, undefined figures as null).

Options:
  --json       print JSON instead of tables
  --trials N   trials of the simulation, 100 to 100,000 (default: the file's simulation.trials,
               else 10,000)
  --seed N     seed of the simulation, a non-negative whole number (default: the file's
               simulation.seed, else 1); the same file, trials and seed give the same numbers
               on every machine

Exits 1 if the case has errors or cannot be used (as for 'itcase check'), or if the three sections
cannot be computed (the report is still printed; please report it), 2 if the file does not exist or
an option is wrong.
`,
  export: EXPORT_HELP,
  extract: EXTRACT_HELP,
  new: `Usage: itcase new [--template <${caseTemplates.map((t) => t.id).join('|')}>]

Prints a template case to stdout, e.g. 'itcase new --template walmart > walmart.itcase.yaml'.
Without --template it prints the blank one: every field to fill in, with what it means.
`,
  benchmarks: `Usage: itcase benchmarks [id]

Without an id, lists the shipped benchmark data sets. With an id, prints that set as an entry for
a case's 'benchmarks:' list, with its source.
`,
  schema: `Usage: itcase schema

Prints the JSON Schema of the .itcase.yaml format, generated from the same schema the engine uses.
`,
};

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export function run(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP.main!);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.out('itcase 0.1.0\n');
      return 0;
    }
    const help = HELP[command];
    if (!help || command === 'main') {
      const suggestion = nearest(
        command,
        Object.keys(HELP).filter((name) => name !== 'main'),
      );
      throw new UsageError(
        `unknown command '${command}'${suggestion ? `: did you mean '${suggestion}'?` : ''}`,
      );
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(help);
      return 0;
    }
    switch (command) {
      case 'check':
        return check(rest, io);
      case 'report':
        return report(rest, io);
      case 'export':
        return exportCommand(rest, io);
      case 'extract':
        return extractCommand(rest, io);
      case 'new':
        return newCase(rest, io);
      case 'benchmarks':
        return benchmarks(rest, io);
      case 'schema':
        parseArgs(rest, {});
        io.out(jsonText(caseJsonSchema()) + '\n');
        return 0;
    }
    throw new UsageError(`unknown command '${command}'`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`itcase: ${terminalSafe(error.message)}\nRun 'itcase --help' for usage.\n`);
      return 2;
    }
    throw error;
  }
}

interface Problem {
  severity: string;
  line: number;
  column: number;
  message: string;
}

/** `path:line:col: severity: message`, as compilers and CI annotators write it; always one line. */
function problemLine(path: string, d: Problem): string {
  return `${terminalSafe(path)}:${d.line}:${d.column}: ${d.severity}: ${terminalSafe(d.message)}\n`;
}

function check(argv: readonly string[], io: Io): number {
  const { positional, flags } = parseArgs(argv, { format: 'value' });
  const format = flags.get('format') ?? 'text';
  if (!isCheckFormat(format))
    throw new UsageError(`unknown format '${String(format)}' (choose ${CHECK_FORMATS.join(', ')})`);
  if (positional.length === 0) throw new UsageError('check needs at least one file or folder');
  const { files: found, missing, empty } = findCaseFiles(positional);
  if (missing.length > 0) throw new UsageError(`no such file or folder: ${missing.join(', ')}`);
  // Each named folder must hold a case: a wrong path beside a right one must not pass in CI.
  if (empty.length > 0) throw new UsageError(`no *.itcase.yaml files found in ${empty.join(', ')}`);
  // Text is printed as it goes; the CI formats are written whole at the end.
  const collected: CheckProblem[] = [];
  const emit = (problem: CheckProblem) => {
    if (format === 'text') io.out(problemLine(problem.file, problem));
    else collected.push(problem);
  };
  const at = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  let errors = 0;
  let warnings = 0;
  let failed = 0;
  let files = 0;
  for (const { path: file, problem } of found) {
    if (problem !== undefined) {
      // A folder that could not be searched: an error, but not a case.
      emit({ file, severity: 'error', code: 'unsearchable-folder', message: problem, ...at });
      errors++;
      continue;
    }
    files++;
    const read = readCaseFile(file);
    if (!read.ok) {
      const where = { line: read.line, column: read.column, endLine: read.line, endColumn: read.column };
      emit({ file, severity: 'error', code: 'unreadable-file', message: read.message, ...where });
      errors++;
      failed++;
      continue;
    }
    const { diagnostics } = analyzeCase(read.text);
    let fileErrors = 0;
    for (const d of diagnostics) {
      emit({ file, ...d });
      if (d.severity === 'error') fileErrors++;
      else if (d.severity === 'warning') warnings++;
    }
    errors += fileErrors;
    if (fileErrors > 0) failed++;
  }
  if (format !== 'text') io.out(formatCheckProblems(format, collected));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `${plural(files, 'case')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${failed > 0 ? ` (${plural(failed, 'case')} failed)` : ''}\n`;
  // json and sarif keep stdout to the document alone.
  if (format === 'json' || format === 'sarif') io.err(summary);
  else io.out(summary);
  return errors > 0 ? 1 : 0;
}

/** The simulation's options from `--trials` and `--seed`, checked as the format checks `simulation`. */
function simulationFlags(flags: ReadonlyMap<string, string | true>): SimulationOptions {
  const options: SimulationOptions = {};
  const trials = flags.get('trials');
  if (typeof trials === 'string') {
    const n = /^\d+$/.test(trials) ? Number(trials) : Number.NaN;
    if (!(n >= MIN_TRIALS && n <= MAX_TRIALS))
      throw new UsageError(`--trials must be a whole number from 100 to 100,000, got '${trials}'`);
    options.trials = n;
  }
  const seed = flags.get('seed');
  if (typeof seed === 'string') {
    const n = /^\d+$/.test(seed) ? Number(seed) : Number.NaN;
    if (!Number.isSafeInteger(n))
      throw new UsageError(`--seed must be a non-negative whole number (at most 2^53 − 1), got '${seed}'`);
    options.seed = n;
  }
  return options;
}

function report(argv: readonly string[], io: Io): number {
  const { positional, flags } = parseArgs(argv, { json: 'switch', trials: 'value', seed: 'value' });
  if (positional.length !== 1) throw new UsageError('report needs exactly one file');
  const simulation = simulationFlags(flags);
  const json = flags.has('json');
  const file = positional[0]!;
  const read = readCaseFile(file);
  if (!read.ok && read.missing) throw new UsageError(`no such file: ${file}`);
  const failed = (diagnostics: readonly (Problem & { endLine: number; endColumn: number })[]) => {
    if (json) io.out(jsonText({ diagnostics }) + '\n');
    for (const d of diagnostics) io.err(problemLine(file, d));
    return 1;
  };
  if (!read.ok) {
    const { message, line, column } = read;
    return failed([{ severity: 'error', message, line, column, endLine: line, endColumn: column }]);
  }
  const analysis = analyzeCase(read.text);
  const { report } = analysis;
  if (!report) return failed(analysis.diagnostics);
  let sections: UncertaintySections | null = null;
  let problem: string | null = null;
  try {
    sections = uncertaintySections(analysis, simulation);
    if (!sections) problem = 'none for a case with a report';
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem !== null)
    io.err(
      `itcase: could not compute uncertainty, sensitivity and break-even (${terminalSafe(problem)}). Please report this.\n`,
    );
  if (json) {
    const merged = sections && {
      ...report,
      uncertainty: sections.uncertainty,
      sensitivity: sections.sensitivity,
      breakEven: sections.breakEven,
    };
    // Figures leave the engine rounded to 12 significant digits (docs/format.md, the report).
    io.out(jsonText(roundFigures(merged ?? report)) + '\n');
  } else {
    io.out(reportText(report));
    if (sections)
      io.out(
        uncertaintyText(sections, {
          file,
          unit: report.unit,
          currency: report.currency,
          periods: report.periods,
        }),
      );
  }
  // Without its sections the report is not all that was asked for.
  return sections ? 0 : 1;
}

function newCase(argv: readonly string[], io: Io): number {
  const { positional, flags } = parseArgs(argv, { template: 'value', t: 'value' });
  if (positional.length > 0) throw new UsageError(`unexpected argument '${positional[0]}'`);
  const id = (flags.get('template') ?? flags.get('t') ?? 'blank') as string;
  const template = findTemplate(id);
  if (!template)
    throw new UsageError(`unknown template '${id}' (choose ${caseTemplates.map((t) => t.id).join(', ')})`);
  io.out(template.text);
  return 0;
}

function benchmarks(argv: readonly string[], io: Io): number {
  const { positional } = parseArgs(argv, {});
  if (positional.length > 1) throw new UsageError('benchmarks takes at most one id');
  const id = positional[0];
  if (id === undefined) {
    // Two lines a set, within 100 columns: the id and title, then the source, indented (shortened
    // with … where it is longer; `itcase benchmarks <id>` prints it whole).
    const fit = (text: string, width: number) =>
      text.length <= width ? text : `${text.slice(0, width - 1)}…`;
    for (const b of benchmarkDataSets) {
      io.out(terminalSafe(fit(`${b.id}  ${b.title}`, 100)) + '\n');
      io.out(terminalSafe(fit(`    ${b.source}`, 100)) + '\n');
    }
    return 0;
  }
  const set = findBenchmark(id);
  if (!set) throw new UsageError(`unknown benchmark data set '${id}' (run 'itcase benchmarks' for the list)`);
  io.out(benchmarkEntryYaml(set));
  return 0;
}

/**
 * Writes to a standard stream that may be closed by its reader (`itcase check | head -1`): once
 * it is, nothing more is written and the broken pipe ends nothing but the output — no stack trace,
 * no message; the exit code stays the command's own.
 */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw error;
  });
  return (text) => {
    if (!closed && !stream.destroyed) stream.write(text);
  };
}

// Run only as a program, not when imported by tests.
if (require.main === module) {
  const code = run(process.argv.slice(2), { out: writerTo(process.stdout), err: writerTo(process.stderr) });
  process.exitCode = code;
}
