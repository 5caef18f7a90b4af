// The mechanisms round C of held-out whole policies (session 13, English policies 01–09) found missing,
// each with sentences that give the item and look-alikes that share its words but do not. Written in
// our own words, never a sentence of the round. Each row: [language, requirement, expected, body, todo?];
// a row with a reason runs as a todo (what it still lacks). Batch 1 was written before the changes
// (main's build: 20/41 hold); batch 2 after them with the data frozen (main 5/19, this branch 16/19).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageOf, englishCoverageOf, show, type Lang } from './helpers/coverage-lang.js';

type Row = [lang: Lang | 'en', requirement: string, expected: 'present' | 'partial' | 'notpresent' | 'missing', body: string, todo?: string];

const BATCH1: Row[] = [
  ['en', 'last-updated', 'present', "Revised autumn 2025"],
  ['en', 'last-updated', 'present', "This notice was last brought up to date in the summer of 2024."],
  ['en', 'last-updated', 'missing', "Our summer 2025 sale ends on Friday."],
  ['nl', 'last-updated', 'present', "Bijgewerkt najaar 2025"],
  ['de', 'last-updated', 'present', "Stand: Herbst 2025"],
  ['fr', 'last-updated', 'present', "Mise à jour : printemps 2026"],
  ['en', 'last-updated', 'present', "Ref. DP-12 · Version 3 · Approved by the Management Board on 02.03.2026"],
  ['en', 'last-updated', 'present', "**Harbourline Ltd**\nFile no. HR-4 | Approved by the directors on 5 June 2025"],
  ['en', 'last-updated', 'missing', "Your refund was approved by the finance team on 02.03.2026 and paid a week later."],
  ['en', 'policy-changes', 'missing', "This notice was last revised on 4 May 2025."],
  ['en', 'policy-changes', 'missing', "*Last amended 12 January 2026.*"],
  ['en', 'policy-changes', 'present', "We may revise this notice; the new version will appear on this page."],
  ['en', 'statutory-contractual', 'present', "If the details are not supplied, we are unable to process the order."],
  ['en', 'statutory-contractual', 'present', "If you would rather not give us your address, we can't ship the order."],
  ['en', 'statutory-contractual', 'present', "Where a phone number is not provided, we cannot book the courier for you."],
  ['en', 'statutory-contractual', 'missing', "If you do not accept cookies, some pages may not work."],
  ['en', 'statutory-contractual', 'missing', "We disclose data when the law requires it."],
  ['en', 'statutory-contractual', 'missing', "If the parcel is not collected, we cannot keep it longer than a week."],
  ['en', 'lawful-basis', 'missing', "We keep invoices as long as needed to meet our legal obligations.", "a retention sentence's 'to meet our legal obligations' is read as the legal-obligation ground (label question, left alone)"],
  ['en', 'lawful-basis', 'present', "We keep your invoices because tax law obliges us to.", "'tax law obliges us' with no data verb after it is not read as a ground"],
  ['en', 'automated-decision-making', 'present', "We take no decisions about you based solely on automated processing."],
  ['en', 'automated-decision-making', 'present', "Nothing is decided about you by purely automated means."],
  ['en', 'automated-decision-making', 'present', "Our system suspends an account automatically when our abuse filters flag it; a person checks each suspension if you ask."],
  ['en', 'automated-decision-making', 'missing', "Backups run automatically every night."],
  ['en', 'data-source', 'present', "From the app store we receive only a note that you paid and the price."],
  ['en', 'data-source', 'missing', "You receive an e-mail receipt after each payment."],
  ['en', 'recipients', 'present', "Our database runs on servers rented from Cloudnest GmbH in Munich."],
  ['en', 'recipients', 'present', "Error logs go to Bugwatch Inc. in Canada."],
  ['en', 'recipients', 'missing', "Error logs go to the bin after 30 days."],
  ['en', 'statutory-contractual', 'present', "If you'd rather not hand us a phone number, I'm sorry but we can't book the table."],
  ['en', 'international-transfers', 'present', "Your profile is stored in Norway and in the United Kingdom, which the European Commission has recognised as providing adequate protection."],
  ['en', 'recipients', 'missing', "Your messages go to our support inbox."],
  ['en', 'data-source', 'missing', "We get only a handful of complaints each year."],
  ['en', 'right-access', 'missing', "If a parent tells us their child signed up, please write to us and we will remove it."],
  ['en', 'automated-decision-making', 'present', "Harbourpay freezes a card automatically when our risk rules spot unusual spending; ask us and a person will look at it again."],
  ['en', 'automated-decision-making', 'missing', "The app locks your screen automatically when you are idle."],
  ['en', 'policy-changes', 'notpresent', "This notice can change from time to time."],
  ['en', 'policy-changes', 'notpresent', "This policy may be changing sometimes."],
  ['en', 'policy-changes', 'present', "Any new version will be published on this page."],
  ['en', 'policy-changes', 'missing', "Prices may change from time to time."],
  ['en', 'policy-changes', 'missing', "The new version of the app will be published in the store."],
];

const BATCH2: Row[] = [
  ['en', 'last-updated', 'present', "Reviewed: winter 2025"],
  ['fr', 'last-updated', 'present', "Dernière mise à jour : automne 2025"],
  ['nl', 'last-updated', 'present', "Laatst herzien: zomer 2025"],
  ['de', 'last-updated', 'present', "Zuletzt aktualisiert im Frühjahr 2026"],
  ['en', 'last-updated', 'present', "Doc ID PP-3 | Adopted by the trustees on 9 September 2025"],
  ['en', 'last-updated', 'missing', "The winter 2025 timetable is on the noticeboard."],
  ['en', 'policy-changes', 'missing', "Our notice was most recently updated on 2 February 2026."],
  ['en', 'statutory-contractual', 'present', "Should your date of birth not be given, we are unable to open the account.", "an inverted 'should … not be given' is no condition of the passive cue"],
  ['en', 'statutory-contractual', 'present', "When the delivery address is not entered, we can't send the order."],
  ['en', 'statutory-contractual', 'present', "If you'd prefer not to share your allergies, we can't plan the menu safely."],
  ['en', 'automated-decision-making', 'present', "We take no decision about you based only on automated means."],
  ['en', 'automated-decision-making', 'present', "The platform suspends accounts automatically if the spam filter is triggered."],
  ['en', 'recipients', 'present', "Our website is hosted by Pagefarm B.V. in Amsterdam."],
  ['en', 'recipients', 'present', "Newsletter sign-ups are passed to Mailcrate LLC.", "'sign-ups' is no kind of data the legal-form recipient cue names"],
  ['en', 'recipients', 'missing', "Newsletter sign-ups are passed to our editor."],
  ['en', 'data-source', 'present', "Payment runs through PayPal; we only get a transaction reference.", "'runs through' a provider, then 'we only get' (the only before the verb) is not read"],
  ['en', 'international-transfers', 'present', "Backups are held in Canada, deemed by the European Commission to offer adequate protection."],
  ['en', 'policy-changes', 'notpresent', "This statement may be changing over time."],
  ['en', 'policy-changes', 'missing', "The menu may be changing over time."],
];

for (const [batch, rows] of [['batch 1', BATCH1], ['batch 2', BATCH2]] as const) {
  for (const [lang, requirement, expected, body, why] of rows) {
    test(`${batch}: ${lang} ${requirement} ${expected}: "${body.length > 60 ? `${body.slice(0, 57)}...` : body}"`, why ? { todo: why } : {}, () => {
      const c = lang === 'en' ? englishCoverageOf(body, requirement) : coverageOf(lang, body, requirement);
      if (expected === 'notpresent') assert.notEqual(c.status, 'present', show(c));
      else assert.equal(c.status, expected, show(c));
    });
  }
}
