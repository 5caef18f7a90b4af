// Issue 13, session 15 (helper cov-cross): cookies, policy changes, transfers and retention in all
// four languages, and statements of absence, on the held-out rows of coverage-frames-cross-rows.ts
// (batch A written before this round's changes, batch B after them with the data frozen) and, per
// kind this round read, sentences that give the item and look-alikes that must not. A row the
// checker still gets wrong is listed in KNOWN with what it lacks (a `todo`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageOf, englishCoverageOf, holdsAll, type Case, type Lang } from './helpers/coverage-lang.js';

const coverage = (lang: Lang | 'en', body: string, requirement: string) =>
  lang === 'en' ? (body.startsWith('## ') ? englishCoverageOfSection(body, requirement) : englishCoverageOf(body, requirement)) : coverageOf(lang, body, requirement);

/** An English body that brings its own section heading ("## Can you delete my data?"). */
function englishCoverageOfSection(body: string, requirement: string) {
  const [, heading, rest] = /^## (.*)\n\n([\s\S]*)$/.exec(body) ?? [];
  return englishCoverageOf(rest, requirement, heading);
}

const holds = (cases: Case<Lang | 'en'>[]) => holdsAll(cases, coverage);

test('no cookies at all is a statement of absence; a denial of one kind, one use or our own cookies only is not', () => {
  holds([
    ['en', 'cookies', 'present', 'The shop does not use cookies or anything like them.'],
    ['en', 'cookies', 'present', 'This page sets no cookies.'],
    ['en', 'cookies', 'notpresent', 'The game does not set cookies itself; the ad network inside it may.'],
    ['en', 'cookies', 'notpresent', 'We use no cookies other than the one that keeps you logged in.'],
    ['en', 'cookies', 'notpresent', 'We never use cookies to follow you across other websites.'],
    ['nl', 'cookies', 'present', 'Deze app plaatst geen enkele cookie.'],
    ['nl', 'cookies', 'notpresent', 'We plaatsen geen cookies voor advertenties.'],
    ['de', 'cookies', 'present', 'Unser Shop setzt keinerlei Cookies.'],
    ['de', 'cookies', 'notpresent', 'Außer einem Sitzungscookie setzen wir keine Cookies.'],
    ['de', 'cookies', 'notpresent', 'Wir verwenden keine Cookies zur Werbung.'],
    ['fr', 'cookies', 'present', 'Ce site fonctionne sans cookies ni traceurs.'],
    ['fr', 'cookies', 'notpresent', 'Ce site fonctionne sans cookies publicitaires, uniquement avec des cookies nécessaires.'],
  ]);
});

test('an identifier kept on the device is a cookie in other words; an ID on our servers is not; switching it off is how to refuse it', () => {
  holds([
    ['en', 'cookies', 'present', 'Our app saves a random identifier on your device to count installs. You can turn it off under Settings.'],
    ['en', 'cookies', 'missing', 'We store your customer ID on our servers.'],
    ['en', 'cookies', 'missing', 'You can turn off reminders in the app at any time.'],
    ['nl', 'cookies', 'missing', 'Wij bewaren uw klantnummer in onze administratie.'],
    ['de', 'cookies', 'missing', 'Ihre Kundennummer speichern wir in unserer Buchhaltung.'],
    ['fr', 'cookies', 'present', 'L’application enregistre un identifiant sur votre téléphone pour mesurer l’audience. Vous pouvez modifier votre choix à tout moment dans les réglages.'],
    ['fr', 'cookies', 'missing', 'Nous enregistrons votre numéro client dans notre logiciel de facturation.'],
  ]);
});

test('no transfer, said with "nothing", as a noun, or as "nowhere else" after a place in Europe; look-alikes', () => {
  holds([
    ['en', 'international-transfers', 'present', 'Nothing the app records is ever transferred outside the EEA.'],
    ['en', 'international-transfers', 'present', 'No transfer of your data to other countries takes place.'],
    ['en', 'international-transfers', 'present', 'Everything is hosted in Germany. We do not send it anywhere else.'],
    ['en', 'international-transfers', 'notpresent', 'We store data in Ireland and do not share it with anyone else.'],
    ['en', 'international-transfers', 'notpresent', 'Nothing is sent outside the EU unless you ask us to deliver abroad.'],
    ['nl', 'international-transfers', 'present', 'Overdracht van gegevens naar derde landen vindt nooit plaats.'],
    ['de', 'international-transfers', 'present', 'Eine Weitergabe an Empfänger in einem Drittstaat bzw. einer internationalen Organisation findet nicht statt.'],
    ['de', 'international-transfers', 'notpresent', 'Eine Übermittlung in Drittländer findet nicht statt, es sei denn, Sie haben ausdrücklich eingewilligt.'],
    ['fr', 'international-transfers', 'present', 'Aucun transfert de vos données hors de l’Union européenne n’est effectué.'],
  ]);
});

test('an age is no retention period; a period that only looks like one (records older than, after ten years) still is', () => {
  holds([
    ['en', 'retention', 'present', 'Data older than two years is deleted.'],
    ['nl', 'retention', 'present', 'Gegevens ouder dan twee jaar worden verwijderd.'],
    ['nl', 'retention', 'missing', 'Accounts van kinderen jonger dan 13 jaar verwijderen we.'],
    ['de', 'retention', 'present', 'Die Daten werden nach Ablauf von 10 Jahren gelöscht.'],
    ['de', 'retention', 'missing', 'Konten von Kindern unter 14 Jahren entfernen wir.'],
    ['fr', 'retention', 'present', 'Nous ne conservons pas vos données plus de 3 ans.'],
    ['fr', 'retention', 'missing', 'Les comptes des enfants de moins de 13 ans sont supprimés.'],
  ]);
});

test('how fast a request to erase is met is no retention; a keeping rule in the same sentence still is', () => {
  holds([
    ['en', 'retention', 'notpresent', 'At your request we delete your profile within 48 hours.'],
    ['en', 'retention', 'present', 'If you ask us to delete your account, we still keep invoices for seven years.'],
    ['en', 'retention', 'present', 'Inactive accounts are deleted after two years.'],
  ]);
});

test('policy changes: a new version given, posted or made known; look-alikes of other changes', () => {
  holds([
    ['en', 'policy-changes', 'present', 'If we ever change how we use your information, we’ll tell you in the app first.'],
    ['en', 'policy-changes', 'present', 'When it changes, we’ll post the new version here.'],
    ['en', 'policy-changes', 'missing', 'We will send you a new password by email.'],
    ['en', 'policy-changes', 'missing', 'If your address changes, we’ll update your profile.'],
    ['en', 'policy-changes', 'present', 'If any of this changes, we will update this page first.'],
    ['en', 'policy-changes', 'missing', 'If your phone number changes, we will update this page for you.'],
  ]);
});
