// Issue 13, session 26 (helper src): data-source given by a party other than the reader, in the kinds the
// eight writers of the development set used and the checker missed, beside look-alikes that share the words:
// - a party named by its kind or its name is the subject of a handing-over verb, the data named loosely
//   ("sends details", "adds their notes to your file", "passes on a summary", "tells us whether …"), also after
//   another verb with "you" as its object ("refers you to us and sends …");
// - we, or an organisation that writes as itself ("the Trust", "the Council"), receive, obtain, get or take data
//   FROM a party ("from the licensing authority", "from someone else", "from trade directories");
// - an answer to "where does it come from?" as a list of "from …" items, and "comes from other people: …";
// - the same in French, German and Dutch (« nous recevons de celui-ci », « nous sont transmis par »,
//   „erhalten von dort“, „teilt uns … mit“, "worden ontvangen van", "krijgen te horen").
// Look-alikes: data the reader gives us themselves, data we send to a party, a request or money we receive,
// goods or funding from others, logs read from the reader's device.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en26src --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. a party as the subject of a handing-over verb ----
  ['en', 'data-source', 'present', 'Now and then your employer enrols you on one of our courses and sends your job title and your manager’s name.'],
  ['en', 'data-source', 'present', 'With every group booking the travel agency sends us a booking sheet listing each traveller’s name and passport number.'],
  ['en', 'data-source', 'present', 'The tutors you work with add their marks and comments to your learner record.'],
  ['en', 'data-source', 'present', 'Occasionally a local charity refers a family to us and passes on a short summary of their situation.'],
  ['en', 'data-source', 'present', 'The venue you picked forwards us your guest count and your phone number.'],
  ['en', 'data-source', 'present', 'From time to time a housing officer refers you and sends me a brief referral note.'],
  // look-alikes: the reader gives it, we send it, a supplier sends its own papers
  ['en', 'data-source', 'notpresent', 'You send us your CV and a cover letter when you apply for a role.'],
  ['en', 'data-source', 'notpresent', 'We send your employer a certificate once you finish the course.'],
  ['en', 'data-source', 'notpresent', 'Our web host sends us a monthly bill and an uptime report.'],
  ['en', 'data-source', 'notpresent', 'The tutors you work with add new exercises to the course every term.'],
  // ---- 2. we (or the organisation by its name) receive, obtain, get or take data from a party ----
  ['en', 'data-source', 'present', 'Where a fine is unpaid, the Trust obtains the keeper’s name and address from the national licensing authority.'],
  ['en', 'data-source', 'present', 'Sometimes the Society receives information about you from someone else, for example a neighbour who reports a fallen tree.'],
  ['en', 'data-source', 'present', 'We take names, job titles and work e-mail addresses from trade directories and conference attendee lists.'],
  ['en', 'data-source', 'present', 'We also find speakers on professional networking sites and through recommendations from people who know them.'],
  ['en', 'data-source', 'present', 'The district team gets your tenancy start date from the housing association.'],
  // look-alikes: a request, money, goods, the reader's own device
  ['en', 'data-source', 'notpresent', 'The Society receives your request and replies within a month.'],
  ['en', 'data-source', 'notpresent', 'We receive your membership fee from your bank by direct debit.'],
  ['en', 'data-source', 'notpresent', 'We take most of our stock from farms within twenty miles of the shop.'],
  ['en', 'data-source', 'notpresent', 'Our server automatically takes your IP address and browser type from your device.'],
  // ---- 3. the answer to "where does it come from?" as a list; "comes from other people: …" ----
  ['en', 'data-source', 'present', '## Where your information comes from\n\nFrom you, from your school, and from the exam board when results are published.'],
  ['en', 'data-source', 'present', '## Where we get it\n\nFrom you when you sign up; from your club secretary, who confirms your membership; and from the county association.'],
  ['en', 'data-source', 'present', 'Most of what we hold comes from you. The rest comes from other organisations: your training provider, your awarding body and the apprenticeship service.'],
  ['en', 'data-source', 'present', 'Some details come from other people: your line manager, the payroll bureau and, when you transfer, your former employer.'],
  // look-alikes: no data about the reader
  ['en', 'data-source', 'notpresent', '## Where our food comes from\n\nFrom local farms, from the market in town and from our own garden.'],
  ['en', 'data-source', 'notpresent', 'Our funding comes from other people: local businesses, grant makers and individual donors.'],
  // ---- 4. French ----
  ['fr', 'data-source', 'present', 'Si vous vous inscrivez avec un compte de réseau social, nous recevons de celui-ci votre nom et votre photo.'],
  ['fr', 'data-source', 'present', 'Certains documents nous sont transmis directement par la mairie ou par votre ancien bailleur.'],
  ['fr', 'data-source', 'present', 'Si vous passez par une agence de voyage, c’est elle qui nous communique vos noms et vos dates de séjour.'],
  ['fr', 'data-source', 'present', 'Votre employeur nous envoie la liste des salariés inscrits à la formation.'],
  ['fr', 'data-source', 'notpresent', 'Nous recevons votre demande par courrier ou par e-mail.'],
  ['fr', 'data-source', 'notpresent', 'Vous nous transmettez vos justificatifs lors de l’inscription.'],
  ['fr', 'data-source', 'notpresent', 'Nos légumes nous sont livrés par des producteurs locaux.'],
  ['fr', 'data-source', 'notpresent', 'Nous transmettons votre nom à l’agence de voyage.'],
  // ---- 5. German ----
  ['de', 'data-source', 'present', 'Für den Kauf auf Rechnung fragen wir bei einer Wirtschaftsauskunftei an und erhalten von dort eine Einschätzung Ihrer Zahlungsfähigkeit.'],
  ['de', 'data-source', 'present', 'Die Zahl der Betreuungsstunden teilt uns die Stadtverwaltung mit.'],
  ['de', 'data-source', 'present', 'Anfragen kommen oft über Reiseportale; dann erhalten wir Ihren Namen und Ihre Reisedaten vom Portalbetreiber.'],
  ['de', 'data-source', 'present', 'Ihr Arbeitgeber übermittelt uns Ihren Namen und Ihre Personalnummer.'],
  ['de', 'data-source', 'notpresent', 'Ihre Anfrage erhalten wir per E-Mail oder Telefon.'],
  ['de', 'data-source', 'notpresent', 'Wir übermitteln Ihren Namen an die Auskunftei.'],
  ['de', 'data-source', 'notpresent', 'Unser Brot erhalten wir täglich von einer Bäckerei aus dem Ort.'],
  ['de', 'data-source', 'notpresent', 'Sie teilen uns Ihre Adresse bei der Anmeldung mit.'],
  // ---- 6. Dutch ----
  ['nl', 'data-source', 'present', 'Gegevens die we niet van jou zelf krijgen, worden ontvangen van je werkgever of uit het Handelsregister.'],
  ['nl', 'data-source', 'present', 'Je abonnement loopt via de App Store; wij krijgen alleen te horen of het nog geldig is.'],
  ['nl', 'data-source', 'present', 'Je sportbond geeft ons je licentienummer door.'],
  ['nl', 'data-source', 'present', 'Je huisarts stuurt ons een verwijsbrief met de reden van je bezoek.'],
  ['nl', 'data-source', 'notpresent', 'We ontvangen je verzoek per e-mail.'],
  ['nl', 'data-source', 'notpresent', 'Jij geeft ons je adres bij de inschrijving.'],
  ['nl', 'data-source', 'notpresent', 'Onze koffie krijgen we van een brander uit Utrecht.'],
  ['nl', 'data-source', 'notpresent', 'We sturen je werkgever een factuur.'],
];

// Batch b: written after the change, look-alikes the D errors showed (an internal system as the "from", our own referral
// of the reader to someone else) beside statements of the same kinds.
export const BATCH_B: CrossRow[] = [
  ['en', 'data-source', 'notpresent', '## Details we collect about members\n\n- Full name and phone number\n- Door entry times from the building’s card reader system'],
  ['en', 'data-source', 'notpresent', 'We may need to refer you to your own dentist if the X-ray shows a problem.'],
  ['en', 'data-source', 'notpresent', 'This page refers you to our separate cookie notice.'],
  ['en', 'data-source', 'present', 'Your swimming club may refer you to us for coaching and pass on your race times.'],
  ['en', 'data-source', 'present', 'The Guild receives your apprenticeship record from the training board.'],
  ['en', 'data-source', 'notpresent', 'The Guild receives your annual subscription from your bank.'],
  ['fr', 'data-source', 'present', 'Votre fédération nous envoie votre numéro de licence, et nous obtenons de celle-ci votre catégorie.'],
  ['fr', 'data-source', 'notpresent', 'C’est vous qui nous transmettez votre adresse lors de l’adhésion.'],
];

export const LABEL = 'frames round 26 (src)';

export const KNOWN: Record<string, string> = {
  'The venue you picked forwards us your guest count and your phone number.': 'batch a: a party named with a relative clause whose subject is the reader ("the venue you picked") is read as the reader sending (the nearest subject before the verb); needs the subject search to skip a relative clause',
  'The district team gets your tenancy start date from the housing association.': 'batch a: "association" is no institution word in English, so "from the housing association" gives no from-other mark',
  'Votre employeur nous envoie la liste des salariés inscrits à la formation.': 'batch a: the object "la liste des salariés" is no reader data a class knows; the subject is an institution, but the spec asks for reader data',
  'Die Zahl der Betreuungsstunden teilt uns die Stadtverwaltung mit.': 'batch a: the subject after the verb is read ("teilt uns … die Stadtverwaltung mit"), but what is told ("die Zahl der Betreuungsstunden") is no reader data a class knows',
  'Je huisarts stuurt ons een verwijsbrief met de reden van je bezoek.': 'batch a: "je" before an institution word ("je huisarts") is read as the reader as subject, not as a possessive; needs the engine to read "je" before an actor word as the possessive',
};
