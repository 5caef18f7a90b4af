// What a `{{name}}` placeholder resolves to: a front matter `variables` entry, or a `policy`
// field by its own name or as `policy.<field>`. The placeholder rule and export share this, so
// that what the checker accepts is exactly what export can fill.
import type { FrontMatter } from './document.js';

function policyFields(fm: FrontMatter): Record<string, unknown> {
  const p = fm.data.policy;
  return p && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>) : {};
}

function show(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map((x) => show(x) ?? '').join(', ');
  if (typeof v === 'object') return undefined;
  return String(v);
}

/** Every name a placeholder may use in this document. */
export function variableNames(fm: FrontMatter): string[] {
  const names = new Set(Object.keys(fm.variables));
  for (const [k, v] of Object.entries(policyFields(fm))) {
    if (show(v) === undefined) continue;
    names.add(`policy.${k}`);
    if (!(k in fm.variables)) names.add(k);
  }
  return [...names];
}

/** The value of a placeholder name, or undefined when nothing defines it. */
export function resolveVariable(fm: FrontMatter, name: string): string | undefined {
  const n = name.trim();
  if (Object.prototype.hasOwnProperty.call(fm.variables, n)) return fm.variables[n];
  const fields = policyFields(fm);
  const key = n.startsWith('policy.') ? n.slice(7) : n;
  return Object.prototype.hasOwnProperty.call(fields, key) ? show(fields[key]) : undefined;
}
