// Issue 13, eleventh round (session 20, helper cov-intl): held-out sentences for Dutch, German and
// French, by kind, from the nl/de/fr errors of every development round (s19-O first, then s17-I,
// s17-J, s17-K, s18-L, s18-M, s18-N, s19-P, s19-Q): whether decisions are automated, said as a
// request granted or an amount set automatically, as a person who reviews or decides, or as "we make
// no decisions about you with it"; a withdrawal of consent that names a consent beside the
// newsletter; a Dutch "bij <an event>" (at registration) that is no source; whether the reader must
// give data, said as a predicate ("… is erforderlich", "u bent verplicht …", "… est obligatoire"); a
// DPO named in a sentence that ends on a colon, its contact in the next paragraph; and look-alikes.
// BATCH_A was written BEFORE any change of this round (main is scored on it, then the data
// improved); BATCH_B AFTER, with the data frozen: its figure is the generalisation figure.
// `node scripts/score-rows.js . --rows=intl11 --batch=a|b|all` counts the wrong rows.
import type { IntlRow } from './coverage-frames-intl-rows.js';

export const BATCH_A: IntlRow[] = [
  // Whether decisions are automated: a request granted or an amount set automatically.
  ['nl', 'automated-decision-making', 'present', 'Voldoet uw aanvraag aan alle voorwaarden, dan wordt de subsidie automatisch toegekend.'],
  ['de', 'automated-decision-making', 'present', 'Erfüllt Ihr Antrag alle Voraussetzungen, wird der Zuschuss automatisch bewilligt.'],
  ['fr', 'automated-decision-making', 'present', 'Le montant de l’aide est déterminé automatiquement à partir des revenus déclarés par le foyer.'],
  // A person reviews or decides.
  ['nl', 'automated-decision-making', 'present', 'Een afgewezen aanvraag wordt altijd door een medewerker bekeken.'],
  ['de', 'automated-decision-making', 'present', 'Jeden abgelehnten Antrag prüft zusätzlich eine Mitarbeiterin unseres Teams.'],
  ['fr', 'automated-decision-making', 'present', 'Aucune demande de logement n’est rejetée sans avoir été examinée par un agent du service.'],
  // No decisions about the reader at all.
  ['de', 'automated-decision-making', 'present', 'Die Auswertung dient nur deiner eigenen Übersicht; wir treffen damit keine Entscheidungen über dich.'],
  ['nl', 'automated-decision-making', 'present', 'De analyse is alleen voor je eigen overzicht; we nemen daarmee geen beslissingen over jou.'],
  // Look-alikes: access granted to staff, a person checking equipment, a position found by the phone.
  ['nl', 'automated-decision-making', 'missing', 'Nieuwe medewerkers krijgen automatisch toegang tot het roostersysteem.'],
  ['de', 'automated-decision-making', 'missing', 'Ein Mitarbeiter prüft regelmäßig die Funktion der Rauchmelder.'],
  ['fr', 'automated-decision-making', 'missing', 'Votre position est déterminée automatiquement par le GPS du téléphone.'],
  // Withdrawal of consent that names a consent beside the newsletter.
  ['nl', 'withdraw-consent', 'present', 'Uw toestemming voor de sms-herinneringen aan afspraken en voor de nieuwsbrief kunt u altijd intrekken bij de balie.'],
  ['de', 'withdraw-consent', 'present', 'Ihre Einwilligung in Analyse-Cookies und in den Newsletter können Sie jederzeit widerrufen.'],
  ['fr', 'withdraw-consent', 'present', 'Vous pouvez retirer votre consentement à tout moment, pour la lettre d’information comme pour les cookies de mesure d’audience.'],
  ['de', 'withdraw-consent', 'present', 'Eine erteilte Einwilligung können Sie jederzeit widerrufen – für den Newsletter per Abmeldelink, für die Standortfreigabe in den Einstellungen Ihres Telefons.'],
  // Look-alikes: marketing only.
  ['nl', 'withdraw-consent', 'notpresent', 'Wil je de nieuwsbrief niet meer ontvangen, dan kun je je altijd afmelden via de link onderaan elke mail.'],
  ['fr', 'withdraw-consent', 'notpresent', 'Vous pouvez à tout moment vous désabonner de nos offres promotionnelles grâce au lien présent dans chaque e-mail.'],
  // Dutch "bij <an event>" is when, not from whom.
  ['nl', 'data-source', 'missing', 'Voor nieuwe leden vragen wij bij de inschrijving ook het telefoonnummer van een ouder voor noodgevallen.'],
  ['nl', 'data-source', 'missing', 'Voor de reisverzekering vragen we bij het boeken je geboortedatum.'],
  ['nl', 'data-source', 'missing', 'Bij een bestelling vragen wij uw bezorgadres en telefoonnummer.'],
  ['nl', 'data-source', 'present', 'Als u dat goedvindt, vragen wij bij uw vorige tandarts uw röntgenfoto’s op.'],
  ['nl', 'data-source', 'present', 'Ontbreekt er iets, dan vragen wij de gegevens op bij het UWV.'],
  // Whether the reader must give data, said as a predicate.
  ['de', 'statutory-contractual', 'present', 'Für den Versand der Rechnung ist Ihre E-Mail-Adresse erforderlich.'],
  ['nl', 'statutory-contractual', 'present', 'Je bent niet verplicht je lengte en gewicht in te vullen; zonder die gegevens kan de app alleen geen calorieën berekenen.'],
  ['nl', 'statutory-contractual', 'present', 'Wij zijn wettelijk verplicht uw burgerservicenummer te registreren.'],
  ['fr', 'statutory-contractual', 'present', 'Votre numéro de licence est obligatoire pour l’inscription au tournoi.'],
  ['fr', 'statutory-contractual', 'present', 'Ce justificatif est exigé par la réglementation : sans lui, nous ne pouvons pas ouvrir votre compte.'],
  // Look-alikes: things required that are no data.
  ['de', 'statutory-contractual', 'missing', 'Für die Nutzung der Sauna ist ein Handtuch erforderlich.'],
  ['nl', 'statutory-contractual', 'missing', 'Wij zijn wettelijk verplicht een jaarverslag te publiceren.'],
  ['fr', 'statutory-contractual', 'missing', 'Le port du casque est obligatoire pendant les sorties à vélo.'],
  // A DPO named in a sentence ending on a colon, the contact in the next paragraph.
  ['de', 'dpo-contact', 'present', 'Sie erreichen unseren externen Datenschutzbeauftragten unter:\n\nHerr Jonas Albers, Albers Beratung, Hafenstraße 9, 28195 Bremen, albers@beratung-beispiel.example'],
  ['fr', 'dpo-contact', 'present', 'Notre délégué à la protection des données peut être contacté à l’adresse suivante :\n\nMme Claire Lemaire, 4 rue des Tanneurs, 69002 Lyon, c.lemaire@conseil-exemple.example'],
  ['de', 'dpo-contact', 'present', 'Fragen zum Datenschutz beantwortet unsere Datenschutzbeauftragte, Frau Dr. Lena Vogt, erreichbar unter vogt@dsb-beispiel.example.'],
  ['nl', 'dpo-contact', 'partial', 'Wij hebben een functionaris gegevensbescherming aangesteld:\n\nDeze persoon houdt toezicht op hoe wij met uw gegevens omgaan.'],
];

export const BATCH_B: IntlRow[] = [];
