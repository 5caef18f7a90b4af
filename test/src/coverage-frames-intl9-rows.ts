// Issue 13, ninth round (session 18, helper cov-intl): held-out sentences for Dutch, German and
// French, by kind: the right to object read by what is objected to (processing, a use of the
// reader's data, profiling, marketing, or a bare right in a rights list) against objections to a
// fee, a club's or a committee's ruling, an exclusion, a bill, a comment, a person's presence or a
// municipal plan; automated decisions named in other words (an account blocked or an application
// refused automatically, reviewed by a person) and long negative statements; purposes given with
// "servir/dienen" and an adverb between; a minimum age for an account given by "von/door Personen
// ab …". BATCH_A was written BEFORE any change of this round (main is scored on it, then the data
// improved); BATCH_B AFTER, with the data frozen: its figure is the generalisation figure.
// `node scripts/score-rows.js . --rows=intl9 --batch=a|b|all` counts the wrong rows.
import type { IntlRow } from './coverage-frames-intl-rows.js';

export const BATCH_A: IntlRow[] = [
  ['nl', 'right-objection', 'present', 'Je kunt bezwaar maken tegen het gebruik van je gegevens om een profiel van je koopgedrag op te stellen.'],
  ['nl', 'right-objection', 'present', 'Als klant heb je recht op inzage, correctie, verwijdering en bezwaar.'],
  ['nl', 'right-objection', 'notpresent', 'Tegen de hoogte van de jaarlijkse bijdrage kunnen leden bezwaar maken bij de kascommissie.'],
  ['nl', 'right-objection', 'notpresent', 'Wie het niet eens is met de indeling in een team, kan binnen een week bezwaar maken bij de jeugdcommissie.'],
  ['nl', 'right-objection', 'notpresent', 'Omwonenden kunnen tot 1 mei bezwaar maken tegen de kap van de bomen in het park.'],
  ['nl', 'right-objection', 'notpresent', 'Tegen een schorsing door het bestuur kan het lid bezwaar aantekenen bij de ledenvergadering.'],
  ['de', 'right-objection', 'present', 'Der Verarbeitung Ihrer Daten zur Bildung von Nutzerprofilen können Sie jederzeit widersprechen.'],
  ['de', 'right-objection', 'present', 'Ihnen stehen die Rechte auf Auskunft, Berichtigung, Löschung und Widerspruch zu.'],
  ['de', 'right-objection', 'notpresent', 'Gegen die Festsetzung des Mitgliedsbeitrags kann jedes Mitglied beim Vorstand Widerspruch einlegen.'],
  ['de', 'right-objection', 'notpresent', 'Gegen die Entscheidung des Schiedsausschusses ist ein Widerspruch binnen zwei Wochen möglich.'],
  ['de', 'right-objection', 'notpresent', 'Mieter können der Nebenkostenabrechnung innerhalb von zwölf Monaten widersprechen.'],
  ['de', 'right-objection', 'notpresent', 'Den Kommentaren anderer Leser können Sie unter jedem Artikel öffentlich widersprechen.'],
  ['fr', 'right-objection', 'present', 'Vous pouvez à tout moment vous opposer à l’utilisation de vos données pour établir votre profil.'],
  ['fr', 'right-objection', 'present', 'Vous disposez d’un droit d’accès, de rectification, d’effacement et d’opposition.'],
  ['fr', 'right-objection', 'notpresent', 'Tout membre peut s’opposer à la décision d’exclusion devant l’assemblée générale.'],
  ['fr', 'right-objection', 'notpresent', 'Les familles peuvent contester le montant de la participation et faire opposition auprès du trésorier.'],
  ['fr', 'right-objection', 'notpresent', 'Chaque patient peut s’opposer à la présence d’un étudiant pendant la consultation.'],
  ['fr', 'right-objection', 'notpresent', 'Les riverains peuvent s’opposer au projet d’extension du parking lors de la réunion publique.'],
  ['fr', 'automated-decision-making', 'present', 'Aucune décision ayant des conséquences juridiques pour vous ou vous touchant de façon importante n’est prise uniquement par un traitement automatisé.'],
  ['nl', 'automated-decision-making', 'present', 'Bij verdacht gebruik kan ons systeem een account automatisch blokkeren. Een medewerker beoordeelt die blokkade daarna als je dat vraagt.'],
  ['de', 'automated-decision-making', 'present', 'Bei Verdacht auf Betrug sperrt unser System ein Kundenkonto automatisch. Auf Ihren Wunsch prüft ein Mitarbeiter die Sperre.'],
  ['fr', 'automated-decision-making', 'present', 'Notre outil peut refuser automatiquement une demande de location incomplète ; un conseiller réexamine ce refus si vous le demandez.'],
  ['de', 'automated-decision-making', 'missing', 'Die App sperrt den Bildschirm automatisch nach fünf Minuten ohne Eingabe.'],
  ['nl', 'automated-decision-making', 'missing', 'De app blokkeert automatisch advertenties op de websites die je bezoekt.'],
  ['fr', 'automated-decision-making', 'missing', 'Le filtre de la messagerie bloque automatiquement les courriels indésirables.'],
  ['fr', 'purposes', 'present', 'Ces renseignements servent seulement à gérer les inscriptions et les paiements.'],
  ['nl', 'purposes', 'present', 'Deze gegevens dienen alleen voor het plannen van de lessen en het innen van het lesgeld.'],
  ['de', 'purposes', 'present', 'Diese Angaben dienen ausschließlich der Verwaltung der Mitgliedschaft.'],
  ['fr', 'purposes', 'missing', 'Ces outils servent seulement à décorer la salle.'],
  ['de', 'purposes', 'missing', 'Der Raum dient ausschließlich der Lagerung von Vereinsmaterial.'],
  ['de', 'children', 'present', 'Ein Konto kann nur von Personen ab 16 Jahren eröffnet werden.'],
  ['nl', 'children', 'present', 'Een account kan alleen worden aangemaakt door personen van 18 jaar en ouder.'],
  ['fr', 'children', 'present', 'Seules les personnes âgées de 18 ans ou plus peuvent créer un compte.'],
  ['de', 'children', 'notpresent', 'Mitglieder über 18 Jahren zahlen den vollen Jahresbeitrag.'],
  ['fr', 'automated-decision-making', 'present', 'Nous ne prenons aucune décision qui produit des effets juridiques pour un client ou qui l’affecte de manière comparable sur le seul fondement d’un traitement automatisé.'],
  ['de', 'automated-decision-making', 'present', 'Eine Entscheidung, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt, treffen wir nie allein auf Grundlage einer automatisierten Verarbeitung.'],
  ['nl', 'automated-decision-making', 'present', 'Een besluit dat rechtsgevolgen voor je heeft of je op een vergelijkbare manier in aanmerkelijke mate treft, nemen wij nooit uitsluitend op basis van geautomatiseerde verwerking.'],
  ['nl', 'right-objection', 'notpresent', 'Leden die het oneens zijn met een boete van de tuchtcommissie, kunnen daartegen schriftelijk bezwaar maken.'],
  ['de', 'right-objection', 'notpresent', 'Gegen den Ausschluss aus dem Kurs kann der Teilnehmer binnen einer Woche Widerspruch bei der Schulleitung erheben.'],
];

export const BATCH_B: IntlRow[] = [];
