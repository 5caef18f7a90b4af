// Issue 13, session 34 (helper devg): the classes of dev-G's false alarms, in the shapes a fresh round takes.
// statutory-contractual (4 of 15 on main): an inability "without" followed by the data itself (not a pronoun for it,
// which grid33duty reads), the reader unable to do something without the data ("Ohne … kannst du kein Konto anlegen"),
// the giving of the data named as the subject of "is compulsory / required by law", and the app that works without an
// account except for one feature (what happens if the reader does not give it). data-source (3 of 15): a third party
// that passed the reader's data on to us, and data about other people that the reader gives us. Look-alikes that must
// NOT count: consent or permission after "without" (a promise of ours), no data after "without" (internet, payment),
// the giving of data TO an outside body being required, a recipient of ours, an app that works without the internet.
// Each class in English, German, Dutch and French, written in our own words from the classes, not from any policy.
// BATCH_A was written BEFORE this session's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=grid34devg --batch=a --list` lists the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const LABEL = 'frames grid34devg';

export const BATCH_A: CrossRow[] = [
  // statutory-contractual: an inability "without" + the data itself.
  ['en', 'statutory-contractual', 'present', 'We cannot let a pupil join a trip without a signed consent form and an emergency number.'],
  ['en', 'statutory-contractual', 'present', 'We are unable to deliver your order without a delivery address and a phone number.'],
  ['en', 'statutory-contractual', 'present', 'No child may stay overnight without a completed medical form, because our insurer requires it.'],
  ['en', 'statutory-contractual', 'present', 'We can\'t open a loan account for you without proof of your identity and address.'],
  ['en', 'statutory-contractual', 'present', 'Providing your tax reference is a legal requirement, so we must ask for it before we pay you.'],
  ['en', 'statutory-contractual', 'present', 'Giving us a photo of your ID is compulsory for every new tenant.'],
  ['en', 'statutory-contractual', 'present', 'Without an account the app still runs on your phone, but you cannot share lists or restore them on a new device.'],
  ['en', 'statutory-contractual', 'present', 'Without your e-mail address you cannot create an account or use the app.'],
  ['en', 'statutory-contractual', 'notpresent', 'We never share your details with anyone without your consent.'],
  ['en', 'statutory-contractual', 'notpresent', 'We will not contact you for marketing without your permission.'],
  ['en', 'statutory-contractual', 'notpresent', 'We cannot refund a booking without two days’ notice.'],
  ['en', 'statutory-contractual', 'notpresent', 'Providing a good service to every member is our first priority.'],
  ['en', 'statutory-contractual', 'notpresent', 'Passing your details to the tax office is a legal requirement for us.'],
  ['en', 'statutory-contractual', 'notpresent', 'Without an internet connection you cannot sync your lists.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Namen und Geburtsdatum können wir Ihr Kind nicht anmelden.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Telefonnummer kannst du keine Fahrt buchen.'],
  ['de', 'statutory-contractual', 'present', 'Ohne E-Mail-Adresse können Sie kein Kundenkonto eröffnen.'],
  ['de', 'statutory-contractual', 'present', 'Die Angabe Ihrer Steuer-ID ist gesetzlich vorgeschrieben.'],
  ['de', 'statutory-contractual', 'present', 'Die Angabe der Versichertennummer ist Pflicht; ohne sie können wir nicht mit der Kasse abrechnen.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Konto funktioniert die App auch, aber du kannst deine Listen dann nicht teilen.'],
  ['de', 'statutory-contractual', 'notpresent', 'Ohne Ihre Einwilligung geben wir keine Daten an Dritte weiter.'],
  ['de', 'statutory-contractual', 'notpresent', 'Ohne Internetverbindung kannst du deine Listen nicht abgleichen.'],
  ['de', 'statutory-contractual', 'notpresent', 'Die Weitergabe Ihrer Daten an das Finanzamt ist gesetzlich vorgeschrieben.'],
  ['nl', 'statutory-contractual', 'present', 'Het verstrekken van je BSN is wettelijk verplicht.'],
  ['nl', 'statutory-contractual', 'present', 'Het opgeven van een telefoonnummer is verplicht voor elke nieuwe leerling.'],
  ['nl', 'statutory-contractual', 'present', 'Zonder e-mailadres kun je geen account aanmaken.'],
  ['nl', 'statutory-contractual', 'present', 'Zonder naam en adres kunnen we je bestelling niet bezorgen.'],
  ['nl', 'statutory-contractual', 'present', 'Zonder account werkt de app ook, maar dan kun je je lijstjes niet met anderen delen.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Zonder je toestemming delen we je gegevens met niemand.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Zonder internetverbinding kun je je lijstjes niet synchroniseren.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Het verstrekken van gegevens aan de Belastingdienst is wettelijk verplicht.'],
  ['fr', 'statutory-contractual', 'present', 'La communication de votre numéro de sécurité sociale est obligatoire.'],
  ['fr', 'statutory-contractual', 'present', 'Sans adresse e-mail, vous ne pouvez pas créer de compte.'],
  ['fr', 'statutory-contractual', 'present', 'Sans votre nom et votre adresse, nous ne pouvons pas livrer votre commande.'],
  ['fr', 'statutory-contractual', 'present', 'Sans compte, l\'application fonctionne aussi, mais vous ne pourrez pas partager vos listes.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Sans votre consentement, nous ne partageons pas vos données.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Sans connexion internet, vous ne pouvez pas synchroniser vos listes.'],
  ['fr', 'statutory-contractual', 'notpresent', 'La transmission de vos données à l\'administration fiscale est obligatoire.'],
  // data-source: a third party passed the reader's data on to us.
  ['en', 'data-source', 'present', 'If a florist recommended us, they may have passed on your name and e-mail address.'],
  ['en', 'data-source', 'present', 'Your employer may have given us your work contact details when booking the course.'],
  ['en', 'data-source', 'present', 'Partner hotels forward your booking details to us so that we can arrange the transfer.'],
  ['en', 'data-source', 'notpresent', 'We may pass on your name and e-mail address to the venue.'],
  ['en', 'data-source', 'notpresent', 'You can pass on your ticket to a friend if you cannot attend.'],
  ['de', 'data-source', 'present', 'Hat uns ein Kooperationspartner empfohlen, hat er uns möglicherweise Ihren Namen und Ihre E-Mail-Adresse weitergegeben.'],
  ['de', 'data-source', 'present', 'Ihr Arbeitgeber übermittelt uns Ihre Kontaktdaten, wenn er Sie zu einer Schulung anmeldet.'],
  ['de', 'data-source', 'notpresent', 'Wir geben Ihren Namen an den Veranstalter weiter.'],
  ['nl', 'data-source', 'present', 'Je werkgever kan je contactgegevens aan ons hebben doorgegeven.'],
  ['nl', 'data-source', 'present', 'Heeft een partner ons aanbevolen, dan heeft die misschien je naam en e-mailadres aan ons doorgegeven.'],
  ['nl', 'data-source', 'notpresent', 'We geven je naam door aan de organisator.'],
  ['fr', 'data-source', 'present', 'Votre employeur a pu nous transmettre vos coordonnées lors de votre inscription.'],
  ['fr', 'data-source', 'present', 'Si un partenaire vous a recommandé nos services, il a pu nous communiquer votre nom et votre adresse e-mail.'],
  ['fr', 'data-source', 'notpresent', 'Nous transmettons votre nom à l\'organisateur.'],
  // data-source: data about other people that the reader gives us.
  ['en', 'data-source', 'present', 'When you invite a friend, we get their e-mail address from you.'],
  ['en', 'data-source', 'present', 'If you book for other travellers, we hold the same details about them, which you give us after telling them.'],
  ['en', 'data-source', 'notpresent', 'When you invite a friend, we send them an e-mail with a link.'],
  ['de', 'data-source', 'present', 'Lädst du jemanden ein, erhalten wir dessen E-Mail-Adresse von dir.'],
  ['de', 'data-source', 'present', 'Buchen Sie für Mitreisende, verarbeiten wir auch deren Angaben, die Sie uns übermitteln.'],
  ['de', 'data-source', 'notpresent', 'Lädst du jemanden ein, schicken wir dieser Person eine E-Mail.'],
  ['nl', 'data-source', 'present', 'Nodig je een vriend uit, dan krijgen we zijn e-mailadres van jou.'],
  ['nl', 'data-source', 'present', 'Boek je voor medereizigers, dan ontvangen we ook hun gegevens, die jij ons doorgeeft.'],
  ['nl', 'data-source', 'notpresent', 'Nodig je een vriend uit, dan sturen we hem een e-mail.'],
  ['fr', 'data-source', 'present', 'Si vous invitez un proche, nous recevons son adresse e-mail de votre part.'],
  ['fr', 'data-source', 'present', 'Lorsque vous réservez pour des accompagnants, nous traitons aussi les informations les concernant, que vous nous transmettez.'],
  ['fr', 'data-source', 'notpresent', 'Si vous invitez un proche, nous lui envoyons un e-mail.'],
];

export const KNOWN: Record<string, string> = {};

// BATCH_B was written AFTER this session's changes: look-alikes the new entries could take (consent or permission after
// "without", the reader giving consent, a connection, disclosure to a body; we as the giver) and statements in other shapes.
export const BATCH_B: CrossRow[] = [
  ['en', 'statutory-contractual', 'notpresent', 'We cannot process your request without your consent.'],
  ['en', 'statutory-contractual', 'notpresent', 'No member may post photos of other people without their permission.'],
  ['en', 'statutory-contractual', 'notpresent', 'Without a Wi-Fi connection the doorbell still works as an ordinary chime.'],
  ['en', 'statutory-contractual', 'notpresent', 'Reporting accidents to the safety authority is a legal requirement.'],
  ['en', 'statutory-contractual', 'present', 'We can\u2019t issue a membership card without a recent photo.'],
  ['en', 'statutory-contractual', 'present', 'Without signing in, the app still works, but your notes stay on this phone only.'],
  ['en', 'data-source', 'notpresent', 'If you found us through a search engine, it may have shown you one of our adverts.'],
  ['en', 'data-source', 'notpresent', 'We forward your complaint to the venue so that they can reply.'],
  ['en', 'data-source', 'notpresent', 'When you invite a friend, we send them a link and get nothing else.'],
  ['en', 'data-source', 'present', 'Your landlord may send your contact details to us when you move in.'],
  ['de', 'statutory-contractual', 'notpresent', 'Ohne Ihre Einwilligung können wir keinen Newsletter senden.'],
  ['de', 'statutory-contractual', 'notpresent', 'Ohne WLAN funktioniert die App auch, nur langsamer.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Name, Anschrift oder Geburtsdatum können wir den Vertrag nicht schließen.'],
  ['de', 'data-source', 'notpresent', 'Sie haben uns Ihre Einwilligung gegeben, die Sie jederzeit widerrufen können.'],
  ['de', 'data-source', 'present', 'Ihre Hausverwaltung hat uns Ihre Telefonnummer mitgeteilt.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Zonder wifi werkt de app gewoon.'],
  ['nl', 'statutory-contractual', 'present', 'Zonder account kun je de app gewoon gebruiken.'],
  ['nl', 'data-source', 'notpresent', 'Je hebt je toestemming aan ons gegeven en kunt die altijd intrekken.'],
  ['nl', 'data-source', 'present', 'Je verhuurder heeft je telefoonnummer aan ons doorgegeven.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Sans connexion, l\u2019application fonctionne aussi.'],
  ['fr', 'statutory-contractual', 'present', 'Sans inscription, vous pouvez aussi consulter toutes les recettes.'],
  ['fr', 'data-source', 'notpresent', 'Nous recevons de votre part un paiement mensuel.'],
  ['fr', 'data-source', 'present', 'Votre bailleur nous a communiqué votre numéro de téléphone.'],
  // Added after the corpus suite (frames round 30): data the reader gives about themselves is no statement of a source there;
  // the new entries are kept to data about other people.
  ['fr', 'data-source', 'notpresent', 'Nous traitons les données que vous nous transmettez lorsque vous réservez.'],
  ['fr', 'data-source', 'notpresent', 'Nous recevons vos coordonnées de votre part lors de l\u2019inscription.'],
  ['nl', 'data-source', 'notpresent', 'We ontvangen je e-mailadres van jou bij het aanmelden.'],
  ['de', 'data-source', 'notpresent', 'Wir erhalten Ihre Kontaktdaten von Ihnen bei der Anmeldung.'],
];
