// Coverage in Dutch, German and French, a fourth round: a probe of whether the third round's fixes
// generalise, in regional styles no round had covered (Swiss and Austrian German, Flemish and
// French-speaking Belgian policies, French municipalities and associations). Written in our own
// words after the third round's fixes, but before running them; the session's report gives the
// failures they showed. gives / partly / never as in coverage-corpus-nl.ts.
import type { Corpus } from './helpers/coverage-lang.js';

export const DE_R4: Corpus = {
  gives: {
    // The offer refused to children says who the service is for (a look-alike of the offer vetoes).
    children: [
      'Unsere Kurse sind nicht für Kinder unter 16 Jahren gedacht.',
    ],
    'controller-identity': [
      'Inhaberin dieser Website und verantwortlich für die Bearbeitung Ihrer Personendaten ist die Gärtnerei Rosenhof AG, Seestrasse 12, 8800 Thalwil, info@rosenhof.example.',
    ],
    'complaint-authority': [
      'Wenn Sie glauben, dass die Verarbeitung Ihrer Daten gegen das Datenschutzrecht verstößt, können Sie sich bei der Datenschutzbehörde in Wien beschweren.',
    ],
    retention: [
      'Ihre Kundendaten bewahren wir bis zum Ablauf der gesetzlichen Aufbewahrungsfrist von sieben Jahren auf.',
      'Die Videoaufzeichnungen werden nach 72 Stunden automatisch überschrieben.',
    ],
    recipients: [
      'Zur Abwicklung der Zahlung übermitteln wir Ihre Bankdaten an die Hausbank des Vereins.',
    ],
    'right-erasure': [
      'Sie können jederzeit verlangen, dass wir Ihre Personendaten vernichten.',
    ],
    'right-access': [
      'Jede Person kann von uns Auskunft darüber verlangen, ob Personendaten über sie bearbeitet werden.',
    ],
    'automated-decision-making': [
      'Automatisierte Einzelentscheidungen setzen wir nicht ein.',
    ],
    'data-source': [
      'Angaben zu Ihrer Person erhalten wir teilweise auch von Ihrer Krankenkasse.',
    ],
    'withdraw-consent': [
      'Sie dürfen Ihre Zustimmung zur Speicherung jederzeit und ohne Angabe von Gründen widerrufen.',
    ],
    'international-transfers': [
      'Ihre Daten bleiben in der Schweiz und werden nicht ins Ausland bekanntgegeben.',
    ],
    'statutory-contractual': [
      'Die Angabe Ihrer Versicherungsnummer ist freiwillig; ohne sie rechnen wir jedoch direkt mit Ihnen ab.',
    ],
    'right-portability': [
      'Auf Wunsch übergeben wir Ihnen Ihre Daten in einem strukturierten, gängigen Format.',
    ],
  },
  partly: {
    retention: [
      ['Personendaten werden nur so lange aufbewahrt, wie es der Bearbeitungszweck erfordert.', 'period'],
    ],
    'international-transfers': [
      ['Unsere Cloud-Anbieterin kann Daten auch in den USA speichern.', 'safeguard'],
    ],
  },
  never: {
    children: [
      'Für Kinder bis zwölf Jahre ist der Eintritt ins Hallenbad gratis.',
    ],
    'right-objection': [
      'Gegen den Beitragsbescheid des Vereins kann binnen vier Wochen Einspruch erhoben werden.',
    ],
    'automated-decision-making': [
      'Die Zahlungserinnerung wird automatisch nach 14 Tagen versandt.',
    ],
  },
};

export const NL_R4: Corpus = {
  gives: {
    // The offer refused to children says who the service is for (a look-alike of the offer vetoes).
    children: [
      'Onze cursussen zijn niet bedoeld voor kinderen jonger dan 16 jaar.',
    ],
    'complaint-authority': [
      'Je kunt ook klacht indienen bij de Gegevensbeschermingsautoriteit (GBA), Drukpersstraat 35, 1000 Brussel.',
    ],
    'controller-identity': [
      'De verwerkingsverantwoordelijke is Huisartsenpraktijk De Linde, Kerkstraat 5, 9000 Gent, tel. 09 555 12 34.',
    ],
    retention: [
      'Je medisch dossier bewaren we minstens dertig jaar na je laatste contact met de praktijk.',
      'Camerabeelden worden na vier weken automatisch gewist.',
    ],
    'right-erasure': [
      'Je kan ons vragen je gegevens te laten wissen.',
    ],
    'right-access': [
      'Je hebt het recht om te weten welke gegevens we over jou bijhouden.',
    ],
    'right-rectification': [
      'Staat er een fout in je gegevens, laat het ons weten en we passen het aan.',
    ],
    recipients: [
      'Je gegevens worden enkel doorgegeven aan de sportfederatie en onze verzekeraar.',
    ],
    'automated-decision-making': [
      'Er worden geen beslissingen over jou genomen door een computerprogramma zonder menselijke tussenkomst.',
    ],
    'data-source': [
      'Je contactgegevens krijgen we van je werkgever.',
    ],
    'withdraw-consent': [
      'Gaf je ons toestemming, dan kan je die op elk moment intrekken.',
    ],
    'international-transfers': [
      'Je gegevens verlaten België niet.',
    ],
    'legitimate-interests': [
      'Wij gebruiken je e-mailadres om je op de hoogte te houden van onze activiteiten; dat is ons gerechtvaardigd belang.',
    ],
    'statutory-contractual': [
      'Zonder je rijksregisternummer kunnen we je inschrijving niet verwerken.',
    ],
  },
  partly: {
    retention: [
      ['We bewaren je gegevens niet langer dan strikt noodzakelijk.', 'period'],
    ],
    'complaint-authority': [
      ['Een klacht over de verwerking van je gegevens kan je richten aan de raad van bestuur van de vzw.', 'authority'],
    ],
  },
  never: {
    children: [
      'Kinderen onder de 12 jaar betalen de halve prijs voor een lidmaatschap.',
    ],
    'right-objection': [
      'Tegen de beslissing van het college kan je bezwaar indienen binnen dertig dagen.',
    ],
    'automated-decision-making': [
      'Na je inschrijving ontvang je automatisch een welkomstmail.',
    ],
  },
};

export const FR_R4: Corpus = {
  gives: {
    // The offer refused to children says who the service is for (a look-alike of the offer vetoes).
    children: [
      'Nos ateliers ne sont pas destinés aux enfants de moins de 15 ans.',
    ],
    'complaint-authority': [
      'Vous pouvez introduire une plainte auprès de l’Autorité de protection des données (APD), rue de la Presse 35, 1000 Bruxelles.',
    ],
    'controller-identity': [
      'Le responsable du traitement est la commune de Saint-Aubin, 1 place de la Mairie, 21190 Saint-Aubin, mairie@saint-aubin.example.',
    ],
    retention: [
      'Les images de vidéoprotection sont effacées au bout de trente jours.',
      'Nous gardons votre dossier d’adhésion trois ans après la fin de votre adhésion.',
    ],
    'right-erasure': [
      'Tu peux nous demander d’effacer tes données.',
    ],
    'right-access': [
      'Vous pouvez savoir à tout moment quelles informations nous détenons à votre sujet.',
    ],
    recipients: [
      'Vos coordonnées sont communiquées à la fédération sportive et à notre assureur.',
    ],
    'automated-decision-making': [
      'Aucune décision n’est prise à votre égard par un algorithme sans intervention humaine.',
    ],
    'data-source': [
      'Nous recevons vos coordonnées de votre employeur lorsqu’il vous inscrit à une formation.',
    ],
    'withdraw-consent': [
      'Si vous nous avez donné votre accord, vous pouvez le retirer quand vous le souhaitez.',
    ],
    'international-transfers': [
      'Vos données restent hébergées en France.',
    ],
    'legitimate-interests': [
      'Nous envoyons des rappels de cotisation à nos adhérents ; ce traitement se fonde sur notre intérêt légitime à assurer le financement de l’association.',
    ],
    'statutory-contractual': [
      'Les champs marqués d’une étoile sont obligatoires.',
    ],
  },
  partly: {
    retention: [
      ['Nous conservons vos données le temps nécessaire à la gestion de votre dossier.', 'period'],
    ],
    'complaint-authority': [
      ['Vous pouvez adresser toute réclamation relative à vos données au secrétariat de l’association.', 'authority'],
    ],
  },
  never: {
    children: [
      'Les enfants de moins de six ans voyagent gratuitement.',
    ],
    'right-objection': [
      'Vous pouvez former opposition à une injonction de payer dans un délai d’un mois.',
    ],
    'automated-decision-making': [
      'La facture est générée automatiquement à la fin de chaque mois.',
    ],
  },
};
