// TEMPORARY scaffold: replaced by the real requirement matcher.
import type { PolicyDocument } from './document.js';
import type { Coverage } from './types.js';
export function computeCoverage(_doc: PolicyDocument, _profiles: string[]): Coverage[] {
  return [];
}
