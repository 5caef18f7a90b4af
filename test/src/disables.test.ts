import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/out/engine/document.js';
import { applyDisables, disabledRegions } from '../../server/out/engine/disables.js';
import type { Diagnostic } from '../../server/out/engine/types.js';

const at = (line: number, rule: string, requirement?: string): Diagnostic => ({
  rule,
  severity: 'warning',
  message: 'm',
  range: { start: { line, character: 0 }, end: { line, character: 1 } },
  ...(requirement ? { requirement } : {}),
});

const text = [
  '# Privacy', // 0
  '', // 1
  '<!-- policywright-disable-next-line placeholder -->', // 2
  '', // 3
  'Line four.', // 4
  '', // 5
  '<!-- policywright-disable duplicate-block -->', // 6
  '', // 7
  'Line eight.', // 8
  '', // 9
  '<!-- policywright-enable -->', // 10
  '', // 11
  'Line twelve.', // 12
  '', // 13
  '<!-- policywright-disable required-info:dpo-contact -->', // 14
].join('\n');

test('disable-next-line skips blank lines and names one rule', () => {
  const doc = parseDocument(text);
  const kept = applyDisables(doc, [at(4, 'placeholder'), at(4, 'duplicate-block'), at(12, 'placeholder')]);
  assert.deepEqual(kept.map((d) => `${d.rule}@${d.range.start.line}`), ['duplicate-block@4', 'placeholder@12']);
});

test('disable … enable covers a region; a requirement can be silenced alone', () => {
  const doc = parseDocument(text);
  assert.equal(disabledRegions(doc).length, 3);
  const kept = applyDisables(doc, [at(8, 'duplicate-block'), at(12, 'duplicate-block'), at(0, 'required-info', 'dpo-contact'), at(0, 'required-info', 'retention'), at(8, 'input')]);
  assert.deepEqual(kept.map((d) => `${d.rule}${d.requirement ? ':' + d.requirement : ''}@${d.range.start.line}`), ['duplicate-block@12', 'required-info:retention@0', 'input@8']);
});

test('enabling one rule ends its silence only; the others stay silenced', () => {
  const t = [
    '<!-- policywright-disable placeholder, stale-law -->', // 0
    'a', // 1
    '<!-- policywright-enable placeholder -->', // 2
    'b', // 3
    '<!-- policywright-disable -->', // 4
    'c', // 5
    '<!-- policywright-enable structure -->', // 6
    'd', // 7
  ].join('\n');
  const doc = parseDocument(t);
  const kept = applyDisables(doc, [at(1, 'placeholder'), at(1, 'stale-law'), at(3, 'placeholder'), at(3, 'stale-law'), at(5, 'structure'), at(7, 'structure'), at(7, 'placeholder')]);
  assert.deepEqual(kept.map((d) => `${d.rule}@${d.range.start.line}`), ['placeholder@3', 'structure@7']);
});
