// Issue 13, coverage by meaning, nineteenth English round (session 22, helper cov-half): items the checker
// reported present although the policy gives them only in part. The kind here: a change of the policy
// reserved or foreseen ("we may update this notice", "this policy can change") with no word of how the
// reader learns of it — the item is how changes are made known (profile: `policy-changes`, "how changes
// to the policy are made known"), so the reservation alone addresses the item without giving it. Beside
// it, the fully given form (the same reservation with a notice to the reader, a place where the new
// version is posted, in the same sentence, the next, or the section about changes), which must stay
// present, and look-alikes whose extra words are no notice to the reader ("e-mail us", "without prior
// notice"). Written in our own words, in domains and wordings other than the development rounds'.
// BATCH_A was written BEFORE this branch's changes. `node scripts/score-rows.js <checkout> --rows=en19
// --batch=a` counts the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH_A: FrameRow[] = [
  // a change reserved, with no way of learning about it: not given
  ['policy-changes', 'notpresent', 'The club keeps the right to rework this notice whenever it sees fit.'],
  ['policy-changes', 'notpresent', 'Our notice might get rewritten now and then as the law moves on.'],
  ['policy-changes', 'notpresent', 'The surgery may revise this statement periodically.'],
  ['policy-changes', 'notpresent', 'Changes to this policy can be made without prior notice.'],
  ['policy-changes', 'notpresent', 'Our privacy notice may change as the shop grows. If you have any questions, e-mail us at hello@quillfeather.example.'],
  ['policy-changes', 'notpresent', '## Changes to this notice\n\nWe can change this notice at any time.'],
  ['policy-changes', 'notpresent', 'If this policy changes, the changes apply from the day they are made.'],
  // the same with how the reader learns of it: given
  ['policy-changes', 'present', 'We may revise this notice now and then; whenever we do, members get an e-mail from the club secretary.'],
  ['policy-changes', 'present', 'This statement may change as the shop grows. The newest version will always be posted on this page, with its date at the top.'],
  ['policy-changes', 'present', 'We can rework this notice whenever needed, and we will tell you in the app before a change applies.'],
  ['policy-changes', 'present', 'Should we update this notice, we will let parents know through the school newsletter.'],
  ['policy-changes', 'present', 'We might revise this notice as the shop grows. You will be notified by e-mail of anything that affects you.'],
  ['policy-changes', 'present', '## Changes to this notice\n\nWe may change this notice from time to time. Check this page for the latest version.'],
  ['policy-changes', 'present', 'This privacy policy may be changed. Any new version will be published on our website.'],
  // Added after the branch's first change, from the three rows of the dev rounds it then got wrong (a notice shown in
  // the product, release notes, the version number at the top), in other words and products.
  ['policy-changes', 'present', 'When this notice changes, the kiosk will display a short message the next time you check in.'],
  ['policy-changes', 'present', 'If this policy is ever changed, the plugin’s changelog will say what changed and why.'],
  ['policy-changes', 'present', 'We may change this notice; the revision number at the top goes up each time we do.'],
  ['policy-changes', 'notpresent', 'We may change this notice. Our release schedule is quarterly.'],
];

// Session 22 review (rev-data): the reservation's own occasion ("if …", "when …", "as …", "to reflect …") names a channel, a
// page or a message as what may change, not as how the reader learns of the change: no notice. Beside them, a condition
// with no comma before a main clause that does tell the reader ("if we … we will e-mail you"), which stays given.
export const REVIEW_A: FrameRow[] = [
  ['policy-changes', 'notpresent', 'We may update this policy to reflect changes in how we communicate with you.'],
  ['policy-changes', 'notpresent', 'The hostel may revise this notice if it starts taking bookings by email.'],
  ['policy-changes', 'notpresent', 'This statement can change when the courses we list on our website change.'],
  ['policy-changes', 'notpresent', 'Our notice may be reworded whenever we put new tools in the app.'],
  ['policy-changes', 'notpresent', 'The society may amend this notice as it announces new events.'],
  ['policy-changes', 'notpresent', 'We may revise this policy if the way we message patients changes.'],
  ['policy-changes', 'present', 'If we change this notice in a way that matters we will e-mail every member first.'],
  ['policy-changes', 'present', 'When this policy changes you will be told in the app before it applies.'],
  ['policy-changes', 'present', 'Should this statement ever change, we will post the new text on this page.'],
  ['policy-changes', 'present', 'We may update this notice as the shop grows, and customers will get an e-mail about each change.'],
  ['policy-changes', 'present', 'If we rewrite this notice in a way that matters we’ll tell you in the portal first.'],
  ['policy-changes', 'present', 'The studio may revise this notice. A revision applies once it is published on this page.'],
  ['policy-changes', 'present', 'This statement may change, and a new version applies when we post it on our website.'],
  ['policy-changes', 'present', 'This notice may change; a change counts only once we put it up on the members’ portal.'],
];

/**
 * Written by the lead after the slow floor test found a notice posted in the product read as absent
 * (a round fixture: "post a note in the … panel"): the verb "post"/"leave" before a message, and a look-alike.
 */
export const LEAD_A: FrameRow[] = [
  ['policy-changes', 'present', "If we change this page, we'll post a note in the club's members' area before the change applies."],
  ['policy-changes', 'present', 'When we revise this policy, we post a short notice in the news feed of the app.'],
  ['policy-changes', 'present', 'Should this notice change, we will leave a message on the noticeboard in reception.'],
  ['policy-changes', 'notpresent', 'We may update this policy if we start to post notices about our events.'],
];

export const LABEL = 'frames round 19';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: main at 9dde3c7 got 7 of 14 (en; 4 rows added later) / 7 of 13 wrong (nl/de/fr); session 22's checker none.
};
