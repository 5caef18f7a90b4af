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

export const RULES: Rule[] = [requiredInfo, duplicateBlock, placeholder, entityMismatch, contactMismatch, brokenReference, staleLaw, structure, repeatedWord];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
