// Issue 13, coverage by meaning, eighteenth English round (session 22, helper cov-given): held-out rows
// for false alarms — an item the policy gives that the checker reported missing — of the kind with the
// most of them across the development rounds (data-source: S 11, O 02 and five more; three on the
// sealed round T), sorted by what the sentence says: a party no class knows hands the reader's data to
// us, named by one word before a finite verb ("<Name> gives me …") or after a modal ("<Name> may send
// us …"), or by its trade with an article ("The firm may obtain …"); the reader's data named as a
// phrase whose known noun stands past words no class knows ("your name and postal address"); and
// statutory-contractual (S 03, S 09): what happens if the data is missing, said of us or of the data, a
// refusal or an inability by us or another party; last-updated (S 07, S 10, O 09): the date in a line in underscore italics, after the version it dates
// ("Version 7, approved by … on …"), or as the last field of a letterhead line ("… · Part of … · May 2025"). Beside
// look-alikes: imperatives with an adverb ("Simply send us …"), a party that sends the reader
// something, a party doing something else. Written in our own words, from the kind, after the change was
// drafted and before it was measured on them (main at 9dde3c7: 5 of 14 wrong; this branch: 3). `node scripts/score-rows.js <checkout> --rows=en18 --batch=a` counts the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH_A: FrameRow[] = [
  // a party named by one word no class knows, before a finite verb or after a modal, hands us the reader's data
  ['data-source', 'present', 'Fitbit shares your sleep scores with us each morning once the watch is paired.'],
  ['data-source', 'present', 'Eventbrite passes us your ticket type and postal address after you book.'],
  ['data-source', 'present', 'Withings may send us your weight readings if you link the scales.'],
  ['data-source', 'present', 'Occasionally Rightmove forwards us your enquiry and telephone number.'],
  // a party named by its trade, with an article, after a modal
  ['data-source', 'present', 'The firm may also obtain records about you from a court or a land registry.'],
  ['data-source', 'present', 'The agency can request your references from your last employer.'],
  // the reader's data named past words no class knows
  ['data-source', 'present', 'Your previous school sends us your name and home address before term starts.'],
  // look-alikes: imperatives, a party that sends the reader something, a party doing something else
  ['data-source', 'notpresent', 'Always send us a photo of the damaged item.'],
  ['data-source', 'notpresent', 'Quillfeather sends you a receipt after every order.'],
  ['data-source', 'notpresent', 'Google shows adverts on some of our pages.'],
  ['data-source', 'notpresent', 'The office sends out the rota each Friday.'],
  ['data-source', 'notpresent', 'Please email us your booking reference.'],
  ['data-source', 'notpresent', 'Simply send us your receipt and we will refund you.'],
  ['data-source', 'notpresent', 'Kindly post us your new address.'],
  // what happens if the data is missing: the lack said of us or of the data, the consequence a refusal or an
  // inability, by us or by another party (S 03, S 09)
  ['statutory-contractual', 'present', 'If we don’t have a current list of your allergies, we may decline to serve you.'],
  ['statutory-contractual', 'present', 'If references are not provided, the agency may refuse to put you forward for the role.'],
  ['statutory-contractual', 'present', 'If we cannot get your bank details, we will not be able to pay your claim.'],
  ['statutory-contractual', 'notpresent', 'If we don’t have your size in stock, we may cancel the order and refund you.'],
  ['statutory-contractual', 'notpresent', 'If the venue is not available, we may have to move the class.'],
  ['statutory-contractual', 'notpresent', 'If a deposit is not given, the hotel may refuse the booking.'],
  // the policy's date in a line set in italics with underscores (a label of any word, or the date alone)
  ['last-updated', 'present', '_Last edit: 4 November 2025_'],
  ['last-updated', 'present', '_Revised 9 January 2026_'],
  ['last-updated', 'present', '_3 February 2026_'],
  ['last-updated', 'notpresent', '_Last orders: 10 pm_'],
  // the policy's date after the version it dates, approved by a body
  ['last-updated', 'present', 'Issue 4, approved by the board of trustees on 2 March 2026.'],
  ['last-updated', 'present', 'Version 3.2 — approved by the parish council in May 2025'],
  ['last-updated', 'notpresent', 'Version 3.2 of the app was approved by the App Store in May 2025 after a long review of its camera features.'],
  // the policy's date as the last field of a letterhead line
  ['last-updated', 'present', '**Harbour Lane Surgery** · Part of the Eastvale Partnership · June 2025\n\nThis notice explains how the surgery uses your records.'],
  ['last-updated', 'present', 'Millbrook Rowing Club | Registered charity 1180042 | October 2025\n\nWe are a small volunteer-run club.'],
  ['last-updated', 'notpresent', 'We are a small volunteer-run club.\n\nOur regatta is held each summer: heats · finals · 14 June 2025 is the next one, weather permitting, on the lower river.\n\nMembers choose the crews.\n\nAnyone may join.'],
];

export const LABEL = 'frames round 18';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  'The agency can request your references from your last employer.':
    'round 18, batch a: “request” is no get-access action (only receive, obtain, collect …), so the source is not read',
  'If a deposit is not given, the hotel may refuse the booking.':
    'round 18, batch a: the “not provided/given” consequence cue reads any thing not given, not only data (main has the same with “we cannot”: “If a deposit is not given, we cannot hold the room”)',
  'Simply send us your receipt and we will refund you.':
    'round 18, batch a: wrong on main too: no frame reads it (the imperative has actor none); the coverage classifier gives it',
};
