// `policywright import FILE [-o OUT] [--force]`: pasted text, an HTML page or a Word file to policy Markdown.
import { parseArgs } from 'node:util';
import { extname } from 'node:path';
import { importDocx, importHtml, importText } from '../engine/import/index.js';
import { CliError, WRITE_OPTIONS, writeAndTell, readInput, readText, type Io } from './io.js';

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
      ...WRITE_OPTIONS,
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
  writeAndTell(io, values.output ?? '-', result.markdown, { force: values.force, input });
  return 0;
}
