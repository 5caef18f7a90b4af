// `policywright report FILE [--format html|pdf] [-o OUT] [--force]`: the coverage report.
import { parseArgs } from 'node:util';
import { reportHtml, reportPdf } from '../engine/report/coverage-report.js';
import { comparePolicies, comparisonHtml, comparisonMarkdown, comparisonPdf } from '../engine/report/compare.js';
import { check } from '../engine/check.js';
import { summarisePolicy } from '../engine/workspace.js';
import { CliError, WRITE_OPTIONS, checkProfiles, configForFile, writeAndTell, besideInput, readText, type Io } from './io.js';

export const REPORT_USAGE = `Usage: policywright report FILE [--format html|pdf] [-o OUT] [--force]
       policywright report --compare OLD NEW [--format md|html|pdf] [-o OUT] [--force]

Writes a one-page coverage report: every item the profile requires, present (with
the sentence that shows it) or missing (with the clause to add).

Options:
  --format html|pdf       html (default) or pdf
  -o, --output OUT        where to write ("-" for standard output); default: next to
                          FILE as NAME.coverage.html or NAME.coverage.pdf
  --profile ID            profile to report on, overriding front matter
  --compare               compare two policies (an old and a new version, or an original
                          and its translation): items added, items no longer given, changed
                          periods, contacts and dates; md (default), html or pdf; default
                          OUT: next to NEW as NAME.compare.md, .html or .pdf
  --force                 overwrite OUT if it exists
  -h, --help              this help`;

export async function runReport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      compare: { type: 'boolean', default: false },
      profile: { type: 'string', multiple: true },
      ...WRITE_OPTIONS,
    },
  });
  if (values.help) {
    io.stdout(REPORT_USAGE + '\n');
    return 0;
  }
  if (values.compare) return runCompare(positionals, values, io);
  values.format ??= 'html';
  if (positionals.length !== 1) throw new CliError(`report takes one FILE\n\n${REPORT_USAGE}`);
  if (values.format !== 'html' && values.format !== 'pdf') throw new CliError(`--format must be html or pdf, not "${values.format}"`);
  checkProfiles(values.profile);
  const { path, text } = readText(positionals[0], io.cwd);
  const config = configForFile(path, { profiles: values.profile }, io);
  const data = values.format === 'pdf' ? await reportPdf(text, config) : reportHtml(text, config);
  const out = values.output ?? besideInput(path, `.coverage.${values.format}`);
  writeAndTell(io, out, data, { force: values.force, input: path });
  return 0;
}

async function runCompare(positionals: string[], values: { format?: string; profile?: string[]; output?: string; force?: boolean }, io: Io): Promise<number> {
  if (positionals.length !== 2) throw new CliError(`report --compare takes two files, OLD and NEW\n\n${REPORT_USAGE}`);
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'html' && format !== 'pdf') throw new CliError(`--format of report --compare must be md, html or pdf, not "${format}"`);
  checkProfiles(values.profile);
  const [a, b] = positionals.map((file) => {
    const { path, text } = readText(file, io.cwd);
    const result = check(text, configForFile(path, { profiles: values.profile }, io));
    if (!result.document) throw new CliError(`${file}: cannot be read as a policy`);
    return { path, file, summary: summarisePolicy(result.document, result.coverage) };
  });
  const comparison = comparePolicies({ path: a.file, summary: a.summary }, { path: b.file, summary: b.summary });
  const data = format === 'pdf' ? await comparisonPdf(comparison) : format === 'html' ? comparisonHtml(comparison) : comparisonMarkdown(comparison);
  const out = values.output ?? besideInput(b.path, `.compare.${format}`);
  writeAndTell(io, out, data, { force: !!values.force, input: b.path });
  return 0;
}
