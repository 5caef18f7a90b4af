// Coverage in Dutch, German and French, a seventh round: a probe of whether the sixth round's fixes
// generalise, written blind after them in styles no round had used (a German property manager and
// a Kita, a Dutch home-care organisation and a campsite, a French law firm, a building's managing
// agent and a Luxembourg bank). The session's report gives how many failed before the fixes they
// needed. gives / partly / never as in coverage-corpus-nl.ts.
import type { Corpus } from './helpers/coverage-lang.js';

export const DE_R7: Corpus = {
  gives: {
    'controller-identity': ['Verantwortlich ist die Hausverwaltung Sommer & Co. KG, Gartenstraße 4, 04109 Leipzig, verwaltung@sommer-hv.example.'],
    recipients: ['Für Reparaturen in Ihrer Wohnung geben wir Ihren Namen und Ihre Telefonnummer an den beauftragten Handwerksbetrieb weiter.'],
    retention: ['Die Betreuungsverträge der Kita bewahren wir bis drei Jahre nach dem Ende der Betreuung auf.'],
    'right-access': ['Eltern können jederzeit Einsicht in die Unterlagen nehmen, die wir über ihr Kind führen.'],
    'right-erasure': ['Auf deine Bitte hin löschen wir alle Daten, die wir über dich gespeichert haben.'],
    'right-objection': ['Der Veröffentlichung von Fotos Ihres Kindes auf unserer Website können Sie jederzeit widersprechen, per E-Mail oder persönlich in der Kita.'],
    'complaint-authority': ['Du hast das Recht, dich bei einer Datenschutzaufsichtsbehörde zu beschweren.'],
    'international-transfers': ['Eine Übermittlung Ihrer Daten in Drittländer findet nicht statt.'],
    'withdraw-consent': ['Du kannst deine Zustimmung jederzeit mit Wirkung für die Zukunft zurückziehen.'],
    'lawful-basis': ['Die Verarbeitung ist zur Durchführung des Mietvertrags erforderlich.'],
    'data-source': ['Die Zählerstände erhalten wir direkt vom Messdienstleister.'],
    'policy-changes': ['Über Änderungen dieser Datenschutzinformation informieren wir Sie per Aushang im Treppenhaus.'],
  },
  partly: {
    retention: [['Wir löschen die Daten, wenn sie nicht mehr benötigt werden.', 'period']],
    'right-rectification': [['Deine Profildaten kannst du jederzeit in der App bearbeiten.', 'right']],
  },
  never: {
    'right-erasure': ['Nach Ende des Mietverhältnisses werden die Schlüssel zurückgegeben und die Schließanlage umprogrammiert.'],
    'complaint-authority': ['Beschwerden über Lärm richten Sie bitte an die Hausverwaltung.'],
    'right-access': ['Der Zugang zum Keller ist nur mit dem Hausschlüssel möglich.'],
  },
};

export const NL_R7: Corpus = {
  gives: {
    'controller-identity': ['Thuiszorg De Zorgzame Hand, Molenweg 8, 5611 AB Eindhoven, is verwerkingsverantwoordelijke; bel ons op 040 555 7788.'],
    recipients: ['Uw zorgdossier delen wij alleen met uw huisarts en, als dat nodig is, met de apotheek.'],
    retention: ['Je reserveringsgegevens bewaren we tot een jaar na je verblijf op de camping.'],
    'right-access': ['U mag altijd uw zorgdossier inzien.'],
    'right-erasure': ['Vraag je ons je gegevens te wissen, dan doen we dat binnen een maand.'],
    'right-objection': ['U kunt bij ons bezwaar maken tegen het gebruik van uw gegevens voor klanttevredenheidsonderzoek.'],
    'complaint-authority': ['U kunt een klacht over de verwerking van uw gegevens voorleggen aan de Autoriteit Persoonsgegevens.'],
    'international-transfers': ['Uw gegevens worden uitsluitend in Nederland opgeslagen.'],
    'withdraw-consent': ['Je kunt je toestemming altijd intrekken door een mail te sturen naar de receptie.'],
    'lawful-basis': ['We hebben deze gegevens nodig om de zorgovereenkomst met u uit te voeren.'],
    'data-source': ['Uw indicatie ontvangen wij van het CIZ.'],
    'policy-changes': ['Wijzigen we deze verklaring, dan staat de nieuwe versie op onze website.'],
  },
  partly: {
    retention: [['We bewaren je gegevens zolang dat voor de reservering nodig is.', 'period']],
    'right-rectification': [['Je e-mailadres kun je zelf aanpassen in je account.', 'right']],
  },
  never: {
    'right-erasure': ['Na vertrek wordt de kampeerplaats schoongemaakt en wordt het afval verwijderd.'],
    'complaint-authority': ['Heeft u een klacht over de zorg, neem dan contact op met onze klachtenfunctionaris.'],
    'right-access': ['De toegang tot de camping is tussen 23.00 en 7.00 uur gesloten.'],
  },
};

export const FR_R7: Corpus = {
  gives: {
    'controller-identity': ['Le responsable du traitement est le cabinet Moreau Avocats, 8 rue de la Paix, 75002 Paris, contact@moreau-avocats.example.'],
    recipients: ['Vos coordonnées sont communiquées aux entreprises intervenant dans les parties communes de l’immeuble.'],
    retention: ['Les dossiers clients sont archivés cinq ans après la fin de notre mission, puis détruits.'],
    'right-access': ['Vous pouvez obtenir communication des données vous concernant en écrivant au cabinet.'],
    'right-erasure': ['Sur simple demande, nous effaçons les données vous concernant, sauf obligation légale de conservation.'],
    'right-objection': ['Vous pouvez vous opposer à l’utilisation de vos données à des fins de statistiques internes.'],
    'complaint-authority': ['Vous avez le droit d’introduire une réclamation auprès de la Commission nationale pour la protection des données (CNPD) au Luxembourg.'],
    'international-transfers': ['Vos données ne sont pas transférées en dehors de l’Espace économique européen.'],
    'withdraw-consent': ['Tu peux retirer ton consentement quand tu veux depuis les paramètres ou en nous écrivant.'],
    'lawful-basis': ['Ce traitement est fondé sur le respect de nos obligations légales en matière de lutte contre le blanchiment.'],
    'data-source': ['Certaines informations nous sont transmises par votre notaire.'],
    'policy-changes': ['Nous pouvons mettre à jour la présente politique ; la nouvelle version sera publiée sur notre site.'],
  },
  partly: {
    retention: [['Vos données sont conservées aussi longtemps que nécessaire.', 'period']],
    'right-rectification': [['Tu peux modifier ton pseudo et ton e-mail toi-même dans ton profil.', 'right']],
  },
  never: {
    'right-erasure': ['Les encombrants sont enlevés le premier lundi du mois.'],
    'complaint-authority': ['Pour toute réclamation relative aux charges, adressez-vous au syndic.'],
    'right-access': ['L’accès au parking de la résidence se fait avec un badge.'],
  },
};
