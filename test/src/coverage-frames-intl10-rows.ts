// Issue 13, tenth round (session 19, helper cov-intl): held-out sentences for Dutch, German and
// French, by kind, from the errors of the development rounds (s17-K, s18-L, s18-M, s18-N, s19-P,
// s19-Q; nl/de/fr): where data not given by the reader comes from (another organisation or a
// service passes it on to us, we receive it from one, it is sent to us by one), what follows when
// the reader does not give data, purposes in a German or Dutch clause whose verb stands at its end,
// legitimate interests named after "nämlich / namelijk / à savoir", cookies said to be only the
// strictly necessary ones, decisions said to be made by people, and look-alikes (data the reader
// sends us, the safety of children, a form that is needed for an event). BATCH_A was written BEFORE
// any change of this round (main is scored on it, then the data improved); BATCH_B AFTER, with the
// data frozen: its figure is the generalisation figure.
// `node scripts/score-rows.js . --rows=intl10 --batch=a|b|all` counts the wrong rows.
import type { IntlRow } from './coverage-frames-intl-rows.js';

export const BATCH_A: IntlRow[] = [
  // Where the data comes from: another organisation or a service passes it on.
  ['nl', 'data-source', 'present', 'Bij een overstap ontvangen wij van je vorige sportschool je lidmaatschapsgegevens en je trainingsschema.'],
  ['nl', 'data-source', 'present', 'Uw adres en geboortedatum worden ons doorgegeven door de gemeente waar u staat ingeschreven.'],
  ['nl', 'data-source', 'missing', 'Je vragen ontvangen wij via het contactformulier op de website.'],
  ['de', 'data-source', 'present', 'Wenn Sie sich mit Ihrem Google-Konto anmelden, erhalten wir von Google Ihren Namen und Ihre E-Mail-Adresse.'],
  ['de', 'data-source', 'present', 'Ihre Versichertennummer und Ihren Tarif übermittelt uns Ihre Krankenkasse.'],
  ['de', 'data-source', 'missing', 'Ihre Bestellung erhalten wir per E-Mail oder über das Bestellformular.'],
  ['fr', 'data-source', 'present', 'Si vous passez par une agence de voyages, celle-ci nous communique votre nom, vos dates de séjour et votre numéro de téléphone.'],
  ['fr', 'data-source', 'present', 'Les résultats de vos analyses nous sont adressés directement par le laboratoire.'],
  ['fr', 'data-source', 'missing', 'Nous recevons vos messages par le formulaire de contact du site.'],
  // What follows when the reader does not give the data.
  ['nl', 'statutory-contractual', 'present', 'Zonder je geboortedatum kunnen we je niet inschrijven voor de competitie.'],
  ['de', 'statutory-contractual', 'present', 'Geben Sie uns Ihre Bankverbindung nicht an, können wir den Beitrag nicht einziehen und die Mitgliedschaft nicht beginnen.'],
  ['fr', 'statutory-contractual', 'present', 'Sans votre adresse de livraison, nous ne pourrons pas expédier votre commande.'],
  ['de', 'statutory-contractual', 'notpresent', 'Ohne Anmeldung ist die Teilnahme am Sommerfest leider nicht möglich.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Zonder geldig vervoersbewijs mag je niet met de pendelbus mee.'],
  // Purposes in a clause whose verb stands at its end.
  ['de', 'purposes', 'present', 'Ihre Angaben werden für die Buchung des Zimmers, die Abrechnung Ihres Aufenthalts und die Beantwortung Ihrer Fragen genutzt.'],
  ['nl', 'purposes', 'present', 'De gegevens van leerlingen worden voor het bijhouden van de aanwezigheid, het plannen van de lessen en het versturen van de rapporten gebruikt.'],
  ['fr', 'purposes', 'present', 'Vos données sont utilisées pour la gestion des adhésions, l’envoi des convocations et la tenue de la comptabilité du club.'],
  ['de', 'purposes', 'missing', 'Die Räume werden für Kurse, Vorträge und die Jahreshauptversammlung genutzt.'],
  // Legitimate interests named after "nämlich", "namelijk", "à savoir".
  ['de', 'legitimate-interests', 'present', 'Grundlage ist unser berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO, nämlich die Abwehr von Angriffen auf unsere Server.'],
  ['nl', 'legitimate-interests', 'present', 'Wij doen dit op grond van ons gerechtvaardigd belang, namelijk het voorkomen van fraude met cadeaubonnen.'],
  ['fr', 'legitimate-interests', 'present', 'Ce traitement repose sur notre intérêt légitime, à savoir la prévention des impayés.'],
  // Cookies: only the strictly necessary ones.
  ['nl', 'cookies', 'present', 'Op deze website worden alleen cookies geplaatst die nodig zijn om je winkelmandje te onthouden; andere cookies gebruiken wij niet.'],
  ['de', 'cookies', 'present', 'Unsere Website setzt ausschließlich technisch notwendige Cookies ein, die für den Warenkorb erforderlich sind.'],
  ['fr', 'cookies', 'present', 'Ce site ne dépose que des cookies strictement nécessaires à son fonctionnement.'],
  // Decisions said to be made by people.
  ['nl', 'automated-decision-making', 'present', 'Elke aanvraag voor een huurwoning wordt door een medewerker beoordeeld; een computer beslist daar niet over.'],
  ['de', 'automated-decision-making', 'present', 'Über Ihre Bewerbung entscheidet immer ein Mensch; eine automatisierte Entscheidung findet nicht statt.'],
  ['fr', 'automated-decision-making', 'present', 'Aucune demande de prêt n’est refusée sans avoir été étudiée par un conseiller.'],
  // Security in another sense.
  ['fr', 'security', 'missing', 'Un animateur accompagne les enfants pendant le trajet pour assurer leur sécurité.'],
  ['de', 'security', 'missing', 'Zur Sicherheit der Kinder bleibt das Tor während des Unterrichts geschlossen.'],
  ['nl', 'security', 'missing', 'Voor de veiligheid van de deelnemers is er tijdens elke tocht een EHBO’er aanwezig.'],
];

export const BATCH_B: IntlRow[] = [
  // Where the data comes from (written after the changes, data frozen).
  ['nl', 'data-source', 'present', 'Voor de schoolreis krijgen wij van de basisschool de namen en allergieën van de kinderen.'],
  ['nl', 'data-source', 'present', 'Wij ontvangen van uw zorgverzekeraar uw polisnummer en de dekking van uw aanvullende verzekering.'],
  ['nl', 'data-source', 'missing', 'Wij ontvangen van de provincie een bijdrage voor het onderhoud van de molen.'],
  ['de', 'data-source', 'present', 'Von Ihrer Krankenkasse erhalten wir die Bestätigung der Kostenübernahme und Ihre Versichertendaten.'],
  ['de', 'data-source', 'present', 'Die Anschrift und das Geburtsdatum neuer Schüler werden uns vom Schulamt übermittelt.'],
  ['de', 'data-source', 'missing', 'Wir erhalten von der Gemeinde jedes Jahr einen Zuschuss für die Jugendfreizeit.'],
  ['fr', 'data-source', 'present', 'Lors de l’inscription, nous recevons de la caisse de retraite votre numéro d’adhérent et vos droits.'],
  ['fr', 'data-source', 'present', 'Les coordonnées des nouveaux élèves nous sont transmises par le rectorat.'],
  ['fr', 'data-source', 'missing', 'Vos réservations sont gérées par notre prestataire de billetterie.'],
  // Legitimate interests named in an apposition.
  ['de', 'legitimate-interests', 'present', 'Die Verarbeitung stützt sich auf unser berechtigtes Interesse, nämlich die Durchsetzung offener Forderungen.'],
  ['nl', 'legitimate-interests', 'present', 'Dit gebeurt op basis van ons gerechtvaardigd belang, namelijk het beveiligen van onze webwinkel tegen misbruik.'],
  ['fr', 'legitimate-interests', 'present', 'Ce suivi repose sur notre intérêt légitime, à savoir la sécurité de nos locaux.'],
  ['nl', 'legitimate-interests', 'partial', 'Wij verwerken deze gegevens op grond van ons gerechtvaardigd belang.'],
  // Purposes in a verb-final clause.
  ['de', 'purposes', 'present', 'Ihre Angaben werden zur Organisation der Fahrgemeinschaften und zur Benachrichtigung bei Terminänderungen verwendet.'],
  ['nl', 'purposes', 'present', 'Je gegevens worden voor het bezorgen van je boodschappen en het versturen van de factuur gebruikt.'],
  ['de', 'purposes', 'missing', 'Der Vereinsbus wird für Auswärtsspiele, Ausflüge und Materialtransporte genutzt.'],
  ['nl', 'purposes', 'missing', 'Het clubhuis wordt voor trainingen, verjaardagen en de jaarvergadering gebruikt.'],
  // Security in another sense, and in the data sense.
  ['de', 'security', 'missing', 'Zur Sicherheit der Besucher ist das Gelände nachts beleuchtet.'],
  ['nl', 'security', 'missing', 'Voor de veiligheid van onze gasten hangen er rookmelders in elke kamer.'],
  ['fr', 'security', 'missing', 'Un maître-nageur veille en permanence à la sécurité des baigneurs.'],
  ['fr', 'security', 'present', 'Les données de nos adhérents sont stockées sur un serveur chiffré, accessible uniquement au bureau.'],
  // An element in the block announced by a colon.
  ['de', 'dpo-contact', 'present', 'Bei Fragen zum Datenschutz wenden Sie sich an unseren Datenschutzbeauftragten:\n\nDr. Paul Sommer, Am Markt 3, 04109 Leipzig, dsb@sommer-beratung.example'],
  ['nl', 'dpo-contact', 'present', 'Vragen over privacy kunt u stellen aan onze functionaris gegevensbescherming:\n\nJ. Bakker, Postbus 114, 9700 AC Groningen, privacy@bakker-fg.example'],
  ['fr', 'dpo-contact', 'present', 'Pour toute question, contactez notre délégué à la protection des données :\n\nNadia Benali, 14 avenue Foch, 69006 Lyon, dpo@benali-conseil.example'],
  // Kinds seen but not changed this round.
  ['nl', 'statutory-contractual', 'present', 'Als je je telefoonnummer niet opgeeft, kunnen we je niet bellen als de les vervalt.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Ihre Anschrift können wir Ihnen die Mitgliedskarte nicht zusenden.'],
  ['fr', 'statutory-contractual', 'present', 'Si vous ne nous communiquez pas votre date de naissance, nous ne pourrons pas vous inscrire dans la bonne catégorie.'],
  ['fr', 'automated-decision-making', 'present', 'Toutes les candidatures sont lues par une personne de notre équipe ; aucune décision n’est prise par un logiciel.'],
  ['de', 'automated-decision-making', 'present', 'Über jeden Antrag entscheidet ein Mitarbeiter; eine automatisierte Entscheidung im Sinne von Art. 22 DSGVO findet nicht statt.'],
  ['nl', 'automated-decision-making', 'present', 'Over je aanvraag beslist altijd een medewerker; wij nemen geen besluiten die uitsluitend op geautomatiseerde verwerking berusten.'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames nl/de/fr round 10, batches a-b';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a (written before the changes): main's checker gets 16 of 30 wrong; this branch 7 (6 since session 20).
  'Ohne Anmeldung ist die Teilnahme am Sommerfest leider nicht möglich.': 'the German cue “ohne … Anmeldung … nicht möglich” reads a registration for an event as data not provided (main too)',
  'Op deze website worden alleen cookies geplaatst die nodig zijn om je winkelmandje te onthouden; andere cookies gebruiken wij niet.': 'only strictly necessary cookies: the dev rounds\' labels disagree (s18-M 13 and 19 given; s17-J 18 and s17-K 07 partial on the same kind of sentence), so the checker was not moved (a label question in the report)',
  'Unsere Website setzt ausschließlich technisch notwendige Cookies ein, die für den Warenkorb erforderlich sind.': 'only strictly necessary cookies: a label question, as above',
  'Ce site ne dépose que des cookies strictement nécessaires à son fonctionnement.': 'only strictly necessary cookies: a label question, as above',
  // (Session 20, cov-intl: “Aucune demande de prêt n’est refusée sans avoir été étudiée par un conseiller” left this list: a `by-human` mark, intl11.)
  // Batch b (written after the changes, data frozen): 4 of 30 wrong (main's checker: 10 of 30).
  'Voor de schoolreis krijgen wij van de basisschool de namen en allergieën van de kinderen.': 'Dutch “krijgen” (get) is no `receive` verb in the Dutch classes',
  'Un maître-nageur veille en permanence à la sécurité des baigneurs.': '“baigneurs” (swimmers) is not among the people the French veto names',
  'Vragen over privacy kunt u stellen aan onze functionaris gegevensbescherming:\n\nJ. Bakker, Postbus 114, 9700 AC Groningen, privacy@bakker-fg.example': 'not traced: with “is bereikbaar via:” the same address block gives the contact; here the evidence also names the address block itself as a statement, and the contact is not counted beside the colon sentence',
};
