// Issue 13, session 22 (helper cov-left): held-out rows for the engine defects last session's review
// found and left, each by what the sentence says, in varied wording and domains, beside look-alikes
// that share the words and must not be read so:
// - a party named by its own name, written as an acronym ("sent to HMRC", "hosted by AWS") or as a
//   run of capitalised words some of which a class knows ("Amazon Web Services", "Cloud Data Box");
//   not a format or a channel written in capitals ("by SMS", "as a PDF"), a month or a place;
// - a question of the reader's with an abbreviation inside ("Kann ich bzw. mein Anwalt …?");
// - no transfer said as where all the data is kept, beside a provider said to be located outside
//   the EEA/UK ("our mailing list runs on X, which is based in the USA");
// - the controller's own staff or department named by name ("managed by Jo, our instructor", "sent
//   to Reception") is no recipient;
// - a source named at the start of its sentence ("From X, we receive …");
// - a "kept" statement whose sentence holds a word that only contains "but"/"maar"/"aber"/"mais"
//   ("maart", "Inhaber", "jamais");
// - signing in with another service's account named only by its kind ("your social media account").
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en20 --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. a party's name written as an acronym, and its look-alikes ----
  ['en', 'recipients', 'present', 'Our booking site is hosted by AWS on servers in Frankfurt.'],
  ['en', 'recipients', 'present', 'Pay slips and pension figures are passed to NEST, the workplace pension scheme.'],
  ['en', 'recipients', 'present', 'Incident reports are shared with RIDDOR officers at the HSE when the law requires it.'],
  ['en', 'data-source', 'present', 'We obtain each pupil’s attendance history from the DfE when they transfer to us.'],
  ['en', 'recipients', 'notpresent', 'Appointment reminders are sent to you by SMS the day before.'],
  ['en', 'recipients', 'notpresent', 'Your invoice is sent to your inbox as a PDF.'],
  ['en', 'recipients', 'notpresent', 'Card details are sent to the payment page over TLS and never touch our server.'],
  // ---- 5. a name of several capitalised words, some of which a class knows ----
  ['en', 'recipients', 'present', 'Photos you upload are stored by Cloud Data Box, our storage provider.'],
  ['en', 'recipients', 'present', 'Our newsletters are sent through Mail Service Pro to the addresses on our list.'],
  // ---- 2. a reader's question with an abbreviation inside ----
  ['de', 'right-access', 'present', 'Ich verwalte die Termine meiner Praxis selbst. Kann ich bzw. mein Anwalt eine Kopie meiner Daten bekommen? Ja, eine kurze E-Mail genügt.'],
  ['de', 'right-erasure', 'present', 'Ich führe das Studio allein. Kann ich z. B. nach der Kündigung meine Daten löschen lassen? Ja, schreiben Sie mir.'],
  ['nl', 'right-access', 'present', 'Ik werk als zelfstandig coach. Kan ik bijv. een overzicht van mijn gegevens krijgen? Ja, stuur me een mail.'],
  ['de', 'right-access', 'notpresent', 'Ich führe die Buchhaltung selbst. Ich sehe bzw. prüfe Ihre Rechnungen einmal im Monat.'],
  // ---- 3. no transfer said as where all is kept, beside a provider located outside the EEA/UK ----
  ['en', 'international-transfers', 'partial', 'Everything we keep is stored in the UK.\n\nOur mailing list runs on Chimpost, which is based in the USA.'],
  ['en', 'international-transfers', 'partial', 'All the files we hold are stored in the EU.\n\nThe card terminals are supplied by Tillworks, a firm headquartered in Canada.'],
  ['en', 'international-transfers', 'partial', 'All our records are kept on servers in Germany. Our e-mail provider, Postbird, is based in the United States.'],
  ['en', 'international-transfers', 'present', 'Everything we keep is stored in the UK.\n\nOur accountant is based in Leeds.'],
  ['en', 'international-transfers', 'present', 'All the files we hold are stored in the EU.\n\nOur e-mail provider is based in Ireland.'],
  ['en', 'international-transfers', 'present', 'All member records are kept in the EU.\n\nIf you are based in the United States, you may have further rights under your state’s law.'],
  // ---- 4. the controller's own staff and departments named by name are no recipients ----
  ['en', 'recipients', 'notpresent', 'Class bookings are managed by Jo, our instructor.'],
  ['en', 'recipients', 'notpresent', 'Enquiries are sent to Reception, who reply within a day.'],
  ['en', 'recipients', 'notpresent', 'Your timesheets are checked by Priya, our office manager, before payday.'],
  ['en', 'recipients', 'notpresent', 'Refund requests go to Accounts, who process them within a week.'],
  ['en', 'recipients', 'notpresent', 'Complaints are handled by our head coach, Sam Ortega.'],
  ['en', 'recipients', 'notpresent', 'Applications are forwarded to Admissions for a decision.'],
  ['en', 'recipients', 'present', 'Your orders are packed and shipped by Parcelhop, our delivery partner.'],
  ['en', 'recipients', 'present', 'Payroll is run for us by Ledgerly, an outside bookkeeping firm.'],
  // ---- 6. a source named at the start of its sentence ----
  ['en', 'data-source', 'present', 'From Pearlstone Assessments, we receive your exam grades.'],
  ['en', 'data-source', 'present', 'From Northgate Lettings we obtain your rent history when you apply.'],
  ['en', 'data-source', 'present', 'From HMRC, the payroll team gets your tax code each April.'],
  ['en', 'data-source', 'notpresent', 'From Monday, we receive parcels at the side entrance.'],
  ['en', 'data-source', 'notpresent', 'From March, we open on Sundays too.'],
  ['en', 'data-source', 'notpresent', 'From Leeds to York, we deliver within a day.'],
  // ---- 7. a "kept" statement with a word that only contains "but"/"maar"/"aber"/"mais" ----
  ['nl', 'international-transfers', 'present', 'Al onze gegevens worden opgeslagen in de EU, sinds maart 2022 bij één hostingbedrijf.'],
  ['de', 'international-transfers', 'present', 'Alle Daten werden in der EU gespeichert, auf Servern unseres Inhabers.'],
  ['fr', 'international-transfers', 'present', 'Toutes les données sont hébergées dans l’UE, sur un serveur de notre maison mère.'],
  ['nl', 'international-transfers', 'partial', 'Al onze gegevens worden opgeslagen in de EU, maar onze nieuwsbrief gaat via een dienst in de Verenigde Staten.'],
  ['fr', 'international-transfers', 'notpresent', 'Toutes les données sont hébergées dans l’UE, mais notre outil de support est aux États-Unis.'],
  // ---- 8. signing in with another service's account named by its kind ----
  ['en', 'data-source', 'present', 'If you sign in with your social media account, we receive your name and profile picture.'],
  ['en', 'data-source', 'present', 'When you log in with a third-party account, we are given your e-mail address.'],
  ['en', 'data-source', 'present', 'If you register with your social network profile, we get your display name and photo.'],
  ['en', 'data-source', 'notpresent', 'If you sign in with your email address, we receive your name from the form.'],
  ['en', 'data-source', 'notpresent', 'If you sign in with your username and password, we receive a login timestamp.'],
];

export const BATCH_B: CrossRow[] = [];

// The mechanisms by their own look-alikes (not held out: written with the changes): a word naming a service by its kind
// in Dutch too, never a device; shouted text and formats in capitals are no names; a name may hold known words.
export const KINDS: CrossRow[] = [
  ['nl', 'data-source', 'present', 'Als je inlogt met je sociale media-account, ontvangen we je naam en profielfoto.'],
  ['nl', 'data-source', 'notpresent', 'Als je inlogt met je e-mailadres, ontvangen we je naam.'],
  ['en', 'data-source', 'notpresent', 'If you sign in with your external keyboard, we receive your keystrokes.'],
  ['en', 'recipients', 'notpresent', 'Reminders are sent to you by SMS or as a PDF by e-mail.'],
  ['en', 'recipients', 'present', 'We store your files with CloudVault Web Services.'],
  ['en', 'recipients', 'notpresent', 'Rota changes are e-mailed to you by Ana, our club secretary.'],
  ['en', 'international-transfers', 'present', 'All the data we hold is stored in the UK.\n\nVisitors based in the United States can write to us in English.'],
];

export const LABEL = 'frames round 20';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at 9dde3c7 gets 22 of 43 wrong; this branch 7).
  "Pay slips and pension figures are passed to NEST, the workplace pension scheme.":
    "round 20, batch a: the name NEST is read now (named-party), but the passive's subject before the verb (pay slips and pension figures) is not read as its object, and no recipients reading holds without one",
  "Card details are sent to the payment page over TLS and never touch our server.":
    'round 20, batch a: not the name (TLS is in not-names): "sent to the payment page" is read as a recipient by another reading, as on main',
  "Our newsletters are sent through Mail Service Pro to the addresses on our list.":
    'round 20, batch a: the name "Mail Service Pro" is read whole now, but the passive\'s subject ("our newsletters") gives no reader-data object; the same sentence with "Mailfox" is missing too',
  "Your orders are packed and shipped by Parcelhop, our delivery partner.":
    'round 20, batch a: "packed and shipped" is no action of any class (the name Parcelhop is read)',
  "From HMRC, the payroll team gets your tax code each April.":
    'round 20, batch a: the source at the sentence\'s start is read (from-other), but "your tax code" gives no reader-data object',
  "If you register with your social network profile, we get your display name and photo.":
    'round 20, batch a: "register with your social" is read as signed-in now (service-kinds), but "we get your display name and photo" gives no frame of receiving reader data',
  "If you sign in with your email address, we receive your name from the form.":
    'round 20, batch a: wrong on main too: the older phrase "we ... receive ... from \\w+" (requirements.yaml) takes "from the form"',
};
