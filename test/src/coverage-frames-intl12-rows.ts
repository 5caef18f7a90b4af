// Issue 13, twelfth round (session 21, helper cov-intl): held-out sentences for Dutch, German,
// French and English, by kind, from s20-R's errors (r-diagnosis.md, item 2) and the session-20
// leftovers: a sole trader writing as "ik / ich / je" with the first person singular verb, often
// after an object that opens the clause (verb second: "Die gebruik ik …", "Diese Daten speichere
// ich …"); a Dutch pronominal adverb split around its words ("daar … voor"); the fact of no
// transfer said as storage only inside the EU/EEA/UK (a hosting place alone is none); German
// "Anbieter:" as the operator's label; a passive withdrawal of consent, a withdrawal named by a
// genitive, a review by a member of our team; and look-alikes (things, not data, used for a
// purpose; a third party's "Anbieter"; a website hosted somewhere). BATCH_A was written BEFORE any
// change of this round (main is scored on it); BATCH_B AFTER, with the data frozen: its figure is
// the generalisation figure.
// `node scripts/score-rows.js . --rows=intl12 --batch=a|b|all` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  ['nl', 'purposes', 'present', 'Je telefoonnummer gebruik ik alleen om afspraken met je te verzetten.'],
  ['nl', 'purposes', 'present', 'Na je aanmelding verwerk ik je naam en geboortedatum voor de inschrijving bij de bond.'],
  ['nl', 'retention', 'present', 'Je facturen bewaar ik zeven jaar, omdat de belastingdienst dat eist.'],
  ['nl', 'recipients', 'present', 'Je adres geef ik alleen door aan de koerier die je pakket bezorgt.'],
  ['nl', 'right-access', 'present', 'Je kunt mij altijd vragen welke gegevens ik van je heb.'],
  ['nl', 'lawful-basis', 'present', 'Foto\'s van de lessen zet ik alleen op mijn website als je daar eerst toestemming voor hebt gegeven.'],
  ['nl', 'purposes', 'missing', 'Het servies gebruik ik alleen om de taarten op te dienen.'],
  ['de', 'purposes', 'present', 'Ihre Telefonnummer nutze ich nur, um Termine mit Ihnen abzustimmen.'],
  ['de', 'retention', 'present', 'Rechnungen bewahre ich zehn Jahre lang auf, weil das Steuerrecht es verlangt.'],
  ['de', 'recipients', 'present', 'Ihre Anschrift gebe ich nur an den Paketdienst weiter, der die Bestellung ausliefert.'],
  ['de', 'right-erasure', 'present', 'Auf Wunsch lösche ich Ihre Daten vollständig.'],
  ['de', 'purposes', 'missing', 'Den Vereinsbus nutze ich nur, um die Kinder zum Training zu fahren.'],
  ['fr', 'purposes', 'present', 'Votre numéro de téléphone, je l\'utilise uniquement pour vous rappeler avant le rendez-vous.'],
  ['fr', 'recipients', 'present', 'Je transmets votre adresse uniquement au transporteur chargé de la livraison.'],
  ['fr', 'retention', 'present', 'Je conserve vos factures pendant dix ans, comme l\'exige la loi.'],
  ['fr', 'right-erasure', 'present', 'Sur simple demande, j\'efface toutes les informations vous concernant.'],
  ['fr', 'purposes', 'missing', 'J\'utilise ce local uniquement pour ranger le matériel du club.'],
  ['nl', 'international-transfers', 'present', 'Al onze klantgegevens staan op servers binnen de Europese Economische Ruimte.'],
  ['de', 'international-transfers', 'present', 'Sämtliche Daten werden auf Servern innerhalb der EU gespeichert.'],
  ['fr', 'international-transfers', 'present', 'Toutes les données sont hébergées sur des serveurs situés dans l\'Union européenne.'],
  ['de', 'international-transfers', 'notpresent', 'Unsere Website wird bei einem Rechenzentrum in Frankfurt gehostet.'],
  ['fr', 'international-transfers', 'notpresent', 'Le site est hébergé en France.'],
  ['de', 'controller-identity', 'present', '**Anbieter:** Jana Vogt, Lindenweg 4, 79098 Freiburg, kontakt@jana-vogt.example'],
  ['de', 'controller-identity', 'notpresent', 'Für eingebettete Videos gilt: Anbieter: Google Ireland Limited, Gordon House, Dublin.'],
  ['fr', 'withdraw-consent', 'present', 'Votre consentement peut être retiré à tout moment en nous écrivant.'],
  ['de', 'withdraw-consent', 'present', 'Der Widerruf Ihrer Einwilligung ist jederzeit per E-Mail möglich.'],
  ['fr', 'automated-decision-making', 'present', 'Chaque candidature est lue et évaluée par un membre de notre équipe.'],
  ['nl', 'international-transfers', 'present', 'Alle gegevens van de leden worden bewaard in een datacentrum binnen Nederland.'],
  ['de', 'purposes', 'present', 'Diese Angaben verwende ich ausschließlich für die Abwicklung Ihrer Bestellung.'],
  ['fr', 'withdraw-consent', 'present', 'L\'accord donné pour recevoir la lettre d\'information peut être retiré à tout moment.'],
  ['en', 'international-transfers', 'present', 'All the data we hold is kept on servers inside the EU.'],
  ['en', 'international-transfers', 'present', 'Your records are held on servers located in the European Economic Area and nowhere else.'],
  ['en', 'international-transfers', 'notpresent', 'Our website is hosted on servers in Ireland.'],
  ['en', 'international-transfers', 'notpresent', 'Our files are stored in the EU, and our mailing service keeps a copy in the United States.'],
];

export const BATCH_B: CrossRow[] = [
  // Written after the changes, the data frozen: the generalisation figure.
  ['nl', 'purposes', 'present', 'Deze gegevens verwerk ik uitsluitend om je les in te plannen.'],
  ['nl', 'retention', 'present', 'Je dossier bewaar ik tot twee jaar na de laatste behandeling.'],
  ['nl', 'recipients', 'present', 'Je naam en adres stuur ik door naar de drukker van de uitnodigingen.'],
  ['nl', 'right-erasure', 'present', 'Op je verzoek verwijder ik al je gegevens.'],
  ['nl', 'purposes', 'missing', 'De sleutel van de zaal gebruik ik alleen om de kast met ballen te openen.'],
  ['nl', 'right-erasure', 'notpresent', 'Hoe verwijder ik mijn account?'],
  ['de', 'purposes', 'present', 'Ihre E-Mail-Adresse verwende ich, um Ihnen die Buchungsbestätigung zu schicken.'],
  ['de', 'retention', 'present', 'Ihre Patientenakte bewahre ich zehn Jahre nach der letzten Behandlung auf.'],
  ['de', 'recipients', 'present', 'Ihre Bestelldaten übermittle ich an die Druckerei, die die Karten herstellt.'],
  ['de', 'right-erasure', 'present', 'Wenn Sie es wünschen, lösche ich alle Angaben über Sie.'],
  ['de', 'purposes', 'missing', 'Das Auto nutze ich nur, um die Ware auszuliefern.'],
  ['de', 'right-erasure', 'notpresent', 'Wie lösche ich mein Konto?'],
  ['fr', 'purposes', 'present', 'Vos coordonnées, je les utilise seulement pour confirmer la réservation.'],
  ['fr', 'recipients', 'present', 'Je communique votre nom à l\'hôtel qui accueille le stage.'],
  ['fr', 'retention', 'present', 'Je garde vos fiches d\'inscription trois ans après la fin du cours.'],
  ['fr', 'right-erasure', 'present', 'À votre demande, je supprime l\'ensemble de vos données.'],
  ['fr', 'purposes', 'missing', 'J\'utilise mon vélo pour livrer les commandes en ville.'],
  ['en', 'international-transfers', 'present', 'Everything we store about you is kept in data centres within the United Kingdom.'],
  ['en', 'international-transfers', 'notpresent', 'The shop runs on servers in Germany.'],
  ['nl', 'international-transfers', 'present', 'Al je gegevens worden opgeslagen in een datacentrum in Nederland.'],
  ['nl', 'international-transfers', 'notpresent', 'Onze webwinkel draait op een server in Amsterdam.'],
  ['de', 'international-transfers', 'present', 'Alle Kundendaten liegen auf Servern in Deutschland.'],
  ['de', 'international-transfers', 'notpresent', 'Die Website wird bei einem Anbieter in Nürnberg gehostet.'],
  ['fr', 'international-transfers', 'present', 'L\'ensemble de vos informations est stocké en France.'],
  ['fr', 'international-transfers', 'notpresent', 'Notre site est hébergé par une société basée à Lyon.'],
  ['de', 'controller-identity', 'present', 'Anbieterin: Mara Schulz, Kirchgasse 7, 04109 Leipzig, hallo@mara-schulz.example'],
  ['de', 'controller-identity', 'notpresent', 'Anbieter: Google Ireland Limited, Gordon House, Dublin.'],
  ['nl', 'lawful-basis', 'present', 'Je e-mailadres zet ik pas op de verzendlijst als je daar zelf om vraagt en toestemming voor geeft.'],
];

// Review fix (session 21): "&" in a name spelt out in the mail domain as the language spells it
// (meta.yaml `ampersand`), not as English does; each beside a look-alike spelt another language's way.
export const AMPERSAND: CrossRow[] = [
  ['nl', 'controller-identity', 'present', 'Vos & Zn · Dorpsstraat 8, Gouda · info@vosenzn.example'],
  ['nl', 'controller-identity', 'partial', 'Vos & Zn · Dorpsstraat 8, Gouda · info@vosandzn.example'],
  ['de', 'controller-identity', 'present', 'Ott & Co · Hauptstraße 8, Celle · info@ottundco.example'],
  ['fr', 'controller-identity', 'present', 'Roy & Fils · 8 rue Haute, Tours · contact@royetfils.example'],
  ['en', 'controller-identity', 'present', 'Fox & Co · 8 Weaver Row, Kendal · hello@foxandco.example'],
  ['en', 'controller-identity', 'partial', 'Fox & Co · 8 Weaver Row, Kendal · hello@foxenco.example'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames nl/de/fr/en round 12, batches a-b';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a (written before the changes): main's checker gets 24 of 34 wrong; this branch 3.
  'L\'accord donné pour recevoir la lettre d\'information peut être retiré à tout moment.': 'a withdrawal of the newsletter consent alone is read as a marketing-only opt-out (`without: marketing`): the audit\'s Q4 (newsletter-only withdrawal, labels split 6 v 2), a label question, not moved',
  // Batch b (written after the changes, data frozen): 3 of 28 wrong (main's checker: 18 of 28).
  'Je communique votre nom à l\'hôtel qui accueille le stage.': 'the first person is read (controller, tell, reader data), but “hôtel” is in no French recipient class: a closed class of recipients by trade',
  'L\'ensemble de vos informations est stocké en France.': 'the French `kept` cue lists the participle\'s plural forms only (stockées, hébergées …), not the singular “stocké” after “l\'ensemble”',
  'Je e-mailadres zet ik pas op de verzendlijst als je daar zelf om vraagt en toestemming voor geeft.': '“pas … als” (only then) is not among the consent-only words (alleen, uitsluitend …), and a split pronominal adverb (“daar … voor”) is still not joined',
};
