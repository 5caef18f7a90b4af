// Issue 13, session 35 (helper devh): the classes of dev-H's errors, in the shapes a fresh round takes.
// legitimate-interests ("partial" 3 times where the writer named the interests, 11 de, 16 nl, 20 fr): the basis named, then
// the uses it covers after a lead-in that counts or names them and a colon ("in two cases: …", "for three purposes: …"), or
// after "namely / nämlich / namelijk / à savoir" as a purpose ("namely to prevent fraud", "namelijk om … te voorkomen").
// Look-alikes that must NOT count: a pointer after the colon, an article of the law after "namely".
// security (3 misses on main, 08 en, 20 fr): the safety of people or places (guards, cameras at the gate, safety at sea, an
// outing's safety sheets) read as the security of the data. Look-alikes that must still count: camera footage or data kept
// encrypted or on secured servers, "for your security we encrypt …".
// blanket (7 false alarms in 09 en): a "we collect nothing" policy that receives only anonymous, aggregated figures that do not
// identify the reader is still a blanket statement; data the app or a tool does collect (usage statistics, crash reports) is not.
// Each class in English, German, Dutch and French, written in our own words from the classes, not from any policy.
// BATCH_A was written BEFORE this session's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=grid35devh --batch=a --list` lists the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const LABEL = 'frames grid35devh';

export const BATCH_A: CrossRow[] = [
  // legitimate-interests: the uses after a counting lead-in and a colon, or after "namely" as a purpose.
  ['en', 'legitimate-interests', 'present', 'We rely on our legitimate interests in two situations: chasing unpaid invoices and keeping our booking system free of fake accounts.'],
  ['en', 'legitimate-interests', 'present', 'Legitimate interests are our basis for three things: sending former members news of the new season, keeping a training log, and defending legal claims.'],
  ['en', 'legitimate-interests', 'present', 'We process some data relying on our legitimate interests, namely to prevent payment fraud and to improve our courses.'],
  ['en', 'legitimate-interests', 'present', 'For two purposes we rely on legitimate interest: reminding past customers that a service is due, and keeping our website running without errors.'],
  ['en', 'legitimate-interests', 'notpresent', 'We rely on our legitimate interests in some cases: see the table below.'],
  ['en', 'legitimate-interests', 'notpresent', 'We process data relying on our legitimate interests, namely under Article 6(1)(f) GDPR.'],
  ['de', 'legitimate-interests', 'present', 'Auf unser berechtigtes Interesse stützen wir uns in drei Fällen: bei der Abwehr von Rechtsansprüchen, beim Versand von Erinnerungen an frühere Kunden und bei der Auswertung von Server-Protokollen.'],
  ['de', 'legitimate-interests', 'present', 'Unser berechtigtes Interesse ist in zwei Fällen die Grundlage: zum einen die Beitreibung offener Rechnungen, zum anderen der störungsfreie Betrieb der Website.'],
  ['de', 'legitimate-interests', 'present', 'Wir verarbeiten Daten auf Grundlage unseres berechtigten Interesses, nämlich um Betrug bei Zahlungen zu verhindern und unser Angebot zu verbessern.'],
  ['de', 'legitimate-interests', 'present', 'Für zwei Zwecke berufen wir uns auf berechtigte Interessen: die Information früherer Mitglieder über neue Kurse und die Führung eines internen Trainingsbuchs.'],
  ['de', 'legitimate-interests', 'notpresent', 'In einigen Fällen stützen wir uns auf unser berechtigtes Interesse: Einzelheiten finden Sie in Abschnitt 5.'],
  ['de', 'legitimate-interests', 'notpresent', 'Wir verarbeiten Daten auf Grundlage unseres berechtigten Interesses, nämlich nach Art. 6 Abs. 1 lit. f DSGVO.'],
  ['nl', 'legitimate-interests', 'present', 'Wij verwerken gegevens op basis van ons gerechtvaardigd belang, namelijk om misbruik van accounts tegen te gaan en om onze dienst te verbeteren.'],
  ['nl', 'legitimate-interests', 'present', 'Op ons gerechtvaardigd belang baseren wij ons in twee gevallen: bij het innen van openstaande rekeningen en bij het beveiligen van onze website.'],
  ['nl', 'legitimate-interests', 'present', 'Voor drie doelen beroepen wij ons op een gerechtvaardigd belang: het benaderen van oud-leden, het bijhouden van een trainingslogboek en het voorkomen van fraude.'],
  ['nl', 'legitimate-interests', 'present', 'Ons gerechtvaardigd belang is de grondslag in twee situaties: het herinneren van klanten aan een onderhoudsbeurt en het afhandelen van klachten.'],
  ['nl', 'legitimate-interests', 'notpresent', 'In sommige gevallen baseren wij ons op ons gerechtvaardigd belang: zie daarvoor het overzicht verderop.'],
  ['nl', 'legitimate-interests', 'notpresent', 'Wij verwerken gegevens op basis van ons gerechtvaardigd belang, namelijk op grond van artikel 6 lid 1 onder f AVG.'],
  ['fr', 'legitimate-interests', 'present', 'L\u2019association s\u2019appuie sur son intérêt légitime pour deux usages : prévenir les fraudes au paiement et améliorer ses ateliers.'],
  ['fr', 'legitimate-interests', 'present', 'Nous nous fondons sur notre intérêt légitime dans deux cas : le recouvrement des factures impayées et le bon fonctionnement technique du site.'],
  ['fr', 'legitimate-interests', 'present', 'Nous traitons certaines données sur la base de notre intérêt légitime, à savoir pour lutter contre la fraude et mesurer la fréquentation du site.'],
  ['fr', 'legitimate-interests', 'present', 'Pour trois finalités, nous invoquons notre intérêt légitime : informer les anciens clients, tenir un registre interne des interventions et défendre nos droits en justice.'],
  ['fr', 'legitimate-interests', 'notpresent', 'Dans certains cas, nous nous appuyons sur notre intérêt légitime : voir le tableau ci-dessous.'],
  ['fr', 'legitimate-interests', 'notpresent', 'Nous traitons certaines données sur la base de notre intérêt légitime, à savoir l\u2019article 6, paragraphe 1, point f du RGPD.'],
  // security: the safety of people or places is no security of the data.
  ['en', 'security', 'notpresent', 'Security guards and cameras at the gates help us keep visitors and staff safe and deal with theft.'],
  ['en', 'security', 'notpresent', 'Our lifeguards keep a safety log of every session so that swimmers are safe in the water.'],
  ['en', 'security', 'notpresent', 'For your safety on the climbing wall, an instructor checks every harness.'],
  ['en', 'security', 'notpresent', 'Security staff at the entrance search bags to keep weapons out of the venue.'],
  ['en', 'security', 'notpresent', 'The records our security team keeps of incidents help us protect guests and performers.'],
  ['en', 'security', 'present', 'Camera footage is stored on an encrypted server that only two managers can open.'],
  ['en', 'security', 'present', 'For your security, we encrypt your card details and keep them on secured servers.'],
  ['de', 'security', 'notpresent', 'Ein Sicherheitsdienst und Videokameras am Eingang schützen Besucher und Personal vor Diebstahl und Gewalt.'],
  ['de', 'security', 'notpresent', 'Zu Ihrer Sicherheit auf dem Wasser prüft ein Trainer vor jeder Ausfahrt Ihre Ausrüstung.'],
  ['de', 'security', 'notpresent', 'Die Sicherheitsprotokolle der Touren (Teilnehmerlisten, Routen und Zeiten) bewahren wir drei Jahre auf.'],
  ['de', 'security', 'notpresent', 'Wir nutzen Ihre Angaben, um Kurse zu planen und Ihre Sicherheit beim Klettern zu gewährleisten.'],
  ['de', 'security', 'present', 'Die Aufnahmen der Kameras speichern wir verschlüsselt auf einem gesicherten Server.'],
  ['nl', 'security', 'notpresent', 'Beveiligers en camera\u2019s bij de ingang zorgen voor de veiligheid van bezoekers en medewerkers.'],
  ['nl', 'security', 'notpresent', 'Voor je veiligheid op het water controleert een instructeur voor elke tocht je uitrusting.'],
  ['nl', 'security', 'notpresent', 'De veiligheidslijsten van de tochten (deelnemers, routes en tijden) bewaren we drie jaar.'],
  ['nl', 'security', 'notpresent', 'We gebruiken je gegevens om lessen te plannen en je veiligheid tijdens het duiken te waarborgen.'],
  ['nl', 'security', 'present', 'De camerabeelden slaan we versleuteld op, en alleen de beveiligingsmanager kan ze bekijken.'],
  ['fr', 'security', 'notpresent', 'Des agents de sécurité et des caméras à l\u2019entrée protègent les visiteurs et le personnel contre les vols.'],
  ['fr', 'security', 'notpresent', 'Pour assurer votre sécurité en mer, un moniteur vérifie votre équipement avant chaque sortie.'],
  ['fr', 'security', 'notpresent', 'Les fiches de sécurité des randonnées (listes de participants, itinéraires et horaires) sont conservées trois ans.'],
  ['fr', 'security', 'notpresent', 'Vos données nous servent à organiser les cours et à assurer votre sécurité pendant les plongées.'],
  ['fr', 'security', 'present', 'Les images des caméras sont chiffrées et conservées sur un serveur sécurisé.'],
  // blanket: anonymous, aggregated figures that do not identify the reader leave the blanket statement true.
  ['en', 'retention', 'present', 'Our app does not collect any personal data. The app store sends us only anonymous, aggregated download figures that do not identify you.'],
  ['en', 'lawful-basis', 'present', 'Tallyho does not collect any personal data. We only receive aggregated sales totals from the app stores, which cannot be linked to anyone.'],
  ['en', 'retention', 'notpresent', 'Our app does not collect any personal data. We collect anonymous usage statistics through an analytics tool.'],
  ['en', 'retention', 'notpresent', 'Our app does not collect any personal data. The app sends us anonymous crash reports when it fails.'],
  ['de', 'retention', 'present', 'Die App erhebt keine personenbezogenen Daten. Von den App-Stores erhalten wir nur anonyme, zusammengefasste Verkaufszahlen, die keinen Rückschluss auf Sie zulassen.'],
  ['nl', 'retention', 'present', 'De app verzamelt geen persoonsgegevens. Van de appwinkels ontvangen we alleen anonieme, samengevoegde verkoopcijfers, die niet naar jou te herleiden zijn.'],
  ['en', 'retention', 'present', 'Our app does not collect any personal data. We only receive anonymous, aggregated sales figures from the app stores, which don\u2019t identify you.'],
  ['en', 'retention', 'notpresent', 'Our app does not collect any personal data. We receive anonymous usage data from our analytics provider.'],
  ['nl', 'retention', 'present', 'De app verzamelt geen persoonsgegevens. We ontvangen alleen anonieme verkoopcijfers van de appwinkels, die niet naar jou te herleiden zijn.'],
  ['nl', 'retention', 'notpresent', 'De app verzamelt geen persoonsgegevens. We ontvangen anonieme gebruiksgegevens van onze analysedienst.'],
  ['fr', 'retention', 'present', 'L\u2019application ne collecte aucune donnée personnelle. Les magasins d\u2019applications nous transmettent seulement des chiffres de ventes anonymes et agrégés, qui ne permettent pas de vous identifier.'],
];

// Rows still wrong, and why (batch b on main: 13 of 32 wrong; after the batch-a fix, before any change: 5 of 32; after two
// follow-ups from batch b — a pointer "these are listed in …" after the colon, and German „folgende“ without -n — 3 of 32).
export const KNOWN: Record<string, string> = {
  'Notre intérêt légitime fonde plusieurs traitements précis : la relance des factures, la vidéosurveillance de l\u2019atelier et les enquêtes de satisfaction.':
    'batch b: the uses counted as the object of a verb ("fonde plusieurs traitements"), with no preposition before the count; the lead-in entry reads "pour / dans / en" + count',
  'Des stadiers assurent la sécurité des spectateurs à chaque match.':
    'batch b, also wrong on main: the session-19 list of people whose safety is no data security has no "spectateurs" (a closed list of nouns)',
  'Het spel verzamelt geen persoonsgegevens. We ontvangen je apparaatmodel als het spel vastloopt.':
    'batch b, also wrong on main: the Dutch unless cue knows "uw" but not "je" as the data received, so the blanket statement still gives retention',
};

// BATCH_B was written AFTER this session's changes: the same classes in shapes batch a does not show (other counting words and
// nouns, the basis as a noun phrase, bold labels, the safety of other groups and activities, other ways of saying "does not
// identify you") and look-alikes the new entries could take (a pointer after the lead-in, a data measure in a sentence about
// visitors, data collected rather than received).
export const BATCH_B: CrossRow[] = [
  ['en', 'legitimate-interests', 'present', 'Our legitimate interest is the ground we use in a few situations: following up missed appointments, and recording calls for training.'],
  ['en', 'legitimate-interests', 'present', 'We use legitimate interests for four activities: fraud checks, service emails, network monitoring and debt recovery.'],
  ['en', 'legitimate-interests', 'notpresent', 'We rely on legitimate interests for some purposes: these are listed in the annex.'],
  ['en', 'legitimate-interests', 'notpresent', 'In certain cases we rely on legitimate interests: see section 6 for the details.'],
  ['de', 'legitimate-interests', 'present', 'Berechtigte Interessen sind bei uns für zwei Verarbeitungen die Rechtsgrundlage: die Videoüberwachung der Lagerhalle und das Mahnwesen.'],
  ['de', 'legitimate-interests', 'present', 'Unser berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO nutzen wir für folgende Zwecke: Abwehr von Betrug und Verbesserung unserer Website.'],
  ['de', 'legitimate-interests', 'notpresent', 'Auf berechtigte Interessen stützen wir uns in folgenden Fällen: siehe die Tabelle unten.'],
  ['nl', 'legitimate-interests', 'present', 'Ons gerechtvaardigd belang gebruiken we voor de volgende doelen: het versturen van onderhoudsherinneringen en het verbeteren van onze website.'],
  ['nl', 'legitimate-interests', 'present', 'We verwerken je gegevens op grond van ons gerechtvaardigd belang, te weten om betalingsfraude op te sporen.'],
  ['nl', 'legitimate-interests', 'notpresent', 'Voor een aantal verwerkingen gebruiken we een gerechtvaardigd belang als grondslag: zie hieronder.'],
  ['fr', 'legitimate-interests', 'present', 'Notre intérêt légitime fonde plusieurs traitements précis : la relance des factures, la vidéosurveillance de l\u2019atelier et les enquêtes de satisfaction.'],
  ['fr', 'legitimate-interests', 'present', 'Nous invoquons l\u2019intérêt légitime dans les cas suivants : gestion des impayés, prévention de la fraude.'],
  ['fr', 'legitimate-interests', 'notpresent', 'Nous invoquons l\u2019intérêt légitime dans les cas suivants : voir l\u2019annexe.'],
  ['en', 'security', 'notpresent', 'Stewards and a first-aid team keep spectators safe during every match.'],
  ['en', 'security', 'notpresent', 'We ask for your medical details to keep you safe during the trek.'],
  ['en', 'security', 'notpresent', 'CCTV in the car park helps protect our customers and their vehicles.'],
  ['en', 'security', 'present', 'CCTV recordings that protect our customers are kept on an encrypted drive for 30 days.'],
  ['en', 'security', 'present', 'Access to visitor records is limited to the two people who run the front desk.'],
  ['de', 'security', 'notpresent', 'Unsere Ordner schützen die Zuschauer bei jedem Heimspiel.'],
  ['de', 'security', 'notpresent', 'Für deine Sicherheit während der Wanderung fragen wir nach Vorerkrankungen.'],
  ['de', 'security', 'present', 'Die Aufzeichnungen der Kameras, die unsere Kunden schützen, liegen verschlüsselt auf unserem Server.'],
  ['nl', 'security', 'notpresent', 'Stewards zorgen voor de veiligheid van toeschouwers tijdens elke wedstrijd.'],
  ['nl', 'security', 'notpresent', 'We vragen naar je medische gegevens voor je veiligheid tijdens de trektocht.'],
  ['nl', 'security', 'present', 'De camerabeelden die onze klanten beschermen, bewaren we versleuteld op onze server.'],
  ['fr', 'security', 'notpresent', 'Des stadiers assurent la sécurité des spectateurs à chaque match.'],
  ['fr', 'security', 'notpresent', 'Nous vous demandons vos antécédents médicaux pour votre sécurité durant le trek.'],
  ['fr', 'security', 'present', 'Les enregistrements des caméras qui protègent nos clients sont chiffrés sur notre serveur.'],
  ['en', 'data-source', 'present', 'This app collects no personal data. The only thing we receive is an anonymous monthly total of installs, which cannot identify anyone.'],
  ['en', 'retention', 'present', 'The game does not collect any personal data. We receive aggregate revenue reports from the stores that do not identify players.'],
  ['en', 'retention', 'notpresent', 'The game does not collect any personal data. We receive your device model and crash details when the game stops.'],
  ['nl', 'retention', 'present', 'Het spel verzamelt geen persoonsgegevens. We ontvangen geaggregeerde omzetrapporten van de winkels, die spelers niet identificeren.'],
  ['nl', 'retention', 'notpresent', 'Het spel verzamelt geen persoonsgegevens. We ontvangen je apparaatmodel als het spel vastloopt.'],
];
