// Issue 13, session 22 (helper cov-left): English, Dutch, German and French on the rows of
// coverage-frames-en20-rows.ts, for the engine defects last session's review left (names written as
// acronyms or with known words, one sentence splitter, a provider's location as a transfer, staff and
// departments named by name, a source at a sentence's start, word-bounded "kept" lookaheads, sign-ins
// with an account named by its kind). Batch a was written before this round's changes. A row the
// checker still gets wrong is listed in KNOWN with what it lacks (a `todo`).
import { coverageOf, englishCoverageOf, assertRow } from './helpers/coverage-lang.js';
import { roundRows } from './helpers/row-rounds.js';
import { BATCH_A } from './coverage-frames-en20-rows.js';
import type { CrossRow } from './coverage-frames-cross-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at 9dde3c7 gets 22 of 43 wrong).
  "Our booking site is hosted by AWS on servers in Frankfurt.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "Pay slips and pension figures are passed to NEST, the workplace pension scheme.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "Card details are sent to the payment page over TLS and never touch our server.":
    'round 20, batch a: wrong on main (9dde3c7): notpresent read as present',
  "Our newsletters are sent through Mail Service Pro to the addresses on our list.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "Ich verwalte die Termine meiner Praxis selbst. Kann ich bzw. mein Anwalt eine Kopie meiner Daten bekommen? Ja, eine kurze E-Mail genügt.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "Ich führe das Studio allein. Kann ich z. B. nach der Kündigung meine Daten löschen lassen? Ja, schreiben Sie mir.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "Ik werk als zelfstandig coach. Kan ik bijv. een overzicht van mijn gegevens krijgen? Ja, stuur me een mail.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "Everything we keep is stored in the UK.\n\nOur mailing list runs on Chimpost, which is based in the USA.":
    'round 20, batch a: wrong on main (9dde3c7): partial read as present',
  "All the files we hold are stored in the EU.\n\nThe card terminals are supplied by Tillworks, a firm headquartered in Canada.":
    'round 20, batch a: wrong on main (9dde3c7): partial read as present',
  "All our records are kept on servers in Germany. Our e-mail provider, Postbird, is based in the United States.":
    'round 20, batch a: wrong on main (9dde3c7): partial read as present',
  "Class bookings are managed by Jo, our instructor.":
    'round 20, batch a: wrong on main (9dde3c7): notpresent read as present',
  "Your orders are packed and shipped by Parcelhop, our delivery partner.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "From Pearlstone Assessments, we receive your exam grades.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "From Northgate Lettings we obtain your rent history when you apply.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "From HMRC, the payroll team gets your tax code each April.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "Al onze gegevens worden opgeslagen in de EU, sinds maart 2022 bij één hostingbedrijf.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "Alle Daten werden in der EU gespeichert, auf Servern unseres Inhabers.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "Toutes les données sont hébergées dans l’UE, sur un serveur de notre maison mère.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "If you sign in with your social media account, we receive your name and profile picture.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "When you log in with a third-party account, we are given your e-mail address.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "If you register with your social network profile, we get your display name and photo.":
    'round 20, batch a: wrong on main (9dde3c7): present read as missing',
  "If you sign in with your email address, we receive your name from the form.":
    'round 20, batch a: wrong on main (9dde3c7): notpresent read as present',
};

roundRows('frames round 20', { a: BATCH_A }, KNOWN, ([lang, requirement, expected, body]: CrossRow) =>
  assertRow(lang === 'en' ? englishCoverageOf(body, requirement) : coverageOf(lang, body, requirement), expected),
);
