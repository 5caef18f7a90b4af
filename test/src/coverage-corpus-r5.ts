// Coverage in Dutch, German and French, a fifth round: a second probe after the fourth round's fixes,
// in styles not yet used (hotel bookings, job applications, fitness studios). Written in our own words
// before running them; 6 of 24 failed (contract bases in plain words, "§ 26 BDSG", a verb with a period
// in Dutch, "einem halben Jahr", "refuser que vos données servent"), fixed as data.
// gives / partly / never as in coverage-corpus-nl.ts.
import type { Corpus } from './helpers/coverage-lang.js';
export const DE_R5: Corpus = {
  gives: {
    retention: ['Bewerbungen, die nicht zu einer Einstellung führen, löschen wir spätestens nach einem halben Jahr.'],
    'right-objection': ['Der Nutzung Ihrer Daten zu Analysezwecken können Sie jederzeit widersprechen, indem Sie uns eine E-Mail schreiben.'],
    'international-transfers': ['Unser Buchungssystem wird in Irland betrieben; eine Übermittlung in Staaten außerhalb des EWR erfolgt nicht.'],
    'data-source': ['Ihre Buchungsdaten erhalten wir von dem Reiseportal, über das Sie das Zimmer reserviert haben.'],
    'complaint-authority': ['Ihnen steht ein Beschwerderecht bei der für uns zuständigen Aufsichtsbehörde zu.'],
    'lawful-basis': ['Wir verarbeiten Ihre Bewerbungsdaten, um über die Begründung eines Beschäftigungsverhältnisses zu entscheiden (§ 26 Abs. 1 BDSG).'],
  },
  partly: {
    'legitimate-interests': [['Die Datenverarbeitung erfolgt zur Wahrung unserer berechtigten Interessen.', 'interests']],
  },
  never: {
    'right-access': ['Der Zugang zum Fitnessstudio erfolgt mit Ihrer Mitgliedskarte.'],
  },
};
export const NL_R5: Corpus = {
  gives: {
    retention: ['Sollicitatiegegevens verwijderen we uiterlijk vier weken na afloop van de procedure, tenzij je toestemming geeft ze een jaar te bewaren.'],
    'right-objection': ['Je kunt bezwaar maken tegen het gebruik van je gegevens voor statistiek met een mailtje aan ons.'],
    'international-transfers': ['Ons boekingssysteem draait in Ierland; wij sturen geen gegevens naar landen buiten de EER.'],
    'data-source': ['Je boekingsgegevens ontvangen we van het reisplatform waarop je de kamer hebt gereserveerd.'],
    'complaint-authority': ['Je hebt het recht een klacht in te dienen bij de toezichthouder.'],
    'lawful-basis': ['We verwerken je gegevens omdat dat nodig is om je sportabonnement uit te voeren.'],
  },
  partly: {
    'legitimate-interests': [['De verwerking is gebaseerd op ons gerechtvaardigd belang.', 'interests']],
  },
  never: {
    'right-access': ['Toegang tot de sportschool krijg je met je ledenpas.'],
  },
};
export const FR_R5: Corpus = {
  gives: {
    retention: ['Les candidatures non retenues sont supprimées au plus tard six mois après la fin du recrutement.'],
    'right-objection': ['Vous pouvez refuser à tout moment que vos données servent à des statistiques, en nous écrivant.'],
    'international-transfers': ['Notre logiciel de réservation est hébergé en Irlande ; aucun transfert hors de l’EEE n’a lieu.'],
    'data-source': ['Vos données de réservation nous sont transmises par la plateforme sur laquelle vous avez réservé.'],
    'complaint-authority': ['Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle.'],
    'lawful-basis': ['Nous traitons vos données parce que c’est nécessaire pour gérer votre abonnement.'],
  },
  partly: {
    'legitimate-interests': [['Ce traitement est fondé sur notre intérêt légitime.', 'interests']],
  },
  never: {
    'right-access': ['L’accès à la salle de sport se fait avec votre badge.'],
  },
};
