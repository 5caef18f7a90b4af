// The command line: `policywright check PATHS` reads files (the library never does), checks
// them with the same check() the editor uses, and prints stylish or JSON output. `export`,
// `import` and `report` live in their own modules.
import { relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkAll, defaultJobs, type Task } from './pool.js';
import { PROFILES } from '../engine/data.js';
import { collectFiles } from './files.js';
import { ConfigFinder, projectCheckConfig } from '../host/config-finder.js';
import { DEFAULT_FILE_PATTERNS } from '../engine/policy-files.js';
import { jsonChunks, stylishChunks, toSarif, type FileReport } from './format.js';
import { familiesText, runSetPass, type SetMember } from './set.js';
import { RULE_METAS } from '../engine/rules/index.js';
import { INPUT_META } from '../engine/check.js';
import { pathToFileURL } from 'node:url';
import { CliError, cannotRead, type Io } from './io.js';

export type { Io } from './io.js';

const USAGE = `Usage: policywright check [paths...] [options]
       policywright export FILE [--format html|docx|pdf|txt|md] [-o OUT] [--fragment] [--force]
       policywright import FILE [-o OUT] [--force]
       policywright report FILE [--format html|pdf] [-o OUT] [--force]
       policywright new [-o FILE] [--answers ANSWERS] [--update POLICY]

Run "policywright COMMAND --help" for the options of export, import, report and new.

Checks privacy policies written in Markdown or pasted as plain text.
Files named explicitly are always checked; folders are searched for *.policy.md,
PRIVACY.md, privacy*.md and Markdown files whose front matter has "policy:".

Options of check:
  --format stylish|json|sarif
                          output format (default: stylish); sarif is SARIF 2.1.0
  --docs-url URL          base URL of the rule docs pages, for SARIF help links
  --profile ID            profile to apply, overriding front matter (repeatable):
                          ${'{PROFILES}'}
  --no-exit-code          exit 0 even when there are error findings
  -j, --jobs N            check on N threads (default: one per core, for two files or more)
  --no-color, --color     force colour off or on (default: on for a terminal)
  -h, --help              this help
  -v, --version           the version

Exit codes: 0 no error findings, 1 error findings (export: not exported), 2 usage errors
or input that cannot be read (missing, binary, over 8 MB).`;

interface Command {
  run: (argv: string[], io: Io) => Promise<number>;
  usage: string;
}

// Loaded only when asked for: export, import and report bring the Word, PDF and HTML libraries,
// which `check` never needs (they were most of a small check's start-up).
const COMMANDS: Record<string, () => Promise<Command>> = {
  export: async () => {
    const m = await import('./export.js');
    return { run: m.runExport, usage: m.EXPORT_USAGE };
  },
  import: async () => {
    const m = await import('./import.js');
    return { run: m.runImport, usage: m.IMPORT_USAGE };
  },
  report: async () => {
    const m = await import('./report.js');
    return { run: m.runReport, usage: m.REPORT_USAGE };
  },
  new: async () => {
    const m = await import('./new.js');
    return { run: m.runNew, usage: m.NEW_USAGE };
  },
};

async function runCommand(name: string, argv: string[], io: Io): Promise<number> {
  const command = await COMMANDS[name]();
  try {
    return await command.run(argv, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`policywright: ${e.message}\n`);
      return e.code;
    }
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`policywright: ${(e as Error).message}\n\n${command.usage}\n`);
      return 2;
    }
    throw e;
  }
}

/** Run a command. */
export async function run(argv: string[], io: Io): Promise<number> {
  if (COMMANDS[argv[0]]) return runCommand(argv[0], argv.slice(1), io);
  const usage = USAGE.replace('{PROFILES}', Object.keys(PROFILES).join(', ') || '(none)');
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        'docs-url': { type: 'string' },
        profile: { type: 'string', multiple: true },
        'no-exit-code': { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.stderr(`policywright: ${(e as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(usage + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'check') {
    io.stderr(command ? `policywright: unknown command "${command}"\n\n${usage}\n` : `${usage}\n`);
    return 2;
  }
  if (values.format !== 'stylish' && values.format !== 'json' && values.format !== 'sarif') {
    io.stderr(`policywright: --format must be stylish, json or sarif, not "${values.format}"\n`);
    return 2;
  }
  for (const p of values.profile ?? []) {
    if (!PROFILES[p]) {
      io.stderr(`policywright: unknown profile "${p}"; known profiles: ${Object.keys(PROFILES).join(', ')}\n`);
      return 2;
    }
  }
  const configs = new ConfigFinder();
  const rootConfig = configs.forDir(io.cwd);
  const { files, errors } = collectFiles(paths.length ? paths : ['.'], io.cwd, rootConfig.config.files ? [...DEFAULT_FILE_PATTERNS, ...rootConfig.config.files] : DEFAULT_FILE_PATTERNS);
  let readErrors = errors.length;
  for (const e of errors) io.stderr(`policywright: ${e}\n`);
  if (!files.length && !errors.length) io.stderr(`policywright: no policy files found in ${paths.join(' ') || '.'}\n`);

  const tasks: Task[] = [];
  const reported = new Set<string>();
  for (const file of files) {
    const { config, found } = projectCheckConfig(configs, file, { profiles: values.profile }, (m) => io.stderr(`policywright: ${m}\n`));
    if (found.problems.length) {
      if (!reported.has(found.path!)) {
        reported.add(found.path!);
        for (const p of found.problems) io.stderr(`${relative(io.cwd, found.path!)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}\n`);
      }
      readErrors++;
      continue;
    }
    tasks.push({ file, config, summarise: files.length > 1 });
  }
  let jobs = defaultJobs(tasks.length);
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) {
      io.stderr(`policywright: --jobs must be a whole number of threads, 1 or more, not "${values.jobs}"\n`);
      return 2;
    }
  }
  // On threads, each file's JSON is made where it is checked, not all on this thread at the end.
  if (values.format === 'json' && jobs > 1 && tasks.length > 1) for (const t of tasks) t.jsonPath = relative(io.cwd, t.file) || t.file;
  const outcomes = await checkAll(tasks, jobs);
  const reports: FileReport[] = [];
  const members: SetMember[] = [];
  outcomes.forEach((o, i) => {
    const file = tasks[i].file;
    if ('error' in o) {
      io.stderr(`policywright: ${cannotRead(relative(io.cwd, file) || file, o.error, file)}\n`);
      readErrors++;
      return;
    }
    // Binary or oversized: reported as a finding, and counted as input that could not be read.
    if (o.result.unreadable) readErrors++;
    delete o.result.unreadable;
    reports.push({ path: relative(io.cwd, file) || file, result: o.result, ...(o.json ? { json: o.json } : {}) });
    members.push({ report: reports[reports.length - 1], summary: o.summary, config: tasks[i].config });
  });
  // Several policies are also read as a set: families, translations that drift, one client's words in another's policy.
  const families = runSetPass(members);

  const color = values['no-color'] ? false : values.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  // JSON and stylish are written a file at a time (the set pass above needed every file first).
  if (values.format === 'json') {
    const bytes = io.stdoutBytes ?? ((b: Uint8Array) => io.stdout(new TextDecoder().decode(b)));
    for (const chunk of jsonChunks(reports, families)) {
      if (typeof chunk === 'string') io.stdout(chunk);
      else bytes(chunk);
    }
    io.stdout('\n');
  } else if (values.format === 'sarif')
    io.stdout(toSarif(reports, { version: VERSION, docsUrl: values['docs-url'], rules: [...RULE_METAS, INPUT_META], rootUri: pathToFileURL(io.cwd + sep).href }) + '\n');
  // Stylish output with nothing checked because every file failed to read or configure would say
  // "No findings in 0 files checked": the messages on stderr and exit 2 say it instead.
  else if (reports.length || !readErrors) {
    io.stdout(familiesText(families));
    for (const chunk of stylishChunks(reports, { color: !!color })) io.stdout(chunk);
  }
  if (readErrors) return 2;
  if (values['no-exit-code']) return 0;
  return reports.some((r) => r.result.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

export const VERSION = '0.1.0';
