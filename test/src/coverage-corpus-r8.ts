// Coverage in Dutch, German and French, an eighth round: a blind probe after the seventh round's
// fixes, aimed at the officer, automated decisions, children, the data's source, security, cookies
// and what is mandatory, in styles no round had used (a housing co-operative, a ski school, a
// pharmacy, a coworking space, a music school). The session's report gives how many failed before
// the fixes they needed. gives / partly / never as in coverage-corpus-nl.ts.
import type { Corpus } from './helpers/coverage-lang.js';

export const DE_R8: Corpus = {
  gives: {
    'dpo-contact': ['Fragen zum Datenschutz beantwortet unser externer Datenschutzbeauftragter, Herr Lukas Brenner, erreichbar unter dsb@wohnbau-eg.example.'],
    'automated-decision-making': ['Über die Vergabe von Wohnungen entscheidet der Vorstand; eine automatisierte Entscheidung im Sinne von Art. 22 DSGVO findet nicht statt.'],
    children: ['Für die Anmeldung von Kindern zum Skikurs benötigen wir die Einwilligung eines Erziehungsberechtigten.'],
    'data-source': ['Ihre Rezeptdaten erhalten wir von Ihrer Arztpraxis über das E-Rezept-System.'],
    security: ['Unsere Mitarbeitenden sind zur Verschwiegenheit verpflichtet, und alle Rechner sind mit aktuellen Virenschutzprogrammen und Firewalls gesichert.'],
    cookies: ['Wir setzen ein Cookie, das sich Ihre Spracheinstellung merkt; Sie können es in Ihrem Browser jederzeit löschen.'],
    'statutory-contractual': ['Für die Aufnahme in die Genossenschaft müssen Sie uns Ihren Namen und Ihre Anschrift mitteilen; ohne diese Angaben ist eine Mitgliedschaft nicht möglich.'],
  },
  partly: {
    'automated-decision-making': [['Wir erstellen aus deinem Kaufverhalten ein Interessenprofil für Werbezwecke.', 'whether']],
  },
  never: {
    security: ['Bitte achten Sie beim Skifahren auf Ihre Sicherheit und tragen Sie einen Helm.'],
    children: ['Kinder unter sechs Jahren fahren auf dem Übungslift kostenlos.'],
    'dpo-contact': ['Bei Fragen zu Ihrer Bestellung wenden Sie sich an unseren Kundenservice unter service@apotheke.example.'],
  },
};

export const NL_R8: Corpus = {
  gives: {
    'dpo-contact': ['Heb je een vraag over privacy? Neem dan contact op met onze privacyfunctionaris via privacy@flexplek.example.'],
    'automated-decision-making': ['Wij gebruiken geen systemen die zonder menselijke tussenkomst besluiten over je lidmaatschap.'],
    children: ['Leerlingen onder de 16 jaar kunnen zich alleen inschrijven met toestemming van een ouder of voogd.'],
    'data-source': ['Je adresgegevens krijgen we van de gemeente als je je bij ons aanmeldt via de regeling voor minima.'],
    security: ['Onze systemen zijn beveiligd met versleuteling en tweestapsverificatie.'],
    cookies: ['Wij plaatsen analytische cookies om te meten hoe vaak pagina’s bezocht worden. Je kunt deze cookies weigeren via de cookiebanner.'],
    'statutory-contractual': ['Het opgeven van je telefoonnummer is niet verplicht.'],
  },
  partly: {
    'automated-decision-making': [['Op basis van je klikgedrag stellen we een profiel op om je persoonlijke aanbiedingen te tonen.', 'whether']],
  },
  never: {
    security: ['Laat je fiets nooit onbeheerd achter voor de deur van de flexplek.'],
    children: ['Kinderen tot 6 jaar krijgen gratis les tijdens de open dag.'],
    'dpo-contact': ['Voor vragen over je factuur kun je mailen naar administratie@flexplek.example.'],
  },
};

export const FR_R8: Corpus = {
  gives: {
    'dpo-contact': ['Vous pouvez joindre notre délégué à la protection des données par courrier à l’adresse de la pharmacie, en précisant « DPO » sur l’enveloppe.'],
    'automated-decision-making': ['L’admission à l’école de musique est décidée par le directeur ; aucun traitement automatisé n’intervient dans cette décision.'],
    children: ['Pour les élèves mineurs, l’inscription doit être effectuée par un parent ou un représentant légal.'],
    'data-source': ['Vos données d’ordonnance nous sont transmises par votre médecin via la messagerie sécurisée de santé.'],
    security: ['Les dossiers des élèves sont rangés dans une armoire fermée à clé et les fichiers informatiques sont protégés par mot de passe.'],
    cookies: ['Nous utilisons un cookie de mesure d’audience que tu peux désactiver à tout moment dans les paramètres de ton navigateur.'],
    'statutory-contractual': ['La fourniture de votre numéro de sécurité sociale est obligatoire pour la délivrance de médicaments remboursés.'],
  },
  partly: {
    'automated-decision-making': [['Nous analysons vos achats pour établir un profil et vous proposer des offres personnalisées.', 'whether']],
  },
  never: {
    security: ['Pour votre sécurité, gardez vos médicaments hors de portée des enfants.'],
    children: ['Les cours d’éveil musical accueillent les enfants dès 4 ans.'],
    'dpo-contact': ['Pour toute question sur votre abonnement, écrivez à accueil@musique.example.'],
  },
};
