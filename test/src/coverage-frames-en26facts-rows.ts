// Issue 13, session 26 (helper facts): held-out rows for the fact items that unseen writers' policies
// give in shapes the checker missed, each kind with look-alikes that share its words and must come out
// the other way:
// - no transfer said as a negation the reader did not read: a subject opened by "no" ("No pupil photos are
//   sent outside the EEA"), "does not", a country of the EEA or the UK named ("never leaves Austria"), a noun
//   no class knew as the data, and the Dutch and French forms ("gaan niet naar landen buiten",
//   « rien n'est envoyé hors de »);
// - recipients named as a list of parties with no verb, under a label, heading or question that asks who
//   gets the data ("Who we pass it to:", « Avec qui nous partageons. »), or after "the only people who see
//   your details are";
// - a party as the subject that receives the reader's data ("The county federation receives your name");
// - a person or role responsible for data protection, its contact in the next sentence or after a label;
// - security given as concrete measures in a noun list or a passive ("opened only with a personal login");
// - children: a minor in a retention rule or a household count is no statement about children;
// - a one-person controller "run by me, <name>".
// Written in our own words, other domains. BATCH_A was written BEFORE this round's changes (main 966e88f
// is scored on it). `node scripts/score-rows.js . --rows=en26facts --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. no transfer, said as a negation ----
  ['en', 'international-transfers', 'present', 'No pupil photos are sent outside the EEA.'],
  ['en', 'international-transfers', 'present', 'No customer recordings are ever transferred outside the European Economic Area.'],
  ['en', 'international-transfers', 'present', 'The trust does not transfer personal data outside the United Kingdom.'],
  ['en', 'international-transfers', 'present', 'It doesn\'t send any booking details outside the UK.'],
  ['en', 'international-transfers', 'present', 'Scans are kept on the surgery\'s own server and never leave Austria.'],
  ['en', 'international-transfers', 'present', 'Your tenancy file never leaves Scotland.'],
  // look-alikes: an exception, a transfer named, goods not data
  ['en', 'international-transfers', 'notpresent', 'No client files are sent outside the EEA unless a client asks us to deal with a foreign tax office.'],
  ['en', 'international-transfers', 'notpresent', 'Some customer photos are sent outside the EEA to our printing partner.'],
  ['en', 'international-transfers', 'missing', 'We do not deliver parcels outside the United Kingdom.'],
  ['en', 'international-transfers', 'missing', 'Our van never leaves Cornwall on Sundays.'],
  ['nl', 'international-transfers', 'present', 'De gegevens van onze leden gaan niet naar landen buiten de Europese Unie.'],
  ['nl', 'international-transfers', 'present', 'Wij gebruiken geen diensten buiten de Europese Economische Ruimte voor de gegevens van patiënten.'],
  ['nl', 'international-transfers', 'present', 'De roosters en cijfers bewaren we op servers binnen de Europese Unie.'],
  ['nl', 'international-transfers', 'notpresent', 'Onze nieuwsbriefdienst gebruikt servers buiten de Europese Unie.'],
  ['fr', 'international-transfers', 'present', 'Rien n\'est transmis en dehors de l\'Union européenne.'],
  ['fr', 'international-transfers', 'present', 'Aucune donnée n\'est envoyée hors de l\'Espace économique européen.'],
  ['fr', 'international-transfers', 'notpresent', 'Aucun transfert vers un pays tiers n\'a lieu, sauf à la demande expresse d\'un client.'],
  ['de', 'international-transfers', 'present', 'Mitgliederdaten werden nicht außerhalb der Europäischen Union gespeichert.'],
  ['de', 'international-transfers', 'present', 'Die Aufnahmen verlassen Österreich nie.'],
  // ---- 2. recipients as a list of parties with no verb ----
  ['en', 'recipients', 'present', '**Who we pass it to:**\n\n- the county council, with your licence application;\n- our printer, for your membership badge.'],
  ['en', 'recipients', 'present', '## Who else sees it\n\nOur web host, our booking software and our bookkeeper.'],
  ['en', 'recipients', 'present', 'The only people who see your records are our bookkeeper, who prepares the annual accounts, and the regional federation, when we register you.'],
  ['en', 'recipients', 'missing', 'The only people who see the garden are our neighbours.'],
  ['en', 'recipients', 'missing', '## Who else sees it\n\nThe view from the terrace is shared by all guests.'],
  ['nl', 'recipients', 'present', '**Camera\'s.** Bij de ingang hangt een camera.\n\n**Met wie we gegevens delen.** Met de gemeente, met onze boekhouder en met de leverancier van de kassasoftware.'],
  ['nl', 'recipients', 'present', '## Krijgt iemand anders mijn gegevens?\n\nJa, een paar partijen: de pakketdienst (naam en adres), de betaaldienst en onze webhost.'],
  ['fr', 'recipients', 'present', '**Ce que nous notons.** Votre nom et votre téléphone.\n\n**Avec qui nous partageons.** Personne, en dehors de notre banque pour les paiements et du comptable, qui voit les factures.'],
  // ---- 3. a party that receives the reader's data, as the subject ----
  ['en', 'recipients', 'present', 'The county federation receives your name and year of birth for its yearly census.'],
  ['en', 'recipients', 'notpresent', 'Every member receives a newsletter each spring.'],
  ['de', 'recipients', 'present', 'Der Landesverband erhält Name und Geburtsjahr für die jährliche Meldung.'],
  ['de', 'recipients', 'present', 'Unsere Hausbank erhält die Kontodaten für den Lastschrifteinzug.'],
  ['de', 'recipients', 'notpresent', 'Der Verein erhält jedes Jahr Fördermittel von der Gemeinde.'],
  ['nl', 'recipients', 'present', 'De zwembond krijgt je naam, geboortedatum en pasfoto.'],
  ['nl', 'recipients', 'notpresent', 'Ieder lid krijgt in het voorjaar een clubblad.'],
  // ---- 4. a person responsible for data protection, with a contact ----
  ['en', 'dpo-contact', 'present', 'We have no formal Data Protection Officer, but our office manager, Priya Shah, is responsible for data protection at the practice. Any question can go to her at p.shah@willowdental.example.'],
  ['en', 'dpo-contact', 'present', 'Data protection lead: Tom Reyes, dataprotection@harbourrowing.example'],
  ['en', 'dpo-contact', 'missing', 'Our office manager is responsible for the day-to-day running of the shop. You can reach her at shop@cornerbakery.example.'],
  ['en', 'dpo-contact', 'notpresent', 'Our manager is responsible for data protection in the home.'],
  ['de', 'dpo-contact', 'present', 'Datenschutzberater: Jonas Keller, datenschutz@kletterhalle-nord.example'],
  ['nl', 'dpo-contact', 'present', 'Wij hebben een contactpersoon gegevensbescherming aangewezen, mevrouw J. de Wit, die verantwoordelijk is voor de naleving van de AVG. Zij is bereikbaar via privacy@tandartsdewit.example.'],
  ['fr', 'dpo-contact', 'present', 'Pour toute question, écrivez à notre responsable conformité et protection des données, M. Paul Girard, à rgpd@cabinet-girard.example.'],
  ['fr', 'dpo-contact', 'missing', 'Pour toute question sur votre facture, écrivez à notre responsable administratif, à compta@cabinet-girard.example.'],
  // ---- 5. security as concrete measures ----
  ['en', 'security', 'present', 'Client files are opened only with a personal login, and paper copies sit in a locked cabinet.'],
  ['en', 'security', 'present', 'Prescriptions are accessed by staff smartcard only, and the back office is closed to the public.'],
  ['en', 'security', 'notpresent', 'We rely on legitimate interests to keep the network running and to prevent abuse such as illegal downloading.'],
  ['en', 'security', 'missing', 'Entry to the gym is by membership card.'],
  ['fr', 'security', 'present', 'L\'accès au fichier des adhérents est limité aux membres du bureau, avec double authentification.'],
  ['fr', 'security', 'present', '**Sécurité.** Accès au logiciel par identifiant personnel, armoires fermées à clé pour les dossiers papier.'],
  ['de', 'security', 'present', 'Der Zugriff auf die Mitgliederliste ist auf den Vorstand beschränkt und durch ein Passwort geschützt.'],
  ['nl', 'security', 'present', 'Alleen de administrateur heeft toegang tot de ledenlijst, met een eigen wachtwoord en tweestapsverificatie.'],
  // ---- 6. children: a minor in a retention rule or a household count ----
  ['fr', 'children', 'notpresent', 'Nous notons le nombre de personnes (adultes et enfants) et les dates de votre séjour.'],
  ['fr', 'children', 'notpresent', 'Le dossier est conservé vingt ans, et au moins jusqu\'à votre vingt-huitième anniversaire si vous étiez mineur lors de votre dernier passage.'],
  ['en', 'children', 'notpresent', 'We may ask about your family, for example when you claim Child Benefit.'],
  ['en', 'children', 'notpresent', 'Records of patients who were under 18 at their last visit are kept until they turn 25.'],
  ['en', 'children', 'present', 'Our courses are not meant for children under 13, and we do not knowingly collect their details.'],
  ['fr', 'children', 'present', 'Pour un enfant de moins de 15 ans, l\'inscription se fait avec l\'accord d\'un parent.'],
  ['nl', 'children', 'present', 'Vanaf 12 jaar mag een leerling zelf om inzage in zijn dossier vragen; voor jongere leerlingen doen de ouders dat.'],
  // ---- 7. a one-person controller ----
  ['fr', 'controller-identity', 'present', 'Le salon est tenu par moi-même, Claire Dubois, coiffeuse, 12 rue des Lilas, 69003 Lyon.'],
  ['en', 'controller-identity', 'present', 'The studio is run by me, Sam Hollis, at 4 Quay Street, Bristol BS1 4DB.'],
];

export const LABEL = 'frames round 26 (facts)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  "Our manager is responsible for data protection in the home.": "raised by the model (session 38): the sentence scores at or above its τ on the item's words, though it is about something else",
  // Batch a: written before the changes (main at 966e88f gets 31 of 59 wrong).
  'We do not deliver parcels outside the United Kingdom.':
    'round 26, batch a: the transfers phrase "outside the UK" is read whatever is sent there; goods are no data, but no veto reads the object yet',
  '## Who else sees it\n\nThe view from the terrace is shared by all guests.':
    'round 26, batch a: under a recipients heading a sentence with a sharing verb still states the item; older than this round',
  'Der Landesverband erhält Name und Geburtsjahr für die jährliche Meldung.':
    'round 26, batch a: "Name und Geburtsjahr" without a possessive is no object of the reader\'s data in German (the class has no bare "Name")',
};
