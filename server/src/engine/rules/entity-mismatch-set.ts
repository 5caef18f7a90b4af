// entity-mismatch across a set of policies: a name that is another policy's controller, used in
// this one. The per-document rule (entity-mismatch.ts, whose metadata and docs page this shares)
// finds a name used as the policy's own; across files we can also say whose name it is, and point
// at the policy it belongs to. Policies of one family (translations, versions) are not compared.
import { controllerKey, Owners, type SetPolicy, type SetRule } from '../set-rule.js';
import type { Range } from '../types.js';
import { sameOrganisation } from '../organisation.js';
import entityMismatch from './entity-mismatch.js';
import { notListedOf } from '../cap.js';
import { productKey } from '../product.js';

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const le = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);

export function overlaps(a: Range, b: Range): boolean {
  return le(a.start, b.end) && le(b.start, a.end);
}

/** Do two policies speak for the same organisation? */
export function sameController(a: SetPolicy, b: SetPolicy): boolean {
  const x = a.summary.controller;
  const y = b.summary.controller;
  return !!x && !!y && x.words.some((w) => y.words.some((v) => sameOrganisation(w, v)));
}

const rule: SetRule = {
  meta: entityMismatch.meta,
  check(ctx) {
    // Controllers by the first word of each of their names: one look-up per name mentioned.
    const owners = new Owners<{ policy: SetPolicy; words: string[] }>(ctx.familyOf);
    for (const p of ctx.policies) {
      const group = controllerKey(p);
      for (const words of p.summary.controller?.words ?? []) if (words.length) owners.add(words[0], `${words.join(' ')}\u0002${group}`, { policy: p, words });
    }
    // Products by their keys: another product named as the one this policy applies to (the
    // policy's own check found it) may be the product of another policy of the set.
    const products = new Owners<{ policy: SetPolicy }>(ctx.familyOf);
    for (const p of ctx.policies) for (const key of p.summary.product?.keys ?? []) products.add(key, '', { policy: p });
    for (const q of ctx.policies) {
      const family = ctx.familyOf.get(q.path);
      for (const d of q.diagnostics) {
        const name = d.rule === entityMismatch.meta.id ? d.data?.product : undefined;
        if (typeof name !== 'string') continue;
        let owner: SetPolicy | undefined;
        for (const o of products.of(productKey(name, q.summary.language)))
          if (o.policy !== q && (!family || ctx.familyOf.get(o.policy.path) !== family)) {
            owner = o.policy;
            break;
          }
        if (!owner) continue;
        const theirs = owner.summary.controller?.name;
        ctx.report({
          path: q.path,
          range: d.range,
          amends: d,
          message: ` “${name}” is the product of another policy of this set: ${owner.path}${theirs ? ` (${theirs})` : ''}.`,
          related: [{ path: owner.path, range: owner.summary.product?.range ?? TOP, message: `${name} is the product of ${owner.path}.` }],
          data: { otherPolicy: owner.path, ...(theirs ? { otherController: theirs } : {}) },
        });
      }
    }
    for (const q of ctx.policies) {
      const ours = q.summary.controller;
      if (!ours) continue;
      const family = ctx.familyOf.get(q.path);
      // Past the limit of findings per rule, the policy's own check counted the rest of its
      // findings of this rule: a name it used as its own from there on is among them already.
      const counted = q.diagnostics.find((d) => d.rule === entityMismatch.meta.id && notListedOf(d))?.range.start;
      for (const n of q.summary.names) {
        if (n.thirdParty) continue;
        let owner: SetPolicy | undefined;
        for (const o of owners.of(n.words[0]))
          if (o.policy !== q && (!family || ctx.familyOf.get(o.policy.path) !== family) && !sameController(o.policy, q) && sameOrganisation(n.words, o.words)) {
            owner = o.policy;
            break;
          }
        if (!owner) continue;
        const theirs = owner.summary.controller!;
        const where = { path: owner.path, range: theirs.range ?? TOP, message: `${theirs.name} is the controller of ${owner.path}.` };
        const data = { organisation: n.display, controller: ours.name, otherPolicy: owner.path, otherController: theirs.name };
        const existing = q.diagnostics.filter((d) => d.rule === 'entity-mismatch' && n.ranges.some((r) => overlaps(d.range, r)));
        if (!existing.length && n.self && counted && !before(n.ranges[0].start, counted)) continue;
        if (existing.length) {
          for (const d of existing)
            ctx.report({ path: q.path, range: d.range, amends: d, message: ` “${n.display}” is the controller of another policy of this set: ${owner.path} (${theirs.name}).`, related: [where], data });
          continue;
        }
        n.ranges.forEach((range, i) =>
          ctx.report({
            path: q.path,
            range,
            message:
              `“${n.display}” is the controller of another policy of this set (${owner.path}: ${theirs.name}), but this policy is ${ours.name}'s. ` +
              `A name left from another client's policy tells readers the wrong company holds their data (GDPR Art. 13(1)(a)): replace it with ${ours.name}.`,
            related: [where, ...(i === 0 ? n.ranges.slice(1).map((r) => ({ range: r, message: `“${n.display}” here too` })) : [{ range: n.ranges[0], message: `first place naming “${n.display}”` }])],
            fixes: [{ title: `Replace with ${ours.name}`, kind: 'suggestion', isPreferred: true, edits: [{ range, newText: ours.name }] }],
            data,
          }),
        );
      }
    }
  },
};

export default rule;
