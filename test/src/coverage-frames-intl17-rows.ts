// Issue 13, seventeenth round for Dutch, German and French (session 22, helper cov-intl): the
// open-class mechanisms English has and nl/de/fr lacked — an end named by any verb after a purpose
// word (« pour <verbe> », "om … te", "um … zu"), a third party named by its own name as the agent or
// goal of a handling verb ("gehost bij X", « hébergées par X »), an embedded question as the object
// of access, a purpose told through a split pronominal adverb ("daar … voor"); beside look-alikes
// that share the words and not the meaning (a noun after « pour », a clock time after "om"/"um", the
// policy's own name, a place, a capitalised German noun). Written in our own words, BEFORE this
// round's changes (batch a only; no batch b this session).
// `node scripts/score-rows.js . --rows=intl17 --batch=a` counts the wrong rows.
import type { IntlRow } from './coverage-frames-intl-rows.js';

export const BATCH_A: IntlRow[] = [
  // an end named by any verb after « pour », fronted or after the data
  ['fr', 'purposes', 'present', 'Pour vous prévenir quand votre vélo est prêt, nous gardons votre numéro de portable.'],
  ['fr', 'purposes', 'present', 'Nous conservons la date de naissance de chaque adhérent pour vérifier la catégorie d’âge.'],
  ['fr', 'purposes', 'present', 'Votre plaque d’immatriculation est enregistrée pour calculer la durée du stationnement.'],
  ['fr', 'purposes', 'present', 'Pour établir le devis, nous avons besoin des dimensions de votre cuisine et de votre adresse.'],
  ['fr', 'purposes', 'present', 'Nous recueillons votre adresse e-mail pour vous envoyer le reçu fiscal.'],
  ['fr', 'purposes', 'present', 'L’application enregistre vos trajets pour les afficher sur la carte.'],
  // « pour » before a noun, a determiner or a duration: no end
  ['fr', 'purposes', 'notpresent', 'Nous gardons vos coordonnées pour une durée de trois ans.'],
  ['fr', 'purposes', 'notpresent', 'Pour toute question, écrivez-nous à l’adresse ci-dessous.'],
  ['fr', 'purposes', 'notpresent', 'Nous conservons vos factures pour raisons comptables pendant dix ans.'],
  ['fr', 'purposes', 'notpresent', 'Le formulaire est imprimé pour archivage au secrétariat.'],
  // "om … te", "um … zu" fronted; a clock time after "om"/"um" is none
  ['nl', 'purposes', 'present', 'Uw kenteken registreren wij om de parkeerduur te kunnen berekenen.'],
  ['nl', 'purposes', 'present', 'Om je bestelling te kunnen bezorgen, hebben we je adres nodig.'],
  ['nl', 'purposes', 'notpresent', 'Wij bewaren uw gegevens om 10 uur ’s avonds in een beveiligde back-up.'],
  ['de', 'purposes', 'present', 'Um Ihnen die Eintrittskarten zuzuschicken, speichern wir Ihre Postanschrift.'],
  ['de', 'purposes', 'present', 'Ihre Mitgliedsnummer wird gespeichert, um die Beiträge korrekt abzubuchen.'],
  ['de', 'purposes', 'notpresent', 'Die Sicherung Ihrer Daten erfolgt um 3 Uhr nachts.'],
  // a purpose told through a split pronominal adverb ("daar … voor", "waar … voor")
  ['nl', 'purposes', 'present', 'Elke maand sturen we een nieuwsbrief. Je e-mailadres hebben we daar voor nodig.'],
  ['nl', 'purposes', 'present', 'Waar gebruiken we je e-mailadres voor? Alleen om je de nieuwsbrief te sturen.'],
  // an embedded question as the object of access; a question about anything else is none
  ['nl', 'right-access', 'present', 'Je mag ons altijd vragen welke gegevens wij over jou hebben opgeslagen.'],
  ['de', 'right-access', 'present', 'Sie haben das Recht zu erfahren, welche Angaben der Verein über Sie führt.'],
  ['fr', 'right-access', 'present', 'Chaque adhérent peut demander au bureau quelles informations le club détient à son sujet.'],
  ['de', 'right-access', 'notpresent', 'Sie können uns jederzeit fragen, welche Termine noch frei sind.'],
  ['fr', 'right-access', 'notpresent', 'Vous pouvez demander à l’accueil quelles salles sont disponibles.'],
  // a third party named by its own name as the agent or goal of a handling verb
  ['nl', 'recipients', 'present', 'De website en je gegevens worden gehost bij Hostnet.'],
  ['nl', 'recipients', 'present', 'Je aanmeldingen worden beheerd via Sportlink.'],
  ['nl', 'recipients', 'present', 'Uw afspraken worden opgeslagen bij Zorgrooster, onze leverancier van het agendasysteem.'],
  ['nl', 'recipients', 'present', 'De nieuwsbrief versturen wij met Laposta; daarvoor gebruiken we je e-mailadres.'],
  ['fr', 'recipients', 'present', 'Vos données sont hébergées par Infomaniak.'],
  ['fr', 'recipients', 'present', 'Les réservations sont gérées via Zenchef.'],
  ['fr', 'recipients', 'present', 'Nous envoyons votre adresse à Colissimo pour la livraison de votre commande.'],
  ['de', 'recipients', 'present', 'Ihre Daten werden bei Hetzner gespeichert.'],
  ['de', 'recipients', 'present', 'Die Buchungen verwalten wir über Eventbrite.'],
  // a place, the policy's own name, a capitalised button, a German noun after "bei": no party
  ['nl', 'recipients', 'notpresent', 'Je gegevens worden opgeslagen in Nederland.'],
  ['nl', 'recipients', 'notpresent', 'Je gegevens worden beheerd door Kwikstaart.'],
  ['nl', 'recipients', 'notpresent', 'Je kunt je gegevens bekijken met Inloggen, rechtsboven op de pagina.'],
  ['fr', 'recipients', 'notpresent', 'Vos données sont conservées par Martinet.'],
  ['fr', 'recipients', 'notpresent', 'Vos données sont conservées à Lyon.'],
  ['de', 'recipients', 'notpresent', 'Ihre Daten werden bei Abschluss der Bestellung gespeichert.'],
  ['de', 'recipients', 'notpresent', 'Ihre Angaben werden bei Bedarf aktualisiert.'],
];

export const LABEL = 'frames intl round 17';

/**
 * Rows written after the changes, beside batch a: look-alikes of the new readings (a place after
 * "daar", a noun after « pour », the policy's own name) and kinds batch a held one row of.
 */
export const CHECKS: IntlRow[] = [
  ['nl', 'purposes', 'notpresent', 'Wij hebben een kantoor in Utrecht. Je gegevens worden daar bewaard voor een periode van twee jaar.'],
  ['nl', 'purposes', 'present', 'Wij organiseren elk jaar een open dag. Hiervoor hebben we je naam en e-mailadres nodig.'],
  ['fr', 'purposes', 'notpresent', 'Nous conservons vos données pour le dossier de subvention.'],
  ['fr', 'purposes', 'present', 'Nous conservons votre adresse e-mail pour ne plus vous écrire si vous vous désinscrivez.'],
  ['fr', 'recipients', 'present', 'Vos rendez-vous sont enregistrés chez Doctolib.'],
  ['fr', 'recipients', 'notpresent', 'Vous pouvez vous connecter avec Apple pour retrouver vos listes.'],
  ['nl', 'recipients', 'present', 'Je betaling wordt verwerkt door Mollie.'],
  ['nl', 'data-source', 'present', 'Je verzekeringsgegevens vragen we op bij Vecozo.'],
];

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at 9dde3c7 gets 17 of 39 wrong; this branch 3).
  "Nous envoyons votre adresse à Colissimo pour la livraison de votre commande.":
    "intl round 17, batch a: « à » is no `names` word in French: it stands before too many places (« conservées à Lyon »), which no list can hold",
  "Ihre Daten werden bei Hetzner gespeichert.":
    "intl round 17, batch a: German has no `names`: every German noun is capitalised, so a bare noun after “bei”/“über” (“bei Bedarf gespeichert”) has a name's shape",
  "Die Buchungen verwalten wir über Eventbrite.":
    "intl round 17, batch a: German has no `names` (as above), and no class knows “verwalten”",
};
