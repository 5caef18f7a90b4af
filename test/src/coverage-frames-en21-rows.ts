// Issue 13, session 23 (helper given): held-out rows for items a policy gives that the checker read as
// absent (false alarms), each by what the sentence says, in varied wording and domains, beside
// look-alikes that share the words and must not be read so:
// - legitimate interests named after a label set in bold or italics, then a dash or a colon
//   ("**Legitimate interests** – recovering unpaid fees"); not a label whose text is a pointer or a denial;
// - another party that tells us the reader's data, in any form of "tell" ("PayPal tells us your
//   address", "the school told us your result"); not us telling the reader, nor advice told to us;
// - the subject of a main clause after a leading clause of the reader's ("If you sign in with X, X
//   gives me your name"): a party named by its own name after the comma is the one who hands data over;
// - a sentence about children that gives an age and a parent's part, and also names a parent's phone
//   number; not a sentence that only names the parent's contact as a kind of data;
// - (after the changes, from rounds S and T) decisions said to be made by people, not a machine; a version
//   approved on a date in a header block's run-together lines; the reader of a parents' notice asking for
//   erasure for themselves or their child.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en21 --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. legitimate interests after a label in bold or italics ----
  ['en', 'legitimate-interests', 'present', 'We rely on these bases:\n\n- **contract** – to deliver what you ordered;\n- **legitimate interests** – chasing late payments and keeping our depot secure;\n- **consent** – for our newsletter.'],
  ['en', 'legitimate-interests', 'present', '**Legitimate interests:** making sure our booking system is not misused.'],
  ['en', 'legitimate-interests', 'present', '*Our legitimate interest* — to understand which routes our riders use most.'],
  ['en', 'legitimate-interests', 'present', '__Legitimate interests__: preventing fraud on gift cards.'],
  ['en', 'legitimate-interests', 'partial', '**Legitimate interests** – see section 4 below.'],
  ['en', 'legitimate-interests', 'partial', '**Legitimate interests:** where the law allows it.'],
  // ---- 2. another party tells us the reader's data ----
  ['en', 'data-source', 'present', 'When you pay, PayPal tells us your name and delivery address.'],
  ['en', 'data-source', 'present', 'After each lesson, the driving school told us your test result.'],
  ['en', 'data-source', 'present', 'Your insurer tells me the claim number and your policy details.'],
  ['en', 'data-source', 'notpresent', 'We tell you when your order ships.'],
  ['en', 'data-source', 'notpresent', 'Our auditor tells us how to improve our controls.'],
  ['en', 'data-source', 'notpresent', 'You told us your preferences when you signed up.'],
  // ---- 3. a party named after a leading clause of the reader's ----
  ['en', 'data-source', 'present', 'If you sign in with Microsoft, Microsoft gives me your name and work email.'],
  ['en', 'data-source', 'present', 'If your GP refers you, Northway Clinic forwards me your notes.'],
  ['en', 'data-source', 'present', 'When you book a stay through us, Roomly sends me your arrival time and phone number.'],
  ['en', 'data-source', 'notpresent', 'When you order, Parcelhop delivers your parcel within two days.'],
  ['en', 'data-source', 'notpresent', 'If you ask, we send you your data.'],
  ['en', 'right-erasure', 'present', 'You can, at any time, ask us to delete your data.'],
  // ---- 4. children: an age and a parent's part, beside a parent's phone number ----
  ['en', 'children', 'present', 'Players aged 8 to 12 need a parent to sign them up, and we keep a parent’s mobile number for match days.'],
  ['en', 'children', 'present', 'Swimmers under 16 join with a parent’s signature, and we hold the parent’s phone number as their emergency contact.'],
  ['en', 'children', 'present', 'Pupils aged 5 to 11 are enrolled by a parent, and we keep the phone number of a parent for emergencies.'],
  ['en', 'children', 'notpresent', 'We keep the phone number of a parent or guardian for junior members.'],
  ['en', 'children', 'notpresent', 'For each junior we keep the parent’s email address.'],
  // ---- 5. (written after the changes, from round S) decisions said to be made by people, not a machine ----
  ['en', 'automated-decision-making', 'present', 'Admissions decisions are made by people.'],
  ['en', 'automated-decision-making', 'present', 'Whether a loan is offered is decided by humans who read your file.'],
  ['en', 'automated-decision-making', 'present', 'Every refund claim is checked by real people, not by software.'],
  ['en', 'automated-decision-making', 'notpresent', 'Our menus are decided by our team each week.'],
  ['en', 'automated-decision-making', 'notpresent', 'All bookings are made by people from many countries.'],
  // ---- 6. (written after the changes, from round S) a version approved on a date, its line run into a header line ----
  ['en', 'last-updated', 'present', '# Privacy notice\n\nNorthfield College · Records Office\nVersion 4.2, approved by the Data Governance Board on 3 May 2025\n\n## Who we are\n\nWe are Northfield College, hello@northfield.example.'],
  ['en', 'last-updated', 'present', '# Privacy notice\n\nPinecrest Housing Trust · Tenancy Services Team\nIssue 3, adopted by the board of trustees on 12 January 2026\n\n## Who we are\n\nWe are Pinecrest Housing Trust.'],
  ['en', 'last-updated', 'notpresent', '# Privacy notice\n\nOur app, version 3, was released to the public in 2023 and is free.\n\n## Who we are\n\nWe are Pinecrest Apps.'],
  // ---- 7. (written after the changes, from round T) the reader of a parents' notice asks for erasure for
  // themselves or their child; not deleting a child's data when we learn we hold it ----
  ['en', 'right-erasure', 'present', 'You may request whatever we store on you and your child, and have us fix it or erase it.'],
  ['en', 'right-erasure', 'present', 'You may ask us to erase the records we keep on you and your children.'],
  ['en', 'right-erasure', 'present', 'If you are a parent, you can request that we remove the details we hold about your child.'],
  ['en', 'right-erasure', 'notpresent', 'If we find out that a child under 13 has signed up, we delete the account and its data.'],
  ['en', 'right-erasure', 'notpresent', 'Should we discover that we hold information on a child without consent, we will erase it straight away.'],
];

export const LABEL = 'frames round 21';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  "We keep the phone number of a parent or guardian for junior members.": "raised by the model (session 38): the sentence scores at or above its τ on the item's words, though it is about something else",
  // Batch a: groups 1-4 written before the changes (main at aea1be0 gets 14 of 23 wrong), groups 5-6 after
  // (main gets 3 of 8 wrong), group 7 after (main gets 3 of 5 wrong); this branch gets 4 of 36 wrong.
  "When you book a stay through us, Roomly sends me your arrival time and phone number.":
    "round 21, batch a: Roomly is read as the subject now, but the first object after the verb (\"arrival time\") is no data class and the phone number stands too far",
};
