// The SARIF 2.1.0 schema as published with Microsoft's SARIF tooling (the devDependency
// @microsoft/jest-sarif ships it), compiled once with ajv for draft-04.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04 from 'ajv-draft-04';

const require = createRequire(import.meta.url);
type Validate = ((d: unknown) => boolean) & { errors?: unknown[] | null };
let compiled: Validate | undefined;

/** Validates a SARIF log against the 2.1.0 schema; returns the first errors, or [] when valid. */
export function sarifErrors(log: unknown): unknown[] {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // ajv-draft-04 is CommonJS; the published schema has a pattern that is invalid with the `u` flag.
    const Ajv = ((Ajv04 as unknown as { default?: unknown }).default ?? Ajv04) as new (o: object) => { compile(s: object): Validate };
    compiled = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
  }
  return compiled(log) ? [] : (compiled.errors ?? []).slice(0, 5);
}
