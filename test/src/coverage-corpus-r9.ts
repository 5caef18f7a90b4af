// Coverage in Dutch, German and French, a ninth round: a last blind probe of the session, on the
// rights, retention and the controller, in the words of small organisations (a choir, a driving
// instructor, a bakery, a translator, a beekeepers' club). The session's report gives how many
// failed before the fixes they needed. gives / partly / never as in coverage-corpus-nl.ts.
import type { Corpus } from './helpers/coverage-lang.js';

export const DE_R9: Corpus = {
  gives: {
    'right-access': ['Welche Daten wir über Sie gespeichert haben, teilen wir Ihnen auf Nachfrage gerne mit.'],
    'right-rectification': ['Stimmt etwas an Ihren Angaben nicht, korrigieren wir es, sobald Sie uns Bescheid geben.'],
    'right-portability': ['Ihre Probenprotokolle geben wir Ihnen auf Wunsch als Datei heraus, die Sie in andere Programme übernehmen können.'],
    retention: ['Die Kontaktdaten ehemaliger Chormitglieder löschen wir ein Jahr nach dem Austritt.'],
    'controller-identity': ['Diese Seite betreibt der Imkerverein Summtal e. V., Lindenweg 2, 88212 Ravensburg.'],
  },
  partly: {},
  never: {
    'right-portability': ['Die Übertragung des Konzerts im Livestream ist kostenlos.'],
    retention: ['Honig bewahren Sie am besten kühl und trocken auf.'],
  },
};

export const NL_R9: Corpus = {
  gives: {
    'right-access': ['Op verzoek vertellen we je welke gegevens we over je hebben opgeslagen.'],
    'right-rectification': ['Klopt er iets niet in je gegevens, laat het ons weten, dan passen we het aan.'],
    'right-portability': ['Op verzoek sturen we je lesgegevens als bestand dat je in een andere app kunt inlezen.'],
    retention: ['Gegevens van oud-leden van het koor wissen we een jaar na hun vertrek.'],
    'controller-identity': ['Deze website wordt beheerd door Bakkerij Het Gouden Korenaar, Marktstraat 3, 4331 LK Middelburg.'],
  },
  partly: {},
  never: {
    'right-portability': ['Het overdragen van je lespakket aan een vriend is niet toegestaan.'],
    retention: ['Bewaar het brood op een koele, droge plaats.'],
  },
};

export const FR_R9: Corpus = {
  gives: {
    'right-access': ['Sur demande, nous vous indiquons quelles informations nous détenons à votre sujet.'],
    'right-rectification': ['Si une de vos informations est fausse, signalez-le-nous et nous la corrigerons.'],
    'right-portability': ['Sur demande, nous vous remettons vos données dans un fichier que vous pouvez importer dans un autre logiciel.'],
    retention: ['Les coordonnées des anciens choristes sont supprimées un an après leur départ.'],
    'controller-identity': ['Ce site est géré par la boulangerie Au Pain Doré, 5 rue du Marché, 67000 Strasbourg.'],
  },
  partly: {},
  never: {
    'right-portability': ['Le transfert de votre abonnement à une autre personne n’est pas autorisé.'],
    retention: ['Conservez le pain dans un endroit frais et sec.'],
  },
};
