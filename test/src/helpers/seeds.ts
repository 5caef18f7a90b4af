// The seed policies in ../shared/seeds and what expected.json says about them, for tests that
// check rules against real documents. Nothing here is copied into the repository.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { check } from '../../../server/out/engine/check.js';
import type { Diagnostic } from '../../../server/out/engine/types.js';
import { SHARED, HAS_SHARED } from './paths.js';

interface SeedFinding {
  rule: string;
  text: string;
}
interface SeedExpectation {
  findings: SeedFinding[];
  must_not: SeedFinding[];
}

export function seeds(): { file: string; text: string; expected: SeedExpectation }[] {
  if (!HAS_SHARED) return [];
  const expected = JSON.parse(readFileSync(join(SHARED, 'seeds', 'expected.json'), 'utf8')).seeds as Record<string, SeedExpectation>;
  return Object.entries(expected)
    .filter(([file]) => existsSync(join(SHARED, 'seeds', file)))
    .map(([file, e]) => ({ file, text: readFileSync(join(SHARED, 'seeds', file), 'utf8'), expected: e }));
}

/** Does a finding's range touch an occurrence of the text? */
export function touches(text: string, d: Diagnostic, needle: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const offset = (line: number, ch: number) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + ch;
  const flat = lines.join('\n');
  const s = offset(d.range.start.line, d.range.start.character);
  const e = offset(d.range.end.line, d.range.end.character);
  const fold = (x: string) => x.replace(/\s+/g, ' ');
  let i = -1;
  while ((i = flat.indexOf(needle, i + 1)) >= 0) if (i <= e && i + needle.length >= s) return true;
  // The needle may be hard-wrapped in the seed.
  const re = new RegExp(fold(needle).split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(flat))) if (m.index <= e && m.index + m[0].length >= s) return true;
  return false;
}

/**
 * For one rule over every seed: each expected finding of the rule is reported with a range that
 * touches its text, and nothing the rule reports touches a must_not text of the rule.
 * Returns the findings per seed, for the test's log.
 */
export function assertSeedsForRule(rule: string): string[] {
  const log: string[] = [];
  for (const seed of seeds()) {
    const found = check(seed.text).diagnostics.filter((d) => d.rule === rule);
    log.push(`${seed.file}: ${found.length} ${rule}`);
    for (const d of found) log.push(`  line ${d.range.start.line + 1}: ${d.message.slice(0, 160)}`);
    for (const f of seed.expected.findings.filter((x) => x.rule === rule)) {
      assert.ok(
        found.some((d) => touches(seed.text, d, f.text)),
        `${seed.file}: expected a ${rule} finding on "${f.text}"; found:\n${log.join('\n')}`,
      );
    }
    for (const f of seed.expected.must_not.filter((x) => x.rule === rule)) {
      const bad = found.filter((d) => touches(seed.text, d, f.text));
      assert.deepEqual(bad.map((d) => d.message), [], `${seed.file}: ${rule} must not fire on "${f.text}"`);
    }
  }
  return log;
}
