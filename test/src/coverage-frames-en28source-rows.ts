// Issue 13, session 28 (helper source): data-source and controller-identity in the kinds the development
// writers used and the checker missed, beside look-alikes that share the words:
// - a party tells or hands us something after its verb, with a word between "us" and the party
//   („teilt uns zusätzlich die Stadt … mit“), what it hands named loosely;
// - the source named by a word that points back to parties named just before („Von diesen erhalten wir …“,
//   "From them we receive …", "Van hen krijgen we …", « Ceux-ci nous communiquent … »);
// - data that come from someone, the verb before the data („stammen diese Angaben von den Eltern“);
// - the reader's details looked up with an outside body (« consulter votre quotient auprès de la caisse »);
// - others' data that come from the reader, set against the person they are about ("from you, the buyer,
//   not from the guest");
// - controller-identity: a name line over a street and a phone at the top of the policy, or under a question
//   "who processes your data?", a trade word or an association word in the name, or a person and their profession.
// Look-alikes: the reader tells us, an authority tells us rules, goods that come from farms, the reader who looks
// at their own data, a regulator's address block at the bottom, a name line with no address.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en28source --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. a party tells or hands us something, the party after the verb or named loosely ----
  ['de', 'data-source', 'present', 'Die Anzahl der Trainingseinheiten meldet uns zusätzlich der Landesverband.'],
  ['de', 'data-source', 'present', 'Ihre neue Anschrift teilt uns in solchen Fällen die Krankenkasse mit.'],
  ['de', 'data-source', 'present', 'Die Einstufung Ihres Tarifs teilt uns jedes Jahr die Gemeindeverwaltung mit.'],
  ['nl', 'data-source', 'present', 'Het aantal opvanguren geeft de gemeente ons elk jaar door.'],
  ['fr', 'data-source', 'present', 'Le montant de votre aide nous est communiqué chaque année par la caisse d’allocations familiales.'],
  ['en', 'data-source', 'present', 'Each spring the county council tells us how many sessions your child is funded for.'],
  // look-alikes: the reader tells us; an authority tells us rules, not anything about the reader
  ['de', 'data-source', 'notpresent', 'Ihre neue Anschrift teilen Sie uns bitte rechtzeitig mit.'],
  ['de', 'data-source', 'notpresent', 'Die neuen Hygieneregeln teilt uns zusätzlich das Gesundheitsamt mit.'],
  ['nl', 'data-source', 'notpresent', 'De nieuwe tarieven geeft de gemeente ons elk jaar door.'],
  ['en', 'data-source', 'notpresent', 'Each spring the county council tells us the new opening hours of the sports hall.'],
  // ---- 2. the source named by a word pointing back to the parties just named ----
  ['de', 'data-source', 'present', 'Oft buchen Reiseveranstalter unsere Stadtführungen. Von diesen bekommen wir dann die Namen der Teilnehmenden.'],
  ['en', 'data-source', 'present', 'Many of our tours are booked by travel firms. From them we get each traveller’s name and age.'],
  ['nl', 'data-source', 'present', 'Vaak boeken reisbureaus onze rondleidingen. Van hen krijgen we dan de namen van de deelnemers.'],
  ['fr', 'data-source', 'present', 'Souvent, ce sont des agences de voyage qui réservent nos visites. Celles-ci nous communiquent alors le nom des participants.'],
  // look-alikes: "of these" about data, and the reader as the one we get it from
  ['de', 'data-source', 'notpresent', 'Wir speichern Name, Anschrift und Telefonnummer. Von diesen Angaben löschen wir die Telefonnummer nach der Führung.'],
  ['en', 'data-source', 'notpresent', 'Many customers call us first. From them we get a short description of the fault.'],
  // ---- 3. data that come from someone, the verb before the data ----
  ['de', 'data-source', 'present', 'Im Jugendkader stammen die Gesundheitsangaben von den Eltern der Spielerinnen.'],
  ['de', 'data-source', 'present', 'Bei Firmenkursen kommen die Teilnehmerdaten meist vom Arbeitgeber.'],
  ['nl', 'data-source', 'present', 'Bij jeugdleden komen de medische gegevens van een ouder.'],
  ['fr', 'data-source', 'present', 'Pour les jeunes licenciés, les informations médicales proviennent d’un parent.'],
  ['en', 'data-source', 'present', 'For junior members, the medical details come from a parent.'],
  // look-alikes: goods from a supplier; the reader as the only source said apart
  ['de', 'data-source', 'notpresent', 'Bei uns stammen die Äpfel von Höfen aus der Region.'],
  ['en', 'data-source', 'notpresent', 'Our flour and eggs come from farms within ten miles of the bakery.'],
  // ---- 4. the reader's details looked up with an outside body ----
  ['fr', 'data-source', 'present', 'Le centre de loisirs peut consulter votre tranche de revenus auprès de la caisse de retraite.'],
  ['fr', 'data-source', 'present', 'Nous pouvons vérifier votre numéro d’allocataire auprès de la caisse d’allocations familiales.'],
  ['en', 'data-source', 'present', 'The leisure team may look up your benefit entitlement with the district benefits office.'],
  ['de', 'data-source', 'present', 'Die Höhe des Einkommens fragen wir beim Jobcenter ab, wenn Sie zustimmen.'],
  // look-alikes: the reader who looks at their own data
  ['fr', 'data-source', 'notpresent', 'Vous pouvez consulter votre dossier auprès du secrétariat de la mairie.'],
  ['fr', 'data-source', 'notpresent', 'Consultez vos factures auprès de notre service clients.'],
  // ---- 5. others' data from the reader, set against the person they are about ----
  ['en', 'data-source', 'present', 'We get the guest’s name and dietary needs from you, the person booking, not from the guest.'],
  ['en', 'data-source', 'present', 'The names of your party come to us from you, the organiser, and not from each walker.'],
  ['de', 'data-source', 'present', 'Name und Anschrift des Beschenkten erhalten wir von Ihnen als Besteller, nicht vom Beschenkten.'],
  ['nl', 'data-source', 'present', 'De naam van de cursist krijgen we van jou, de werkgever, en niet van de cursist.'],
  ['fr', 'data-source', 'present', 'Le nom du stagiaire nous est fourni par vous, l’employeur, et non par le stagiaire.'],
  // look-alikes: a form sent to us and not to the school; money
  ['en', 'data-source', 'notpresent', 'Please return the form to us, the club, not to the school office.'],
  ['en', 'data-source', 'notpresent', 'We take the deposit from you, the tenant, not from the agency.'],
  // ---- 6. controller-identity: a name line over a street and a phone at the policy's top ----
  ['nl', 'controller-identity', 'present', '# Privacy\n\nSchoenmakerij Bakels\nMolenweg 12, 7441 AB Nijverdal\nTel. 0548 - 555 210\n\nWij noteren je naam en telefoonnummer als je schoenen brengt.'],
  ['de', 'controller-identity', 'present', '# Datenschutz\n\nFahrradwerkstatt Jansen\nLindenweg 3, 24103 Kiel\nTel. 0431 555 219\n\nWir notieren Ihren Namen und Ihre Telefonnummer, wenn Sie ein Rad bringen.'],
  ['fr', 'controller-identity', 'present', '# Confidentialité\n\nCordonnerie Leblanc\n8 rue des Forges, 37000 Tours\nTél. 02 47 00 00 00\n\nNous notons votre nom et votre téléphone quand vous déposez des chaussures.'],
  ['en', 'controller-identity', 'present', '# Privacy\n\nHarbourside Bike Repairs\n21 Quay Road, Whitby YO21 1AA\nTel. 01947 555 318\n\nWe note your name and phone number when you leave a bike with us.'],
  // look-alikes: a regulator's block at the bottom; a shop name at the top with no address or phone
  ['nl', 'controller-identity', 'notpresent', '# Privacy\n\nWij noteren je naam en telefoonnummer als je schoenen brengt.\n\n## Klachten\n\nNiet tevreden? Je kunt een klacht indienen bij de toezichthouder:\n\nAutoriteit Persoonsgegevens\nPostbus 93374, 2509 AJ Den Haag\nTel. 088 - 1805 250'],
  ['en', 'controller-identity', 'notpresent', '# Privacy\n\nHarbourside Bike Repairs\n\nWe note your name and phone number when you leave a bike with us.'],
  // ---- 7. under a question "who processes your data?": an association's name, a person with their profession ----
  ['de', 'controller-identity', 'present', '# Datenschutz\n\n**Wer ist für meine Daten verantwortlich?**\n\nChorgemeinschaft Harmonie – Verein zur Pflege des Chorgesangs\nBahnhofstraße 4, 8010 Graz\nTel. +43 316 555 100 · buero@harmonie.example\n\nWir speichern Ihren Namen und Ihre Stimmlage.'],
  ['fr', 'controller-identity', 'present', '# Vos données\n\n**Qui traite vos données ?**\nMoi-même, Hélène Marchal, sage-femme libérale, 6 rue du Moulin, 21000 Dijon – 03 80 00 00 00 – contact@marchal-sagefemme.example.\n\nJe note vos coordonnées et le suivi de votre grossesse.'],
  ['nl', 'controller-identity', 'present', '# Privacy\n\n**Wie verwerkt je gegevens?**\nIk, Femke de Wit, zelfstandig logopedist, Kerkstraat 9, 3811 CV Amersfoort – 033 555 0101 – praktijk@femkedewit.example.\n\nIk noteer je gegevens en het verloop van de behandeling.'],
  ['en', 'controller-identity', 'present', '# Your data\n\n**Who handles your data?**\nMe, Rowan Pike, a self-employed physiotherapist, 5 Mill Street, Hexham NE46 1AA – 01434 555 220 – rowan@pikephysio.example.\n\nI keep your contact details and treatment notes.'],
  // look-alikes: the question answered by a processor; a profession with no person named
  ['fr', 'controller-identity', 'notpresent', '# Vos données\n\n**Qui héberge vos données ?**\nNotre hébergeur, 2 rue Kellermann, 59100 Roubaix.\n\nJe note vos coordonnées.'],
];

export const LABEL = 'frames round 28 (source)';

export const KNOWN: Record<string, string> = {
  'Die Anzahl der Trainingseinheiten meldet uns zusätzlich der Landesverband.': 'batch a: the subject after "uns" past a word no class knows is not read (the verb-second reader allows two words from the verb, the mark among them), and what is reported ("die Anzahl der Trainingseinheiten") is no reader data a class knows',
  'Ihre neue Anschrift teilt uns in solchen Fällen die Krankenkasse mit.': 'batch a: four words between "uns" and the subject after the verb ("in solchen Fällen die"): the subject is not read',
  'Die Einstufung Ihres Tarifs teilt uns jedes Jahr die Gemeindeverwaltung mit.': 'batch a: "-verwaltung" is no institution word, and what is told ("die Einstufung Ihres Tarifs") is no reader data a class knows',
  'Het aantal opvanguren geeft de gemeente ons elk jaar door.': 'batch a: what is passed on ("het aantal opvanguren") is no reader data a class knows; the municipality as subject of "doorgeven" gives nothing without it',
  'Many of our tours are booked by travel firms. From them we get each traveller’s name and age.': 'batch a: "from them" points back to the parties of the sentence before; telling them from the reader ("customers … From them we get") needs the antecedent',
  'Vaak boeken reisbureaus onze rondleidingen. Van hen krijgen we dan de namen van de deelnemers.': 'batch a: "van hen" points back to the parties of the sentence before (as "von diesen")',
  'Souvent, ce sont des agences de voyage qui réservent nos visites. Celles-ci nous communiquent alors le nom des participants.': 'batch a: « ceux-ci » points back to the parties of the sentence before (as "von diesen")',
};
