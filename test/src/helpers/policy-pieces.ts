// Pieces of policy text, and of the things that break it, for the properties of editing: the
// language server under edits (integration/lsp-incremental.test.ts) and the chunked parse
// (incremental-parse.test.ts).
import fc from 'fast-check';
import { binaryString } from './properties.js';

export const piece = fc.oneof(
  fc.constantFrom(
    '---\npolicy:\n  controller: Larkspur Bakery Ltd\nvariables:\n  dpo_email: a@b.example\n---\n',
    '# Privacy notice\n',
    '## How long we keep it\n',
    'We keep order records for {{retention}} and then delete them.\n',
    'Write to {{dpo_email}}.\n',
    '{{ unclosed\n',
    '• a bullet\n',
    '\n',
    '\r\n',
    '---\n',
    'You may complain to the Information Commissioner.\n',
    'We keep order records for three years and then delete them.\n',
  ),
  fc.string({ maxLength: 12 }),
  binaryString(6),
);
