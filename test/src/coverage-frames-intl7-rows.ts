// Issue 13, seventh round (session 16, helper cov-intl): held-out sentences for Dutch, German and
// French. BATCH_A was written BEFORE any change of this round (the base is scored on it, then the
// data and the reader improved); BATCH_B AFTER, with the data frozen: its figure is the
// generalisation figure. Kinds: viewing or editing one's data and deleting one's account in the app
// (self-service, partial); a withdrawal said through an app action with "at any time" in the
// sentence before; interests named as "it matters to us to …" or "the interest of X in …"; a
// statement that no data leave the EU written with "no data" as its subject; an association's board
// and secretariat as the controller; an app that names only itself; a member asking which data are
// recorded; a body that may change the rules and says where changes are announced; purposes as
// "processing serves …"; a who-question heading over its answer; an objection to one disclosure
// (partial); "as long as needed, then archived"; a keeping period inside a section on deletion.
// A body that begins with "# " is a whole document (its own title).
// `node scripts/score-rows.js . --rows=intl7 --batch=a|b|all` counts the wrong rows.
import type { IntlRow } from './coverage-frames-intl-rows.js';

export const BATCH_A: IntlRow[] = [
  // ---- Dutch ----
  ['nl', 'right-access', 'partial', 'In de app kun je onder Account je gegevens bekijken en aanpassen.'],
  ['nl', 'right-rectification', 'partial', 'Via Mijn profiel kunt u uw naam en adres zelf wijzigen.'],
  ['nl', 'right-erasure', 'partial', 'Je kunt je account op elk moment zelf verwijderen in de instellingen van de app.'],
  ['nl', 'legitimate-interests', 'present', 'De nieuwsbrief aan bestaande klanten sturen we op grond van ons gerechtvaardigd belang: wij hebben er belang bij om onze klanten op de hoogte te houden van nieuwe cursussen.'],
  ['nl', 'legitimate-interests', 'partial', 'Sommige gegevens verwerken wij op grond van ons gerechtvaardigd belang.'],
  ['nl', 'legitimate-interests', 'missing', 'Wij hebben er belang bij dat de buurt prettig en veilig blijft.'],
  ['nl', 'international-transfers', 'present', 'Geen enkel persoonsgegeven wordt doorgegeven aan een land buiten de Europese Unie.'],
  ['nl', 'right-access', 'present', 'Elk lid kan de penningmeester vragen welke gegevens over hem of haar zijn opgeslagen.'],
  ['nl', 'policy-changes', 'present', 'Het bestuur kan dit reglement aanpassen; aanpassingen worden gemeld in de nieuwsbrief.'],
  ['nl', 'policy-changes', 'missing', 'Het bestuur kan de hoogte van de contributie ieder jaar aanpassen.'],
  ['nl', 'recipients', 'present', '## Wie kan mijn gegevens inzien?\n\nDe coördinator van jouw team en de penningmeester.'],
  ['nl', 'right-objection', 'partial', 'U kunt bezwaar maken tegen het doorsturen van uw gegevens naar de sportbond.'],
  ['nl', 'controller-identity', 'present', '# Privacyreglement Zangkoor De Lijster\n\nZangkoor De Lijster is een koor uit Deventer. Het bestuur is verantwoordelijk voor de ledenadministratie. Het secretariaat bereikt u via secretariaat@delijster.example.'],
  ['nl', 'retention', 'present', '## Verwijderen van gegevens\n\nZeg je je lidmaatschap op, dan wissen we je gegevens na één jaar.'],
  ['nl', 'right-erasure', 'notpresent', '## Verwijderen van gegevens\n\nZeg je je lidmaatschap op, dan wissen we je gegevens na één jaar.'],
  // ---- German ----
  ['de', 'right-access', 'partial', 'In der App können Sie unter „Mein Konto“ Ihre gespeicherten Angaben jederzeit ansehen und bearbeiten.'],
  ['de', 'right-rectification', 'partial', 'Ihre Adresse können Sie im Kundenbereich selbst ändern.'],
  ['de', 'right-erasure', 'partial', 'Ihr Benutzerkonto können Sie in den Einstellungen selbst löschen.'],
  ['de', 'right-erasure', 'present', 'Sie können uns jederzeit bitten, Ihr Konto und alle darin gespeicherten Daten zu löschen.'],
  ['de', 'withdraw-consent', 'present', 'Die Kamerafreigabe lässt sich jederzeit in den Systemeinstellungen abschalten. So widerrufen Sie Ihre Einwilligung.'],
  ['de', 'withdraw-consent', 'missing', 'Die Push-Mitteilungen lassen sich in den Einstellungen abschalten.'],
  ['de', 'legitimate-interests', 'present', 'Wir haben ein berechtigtes Interesse daran, Missbrauch unseres Forums zu verhindern.'],
  ['de', 'international-transfers', 'present', 'Keine Ihrer Daten verlassen die Europäische Union.'],
  ['de', 'purposes', 'present', 'Die Verarbeitung Ihrer Daten erfolgt zur Vereinbarung von Terminen und zur Abrechnung mit Ihrer Krankenkasse.'],
  ['de', 'purposes', 'present', '## Zwecke\n\n- Verwaltung der Mitgliedschaft\n- Einladungen zu Vereinsveranstaltungen'],
  ['de', 'statutory-contractual', 'present', 'Für die Nutzung der App ist ein Konto notwendig; ohne Anmeldung kann die App Ihre Messwerte nicht speichern.'],
  ['de', 'statutory-contractual', 'missing', 'Für die Nutzung der App ist eine Internetverbindung notwendig.'],
  ['de', 'controller-identity', 'present', '# Datenschutz beim Schachclub Turm Halle\n\nDer Schachclub Turm Halle ist ein Verein für Schachfreunde jeden Alters. Verantwortlich ist der Vorstand; die Geschäftsstelle ist unter post@turmhalle.example erreichbar.'],
  ['de', 'right-objection', 'partial', 'Der Weitergabe Ihres Namens an die Lokalzeitung können Sie widersprechen.'],
  ['de', 'retention', 'present', '## Löschung\n\nNach Ihrem Austritt löschen wir Ihre Mitgliedsdaten nach Ablauf von zwei Jahren.'],
  // ---- French ----
  ['fr', 'international-transfers', 'present', 'Aucune information personnelle ne quitte l’Union européenne.'],
  ['fr', 'international-transfers', 'partial', 'Certaines données peuvent être hébergées aux États-Unis par notre prestataire.'],
  ['fr', 'legitimate-interests', 'present', 'La lettre aux donateurs repose sur l’intérêt légitime de la fondation à tenir ses soutiens informés de ses actions.'],
  ['fr', 'legitimate-interests', 'partial', 'Certains traitements reposent sur notre intérêt légitime.'],
  ['fr', 'controller-identity', 'partial', '# Confidentialité – Recettio\n\nBienvenue dans Recettio, l’appli qui vous aide à cuisiner avec ce qu’il reste dans votre frigo.\n\nUne question ? Écrivez-nous à salut@recettio.example.'],
  ['fr', 'controller-identity', 'present', '# Politique de confidentialité – Club de Judo de Vannes\n\nLe Club de Judo de Vannes est une association sportive. Le bureau est responsable du traitement des données des adhérents ; le secrétariat est joignable à secretariat@judovannes.example.'],
  ['fr', 'retention', 'partial', 'Vos données sont conservées pendant la durée nécessaire au suivi de votre inscription, puis archivées.'],
  ['fr', 'right-access', 'partial', 'Depuis la rubrique « Mon compte », vous pouvez consulter et corriger vos informations à tout moment.'],
  ['fr', 'right-erasure', 'partial', 'La suppression de votre compte se fait directement dans l’appli, rubrique Profil.'],
  ['fr', 'recipients', 'present', '## Qui a accès à vos données ?\n\nLes bénévoles de l’antenne locale et notre trésorière.'],
  ['fr', 'withdraw-consent', 'present', 'Vous pouvez couper la géolocalisation dans les réglages quand vous le souhaitez ; vous retirez ainsi votre consentement.'],
  ['fr', 'policy-changes', 'present', 'Le bureau peut modifier le présent règlement ; les modifications sont annoncées lors de l’assemblée générale.'],
];

export const BATCH_B: IntlRow[] = [
  // ---- Dutch ----
  ['nl', 'right-access', 'partial', 'Onder Mijn gegevens zie je welke informatie we van je hebben en kun je die ook aanpassen.'],
  ['nl', 'right-erasure', 'partial', 'Wil je stoppen? Je profiel wis je met één tik onder Instellingen.'],
  ['nl', 'right-erasure', 'present', 'Stuur ons een mail als je wilt dat we al je gegevens wissen.'],
  ['nl', 'withdraw-consent', 'present', 'De locatiefunctie kun je altijd uitschakelen in je telefoon. Hiermee trek je je toestemming in.'],
  ['nl', 'legitimate-interests', 'present', 'Camerabeelden bij de ingang verwerken wij op basis van ons gerechtvaardigd belang om diefstal en inbraak te voorkomen.'],
  ['nl', 'legitimate-interests', 'partial', 'Voor de ledenadministratie beroepen wij ons op een gerechtvaardigd belang.'],
  ['nl', 'international-transfers', 'present', 'Wij slaan alles op in Nederland; niets wordt naar landen buiten de EU gestuurd.'],
  ['nl', 'international-transfers', 'partial', 'Onze mailingdienst bewaart adressen op servers in de Verenigde Staten.'],
  ['nl', 'policy-changes', 'present', 'Past het bestuur dit privacyreglement aan, dan lees je dat in de volgende nieuwsbrief.'],
  ['nl', 'recipients', 'present', '## Wie mogen mijn gegevens zien?\n\nDe trainers van jouw team en de wedstrijdsecretaris.'],
  ['nl', 'recipients', 'missing', '## Wie mag ik bellen bij vragen?\n\nDe secretaris, elke werkdag na zes uur.'],
  ['nl', 'right-objection', 'partial', 'Wil je niet dat je naam in het clubblad komt? Je kunt bezwaar maken tegen die vermelding.'],
  ['nl', 'purposes', 'present', 'Wij gebruiken je adres om de contributie te innen en je uit te nodigen voor de jaarvergadering.'],
  ['nl', 'statutory-contractual', 'present', 'Zonder e-mailadres kun je geen account aanmaken.'],
  ['nl', 'controller-identity', 'present', '# Privacy bij Toneelvereniging Het Masker\n\nToneelvereniging Het Masker is een amateurtoneelvereniging uit Almelo. Verantwoordelijk is het bestuur; mail naar bestuur@hetmasker.example.'],
  ['nl', 'right-erasure', 'notpresent', '## Wissen van gegevens\n\nOud-leden verwijderen wij drie jaar na hun vertrek uit de ledenlijst.'],
  ['nl', 'retention', 'present', '## Wissen van gegevens\n\nOud-leden verwijderen wij drie jaar na hun vertrek uit de ledenlijst.'],
  // ---- German ----
  ['de', 'right-rectification', 'partial', 'Name und Anschrift lassen sich im Bereich „Mein Profil“ jederzeit bearbeiten.'],
  ['de', 'right-access', 'present', 'Auf Anfrage teilen wir Ihnen mit, welche Daten wir über Sie gespeichert haben.'],
  ['de', 'right-erasure', 'partial', 'Ihr Nutzerkonto löschen Sie direkt in der App unter Einstellungen.'],
  ['de', 'withdraw-consent', 'present', 'Die Benachrichtigungen zum Standort können Sie jederzeit in der App abstellen. Dadurch widerrufen Sie Ihre Einwilligung.'],
  ['de', 'withdraw-consent', 'missing', 'Den Dunkelmodus können Sie jederzeit in den Einstellungen abstellen.'],
  ['de', 'legitimate-interests', 'present', '- **Berechtigtes Interesse**: die Abwehr von Angriffen auf unsere Server.\n- **Vertrag**: die Abwicklung Ihrer Bestellung.'],
  ['de', 'international-transfers', 'present', 'Eine Übermittlung in Länder außerhalb der EU findet nicht statt.'],
  ['de', 'international-transfers', 'present', 'Unsere Server stehen in Frankfurt; Ihre Daten verlassen Deutschland nicht.'],
  ['de', 'purposes', 'present', 'Die Speicherung Ihrer Telefonnummer erfolgt zur Erinnerung an Ihre Termine.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Angabe Ihrer Versichertennummer können wir nicht mit der Kasse abrechnen.'],
  ['de', 'statutory-contractual', 'missing', 'Für die Nutzung der App ist ein Smartphone mit Android 12 oder neuer nötig.'],
  ['de', 'right-objection', 'partial', 'Sie können der Nennung Ihres Namens in der Vereinszeitung widersprechen.'],
  ['de', 'policy-changes', 'notpresent', 'Wir passen diese Datenschutzhinweise an, wenn sich unsere Abläufe ändern.'],
  ['de', 'recipients', 'present', '## Wer bekommt meine Daten zu sehen?\n\nDie Übungsleiter und der Kassenwart.'],
  // ---- French ----
  ['fr', 'right-rectification', 'partial', 'Vous pouvez modifier vous-même votre adresse dans votre espace adhérent.'],
  ['fr', 'right-erasure', 'partial', 'Pour fermer votre compte, rendez-vous dans Réglages > Compte > Supprimer.'],
  ['fr', 'right-access', 'present', 'Vous pouvez nous demander une copie des informations que nous détenons sur vous.'],
  ['fr', 'withdraw-consent', 'present', 'Votre consentement à l’envoi de la lettre peut être retiré à tout moment en nous écrivant.'],
  ['fr', 'legitimate-interests', 'present', 'La vidéosurveillance du local repose sur l’intérêt légitime de l’association à protéger son matériel.'],
  ['fr', 'legitimate-interests', 'partial', 'Nous nous fondons sur notre intérêt légitime pour certains traitements.'],
  ['fr', 'international-transfers', 'present', 'Vos données ne sont transférées à aucun pays situé hors de l’Union européenne.'],
  ['fr', 'international-transfers', 'partial', 'Notre outil d’envoi de courriels conserve vos coordonnées aux États-Unis.'],
  ['fr', 'retention', 'partial', 'Les dossiers sont gardés aussi longtemps que nécessaire, puis archivés.'],
  ['fr', 'statutory-contractual', 'present', 'Pour utiliser l’appli, vous devez créer un compte avec votre adresse e-mail.'],
  ['fr', 'purposes', 'present', 'Nous utilisons vos coordonnées afin de vous envoyer les convocations aux matchs.'],
  ['fr', 'recipients', 'present', '## Qui reçoit vos données ?\n\nLa fédération et notre assureur.'],
  ['fr', 'policy-changes', 'present', 'Toute modification de la présente politique sera annoncée sur notre site.'],
  ['fr', 'controller-identity', 'partial', '# Confidentialité – Gourdito\n\nBienvenue sur Gourdito, l’appli qui vous rappelle de boire.\n\n## Données\n\nL’appli enregistre vos rappels.\n\nContact : coucou@gourdito.example'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames nl/de/fr batches a-b';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a (written before the changes): base 16 of 42 wrong, now 0.
  // Batch b (written after them, data frozen): 6 of 45 wrong (main's checker: 16). Three were then
  // fixed by kind (the test above), with look-alikes; three are left, each "missing" where
  // "partial" is right (both count as not given):
  'Onder Mijn gegevens zie je welke informatie we van je hebben en kun je die ook aanpassen.': 'self-service "zie je" without a modal is no reading of access',
  'Wil je stoppen? Je profiel wis je met één tik onder Instellingen.': 'deleting one\'s profile without a modal ("wis je") is no reading of erasure',
  'Name und Anschrift lassen sich im Bereich „Mein Profil“ jederzeit bearbeiten.': 'a reflexive passive ("lassen sich … bearbeiten") is not read',
};
