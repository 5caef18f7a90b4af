// TEMPORARY scaffold so the tree builds while the rule is written; replaced by the real rule.
import type { Rule } from '../types.js';
const rule: Rule = {
  meta: { id: 'required-info', description: 'not yet implemented', defaultSeverity: 'warning', fixable: false, hasSuggestions: false, docs: '' },
  check() {},
};
export default rule;
