// `policywright export FILE --format html|docx|pdf|txt|md [-o OUT] [--fragment] [--force]`
import { libraryFor } from '../engine/check.js';
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { EXPORT_FORMATS, FORMAT_INFO, exportPolicy, exportProblems, type ExportFormat } from '../engine/export/index.js';
import { CliError, WRITE_OPTIONS, checkProfiles, configForFile, writeAndTell, besideInput, formatProblems, readText, type Io } from './io.js';

export const EXPORT_USAGE = `Usage: policywright export FILE [--format html|docx|pdf|txt|md] [-o OUT] [options]

Exports a policy for its readers, with placeholders filled from the front matter.
A policy with unfilled placeholders or error findings is not exported unless --force.

Options:
  --format FORMAT         html (default), docx, pdf, txt, or md (Markdown, front matter dropped)
  -o, --output OUT        where to write ("-" for standard output); default: next to FILE
                          with the format's extension (clean.policy.md -> clean.html)
  --fragment              html: an <article> to embed in a site, not a whole page
  --keep-front-matter     md: keep the front matter
  --profile ID            profile for the pre-export check, overriding front matter
  --force                 export despite problems, and overwrite OUT if it exists
  -h, --help              this help`;

export async function runExport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'html' },
      fragment: { type: 'boolean', default: false },
      'keep-front-matter': { type: 'boolean', default: false },
      profile: { type: 'string', multiple: true },
      ...WRITE_OPTIONS,
    },
  });
  if (values.help) {
    io.stdout(EXPORT_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`export takes one FILE\n\n${EXPORT_USAGE}`);
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${values.format}"`);
  checkProfiles(values.profile);
  const file = positionals[0];
  const { path, text } = readText(file, io.cwd);
  const config = configForFile(path, { profiles: values.profile }, io);
  const problems = exportProblems(text, config);
  if (problems.length) {
    io.stderr(formatProblems(relative(io.cwd, path) || file, problems));
    if (!values.force) {
      io.stderr(`policywright: ${file} not exported: ${problems.length} problem${problems.length === 1 ? '' : 's'} above (unfilled placeholders or errors). Fix them, or pass --force to export anyway.\n`);
      return 1;
    }
  }
  const data = await exportPolicy(text, format, { fragment: values.fragment, keepFrontMatter: values['keep-front-matter'], clauses: libraryFor(config.clauseSources) });
  const out = values.output ?? besideInput(path, FORMAT_INFO[format].extension);
  writeAndTell(io, out, data, { force: values.force, input: path });
  return 0;
}
