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

export const BATCH_B: CrossRow[] = [];
