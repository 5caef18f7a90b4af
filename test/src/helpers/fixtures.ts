// Fixture-driven rule tests, markdownlint-style: the expectation is written into the fixture as
// an invisible comment on the line before the flagged line, so the fixture stays a valid policy.
//
//   <!-- expect duplicate-block -->            a duplicate-block finding starts on the next line
//   <!-- expect required-info:retention -->    … with that requirement
//   <!-- expect placeholder, entity-mismatch --> two findings
//
// Every finding of the rules under test must be expected, and every expectation met.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../../server/out/engine/check.js';
import { RULE_METAS } from '../../../server/out/engine/rules/index.js';
import type { CheckConfig, Diagnostic } from '../../../server/out/engine/types.js';
import { FIXTURES } from './paths.js';

export interface Expectation {
  line: number;
  rule: string;
  requirement?: string;
}

export function readExpectations(text: string): Expectation[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: Expectation[] = [];
  lines.forEach((l, i) => {
    const m = /<!--\s*expect\s+([^>]*?)\s*-->/.exec(l);
    if (!m) return;
    let target = i + 1;
    while (target < lines.length && lines[target].trim() === '') target++;
    for (const item of m[1].split(',')) {
      const [rule, requirement] = item.trim().split(':');
      if (rule) out.push({ line: target, rule, ...(requirement ? { requirement } : {}) });
    }
  });
  return out;
}

const describe = (d: Diagnostic) => `${d.rule}${d.requirement ? ':' + d.requirement : ''} at line ${d.range.start.line + 1}: ${d.message}`;

/**
 * The configuration with every rule but `rules` off: a rule reads the document and the coverage,
 * never another rule's findings (check.ts), so the rules under test find the same, and the others'
 * work (most of a check of a short text) is not done only to be filtered away.
 */
export function onlyRules(rules: string[], config: CheckConfig = {}): CheckConfig {
  const off = Object.fromEntries(RULE_METAS.filter((m) => !rules.includes(m.id)).map((m) => [m.id, 'off' as const]));
  const own = Object.fromEntries(Object.entries(config.rules ?? {}).filter(([id]) => rules.includes(id)));
  return { ...config, rules: { ...off, ...own } };
}

/** Check one fixture's text against its expectations, for the given rules. */
export function assertFixture(text: string, rules: string[], config: CheckConfig = {}): void {
  const result = check(text, onlyRules(rules, config));
  const found = result.diagnostics.filter((d) => rules.includes(d.rule));
  const expected = readExpectations(text).filter((e) => rules.includes(e.rule));
  const unmatched = [...found];
  const missing: Expectation[] = [];
  for (const e of expected) {
    const k = unmatched.findIndex((d) => d.rule === e.rule && d.range.start.line === e.line && (!e.requirement || d.requirement === e.requirement));
    if (k < 0) missing.push(e);
    else unmatched.splice(k, 1);
  }
  const problems = [
    ...missing.map((e) => `expected ${e.rule}${e.requirement ? ':' + e.requirement : ''} at line ${e.line + 1}, not reported`),
    ...unmatched.map((d) => `unexpected ${describe(d)}`),
  ];
  assert.deepEqual(problems, [], `\n${problems.join('\n')}\nall findings:\n${found.map(describe).join('\n')}`);
}

/** One test per fixture file under test/fixtures/<rule>/. */
export function fixtureTests(rule: string, config: CheckConfig = {}): void {
  const dir = join(FIXTURES, rule);
  if (!existsSync(dir)) throw new Error(`no fixtures at ${dir}`);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) {
    test(`${rule} fixture ${f}`, () => assertFixture(readFileSync(join(dir, f), 'utf8'), [rule], config));
  }
}
