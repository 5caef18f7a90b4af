// Issue 13, session 21 (helper cov-struct): English, Dutch, German and French on the held-out rows of
// coverage-frames-en16-rows.ts — batch a written before this round's changes, batch b after them with
// the data frozen (the generalisation figure). Rows in our own words. A row the checker still gets
// wrong is listed in KNOWN with what it lacks (a `todo`).
import { test } from 'node:test';
import { holdsAll, type Case, type Lang } from './helpers/coverage-lang.js';
import { rowCoverage } from './helpers/row-rounds.js';

const coverage = rowCoverage;

const holds = (cases: Case<Lang | 'en'>[]) => holdsAll(cases, coverage);

// Kinds read on round s20-R, each in our own words with look-alikes that share its words.
test('a narrowing reads the statement’s own object: an example after "including", "such as", "zoals", "z. B.", "notamment" limits nothing; a right limited to marketing still is, whatever example follows', () => {
  holds([
    ['en', 'right-objection', 'present', '## Your rights\n\nYou may object to the gym processing your attendance data, including for our promotional mailings.'],
    ['de', 'right-objection', 'present', 'Sie können der Verarbeitung Ihrer Daten widersprechen, etwa der Nutzung für Werbung.'],
    ['nl', 'withdraw-consent', 'present', 'Je toestemming kun je altijd intrekken, bijvoorbeeld voor onze nieuwsbrief.'],
    ['en', 'right-objection', 'partial', '## Your rights\n\nYou can, for example, object to direct marketing.'],
    ['en', 'right-objection', 'partial', '## Your rights\n\nYou may object to marketing emails, such as our monthly offers.'],
  ]);
});

test('a list of short means after a colon or a dash that follows the statement narrows only if every means does; a label or lead-in before the colon leaves the statement whole', () => {
  holds([
    ['en', 'withdraw-consent', 'present', '## Your rights\n\nYou can take back your consent whenever you wish — delete the mood notes you saved, turn off the alerts, or unsubscribe from the weekly email.'],
    ['nl', 'withdraw-consent', 'present', 'Je kunt je toestemming altijd intrekken: zet meldingen uit, meld je af voor de nieuwsbrief of stuur ons een bericht.'],
    ['en', 'withdraw-consent', 'partial', '## Your rights\n\nConsent can be withdrawn at any moment to: newsletters and promotional texts.'],
    ['en', 'right-rectification', 'partial', '## Your rights\n\n**Profile**: you can view and edit your profile and settings whenever you like in the app.'],
    ['en', 'right-erasure', 'partial', '## How long we keep it\n\n- Saved workouts: until you delete your account, then erased within 30 days.'],
  ]);
});

test('a sign-in step before the verb ("log in to your account … to update") is self-service in en, nl, de and fr; a password is no data to correct', () => {
  holds([
    ['en', 'right-rectification', 'partial', '## Your rights\n\nMembers may log in to their club account whenever they like to amend your billing address.'],
    ['de', 'right-erasure', 'partial', 'Loggen Sie sich in der App ein, um Ihre gespeicherten Fotos zu löschen.'],
    ['fr', 'right-erasure', 'partial', 'Connectez-vous à votre compte pour supprimer vos anciennes commandes.'],
    ['en', 'right-rectification', 'missing', '## Your rights\n\nLog in to change your PIN.'],
  ]);
});

test('a compound heading is read part by part: "Why, and …" and "Warum und …" open the purposes context; "Why us" or a heading about something else does not', () => {
  holds([
    ['de', 'purposes', 'present', '## Warum und auf welcher Grundlage\n\n- Zur Verwaltung Ihrer Mitgliedschaft: Vertrag mit Ihnen.\n- Zur Buchhaltung: gesetzliche Pflicht.'],
    ['de', 'purposes', 'missing', '## Warum wir Cookies nutzen\n\n- Anmeldung: technisch notwendig.'],
    ['en', 'purposes', 'missing', '## Why this notice, and who wrote it\n\n- Drafted by: our office manager.\n- Checked by: an outside adviser.'],
    ['en', 'retention', 'missing', '## How long it took, and what we learned\n\n- Setup: two days.\n- Testing: a week.'],
  ]);
});

test('under a heading about changes, "we will update this page / the date" is how changes are made known (en, nl, de, fr); the reader updating a booking, or the app updating itself, is not', () => {
  holds([
    ['en', 'policy-changes', 'present', '## Changes\n\nWe will update this page.'],
    ['de', 'policy-changes', 'present', '## Änderungen\n\nWir werden diese Seite bei Bedarf anpassen.'],
    ['fr', 'policy-changes', 'present', '## Modifications\n\nNous mettrons à jour cette page le cas échéant.'],
    ['en', 'policy-changes', 'missing', '## Changes\n\nYou can change the date of your appointment on this page.'],
  ]);
});

test('cookies: "no cookies" at the end of a longer row; the title of a pointed-to policy is no means of refusing; no cookies in one product beside cookies in another is partial', () => {
  holds([
    ['en', 'cookies', 'present', 'No ads, no trackers, no cookies.'],
    ['nl', 'cookies', 'present', 'Er zijn geen advertenties, geen bezoekersstatistieken en geen cookies.'],
    ['fr', 'cookies', 'present', 'Il n’y a ni publicité, ni statistiques de visite, ni cookies.'],
    ['en', 'cookies', 'notpresent', 'There are no ads and no cookies for advertising.'],
    ['de', 'cookies', 'notpresent', 'Es gibt keine Werbung und keine Cookies außer dem Sitzungscookie.'],
    ['de', 'cookies', 'partial', 'Die App setzt keine Cookies. Unsere Website verwendet Cookies; mehr dazu in unseren Cookie-Hinweisen.'],
    ['fr', 'cookies', 'partial', 'L’application ne dépose aucun cookie. Notre site utilise des cookies : voir notre politique cookies.'],
    ['en', 'cookies', 'present', 'We do not use cookies. We never use cookies for advertising either.'],
    ['en', 'cookies', 'present', 'My site sets no cookies. Visits are counted by a tool that doesn’t use cookies either.'],
    ['nl', 'cookies', 'notpresent', 'Er zijn geen koekjes en geen cookies meer in de trommel.'],
    ['de', 'cookies', 'notpresent', 'Es gibt keine Kekse und keine Cookies mehr in der Dose.'],
  ]);
});

test('last-updated: a version mark ("v4.0 –", "Rev. 12 |") before the date on a line of its own at the edge; not before other words', () => {
  holds([
    ['en', 'last-updated', 'present', '# Privacy notice of Tallow Candles\n\n## Who we are\n\nTallow Candles is a shop in York.\n\n*Rev. 12 | 9 January 2026*'],
    ['fr', 'last-updated', 'present', '# Politique de confidentialité de Martinet SAS\n\n_v4.0 – 12 mars 2025_\n\n## Qui sommes-nous\n\nNous vendons des vélos à Lyon.'],
    ['en', 'last-updated', 'missing', '# Privacy notice of Tallow Candles\n\n_v2.3 — our new candle range_\n\n## Who we are\n\nTallow Candles is a shop in York.'],
  ]);
});
