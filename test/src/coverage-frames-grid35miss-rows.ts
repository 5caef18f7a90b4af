// Issue 13, session 35 (helper misses): items read as given by a sentence about something else (failure classes 1 and 2),
// found on the fresh round dev-H and on dev-G, written here in our own words, in four languages, by class:
//  - a period that is how fast we answer or send a copy ("we'll send you a copy, normally within a month") taken as the
//    retention period that "as long as necessary" left open (retention stays partial);
//  - a self-service screen named in emphasis ("under *My profile*") taken for the right itself (rectification, access and
//    erasure stay partial);
//  - "security" in the sense of safety (cameras at the gate, safety at sea, a security team) taken for security of the data;
//  - the reader told not to share their own login taken for recipients of their data;
//  - a question set in bold as a paragraph of its own read as the item, its answer in the next paragraph only self-service.
// Each class has the look-alike that must not count and the real statement that must still count.
// `node scripts/score-rows.js . --rows=grid35miss --batch=a --list` lists the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const LABEL = 'frames grid35miss';

export const BATCH_A: CrossRow[] = [
  // Retention: a response time is no retention period.
  ['en', 'retention', 'partial', 'We hold your records as long as necessary for the reasons above. If you email us, we will send you everything we store about you, usually within a month.'],
  ['en', 'retention', 'partial', 'Your details are kept for as long as we need them. Ask for a copy of your data and we aim to reply within 30 days.'],
  ['en', 'retention', 'partial', 'We store your data only as long as required. We will respond to any request about your data within one month.'],
  ['en', 'retention', 'present', 'We keep your account details for two years after your last booking. We will answer any request about your data within a month.'],
  ['en', 'retention', 'present', 'Chat logs are deleted within 30 days of the conversation ending.'],
  ['nl', 'retention', 'partial', 'We bewaren je gegevens zolang dat nodig is. Vraag je om een kopie, dan sturen we die binnen een maand.'],
  ['nl', 'retention', 'partial', 'Wij bewaren uw gegevens niet langer dan nodig. Op uw verzoek ontvangt u binnen vier weken een overzicht van de gegevens die wij bewaren.'],
  ['nl', 'retention', 'present', 'We bewaren je klantgegevens tot twee jaar na je laatste bestelling.'],
  ['de', 'retention', 'partial', 'Wir speichern Ihre Daten, solange es erforderlich ist. Auf Anfrage senden wir Ihnen innerhalb eines Monats eine Kopie der gespeicherten Daten.'],
  ['de', 'retention', 'partial', 'Deine Angaben bewahren wir nur so lange auf wie nötig. Wir beantworten deine Anfrage innerhalb von 30 Tagen.'],
  ['de', 'retention', 'present', 'Ihre Bestelldaten speichern wir zehn Jahre lang, weil das Handelsrecht es verlangt.'],
  ['fr', 'retention', 'partial', 'Nous conservons vos données aussi longtemps que nécessaire. Sur simple demande, nous vous envoyons une copie des données que nous conservons dans un délai d\u2019un mois.'],
  ['fr', 'retention', 'partial', 'Vos données sont gardées le temps nécessaire. Nous répondons à votre demande sous 30 jours.'],
  ['fr', 'retention', 'present', 'Nous conservons vos coordonnées pendant trois ans après votre dernier achat.'],
  // Self-service screens named in emphasis: only partly the right.
  ['en', 'right-rectification', 'partial', 'You can change your phone number and address yourself under *Account details* in the app.'],
  ['en', 'right-access', 'partial', 'You can look at everything in your profile under **My data** at any time.'],
  ['en', 'right-erasure', 'partial', 'The *Close my account* button at the bottom of your profile removes your account.'],
  ['en', 'right-rectification', 'present', 'If anything we hold about you is wrong, email privacy@quillfeather.example and we will correct it.'],
  ['nl', 'right-rectification', 'partial', 'Je adres en telefoonnummer kun je zelf wijzigen onder *Mijn gegevens*.'],
  ['nl', 'right-erasure', 'partial', 'Met de knop *Account verwijderen* onder *Instellingen* wis je je account.'],
  ['nl', 'right-rectification', 'present', 'Klopt er iets niet in je gegevens? Mail ons en we passen het aan.'],
  ['de', 'right-rectification', 'partial', 'Deine Adresse kannst du jederzeit selbst unter *Mein Konto* ändern.'],
  ['de', 'right-access', 'partial', 'Unter *Meine Daten* kannst du dir jederzeit ansehen, was in deinem Profil steht.'],
  ['de', 'right-rectification', 'present', 'Sie können von uns verlangen, dass wir unrichtige Daten über Sie berichtigen.'],
  ['fr', 'right-rectification', 'partial', 'Vous pouvez modifier vous-même votre adresse dans *Mon compte*.'],
  ['fr', 'right-erasure', 'partial', 'Le bouton *Fermer mon compte*, dans vos paramètres, supprime votre compte.'],
  ['fr', 'right-erasure', 'present', 'Vous pouvez nous demander d\u2019effacer les données que nous détenons sur vous.'],
  // A question set in bold as a paragraph of its own, answered by a self-service step in the next paragraph: the answer decides.
  ['de', 'right-rectification', 'partial', '**Kann ich meine Angaben ansehen oder ändern?**\n\nDeine Adresse kannst du jederzeit in der App unter *Konto* ansehen und ändern.'],
  ['de', 'right-rectification', 'present', '**Kann ich falsche Angaben korrigieren lassen?**\n\nSchreib uns an datenschutz@beispiel.de, dann berichtigen wir sie.'],
  ['nl', 'right-rectification', 'partial', '**Kan ik mijn gegevens aanpassen?**\n\nJe adres pas je zelf aan in de app onder *Profiel*.'],
  ['fr', 'right-erasure', 'partial', '**Puis-je supprimer mon compte ?**\n\nLe bouton *Fermer mon compte*, en bas de votre profil, le supprime.'],
  ['en', 'right-rectification', 'partial', '**Can I change my details?**\n\nYou can edit your address yourself in the app under *Account*.'],
  ['en', 'right-rectification', 'present', '**Can you fix a mistake in my records?**\n\nYes. Email privacy@quillfeather.example and we will correct it.'],
  // Security as safety is not security of the data.
  ['en', 'security', 'notpresent', 'Cameras at the gate and bag checks by our security staff help keep everyone on site safe.'],
  ['en', 'security', 'notpresent', 'Our instructors are trained to look after your safety on the water.'],
  ['en', 'security', 'present', 'Your records are stored on encrypted servers and only our two nurses can open them.'],
  ['nl', 'security', 'notpresent', 'Beveiligers bij de ingang en camera\u2019s op het terrein zorgen voor de veiligheid van bezoekers.'],
  ['nl', 'security', 'present', 'We beveiligen je gegevens met versleuteling en toegang alleen voor bevoegde medewerkers.'],
  ['de', 'security', 'notpresent', 'Unser Sicherheitsdienst und Kameras am Eingang sorgen für die Sicherheit der Besucher.'],
  ['de', 'security', 'present', 'Wir schützen Ihre Daten durch Verschlüsselung und strenge Zugriffsrechte.'],
  ['fr', 'security', 'notpresent', 'Nos moniteurs veillent à votre sécurité pendant chaque plongée.'],
  ['fr', 'security', 'present', 'Vos données sont chiffrées et seules deux personnes du club peuvent y accéder.'],
  // The reader sharing their own login is no recipient of their data.
  ['en', 'recipients', 'notpresent', 'Please keep your password to yourself and don\'t share it with anyone else.'],
  ['en', 'recipients', 'notpresent', 'The gate code is for members only; please don\'t pass it on to anyone outside the club.'],
  ['en', 'recipients', 'present', 'We share your name and address with the courier who delivers your parcel.'],
  ['nl', 'recipients', 'notpresent', 'Deel je wachtwoord nooit met iemand anders.'],
  ['nl', 'recipients', 'present', 'We geven je naam en adres door aan de bezorgdienst.'],
  ['de', 'recipients', 'notpresent', 'Bitte gib dein Passwort an niemanden weiter.'],
  ['de', 'recipients', 'present', 'Ihre Anschrift geben wir an den Paketdienst weiter.'],
  ['fr', 'recipients', 'notpresent', 'Ne communiquez jamais votre mot de passe à quelqu\u2019un d\u2019autre.'],
  ['fr', 'recipients', 'present', 'Nous transmettons votre adresse au transporteur qui livre votre colis.'],
];

// Batch b: fresh rows for the same classes, written after the fix (scored on main and after it).
export const BATCH_B: CrossRow[] = [
  ['en', 'retention', 'partial', 'Information is kept only while it is needed. Once we have checked who you are, we will email you a full copy within 30 days.'],
  ['en', 'retention', 'partial', 'We retain personal data no longer than necessary. Within one month of your request, we will send you what we hold.'],
  ['en', 'retention', 'present', 'Booking records are kept for three years and then deleted. We answer data requests within a month.'],
  ['en', 'retention', 'present', 'Your messages stay on our servers for 90 days after you send them.'],
  ['nl', 'retention', 'partial', 'We bewaren gegevens niet langer dan nodig. Een verzoek om inzage beantwoorden we binnen vier weken.'],
  ['nl', 'retention', 'present', 'Sollicitatiegegevens bewaren we tot vier weken na de sollicitatieprocedure.'],
  ['de', 'retention', 'partial', 'Wir speichern Daten nur, solange wir sie brauchen. Eine Auskunft schicken wir dir innerhalb eines Monats.'],
  ['de', 'retention', 'present', 'Rechnungen bewahren wir zehn Jahre auf.'],
  ['fr', 'retention', 'partial', 'Les informations sont gardées pendant la durée nécessaire. Nous vous adressons une réponse dans un délai de 30 jours.'],
  ['fr', 'retention', 'present', 'Les candidatures sont conservées deux ans après le dernier échange.'],
  ['en', 'right-rectification', 'partial', 'Your contact details can be updated in the "Settings" section of the app whenever you like.'],
  ['en', 'right-erasure', 'partial', '**Can I remove my account?**\n\nTap *Delete account* at the bottom of the Profile screen and it is gone.'],
  ['en', 'right-rectification', 'present', '**Can I have wrong details corrected?**\n\nYes, just tell our office and we will fix them.'],
  ['nl', 'right-rectification', 'partial', 'Je telefoonnummer wijzig je zelf via *Mijn account*.'],
  ['nl', 'right-erasure', 'partial', '**Kan ik mijn account opheffen?**\n\nDat doe je zelf onder *Instellingen*.'],
  ['de', 'right-access', 'partial', '**Kann ich sehen, was ihr über mich speichert?**\n\nIn der App findest du unter *Profil* alle deine Angaben.'],
  ['de', 'right-erasure', 'present', 'Du kannst verlangen, dass wir deine Daten löschen; schreib dazu an datenschutz@beispiel.de.'],
  ['fr', 'right-rectification', 'partial', 'Vous pouvez corriger votre numéro de téléphone vous-même avec le bouton *Modifier* de votre profil.'],
  ['fr', 'right-rectification', 'present', 'Si une information vous concernant est inexacte, écrivez-nous et nous la rectifierons.'],
  ['en', 'security', 'notpresent', 'CCTV covers the car park, and door staff search bags at every show.'],
  ['en', 'security', 'present', 'Payment details are sent over an encrypted connection and never stored on our servers.'],
  ['nl', 'security', 'notpresent', 'Voor je eigen veiligheid draag je tijdens de les altijd een helm.'],
  ['nl', 'security', 'present', 'Alleen onze twee medewerkers kunnen met een eigen wachtwoord bij je dossier.'],
  ['de', 'security', 'present', 'Deine Daten liegen verschlüsselt auf Servern in Frankfurt.'],
  ['fr', 'security', 'notpresent', 'Les consignes de sécurité sont rappelées avant chaque sortie en mer.'],
  ['fr', 'security', 'present', 'Nous protégeons vos données par un chiffrement et des accès limités.'],
  ['en', 'recipients', 'notpresent', 'Your PIN is personal, so never give it to anyone, not even a friend.'],
  ['en', 'recipients', 'notpresent', 'We text the door code to members each month; do not pass it on to anybody.'],
  ['en', 'recipients', 'present', 'Your booking details go to the hotel you reserve with, so it can expect you.'],
  ['fr', 'recipients', 'notpresent', 'Votre code d\u2019accès est personnel : ne le donnez à personne.'],
];

// The rows still wrong after session 35's changes: two read missing where only part of the right is given (the screen or
// button named, not read as self-service without a verb of the right: not given either way), one Dutch measure not read,
// and two batch-b response times whose verb or word order the new vetoes do not read ("email you a copy", "within one month
// of your request, we will send").
export const KNOWN: Record<string, string> = {
  'You can look at everything in your profile under **My data** at any time.': 'read missing, labelled partial: "look at" is no verb of access (not given either way)',
  'The *Close my account* button at the bottom of your profile removes your account.': 'read missing, labelled partial: a button as the subject of removing (not given either way)',
  '**Can I remove my account?**\n\nTap *Delete account* at the bottom of the Profile screen and it is gone.': 'read missing, labelled partial: "it is gone" is no erasure verb (not given either way)',
  '**Kann ich sehen, was ihr über mich speichert?**\n\nIn der App findest du unter *Profil* alle deine Angaben.': 'read missing, labelled partial: "findest … alle deine Angaben" is no verb of access (not given either way)',
  'Alleen onze twee medewerkers kunnen met een eigen wachtwoord bij je dossier.': 'read missing: "kunnen … bij je dossier" without a verb of access',
  'Information is kept only while it is needed. Once we have checked who you are, we will email you a full copy within 30 days.': 'batch b: "email you" is no verb of the response-time veto (a miss left)',
  'We retain personal data no longer than necessary. Within one month of your request, we will send you what we hold.': 'batch b: the period fronted with "of your request" between it and its verb (a miss left)',
};
