// contact-mismatch across a set of policies: an e-mail domain, web address, phone number or postcode that
// belongs to another policy's controller, used in this one (an agency's template filled in for the
// next client, with the last client's contacts left in). It shares the per-document rule's
// metadata and docs page. A domain belongs to the policy whose controller's name it carries
// ("alder-analytics.example" for Alder Analytics Ltd); a phone number or postcode to the policy where
// it stands beside that policy's own name or domain, unless it stands so in the policies of two
// controllers or more. Policies of one family, or of one controller, are not compared.
import { controllerKey, Owners, type SetPolicy, type SetRule } from '../set-rule.js';
import type { ContactSummary } from '../workspace.js';
import contactMismatch from './contact-mismatch.js';
import { sameController } from './entity-mismatch-set.js';

/** The domains a policy's controller owns: those whose name part contains one of its name words. */
function ownedDomains(p: SetPolicy): Set<string> {
  const words = (p.summary.controller?.words ?? []).flat().filter((w) => w.length >= 4 && /^[\p{L}\p{N}]+$/u.test(w));
  const out = new Set<string>();
  for (const c of p.summary.contacts) {
    if (!c.domain) continue;
    const name = c.domain.split('.').slice(0, -1).join('.').replace(/[^a-z0-9]/g, '');
    if (words.some((w) => name.includes(w.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()))) out.add(c.domain);
  }
  return out;
}

/** What a contact is compared by: a domain, a number, a postcode with its house number (two clients may share a postcode). */
const contactKey = (c: ContactSummary) => (c.domain ? `domain:${c.domain}` : c.kind === 'postcode' ? `${c.key}#${c.house ?? ''}` : c.key);

const rule: SetRule = {
  meta: contactMismatch.meta,
  check(ctx) {
    const owned = new Map<SetPolicy, Set<string>>(ctx.policies.map((p) => [p, ownedDomains(p)]));
    // A phone number or postcode is a policy's when it stands beside the policy's own name or domain.
    const nearOwned = (p: SetPolicy, c: ContactSummary) => (c.kind === 'phone' || c.kind === 'postcode') && (c.nearOwn || c.nearDomains.some((d) => owned.get(p)!.has(d)));
    // Who owns each domain and phone number, and where it first stands there.
    const byValue = new Owners<{ policy: SetPolicy; at: ContactSummary }>(ctx.familyOf);
    for (const p of ctx.policies) {
      const seen = new Set<string>();
      const group = controllerKey(p);
      for (const c of p.summary.contacts) {
        const key = contactKey(c);
        if (seen.has(key) || !(c.domain ? owned.get(p)!.has(c.domain) : nearOwned(p, c))) continue;
        seen.add(key);
        byValue.add(key, group, { policy: p, at: c });
      }
    }
    for (const q of ctx.policies) {
      const family = ctx.familyOf.get(q.path);
      const reported = new Set<string>();
      for (const c of q.summary.contacts) {
        const key = contactKey(c);
        if (reported.has(c.key) || byValue.owns(key, q)) continue;
        // A number or postcode beside the names of two controllers or more is no one client's
        // (a supervisory authority's helpline or address, an office building they share).
        if (!c.domain && byValue.groups(key) > 1) continue;
        let owner: { policy: SetPolicy; at: ContactSummary } | undefined;
        for (const o of byValue.of(key)) if ((!family || ctx.familyOf.get(o.policy.path) !== family) && !sameController(o.policy, q) && (owner = o)) break;
        if (!owner) continue;
        reported.add(c.key);
        const theirs = owner.policy.summary.controller?.name ?? owner.policy.path;
        const what = c.kind === 'phone' ? 'phone number' : c.kind === 'postcode' ? 'postcode' : c.kind === 'email' ? `e-mail address (domain ${c.domain})` : `web address (${c.domain})`;
        ctx.report({
          path: q.path,
          range: c.range,
          message:
            `The ${what} “${c.text}” belongs to ${theirs}, the controller of another policy of this set (${owner.policy.path})` +
            `${q.summary.controller ? `, but this policy is ${q.summary.controller.name}'s` : ''}. Readers who use it reach the wrong company: give this controller's own contact details.`,
          related: [{ path: owner.policy.path, range: owner.at.range, message: `${theirs}'s ${c.kind === 'phone' ? 'phone number' : c.kind === 'postcode' ? 'postcode' : c.kind === 'email' ? 'e-mail domain' : 'web address'} in its own policy.` }],
          data: { kind: c.kind, value: c.text, otherPolicy: owner.policy.path, otherController: theirs },
        });
      }
    }
  },
};

export default rule;
