// `policywright import FILE [-o OUT] [--force]`: pasted text, an HTML page or a Word file to policy Markdown.
import { parseArgs } from 'node:util';
import { extname } from 'node:path';
import { importFile } from '../engine/import/index.js';
import { CliError, WRITE_OPTIONS, writeAndTell, readInput, type Io } from './io.js';

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
  const { path, bytes } = readInput(file, io.cwd);
  let result;
  try {
    result = await importFile(file, bytes);
  } catch (e) {
    // Text that is binary says so itself (with the file's name); a Word file's reader does not.
    const message = (e as Error).message;
    throw new CliError(extname(file).toLowerCase() === '.docx' ? `${file} could not be read as a Word file: ${message}` : message);
  }
  for (const m of result.messages) io.stderr(`policywright: ${file}: ${m}\n`);
  writeAndTell(io, values.output ?? '-', result.markdown, { force: values.force, input: path });
  return 0;
}
