// Issue 13, eleventh round (session 20, helper cov-intl): Dutch, German and French on the held-out rows
// of coverage-frames-intl11-rows.ts — batch a written before this round's changes, batch b after
// them with the data frozen (the generalisation figure). Rows in our own words. A row the checker
// still gets wrong is listed in KNOWN with what it lacks (a `todo`).
import { languageRow, roundRows } from './helpers/row-rounds.js';
import { BATCH_A, BATCH_B } from './coverage-frames-intl11-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch a (written before the changes): main's checker gets 18 of 34 wrong.
  "Voldoet uw aanvraag aan alle voorwaarden, dan wordt de subsidie automatisch toegekend.": "main: no nl/de/fr frame reads a request granted or an amount set automatically, a person who reviews or decides, or “no decisions about you” as whether decisions are automated",
  "Erfüllt Ihr Antrag alle Voraussetzungen, wird der Zuschuss automatisch bewilligt.": "main: no nl/de/fr frame reads a request granted or an amount set automatically, a person who reviews or decides, or “no decisions about you” as whether decisions are automated",
  "Le montant de l’aide est déterminé automatiquement à partir des revenus déclarés par le foyer.": "main: no nl/de/fr frame reads a request granted or an amount set automatically, a person who reviews or decides, or “no decisions about you” as whether decisions are automated",
  "Een afgewezen aanvraag wordt altijd door een medewerker bekeken.": "main: no nl/de/fr frame reads a request granted or an amount set automatically, a person who reviews or decides, or “no decisions about you” as whether decisions are automated",
  "Jeden abgelehnten Antrag prüft zusätzlich eine Mitarbeiterin unseres Teams.": "main: no nl/de/fr frame reads a request granted or an amount set automatically, a person who reviews or decides, or “no decisions about you” as whether decisions are automated",
  "Aucune demande de logement n’est rejetée sans avoir été examinée par un agent du service.": "main: no nl/de/fr frame reads a request granted or an amount set automatically, a person who reviews or decides, or “no decisions about you” as whether decisions are automated",
  "Die Auswertung dient nur deiner eigenen Übersicht; wir treffen damit keine Entscheidungen über dich.": "main: no nl/de/fr frame reads a request granted or an amount set automatically, a person who reviews or decides, or “no decisions about you” as whether decisions are automated",
  "De analyse is alleen voor je eigen overzicht; we nemen daarmee geen beslissingen over jou.": "main: no nl/de/fr frame reads a request granted or an amount set automatically, a person who reviews or decides, or “no decisions about you” as whether decisions are automated",
  "Uw toestemming voor de sms-herinneringen aan afspraken en voor de nieuwsbrief kunt u altijd intrekken bij de balie.": "main: the newsletter narrows the withdrawal to marketing although the sentence names another consent beside it",
  "Ihre Einwilligung in Analyse-Cookies und in den Newsletter können Sie jederzeit widerrufen.": "main: the newsletter narrows the withdrawal to marketing although the sentence names another consent beside it",
  "Vous pouvez retirer votre consentement à tout moment, pour la lettre d’information comme pour les cookies de mesure d’audience.": "main: the newsletter narrows the withdrawal to marketing although the sentence names another consent beside it",
  "Eine erteilte Einwilligung können Sie jederzeit widerrufen – für den Newsletter per Abmeldelink, für die Standortfreigabe in den Einstellungen Ihres Telefons.": "main: the newsletter narrows the withdrawal to marketing although the sentence names another consent beside it",
  "Voor nieuwe leden vragen wij bij de inschrijving ook het telefoonnummer van een ouder voor noodgevallen.": "main: the Dutch cue “vragen wij … bij <X>” reads “bij de inschrijving / bij het boeken” (when) as a place the data is asked from",
  "Voor de reisverzekering vragen we bij het boeken je geboortedatum.": "main: the Dutch cue “vragen wij … bij <X>” reads “bij de inschrijving / bij het boeken” (when) as a place the data is asked from",
  "Für den Versand der Rechnung ist Ihre E-Mail-Adresse erforderlich.": "main: no cue or frame reads the data as required by a predicate (“… ist erforderlich”, “wij zijn wettelijk verplicht … te registreren”)",
  "Wij zijn wettelijk verplicht uw burgerservicenummer te registreren.": "main: no cue or frame reads the data as required by a predicate (“… ist erforderlich”, “wij zijn wettelijk verplicht … te registreren”)",
  "Sie erreichen unseren externen Datenschutzbeauftragten unter:\n\nHerr Jonas Albers, Albers Beratung, Hafenstraße 9, 28195 Bremen, albers@beratung-beispiel.example": "main: the officer is named in a sentence ending on a colon; the contact in the next paragraph is not looked for beside it",
  "Notre délégué à la protection des données peut être contacté à l’adresse suivante :\n\nMme Claire Lemaire, 4 rue des Tanneurs, 69002 Lyon, c.lemaire@conseil-exemple.example": "main: the officer is named in a sentence ending on a colon; the contact in the next paragraph is not looked for beside it",
};

roundRows('frames nl/de/fr round 11, batches a-b', { a: BATCH_A, b: BATCH_B }, KNOWN, languageRow);
