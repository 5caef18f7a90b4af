// `policywright report FILE [--format html|pdf] [-o OUT] [--force]`: the coverage report.
import { parseArgs } from 'node:util';
import { reportHtml, reportPdf } from '../engine/report/coverage-report.js';
import { CliError, WRITE_OPTIONS, checkProfiles, configForFile, writeAndTell, besideInput, readText, type Io } from './io.js';

export const REPORT_USAGE = `Usage: policywright report FILE [--format html|pdf] [-o OUT] [--force]

Writes a one-page coverage report: every item the profile requires, present (with
the sentence that shows it) or missing (with the clause to add).

Options:
  --format html|pdf       html (default) or pdf
  -o, --output OUT        where to write ("-" for standard output); default: next to
                          FILE as NAME.coverage.html or NAME.coverage.pdf
  --profile ID            profile to report on, overriding front matter
  --force                 overwrite OUT if it exists
  -h, --help              this help`;

export async function runReport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'html' },
      profile: { type: 'string', multiple: true },
      ...WRITE_OPTIONS,
    },
  });
  if (values.help) {
    io.stdout(REPORT_USAGE + '\n');
    return 0;
  }
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
