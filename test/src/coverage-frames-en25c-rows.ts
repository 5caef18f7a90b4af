// Issue 13, session 25 (helper basis): kinds of false alarms and misses on the opened round X, each in
// other words and domains, in the languages where it occurs, beside look-alikes that share the words
// and must come out the other way:
// - legitimate-interests: the interests named after the basis as what it is "in" ("our legitimate
//   interest … in making sure that …") or as the activities it covers ("und zwar bei …", "namely …",
//   « à savoir … »), not "legitimate interests in some cases" (partial);
// - dpo-contact: a person who acts as, or is designated as, the data protection lead or referent, with a
//   way to reach them; not a manager or secretary reached for anything;
// - automated-decision-making: a system said not to decide ("it makes no decisions: a person reviews
//   each case"); a search that ranks or sorts results automatically is no decision about the reader;
// - international-transfers: no transfer outside the EU/EEA said with a noun and any verb ("no transfer
//   is made", « aucun transfert n'est effectué », „es erfolgt keine Übermittlung“), not a transfer
//   "without your consent" or "to third parties";
// - a list under a short label paragraph ("**How long?**", "**Why?**", "**Who gets it?**") over items
//   that are not about personal data (delivery times, course lengths, tool uses): no item.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en25c --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. legitimate interests named after the basis ----
  ['en', 'legitimate-interests', 'present', 'For site safety, we rely on our legitimate interest, and that of our visitors, in making sure nobody is hurt on the premises.'],
  ['en', 'legitimate-interests', 'present', 'We keep attendance lists because of our legitimate interest in ensuring that every pupil is accounted for during a fire drill.'],
  ['en', 'legitimate-interests', 'present', 'The trust relies on its legitimate interests – and those of its tenants – in keeping the stairwells secure.'],
  ['en', 'legitimate-interests', 'present', 'Some processing rests on our legitimate interests, namely recovering unpaid fees and defending legal claims.'],
  ['en', 'legitimate-interests', 'present', 'We also rely on legitimate interests, in particular when we chase overdue invoices and when we film the car park entrance.'],
  ['nl', 'legitimate-interests', 'present', 'Daarnaast beroepen wij ons op ons gerechtvaardigd belang, namelijk bij het innen van achterstallige huur en bij cameratoezicht in de fietsenstalling.'],
  ['de', 'legitimate-interests', 'present', 'Außerdem stützen wir uns auf unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO), und zwar bei der Beitreibung offener Rechnungen und bei der Abwehr von Rechtsansprüchen.'],
  ['de', 'legitimate-interests', 'present', 'Einige Verarbeitungen beruhen auf unseren berechtigten Interessen, namentlich bei der Videoüberwachung des Hofes und beim Mahnwesen.'],
  ['fr', 'legitimate-interests', 'present', "Certains traitements reposent sur notre intérêt légitime, à savoir le recouvrement des impayés et la sécurité de nos locaux."],
  // look-alikes: the basis named, the interests left open
  ['en', 'legitimate-interests', 'partial', 'We rely on legitimate interests in some cases.'],
  ['en', 'legitimate-interests', 'partial', 'Some processing rests on our legitimate interests, in line with data protection law.'],
  ['de', 'legitimate-interests', 'partial', 'In einigen Fällen stützen wir uns auf unsere berechtigten Interessen (Art. 6 Abs. 1 lit. f DSGVO).'],
  ['fr', 'legitimate-interests', 'partial', 'Dans certains cas, nous nous fondons sur notre intérêt légitime.'],
  // ---- 2. a person acting as, or designated as, the data protection lead ----
  ['en', 'dpo-contact', 'present', 'Our practice manager acts as our data protection lead and can be reached at records@hollowvet.example.'],
  ['en', 'dpo-contact', 'present', 'We do not need a formal DPO, but our finance director acts as data protection lead and can be contacted on 01632 960000.'],
  ['en', 'dpo-contact', 'present', 'One of our trustees serves as our data protection contact and answers questions at dp@riverhall.example.'],
  ['fr', 'dpo-contact', 'present', "Pour toute question relative à vos données, le club a désigné un référent, M. Paul Girard, trésorier : donnees@velo-club.example."],
  ['fr', 'dpo-contact', 'present', "Notre référente pour la protection des données, Mme Lemoine, est joignable à l'adresse rgpd@epicerie-lemoine.example."],
  ['de', 'dpo-contact', 'present', 'Als Ansprechpartnerin für den Datenschutz hat der Verein Frau Keller benannt, erreichbar unter datenschutz@tsv-linden.example.'],
  ['nl', 'dpo-contact', 'present', 'Binnen de vereniging is de secretaris aangewezen als aanspreekpunt voor privacy; u bereikt hem via privacy@vv-heide.example.'],
  // look-alikes: someone reached for anything, or no DPO
  ['en', 'dpo-contact', 'notpresent', 'Our office manager answers all enquiries at hello@ashlane.example.'],
  ['en', 'dpo-contact', 'notpresent', 'The club secretary acts as our first point of contact and can be reached at secretary@riverhall.example.'],
  ['fr', 'dpo-contact', 'notpresent', "Pour toute question, la directrice est joignable au 01 23 45 67 89."],
  ['fr', 'dpo-contact', 'notpresent', "Le club a désigné un référent pour les inscriptions, M. Girard : inscriptions@velo-club.example."],
  ['de', 'dpo-contact', 'notpresent', 'Ein Datenschutzbeauftragter ist nicht bestellt; schreiben Sie uns an info@tsv-linden.example.'],
  // ---- 3. automated decisions: a system said not to decide; ranking is no decision ----
  ['en', 'automated-decision-making', 'present', 'The software only flags unusual orders. It does not make decisions: a member of staff checks each one.'],
  ['en', 'automated-decision-making', 'present', 'Our screening tool suggests which applicants to interview, but the tool itself decides nothing; a manager reads every application.'],
  ['en', 'automated-decision-making', 'present', 'The app never makes decisions about you on its own: a nurse reviews every alert it raises.'],
  ['en', 'automated-decision-making', 'present', 'Our model highlights accounts that look risky. It makes no decisions; a person always looks at the case and decides.'],
  ['de', 'automated-decision-making', 'present', 'Das System trifft keine Entscheidungen; jeden Fall prüft eine Sachbearbeiterin.'],
  ['fr', 'automated-decision-making', 'present', "Le logiciel ne prend aucune décision : un conseiller examine chaque dossier."],
  ['nl', 'automated-decision-making', 'present', 'Het systeem neemt zelf geen beslissingen; een medewerker bekijkt elk geval.'],
  // look-alikes: a ranking or sorting, a chore done automatically, people deciding other things
  ['en', 'automated-decision-making', 'notpresent', 'Our search ranks instructors automatically by their ratings, how fast they reply and how near they are.'],
  ['en', 'automated-decision-making', 'notpresent', 'Listings are sorted automatically by price and distance.'],
  ['en', 'automated-decision-making', 'notpresent', 'The app automatically orders your recipes by how often you cook them.'],
  ['en', 'automated-decision-making', 'notpresent', 'Results are ranked by an algorithm that uses reviews and response times.'],
  ['en', 'automated-decision-making', 'missing', 'The committee decides which projects receive a grant.'],
  ['en', 'automated-decision-making', 'missing', 'Our system sends you a reminder automatically when your rent is due.'],
  ['fr', 'automated-decision-making', 'notpresent', 'Les annonces sont classées automatiquement selon les avis et la distance.'],
  ['de', 'automated-decision-making', 'notpresent', 'Die Suchergebnisse werden automatisch nach Bewertung und Entfernung sortiert.'],
  // look-alikes the other way: a ranking that decides, or a ranking beside a statement on decisions
  ['en', 'automated-decision-making', 'present', 'Applications are ranked automatically, and the lowest-scoring ones are turned down without anyone looking at them.'],
  ['en', 'automated-decision-making', 'present', 'We do not make decisions about you by automated means; search results are simply sorted by distance.'],
  // ---- 4. no transfer outside the EU, said with a noun and any verb ----
  ['fr', 'international-transfers', 'present', "Aucun transfert n'est réalisé vers des pays situés hors de l'Union européenne."],
  ['fr', 'international-transfers', 'present', "Aucun transfert de données n'est opéré en dehors de l'Espace économique européen."],
  ['fr', 'international-transfers', 'present', "Nous n'effectuons aucun transfert de vos données hors de l'Union européenne."],
  ['en', 'international-transfers', 'present', 'No transfers are made outside the European Union.'],
  ['en', 'international-transfers', 'present', 'We carry out no transfer of personal data to countries outside the EEA.'],
  ['de', 'international-transfers', 'present', 'Eine Übermittlung in Länder außerhalb der EU wird nicht vorgenommen.'],
  ['de', 'international-transfers', 'present', 'Es erfolgt keine Übermittlung Ihrer Daten außerhalb der Europäischen Union.'],
  ['nl', 'international-transfers', 'present', 'Er vindt geen doorgifte plaats naar landen buiten de Europese Unie.'],
  ['nl', 'international-transfers', 'present', 'Wij verrichten geen doorgiften van gegevens buiten de EER.'],
  // look-alikes: no transfer without consent or to third parties says nothing of abroad; a transfer stated
  ['fr', 'international-transfers', 'missing', "Aucun transfert n'est effectué sans votre accord."],
  ['en', 'international-transfers', 'missing', 'No transfer to third parties is made without your permission.'],
  ['de', 'international-transfers', 'missing', 'Eine Übermittlung an Dritte erfolgt nicht.'],
  ['fr', 'international-transfers', 'partial', "Certains transferts sont effectués en dehors de l'Union européenne, vers notre hébergeur."],
  // ---- 5. a list under a short label paragraph, its items not about personal data ----
  ['en', 'retention', 'missing', '**How long?**\n\n- UK mainland: 2 to 3 working days;\n- Scottish islands: up to a week.'],
  ['en', 'retention', 'missing', '**How long?**\n\n- the beginners\' course runs for six weeks;\n- the advanced course lasts ten weeks.'],
  ['en', 'purposes', 'missing', '**Why?**\n\n- the hall floor is being re-sanded;\n- the boiler is due its annual service.'],
  ['en', 'purposes', 'missing', '**What for?**\n\n- sanding floors and decks;\n- cutting tiles and paving slabs.'],
  ['en', 'recipients', 'missing', '**Who gets it?**\n\n- every child who finishes the summer reading challenge;\n- the class that reads the most books.'],
  ['nl', 'retention', 'missing', '**Hoe lang?**\n\n- binnen Nederland: 1 tot 2 werkdagen;\n- naar België: 3 werkdagen.'],
  ['nl', 'purposes', 'missing', '**Waarvoor?**\n\n- het schuren van vloeren;\n- het zagen van tegels.'],
  ['de', 'retention', 'missing', '**Wie lange?**\n\n- innerhalb Deutschlands: 2 bis 3 Werktage;\n- nach Österreich: bis zu 5 Werktage.'],
  ['de', 'purposes', 'missing', '**Wofür?**\n\n- zum Schleifen von Holzböden;\n- zum Schneiden von Fliesen.'],
  ['fr', 'retention', 'missing', '**Durée :**\n\n- le stage débutant dure six semaines ;\n- le stage avancé dure dix semaines.'],
  ['fr', 'purposes', 'missing', '**Pourquoi ?**\n\n- la salle est en travaux ;\n- la chaudière doit être révisée.'],
  // look-alikes the other way: the same labels over items about the reader's data still give the item
  ['en', 'retention', 'present', '**How long?**\n\n- your account details: until you close the account;\n- invoices: six years after the sale.'],
  ['en', 'recipients', 'present', 'When you book, we note your name and phone number.\n\n**Who sees it?**\n\n- our accountant;\n- the courier who delivers your parcel.'],
  ['de', 'retention', 'present', '**Wie lange?**\n\n- Ihr Kundenkonto: bis Sie es löschen;\n- Rechnungen: zehn Jahre.'],
  ['fr', 'retention', 'present', '**Durée :**\n\n- vos coordonnées : jusqu\'à la fin du contrat ;\n- les factures : dix ans.'],
];

// Batch b: written after batch a's changes, before reading what the checker makes of them: the same kinds in other
// shapes, and a denial of a DPO followed, in the same sentence, by the person who does the job.
export const BATCH_B: CrossRow[] = [
  // ---- a DPO denied, then the data protection lead in the same sentence ----
  ['en', 'dpo-contact', 'present', 'We have not appointed a data protection officer, but our head of operations acts as our privacy lead and answers at privacy@fernbank.example.'],
  ['en', 'dpo-contact', 'notpresent', 'We have not appointed a data protection officer, so please write to hello@fernbank.example with any questions.'],
  ['nl', 'dpo-contact', 'present', 'Wij hebben geen functionaris gegevensbescherming aangesteld, maar onze privacycoördinator is bereikbaar via privacy@bakkerij-mol.example.'],
  ['fr', 'dpo-contact', 'present', "Nous n'avons pas désigné de DPO, mais notre référente RGPD, Mme Roux, est joignable à rgpd@atelier-roux.example."],
  ['fr', 'dpo-contact', 'notpresent', "Nous n'avons pas désigné de DPO ; écrivez-nous à contact@atelier-roux.example."],
  // ---- legitimate interests in other shapes ----
  ['en', 'legitimate-interests', 'present', 'The surgery relies on its legitimate interest, and that of its patients, in keeping waiting times short.'],
  ['en', 'legitimate-interests', 'partial', 'Where we rely on legitimate interests in certain situations, we weigh them against your rights first.'],
  ['de', 'legitimate-interests', 'present', 'Wir stützen uns auf unsere berechtigten Interessen, namentlich beim Einzug offener Beiträge.'],
  ['fr', 'legitimate-interests', 'present', "Nous nous fondons sur notre intérêt légitime, à savoir la prévention des fraudes au paiement."],
  // ---- no transfer outside the EU, with other verbs ----
  ['fr', 'international-transfers', 'present', "Toutes les données restent sur nos serveurs à Nantes. Aucun transfert n'est pratiqué en dehors de l'Union européenne."],
  ['de', 'international-transfers', 'present', 'Eine Übermittlung Ihrer Daten in Drittländer wird nicht durchgeführt.'],
  ['de', 'international-transfers', 'partial', 'Eine Übermittlung in Drittländer ist nicht ausgeschlossen.'],
  // ---- automated decisions ----
  ['en', 'automated-decision-making', 'present', 'The booking system never makes decisions about members; the duty manager decides every case.'],
  ['en', 'automated-decision-making', 'notpresent', 'How do we choose which cafés you see first? The app ranks them automatically by distance.'],
  // ---- a list under a short label ----
  ['en', 'retention', 'missing', '**How long?**\n\n- a standard repair: about five working days;\n- a full service: up to two weeks.'],
  ['en', 'purposes', 'present', 'When you join, we take your name and e-mail address.\n\n**Why?**\n\n- to send the monthly newsletter;\n- to remind members of the AGM.'],
  ['de', 'recipients', 'missing', '**Wer erhält sie?**\n\n- alle Kinder, die das Sommer-Leseprogramm abschließen;\n- die Klasse mit den meisten gelesenen Büchern.'],
  ['fr', 'retention', 'present', 'Nous gardons les fiches d\'inscription.\n\n**Combien de temps ?**\n\n- pendant la saison ;\n- puis deux ans pour la comptabilité.'],
];

export const LABEL = 'frames round 25 (basis)';

/**
 * Rows this branch still gets wrong, and why (key: the row's body). None: batch a (main: 29 of 70 wrong) and
 * batch b (main: 10 of 18 wrong; three were wrong after batch a's changes, fixed with the same kinds: "never makes
 * decisions", a DPO denied by its acronym in French, « Combien de temps ? » as a label) are all right here.
 */
export const KNOWN: Record<string, string> = {};
