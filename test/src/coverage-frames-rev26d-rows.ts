// Issue 13, session 26 (reviewer helper revdata): look-alike rows for the data cues session 26 widened,
// in the four languages, each beside a statement of the same kind that must stay given:
// - transfers: a place of the EEA or the UK never left, or "no … is sent outside", said of goods or a
//   vehicle, not of data;
// - the obligation to provide: "without it, you can only …" after an object that is no data; "you need
//   to give us your <thing> so that …" and "providing your own <thing> is required" for objects;
// - automated decisions: a board or a person that "does not decide anything" on its own;
// - data sources: an organisation by its name getting goods from a supplier; a supplier's note listing
//   product names;
// - security: a place reached with a key card (no data);
// - purposes: "<your …>, so that we …" / « afin que nous » / „damit wir“ / "zodat we" after children,
//   a bike or a start number (no processing);
// - data categories: an annual report that "contains" its parts (de, fr, nl).
// Written in our own words, other domains. BATCH_A was written BEFORE this helper's changes
// (main at 2877045 is scored on it). `node scripts/score-rows.js . --rows=rev26d --batch=a`.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. transfers: no data named ----
  ['en', 'international-transfers', 'notpresent', 'The ferry does not leave Ireland on Sundays.'],
  ['en', 'international-transfers', 'notpresent', 'Our touring choir never leaves Wales in the winter months.'],
  ['en', 'international-transfers', 'notpresent', 'No goods are sent outside the UK, as our licence covers only domestic delivery.'],
  ['en', 'international-transfers', 'present', 'Tenant files are stored on our own server and never leave Northern Ireland.'],
  ['en', 'international-transfers', 'present', 'No volunteer records are sent outside the European Economic Area.'],
  ['en', 'international-transfers', 'present', 'Your lesson recordings never leave Ireland.'],
  ['de', 'international-transfers', 'notpresent', 'Unsere Reisebusse verlassen Deutschland nicht.'],
  ['fr', 'international-transfers', 'notpresent', 'Aucun colis n\'est expédié hors de l\'Union européenne.'],
  ['nl', 'international-transfers', 'notpresent', 'Onze bussen rijden niet buiten de Europese Unie.'],
  // ---- 2. obligation to provide: objects, not data ----
  ['en', 'statutory-contractual', 'notpresent', 'Please display your permit on the dashboard. Without it, you can only park in the visitor bays.'],
  ['en', 'statutory-contractual', 'notpresent', 'You will need to give us your bike for a day so that we can service it.'],
  ['en', 'statutory-contractual', 'notpresent', 'Providing your own helmet is required to ride on the track.'],
  ['en', 'statutory-contractual', 'notpresent', 'If the weather information is wrong, the match may be cancelled at short notice.'],
  ['en', 'statutory-contractual', 'present', 'You have to give us your passport number and a contact phone number to book a cabin.'],
  ['en', 'statutory-contractual', 'present', 'Providing your meter reference and your address is required to switch supplier.'],
  ['en', 'statutory-contractual', 'present', 'We ask for your membership number when you book. Without it, you can only book at the non-member rate.'],
  // ---- 3. automated decisions: a person or body that decides nothing alone ----
  ['en', 'automated-decision-making', 'notpresent', 'The board does not decide anything on its own; members vote at the annual meeting.'],
  ['en', 'automated-decision-making', 'present', 'Our rota tool suggests shifts, but the tool does not decide anything: a manager confirms every shift.'],
  // ---- 4. data sources: goods and product lists ----
  ['en', 'data-source', 'notpresent', 'The Bakery gets its flour from a mill in Kent.'],
  ['en', 'data-source', 'notpresent', 'The supplier sends us a delivery note with the product names and prices.'],
  ['en', 'data-source', 'notpresent', 'About half of our income is from members\' fees; the rest comes from outside bodies such as the lottery fund.'],
  ['en', 'data-source', 'present', 'The Society receives each new member\'s contact details from their local branch.'],
  ['en', 'data-source', 'present', 'The tour operator sends us a rooming list with each guest\'s name and arrival date.'],
  // ---- 5. security: a place, not data ----
  ['en', 'security', 'notpresent', 'The car park is accessed with a key card after eight in the evening.'],
  ['en', 'security', 'present', 'Client files can only be accessed with a personal login.'],
  ['de', 'security', 'notpresent', 'Das Gäste-WLAN ist durch ein Passwort geschützt, das an der Rezeption ausliegt.'],
  // ---- 6. purposes: "so that we …" after no data ----
  ['en', 'purposes', 'notpresent', 'Please bring your registration papers to the first session, so that we can start on time.'],
  ['en', 'purposes', 'notpresent', 'Ring the number on the gate, so that the warden can open it for you.'],
  ['en', 'purposes', 'present', 'We note your phone number when you drop off the boat, so that we can call you when it is ready.'],
  ['de', 'purposes', 'notpresent', 'Bringen Sie Ihre Kinder bitte rechtzeitig, damit wir pünktlich anfangen können.'],
  ['de', 'purposes', 'present', 'Wir notieren Ihren Namen und Ihre Handynummer, damit wir Sie bei Verspätungen erreichen.'],
  ['fr', 'purposes', 'notpresent', 'Merci d\'apporter votre vélo la veille, afin que nous puissions le contrôler.'],
  ['fr', 'purposes', 'present', 'Nous notons votre numéro de téléphone, afin que nous puissions vous prévenir d\'un retard.'],
  ['nl', 'purposes', 'notpresent', 'Zet je fiets in het rek bij de ingang, zodat we de gang vrij kunnen houden.'],
  ['nl', 'purposes', 'present', 'We noteren je naam en telefoonnummer, zodat we je kunnen bellen als je bestelling klaar is.'],
  // ---- 7. data categories: a report that contains its parts ----
  ['de', 'data-categories', 'notpresent', 'Der Jahresbericht enthält die Bilanz, die Zahl der Mitglieder und einen Ausblick auf das nächste Jahr.'],
  ['fr', 'data-categories', 'notpresent', 'Le rapport annuel contient le bilan, le nombre d\'adhérents et les projets, et les comptes de l\'année.'],
  ['nl', 'data-categories', 'notpresent', 'Het jaarverslag bevat de balans, het aantal leden en de plannen voor volgend jaar, en de begroting.'],
  ['de', 'data-categories', 'present', 'Ein Absturzbericht der App enthält das Betriebssystem, die App-Version und den Zeitpunkt des Fehlers.'],
  ['nl', 'data-categories', 'present', 'Een foutrapport bevat het model van je telefoon, de versie van de app en het tijdstip van de fout.'],
];

/** Written after the fixes: statements of the narrowed kinds that must stay given. */
export const BATCH_B: CrossRow[] = [
  ['de', 'international-transfers', 'present', 'Die Aufnahmen der Kameras verlassen Österreich nie.'],
  ['fr', 'international-transfers', 'present', 'Aucun fichier n\'est envoyé en dehors de l\'Espace économique européen.'],
  ['nl', 'international-transfers', 'present', 'Wij sturen de foto\'s van leerlingen nooit naar partijen buiten de EER.'],
  ['nl', 'international-transfers', 'present', 'Niets gaat naar landen buiten de Europese Unie.'],
  ['en', 'security', 'present', 'Invoices are opened only with a personal login on the office laptop.'],
  ['en', 'automated-decision-making', 'present', 'The scoring software does not decide anything; a loan officer reads every application.'],
  ['en', 'data-source', 'present', 'The coach company sends us a passenger list with each traveller\'s name and seat.'],
  ['en', 'statutory-contractual', 'present', 'Guests must give us their passport details on arrival so that we can register them with the police.'],
];

export const LABEL = 'frames round 26 (review, data)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  'If the weather information is wrong, the match may be cancelled at short notice.':
    'round 26 review, batch a: a session-26 cue still reads the look-alike as the item (left: see the report)',
  'About half of our income is from members\' fees; the rest comes from outside bodies such as the lottery fund.':
    'round 26 review, batch a: a session-26 cue still reads the look-alike as the item (left: see the report)',
  'Das Gäste-WLAN ist durch ein Passwort geschützt, das an der Rezeption ausliegt.':
    'round 26 review, batch a: a session-26 cue still reads the look-alike as the item (left: see the report)',
  'Please bring your registration papers to the first session, so that we can start on time.':
    'round 26 review, batch a: a session-26 cue still reads the look-alike as the item (left: see the report)',
  'Ring the number on the gate, so that the warden can open it for you.':
    'round 26 review, batch a: a session-26 cue still reads the look-alike as the item (left: see the report)',
};
