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
//   number; not a sentence that only names the parent's contact as a kind of data.
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
];

export const LABEL = 'frames round 21';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at aea1be0 gets 14 of 23 wrong).
  "We rely on these bases:\n\n- **contract** \u2013 to deliver what you ordered;\n- **legitimate interests** \u2013 chasing late payments and keeping our depot secure;\n- **consent** \u2013 for our newsletter.":
    "round 21, batch a: the interests after a label in bold or italics are not read (the emphasis marks stand between the label and its dash or colon)",
  "**Legitimate interests:** making sure our booking system is not misused.":
    "round 21, batch a: the interests after a label in bold or italics are not read (the emphasis marks stand between the label and its dash or colon)",
  "*Our legitimate interest* \u2014 to understand which routes our riders use most.":
    "round 21, batch a: the interests after a label in bold or italics are not read (the emphasis marks stand between the label and its dash or colon)",
  "__Legitimate interests__: preventing fraud on gift cards.":
    "round 21, batch a: the interests after a label in bold or italics are not read (the emphasis marks stand between the label and its dash or colon)",
  "When you pay, PayPal tells us your name and delivery address.":
    "round 21, batch a: another party telling us the reader's data (\"tells\", \"told\") or named after a leading clause of the reader's is not read as the source",
  "After each lesson, the driving school told us your test result.":
    "round 21, batch a: another party telling us the reader's data (\"tells\", \"told\") or named after a leading clause of the reader's is not read as the source",
  "Your insurer tells me the claim number and your policy details.":
    "round 21, batch a: another party telling us the reader's data (\"tells\", \"told\") or named after a leading clause of the reader's is not read as the source",
  "Our auditor tells us how to improve our controls.":
    "round 21, batch a: advice told to us by an auditor is read as data from another source (a phrase on a party that \"tells us\")",
  "If you sign in with Microsoft, Microsoft gives me your name and work email.":
    "round 21, batch a: another party telling us the reader's data (\"tells\", \"told\") or named after a leading clause of the reader's is not read as the source",
  "If your GP refers you, Northway Clinic forwards me your notes.":
    "round 21, batch a: another party telling us the reader's data (\"tells\", \"told\") or named after a leading clause of the reader's is not read as the source",
  "When you book a stay through us, Roomly sends me your arrival time and phone number.":
    "round 21, batch a: another party telling us the reader's data (\"tells\", \"told\") or named after a leading clause of the reader's is not read as the source",
  "Players aged 8 to 12 need a parent to sign them up, and we keep a parent\u2019s mobile number for match days.":
    "round 21, batch a: the veto on a parent's phone number as a kind of data takes the whole sentence, though it gives an age and a parent's part",
  "Swimmers under 16 join with a parent\u2019s signature, and we hold the parent\u2019s phone number as their emergency contact.":
    "round 21, batch a: the veto on a parent's phone number as a kind of data takes the whole sentence, though it gives an age and a parent's part",
  "Pupils aged 5 to 11 are enrolled by a parent, and we keep the phone number of a parent for emergencies.":
    "round 21, batch a: the veto on a parent's phone number as a kind of data takes the whole sentence, though it gives an age and a parent's part",
};
