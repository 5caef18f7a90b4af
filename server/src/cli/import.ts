// `policywright import FILE [-o OUT] [--force]`: pasted text, an HTML page or a Word file to policy Markdown.
import { parseArgs } from 'node:util';
import { extname, relative } from 'node:path';
import { importDocx, importHtml, importText } from '../engine/import/index.js';
import { CliError, readInput, readText, writeOutput, type Io } from './io.js';

export const IMPORT_USAGE = `Usage: policywright import FILE [-o OUT] [--force]

Turns a policy as people have it into policy Markdown: pasted web text (headings
recovered, wrapped lines joined, bullets rebuilt), an HTML page (.html, .htm) or a
Word file (.docx). Front matter is started with the controller and contact details found.

Options:
  -o, --output OUT        write to OUT (default: standard output)
  --force                 overwrite OUT if it exists
  -h, --help              this help`;

export async function runImport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(IMPORT_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new CliError(`import takes one FILE\n\n${IMPORT_USAGE}`);
  const file = positionals[0];
  const ext = extname(file).toLowerCase();
  let result;
  let input: string;
  if (ext === '.docx') {
    const { path, bytes } = readInput(file, io.cwd);
    input = path;
    try {
      result = await importDocx(bytes);
    } catch (e) {
      throw new CliError(`${file} could not be read as a Word file: ${(e as Error).message}`);
    }
  } else {
    const { path, text } = readText(file, io.cwd);
    input = path;
    result = ext === '.html' || ext === '.htm' ? importHtml(text) : importText(text);
  }
  for (const m of result.messages) io.stderr(`policywright: ${file}: ${m}\n`);
  const written = writeOutput(io, values.output ?? '-', result.markdown, { force: values.force, input });
  if (written) io.stderr(`policywright: wrote ${relative(io.cwd, written) || written}\n`);
  return 0;
}
