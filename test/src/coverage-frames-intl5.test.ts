// Session 14, round D (helper d-intl): Dutch, German and French kinds read on the development
// round, each with sentences that give the item and look-alikes that must not. Rows in our own words.
import { assertRow, coverageOf, rowTests, type Lang, type RowExpectation } from './helpers/coverage-lang.js';

type Row = [lang: Lang, requirement: string, expected: RowExpectation, body: string];

/** Look-alikes an older pattern still fires on, each with what it lacks. */
const KNOWN: { row: Row; why: string }[] = [];

const ROWS: Row[] = [
  // French: a legal obligation to hand something over, then « à défaut » I or we cannot act.
  ['fr', 'statutory-contractual', 'present', 'La copie du permis est exigée par la loi : à défaut, je ne pourrai pas ouvrir votre dossier.'],
  ['fr', 'statutory-contractual', 'present', 'Remettre un justificatif de domicile est une obligation légale ; à défaut, nous ne pouvons pas signer le bail.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Une tenue blanche est exigée par la réglementation du club ; à défaut, nous ne pourrons pas vous laisser jouer.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Nous transmettons vos données au fisc lorsque la loi nous y oblige.'],
  // Session 15: « est obligatoire » counts of data only.
  ['fr', 'statutory-contractual', 'notpresent', 'Le port du casque est obligatoire : à défaut, la sortie en mer est annulée.'],
  // French: a third party sends me or us documents, with an adverb before the participle.
  ['fr', 'data-source', 'present', 'Certains documents me sont aussi envoyés par le notaire de l’autre partie.'],
  ['fr', 'data-source', 'present', 'Des informations nous sont parfois communiquées par le tribunal pendant l’instance.'],
  ['fr', 'data-source', 'notpresent', 'Les factures vous sont ensuite envoyées par courriel chaque mois.'],
  ['fr', 'data-source', 'notpresent', 'Les documents nous sont aussi transmis par vous lors du premier rendez-vous.'],
  // German: the verb first, then what and which other carer or body it comes from.
  ['de', 'data-source', 'present', 'Außerdem erhalten wir Laborwerte von den behandelnden Fachärztinnen und Fachärzten.'],
  ['de', 'data-source', 'present', 'Gelegentlich bekommen wir Zeugnisse und Gutachten von der bisherigen Schule.'],
  ['de', 'data-source', 'notpresent', 'Wir erhalten keine Daten von anderen Ärzten.'],
  ['de', 'data-source', 'notpresent', 'Sie erhalten die Rechnung von unserer Praxis per Post.'],
  // Dutch: without a kind of data, the reader or we cannot do something.
  ['nl', 'statutory-contractual', 'present', 'Zonder paspoortgegevens kunt u geen reis bij ons boeken.'],
  ['nl', 'statutory-contractual', 'present', 'Zonder bankgegevens kun je geen abonnement afsluiten.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Zonder helm kunt u geen scooter huren.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Wij delen gegevens met de belastingdienst als de wet dat eist.'],
  // German: a lead-in naming the rights over a list of bare nouns.
  ['de', 'right-erasure', 'present', 'Ihnen stehen folgende Rechte zu:\n\n- Auskunft\n- Löschung\n- Berichtigung'],
  ['de', 'right-erasure', 'notpresent', 'Folgende Schritte sind nötig:\n\n- Anmeldung\n- Löschung alter Termine im Kalender'],
  // French: the service or account itself kept for adults only.
  ['fr', 'children', 'present', 'Le service est réservé aux adultes.'],
  ['fr', 'children', 'present', 'La création d’un compte est strictement réservée aux personnes majeures.'],
  ['fr', 'children', 'notpresent', 'La salle de musculation est réservée aux adultes le soir.'],
  // Dutch: a system that holds data is open only to some people.
  ['nl', 'security', 'present', 'Het ledensysteem is alleen toegankelijk voor de penningmeester.'],
  ['nl', 'security', 'present', 'De klantendatabase is uitsluitend toegankelijk met een persoonlijke inlogcode.'],
  ['nl', 'security', 'notpresent', 'Het clubhuis is alleen toegankelijk voor leden.'],
];

rowTests(
  [...ROWS.map((row) => ({ name: `${row[0]} ${row[1]} ${row[2]}: ${row[3]}`, row })),
   ...KNOWN.map(({ row, why }) => ({ name: `${row[0]} ${row[1]} ${row[2]}: ${row[3]}`, row, why }))],
  ([lang, requirement, expected, body]) => assertRow(coverageOf(lang, body, requirement), expected),
);
