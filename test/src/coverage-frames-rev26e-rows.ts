// Session 26 review (helper "reveng"): look-alikes of the mechanisms session 26 widened in the engine and
// in frames.yaml, rows that share the new words but must not be read as the item, beside a few that must:
// - a means of withdrawal (`means`: an unsubscribe link or reply) cut out to its clause's end: at the head of
//   the sentence, the cut must not take the narrowing ("newsletter") with it;
// - a narrowed statement in brackets after words that state nothing: still narrowed;
// - `institution` as the one who receives the reader's data (recipients): an organisation named by its kind
//   that receives forms from the reader is the writer itself, no recipient;
// - "what we've got", "ask to", « demander quelles / ce que nous », "vragen welke / wat": questions and offers
//   about stock, prices or papers are no right of access.
// Written in our own words. BATCH_A was written BEFORE this helper's changes.
// `node scripts/score-rows.js . --rows=rev26e --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

const OTHER_EN = '\n\nWith your consent we also use your location to show nearby shops.';
const OTHER_DE = '\n\nMit Ihrer Einwilligung nutzen wir außerdem Ihren Standort, um Filialen in der Nähe anzuzeigen.';
const OTHER_NL = '\n\nMet je toestemming gebruiken we ook je locatie om winkels in de buurt te tonen.';
const OTHER_FR = '\n\nAvec votre consentement, nous utilisons aussi votre position pour afficher les magasins proches.';

export const BATCH_A: CrossRow[] = [
  // ---- 1. a means at the head of the sentence: the narrowing after it stays read ----
  ['en', 'withdraw-consent', 'partial', `By tapping the unsubscribe link under a bulletin, you can withdraw your consent to our newsletter.${OTHER_EN}`],
  ['en', 'withdraw-consent', 'partial', `Via the opt-out button at the foot of each message you may revoke your consent to promotional texts whenever you like.${OTHER_EN}`],
  ['de', 'withdraw-consent', 'partial', `Über den Abmeldelink in jeder E-Mail können Sie Ihre Einwilligung in den Newsletter jederzeit widerrufen.${OTHER_DE}`],
  ['nl', 'withdraw-consent', 'partial', `Via de afmeldlink onder elke e-mail kun je je toestemming voor de nieuwsbrief altijd intrekken.${OTHER_NL}`],
  ['fr', 'withdraw-consent', 'partial', `En cliquant sur le lien de désinscription, vous pouvez retirer à tout moment votre consentement à la newsletter.${OTHER_FR}`],
  // the means as one way of a general withdrawal: whole
  ['en', 'withdraw-consent', 'present', `You may withdraw consent at any time, either with the unsubscribe link or by writing to the office.${OTHER_EN}`],
  ['de', 'withdraw-consent', 'present', `Sie können Ihre Einwilligung jederzeit widerrufen, etwa über den Abmeldelink oder per Brief an das Büro.${OTHER_DE}`],
  // ---- 2. the narrowed statement in brackets, the words outside them state nothing ----
  ['en', 'withdraw-consent', 'partial', `More about your choices (you can withdraw your consent to our newsletter at any time).${OTHER_EN}`],
  ['fr', 'withdraw-consent', 'partial', `Vos choix en bref (vous pouvez retirer votre consentement à la newsletter à tout moment).${OTHER_FR}`],
  ['en', 'withdraw-consent', 'present', `You may withdraw any consent you gave us at any time (you may also simply unsubscribe from our newsletter).${OTHER_EN}`],
  // ---- 3. an organisation named by its kind receiving the reader's forms: the writer, no recipient ----
  ['en', 'recipients', 'missing', 'Only the nursery has access to your contact details.'],
  ['de', 'recipients', 'missing', 'Die Klinik erhält Ihre Befunde direkt vom Labor.'],
  ['de', 'recipients', 'missing', 'Die Schule erhält Ihren Aufnahmeantrag und die Zeugnisse Ihres Kindes.'],
  ['fr', 'recipients', 'missing', 'L’école reçoit votre dossier d’inscription avant la rentrée.'],
  ['nl', 'recipients', 'missing', 'De school ontvangt je aanmeldformulier vóór de zomer.'],
  // a body other than the writer: a recipient
  ['de', 'recipients', 'present', 'Der Landesverband erhält Ihren Namen und Ihre Lizenznummer.'],
  ['nl', 'recipients', 'present', 'De korfbalbond krijgt je naam en geboortedatum.'],
  // ---- 4. questions about stock, prices and papers: no access ----
  ['en', 'right-access', 'missing', 'Want to see what we’ve got? Drop into the shop on Saturday mornings.'],
  ['en', 'right-access', 'missing', 'You can see what we’ve got in stock on the website.'],
  ['en', 'right-access', 'missing', 'Guests may ask to see the wine list at any time.'],
  ['fr', 'right-access', 'missing', 'Vous pouvez nous demander quelles pièces sont nécessaires pour l’inscription.'],
  ['fr', 'right-access', 'missing', 'Vous pouvez nous demander ce que nous proposons pour les enfants pendant les vacances.'],
  ['fr', 'right-access', 'missing', 'Tu peux me demander ce que j’ai prévu pour la séance de samedi.'],
  ['nl', 'right-access', 'missing', 'Je kunt ons altijd vragen welke documenten nodig zijn voor de inschrijving.'],
  ['nl', 'right-access', 'missing', 'Je kunt ons vragen wat een proefles kost.'],
  ['nl', 'right-access', 'missing', 'Je kunt ons vragen welke gegevens we nodig hebben voor een offerte.'],
  // the reader's own data asked for: access
  ['en', 'right-access', 'present', 'Tenants may ask to see the file we keep on them.'],
  ['nl', 'right-access', 'present', 'Je kunt ons vragen welke gegevens we over je bewaren.'],
];

export const BATCH_B: CrossRow[] = [
  // ---- 5. the writer naming itself by its kind (an operator, a platform) as the one that receives ----
  ['de', 'recipients', 'missing', 'Der Betreiber dieser Website erhält beim Aufruf jeder Seite automatisch Ihre IP-Adresse.'],
  ['fr', 'recipients', 'missing', 'La plateforme reçoit votre adresse e-mail lors de votre inscription.'],
  ['nl', 'recipients', 'present', 'Je werkgever ontvangt een overzicht van de cursussen die je hebt gevolgd.'],
  // ---- 6. « voir » and "wenn Sie möchten" with no data of the reader held ----
  ['fr', 'right-access', 'missing', 'Vous pouvez voir votre conseiller sur rendez-vous.'],
  ['fr', 'right-access', 'missing', 'Vous pouvez demander à voir votre chambre avant de payer.'],
  ['fr', 'right-access', 'present', 'Vous pouvez demander à voir le dossier que nous tenons sur vous.'],
  ['de', 'right-access', 'missing', 'Wenn Sie möchten, erhalten Sie unseren Katalog mit den Angeboten der Saison per Post.'],
  // ---- 7. the policy's date at the document's edge: a list of days at the end dates no policy ----
  ['en', 'policy-changes', 'missing', '# Privacy notice of Quillfeather Ltd\n\nWe keep your name and phone number to take your cake orders.\n\nClosed on these days:\n\n24 December 2025\n\n1 January 2026\n'],
  ['en', 'policy-changes', 'missing', '# Privacy notice of Quillfeather Ltd\n\nWe keep your name and phone number to take your cake orders.\n\nClosed on these days:\n24 December 2025\n1 January 2026\n'],
  ['en', 'policy-changes', 'missing', '# Privacy notice of Quillfeather Ltd\n\nWe keep your name and phone number to take your cake orders.\n\nNext tasting evening — 14 March 2026\n'],
];

export const LABEL = 'frames round 26 (review, engine)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  'Die Schule erhält Ihren Aufnahmeantrag und die Zeugnisse Ihres Kindes.':
    'session 26 reads a body named by its kind (`institution`) that receives the reader\'s data as a recipient (a federation); the writer named by its own kind (the school) reads the same way',
  'L’école reçoit votre dossier d’inscription avant la rentrée.':
    'session 26: `institution` receiving the reader\'s data is read as a recipient, though here it is the writer itself',
  'De school ontvangt je aanmeldformulier vóór de zomer.':
    'session 26: `institution` receiving the reader\'s data is read as a recipient, though here it is the writer itself',
  'Guests may ask to see the wine list at any time.':
    'older than session 26 ("may … see"): guests are read as the reader and "the wine list" as the reader\'s data',
  'Je kunt ons vragen welke gegevens we nodig hebben voor een offerte.':
    'older than session 26: asking which data a quote needs is read as asking which data we hold',
  'La plateforme reçoit votre adresse e-mail lors de votre inscription.':
    'session 26: `institution` (« plateforme », added this session) receiving the reader\'s data is read as a recipient, though here it is the writer itself',
  'Je werkgever ontvangt een overzicht van de cursussen die je hebt gevolgd.':
    'older than session 26: "een overzicht van de cursussen" is no reader-data object, though the courses are the reader\'s',
  'Vous pouvez demander à voir votre chambre avant de payer.':
    'session 26\'s « voir » (glimpse) with the reader\'s possessive: any « votre <noun> » is read as the reader\'s data, a room as a file',
  'Tenants may ask to see the file we keep on them.':
    'tenants are no reader class, and "the file we keep on them" no reader-data: the third person is not read as the reader',
};
