// Every rule, in the order they run. The docs pages, the settings schema and the rule list are
// generated from the rules' metadata (scripts/gen-docs.js).
import type { Rule } from '../rule.js';
import requiredInfo from './required-info.js';
import duplicateBlock from './duplicate-block.js';
import placeholder from './placeholder.js';
import entityMismatch from './entity-mismatch.js';
import contactMismatch from './contact-mismatch.js';
import brokenReference from './broken-reference.js';
import staleLaw from './stale-law.js';
import structure from './structure.js';
import repeatedWord from './repeated-word.js';
import translationDrift from './translation-drift.js';
import entityMismatchSet from './entity-mismatch-set.js';
import contactMismatchSet from './contact-mismatch-set.js';
import type { SetRule } from '../set-rule.js';
import type { RuleMeta } from '../types.js';

export const RULES: Rule[] = [requiredInfo, duplicateBlock, placeholder, entityMismatch, contactMismatch, brokenReference, staleLaw, structure, repeatedWord];

/**
 * Set-level rules (set-rule.ts), run by checkSet() over policies read as a set. Some report under
 * a per-document rule's id (entity-mismatch across files) and share its metadata.
 */
export const SET_RULES: SetRule[] = [translationDrift, entityMismatchSet, contactMismatchSet];

/** Every rule's metadata once, per-document and set-level: for docs, the settings schema and SARIF. */
export const RULE_METAS: RuleMeta[] = [...RULES.map((r) => r.meta), ...SET_RULES.map((r) => r.meta)].filter((m, i, all) => all.findIndex((x) => x.id === m.id) === i);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
