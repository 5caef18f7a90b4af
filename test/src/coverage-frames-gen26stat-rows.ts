// Issue 13, session 26 (second wave, helper genstat): held-out rows for statutory-contractual, read by its
// concepts rather than by one wording, in all four languages:
// - the consequence: the reader's data absent (without/ohne/zonder/sans + a data noun or a pronoun for it;
//   "if you don't give/tell/share …", „wenn du … nicht“, "als je … niet", "geef je … niet", « si vous ne …
//   pas ») together with an inability or refusal on our side or a loss on theirs (cannot, won't be able,
//   not possible, „kann … nicht/kein“, "kunnen/mogen … niet", « ne … pas pouvoir », « impossible »), in
//   either order;
// - the requirement: the reader or their data as subject, a word of need or duty, and a data noun, an
//   account, a document or a number (for what the reader asks: to use, book, enrol); the voluntary side
//   (optional, up to you, freiwillig, vrijwillig, facultatif, "you do not have to");
// - look-alikes: a disclosure "when the law requires it", cookies refused, a connection, a password or an
//   appointment missing, notice to give, an age limit.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=gen26stat --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- en: the consequence ----
  ['en', 'statutory-contractual', 'present', 'If you don\'t tell us your shoe size, we can\'t order the right boots for the hike.'],
  ['en', 'statutory-contractual', 'present', 'Without a phone number and a postcode I\'m unable to arrange a delivery slot.'],
  ['en', 'statutory-contractual', 'present', 'We won\'t be able to sign your child up for the trip without an emergency contact and a signed permission slip.'],
  ['en', 'statutory-contractual', 'present', 'Should you prefer not to share your medical history, the instructor may not be able to let you join the advanced class.'],
  ['en', 'statutory-contractual', 'present', 'Without them, the locksmith cannot confirm that you live at the property. We ask for a utility bill and photo ID.'],
  // ---- en: the requirement and the voluntary side ----
  ['en', 'statutory-contractual', 'present', 'You need a library card number and a PIN to borrow e-books from the catalogue.'],
  ['en', 'statutory-contractual', 'present', 'An email address is required to enrol in any of the evening courses.'],
  ['en', 'statutory-contractual', 'present', 'Members must have a valid membership number before they can book a tennis court.'],
  ['en', 'statutory-contractual', 'present', 'Telling us your job title is entirely up to you.'],
  ['en', 'statutory-contractual', 'present', 'You do not have to tell us your age to use the swimming pool.'],
  // ---- en: look-alikes ----
  ['en', 'statutory-contractual', 'missing', 'We disclose information to the police when we are required to by law.'],
  ['en', 'statutory-contractual', 'missing', 'If you refuse cookies, some pages of the shop may not display correctly.'],
  ['en', 'statutory-contractual', 'missing', 'Without a stable internet connection, the video lessons cannot load.'],
  ['en', 'statutory-contractual', 'missing', 'Without your password we cannot recover the encrypted backup, so keep it somewhere safe.'],
  ['en', 'statutory-contractual', 'missing', 'You need to give us fourteen days\' notice to cancel your gym membership.'],
  ['en', 'statutory-contractual', 'missing', 'We cannot guarantee a table on Friday evenings without a reservation.'],
  // ---- de: die Folge ----
  ['de', 'statutory-contractual', 'present', 'Ohne deine Telefonnummer kann der Kurier dich leider nicht erreichen.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Geburtsdatum können wir Ihnen keinen Schülertarif anbieten.'],
  ['de', 'statutory-contractual', 'present', 'Wenn Sie uns Ihre Anschrift nicht mitteilen, ist eine Lieferung nicht möglich.'],
  ['de', 'statutory-contractual', 'present', 'Gibst du uns deine E-Mail-Adresse nicht, kann ich dir keine Rechnung schicken.'],
  ['de', 'statutory-contractual', 'present', 'Wir können den Mietvertrag nicht abschließen, wenn du uns deine Bankverbindung nicht nennst.'],
  // ---- de: die Pflicht und das Freiwillige ----
  ['de', 'statutory-contractual', 'present', 'Für die Anmeldung zum Kurs brauchst du eine gültige E-Mail-Adresse.'],
  ['de', 'statutory-contractual', 'present', 'Die Angabe der Steuernummer ist für die Rechnung erforderlich.'],
  ['de', 'statutory-contractual', 'present', 'Sie müssen uns Ihre Mitgliedsnummer nennen, um einen Platz zu buchen.'],
  ['de', 'statutory-contractual', 'present', 'Die Angabe deiner Telefonnummer ist freiwillig.'],
  // ---- de: Verwechslungen ----
  ['de', 'statutory-contractual', 'missing', 'Wir geben Daten an Behörden weiter, wenn wir gesetzlich dazu verpflichtet sind.'],
  ['de', 'statutory-contractual', 'missing', 'Wenn Sie keine Cookies zulassen, funktionieren manche Seiten nicht richtig.'],
  ['de', 'statutory-contractual', 'missing', 'Ohne Internetverbindung kann die App keine Karten laden.'],
  ['de', 'statutory-contractual', 'missing', 'Ohne Termin können wir Sie leider nicht behandeln.'],
  // ---- nl: het gevolg ----
  ['nl', 'statutory-contractual', 'present', 'Zonder je adres kunnen we het pakket niet bezorgen.'],
  ['nl', 'statutory-contractual', 'present', 'Geef je ons je geboortedatum niet, dan kun je geen jeugdkorting krijgen.'],
  ['nl', 'statutory-contractual', 'present', 'Als u uw burgerservicenummer niet verstrekt, is inschrijving niet mogelijk.'],
  ['nl', 'statutory-contractual', 'present', 'We mogen je de boot niet verhuren als je ons je vaarbewijs niet laat zien.'],
  // ---- nl: de verplichting en het vrijwillige ----
  ['nl', 'statutory-contractual', 'present', 'Om een fiets te huren heb je een geldig identiteitsbewijs nodig.'],
  ['nl', 'statutory-contractual', 'present', 'Het opgeven van een telefoonnummer is verplicht bij een reservering.'],
  ['nl', 'statutory-contractual', 'present', 'U moet ons uw klantnummer doorgeven voordat wij de reparatie inplannen.'],
  ['nl', 'statutory-contractual', 'present', 'Het invullen van je beroep is vrijwillig.'],
  // ---- nl: lijkt erop ----
  ['nl', 'statutory-contractual', 'missing', 'Wij verstrekken gegevens aan de politie als de wet ons daartoe verplicht.'],
  ['nl', 'statutory-contractual', 'missing', 'Weiger je cookies, dan werken sommige filmpjes niet.'],
  ['nl', 'statutory-contractual', 'missing', 'Zonder internetverbinding kan de app geen routes laden.'],
  // ---- fr : la conséquence ----
  ['fr', 'statutory-contractual', 'present', 'Sans votre adresse, nous ne pourrons pas vous livrer le colis.'],
  ['fr', 'statutory-contractual', 'present', 'Sans numéro de téléphone, le livreur ne pourra pas vous joindre.'],
  ['fr', 'statutory-contractual', 'present', 'Si vous ne nous indiquez pas votre date de naissance, il sera impossible de vous inscrire au tournoi.'],
  ['fr', 'statutory-contractual', 'present', 'Si tu ne nous donnes pas ton adresse e-mail, tu ne pourras pas recevoir ta facture.'],
  ['fr', 'statutory-contractual', 'present', 'Je ne pourrai pas établir le bail sans une copie de votre pièce d\'identité.'],
  // ---- fr : l'exigence et le facultatif ----
  ['fr', 'statutory-contractual', 'present', 'Vous devez disposer d\'un compte et d\'un numéro d\'adhérent pour réserver un court.'],
  ['fr', 'statutory-contractual', 'present', 'Une adresse e-mail est nécessaire pour vous inscrire à l\'atelier.'],
  ['fr', 'statutory-contractual', 'present', 'Vous n\'êtes pas obligé de nous indiquer votre profession.'],
  // ---- fr : les ressemblances ----
  ['fr', 'statutory-contractual', 'missing', 'Nous communiquons vos données aux autorités lorsque la loi l\'exige.'],
  ['fr', 'statutory-contractual', 'missing', 'Si vous refusez les cookies, certaines vidéos ne s\'afficheront pas.'],
  ['fr', 'statutory-contractual', 'missing', 'Sans connexion internet, l\'application ne peut pas charger les cartes.'],
];

// What the checker still lacks, by row body.
export const KNOWN: Record<string, string> = {};
