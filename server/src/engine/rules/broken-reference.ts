// TEMPORARY scaffold so the tree builds while the rule is written; replaced by the real rule.
import type { Rule } from '../types.js';
const rule: Rule = {
  meta: { id: 'broken-reference', description: 'not yet implemented', defaultSeverity: 'warning', fixable: false, hasSuggestions: false, docs: '' },
  check() {},
};
export default rule;
