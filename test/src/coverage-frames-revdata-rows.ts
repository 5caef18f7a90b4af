// Review of session 23's data (reviewer rev-data): look-alikes of the session's new readings that fired on
// ordinary text, with rows of the kind they were written for, which must stay read:
// - deletion at an event the reader knows ({end-event}, nl/de/fr retention): a deleting the reader may do
//   ("vous pouvez supprimer", "kunt u … verwijderen", "können Sie … löschen") after any noun with its
//   complement ("au menu des réglages", "bij de balie van", "bei Verlust des Geräts") is no retention period;
// - measures named by their nature, or taken to protect (nl/de/fr security): measures for a queue or the
//   environment are none; two natures joined, or the data as what is protected, are;
// - data collected, then its kinds (nl/de/fr data-categories): information the reader receives from us
//   ("als lid ontvangt u informatie, zoals de nieuwsbrief") is no category collected;
// - a transfer's protection vetoed as security (en): a measure named after "protected by/with" is one,
//   whatever its name; a legal mechanism named there (clauses, rules, a framework, a decision) is none.
// - retention (en): the elementsNot of a period left "as long as necessary" after an event stepped in where the sentence
//   gives a number of units after the event ("for two years afterwards, then only as long as needed").
// - nl recipients: data registered "bij" a party whose complement is ours or the reader's ("bij de administratie van onze
//   praktijk") is no recipient; a party of its own ("bij de databank van de overheid") is.
// Written in our own words. On d7f135b 16 of the first 26 rows are wrong (all the look-alikes and the two English measures), and the first retention row after them; this branch 0 of 33 (the nl recipients rows: 3 wrong on d7f135b) (node scripts/score-rows.js . --rows=revdata --batch=a).
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- deletion the reader may do, after any noun and complement ----
  ['fr', 'retention', 'notpresent', 'Au bas de la page Compte, un bouton vous permet d’effacer votre historique de recherche.'],
  ['fr', 'retention', 'notpresent', 'Au menu des réglages, vous pouvez supprimer les photos que vous avez publiées.'],
  ['nl', 'retention', 'notpresent', 'Bij de balie van de sporthal kunt u vragen uw gegevens te laten verwijderen.'],
  ['nl', 'retention', 'notpresent', 'Bij de instellingen van de app kun je je foto’s zelf verwijderen.'],
  ['de', 'retention', 'notpresent', 'Bei Verlust des Geräts können Sie Ihre Daten aus der Ferne löschen.'],
  // the kind, still read
  ['fr', 'retention', 'present', 'Les fiches des bénévoles sont détruites à la fin de leur mission.'],
  ['nl', 'retention', 'present', 'Na afloop van de cursus verwijderen wij de inschrijfformulieren.'],
  ['de', 'retention', 'present', 'Die Anmeldebögen werden nach Ende der Saison vernichtet.'],
  // ---- measures that protect nothing of the reader's ----
  ['de', 'security', 'notpresent', 'Wir ergreifen Maßnahmen, um die Umwelt zu schützen, und drucken nur auf Recyclingpapier.'],
  ['de', 'security', 'notpresent', 'Wir treffen organisatorische Maßnahmen, damit die Wartezeit am Empfang kurz bleibt.'],
  ['nl', 'security', 'notpresent', 'We nemen maatregelen om het milieu te beschermen en printen alleen op gerecycled papier.'],
  ['nl', 'security', 'notpresent', 'We nemen organisatorische maatregelen om de rij bij de kassa korter te maken.'],
  ['fr', 'security', 'notpresent', 'Nous prenons des mesures pour protéger l’environnement et imprimons sur du papier recyclé.'],
  ['fr', 'security', 'notpresent', 'Nous prenons des mesures organisationnelles pour réduire l’attente à l’accueil.'],
  // the kind, still read
  ['de', 'security', 'present', 'Wir haben Vorkehrungen getroffen, um Ihre Unterlagen vor fremdem Zugriff zu schützen.'],
  ['nl', 'security', 'present', 'De praktijk neemt fysieke en elektronische maatregelen voor de patiëntendossiers.'],
  ['fr', 'security', 'present', 'Le cabinet a pris des mesures pour sécuriser vos dossiers.'],
  // ---- information the reader receives ----
  ['nl', 'data-categories', 'notpresent', 'Als lid ontvangt u informatie, zoals de nieuwsbrief en het clubblad.'],
  ['de', 'data-categories', 'notpresent', 'Als Mitglied erhalten Sie Informationen, zum Beispiel den Newsletter und das Vereinsheft.'],
  ['fr', 'data-categories', 'notpresent', 'En tant que membre, vous recevez des informations, notamment la lettre du club et le programme.'],
  // the kind, still read
  ['nl', 'data-categories', 'present', 'Van de bezorgdienst ontvangen wij gegevens, zoals het tijdstip van levering en je handtekening.'],
  // ---- a named measure in a transfer's sentence ----
  ['en', 'security', 'present', 'All data transferred between your browser and our servers is protected by two-factor sign-in and regular security audits.'],
  ['en', 'security', 'present', 'When we transfer backups to our second data centre, they are protected by multi-factor authentication and strict staff vetting.'],
  ['en', 'security', 'notpresent', 'When we transfer your data abroad, it is protected by the EU’s standard contractual clauses.'],
  ['en', 'security', 'notpresent', 'Data sent outside the UK is protected through binding corporate rules.'],
  ['en', 'security', 'notpresent', 'Any transfer to the US is safeguarded by the Data Privacy Framework.'],
  // ---- retention: a number of units after the event, then 'as long as needed' ----
  ['en', 'retention', 'present', 'We keep your account while it is open and for two years afterwards, then only as long as needed to settle any dispute.'],
  ['en', 'retention', 'present', 'Booking records are held while your membership runs and for 18 months after that, and thereafter only as long as a claim is open.'],
  ['en', 'retention', 'partial', 'Booking records are held while your membership runs and thereafter for as long as necessary.'],
  // ---- nl: registered with a party that is ours or the reader's choice ----
  ['nl', 'recipients', 'notpresent', 'Bij aankomst melden wij u bij de trainer van uw groep.'],
  ['nl', 'recipients', 'notpresent', 'Wij schrijven je in bij de les van jouw keuze.'],
  ['nl', 'recipients', 'notpresent', 'Na de intake registreren wij je gegevens bij de administratie van onze praktijk.'],
  ['nl', 'recipients', 'present', 'Na de keuring registreren wij het chipnummer van je hond bij de databank van de overheid.'],
];

export const KNOWN: Record<string, string> = {};

export const LABEL = 'frames review of session 23 (data)';
