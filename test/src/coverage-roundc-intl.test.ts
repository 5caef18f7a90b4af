// Issue 13, round C (session 13, helper roundc-intl): Dutch, German and French kinds a whole class of
// policies hits, each with a general row and a look-alike that must not give the item. Sentences are
// written fresh for these tests. Kinds: statutory-contractual said as a duty turned round, as data
// needed so the reader can do something, as "without X it is not possible / not allowed", as "à
// défaut"; a dated signature line as last-updated; a short bold or question label read as a column
// ("**Wer bekommt sie?** …"); recipients and sources named by their role; a purpose with its basis
// after a dash or resting on lit. f; lawful-basis in plain words; a German Land authority by its title.
import { test } from 'node:test';
import { assertRow, coverageOf } from './helpers/coverage-lang.js';

test('statutory-contractual: a duty turned round, data needed to be able to act, and what happens without it', () => {
  assertRow(coverageOf('nl', 'Om mee te mogen doen aan de toernooien is het invullen van je geboortedatum verplicht.', 'statutory-contractual'), 'present');
  assertRow(coverageOf('nl', 'Een telefoonnummer en een adres zijn nodig om een afspraak te kunnen maken; een foto is vrijwillig.', 'statutory-contractual'), 'present');
  assertRow(coverageOf('nl', 'Een paraplu is nodig om droog te blijven tijdens de wandeltocht.', 'statutory-contractual'), 'missing');
  assertRow(coverageOf('nl', 'Het invullen van de enquête kost ongeveer vijf minuten.', 'statutory-contractual'), 'missing');
  assertRow(coverageOf('de', 'Ohne Angabe einer Lieferadresse ist eine Bestellung nicht möglich.', 'statutory-contractual'), 'present');
  assertRow(coverageOf('de', 'Ohne Impfnachweis darf Ihr Hund nicht an den Kursen teilnehmen.', 'statutory-contractual'), 'present');
  assertRow(coverageOf('de', 'Ohne Regenschirm ist ein Spaziergang im Herbst nicht möglich.', 'statutory-contractual'), 'missing');
  assertRow(coverageOf('de', 'Solange Sie Kunde sind, benötigen wir die Daten aus Ihrem Vertrag.', 'statutory-contractual'), 'missing');
  assertRow(coverageOf('fr', "Votre adresse postale est nécessaire pour recevoir la carte de membre ; à défaut, nous ne pourrons pas vous l'envoyer.", 'statutory-contractual'), 'present');
  assertRow(coverageOf('fr', 'Un parapluie est nécessaire pour la sortie du dimanche.', 'statutory-contractual'), 'missing');
  assertRow(coverageOf('fr', 'Nous communiquons vos données lorsque la loi nous y oblige.', 'statutory-contractual'), 'missing');
});

test('last-updated: a dated signature line ("Place, date") is the notice’s date; a place with no date is none', () => {
  assertRow(coverageOf('de', 'Wir ändern diese Hinweise bei Bedarf.\n\nMünchen, im Mai 2024', 'last-updated'), 'present');
  assertRow(coverageOf('de', 'Wir ändern diese Hinweise bei Bedarf.\n\nFreiburg, 14.06.2023', 'last-updated'), 'present');
  assertRow(coverageOf('nl', 'Wij passen deze tekst soms aan.\n\nZwolle, 3 februari 2025', 'last-updated'), 'present');
  assertRow(coverageOf('fr', 'Nous pouvons modifier ce texte.\n\nFait à Rennes, le 4 mars 2025', 'last-updated'), 'present');
  assertRow(coverageOf('de', 'Unsere Geschäftsstelle: Berlin, Hauptstraße 3', 'last-updated'), 'missing');
  assertRow(coverageOf('de', 'Das Sommerfest findet in Bonn am 3. Juli 2025 statt.', 'last-updated'), 'missing');
});

test('a short label in bold or as a question ("**Wer bekommt sie?** …") is read as its column', () => {
  assertRow(coverageOf('nl', '**Wie krijgt ze?** De bond en de penningmeester.\n\n**Hoe lang?** Tot je opzegt.', 'recipients'), 'present');
  assertRow(coverageOf('de', '**Wer bekommt sie?** Der Verband und unsere Kassenwartin.\n\n**Wie lange?** Bis zum Austritt.', 'recipients'), 'present');
  assertRow(coverageOf('fr', "**Qui les reçoit ?** La fédération et notre trésorier.\n\n**Combien de temps ?** Jusqu'à votre départ.", 'recipients'), 'present');
  assertRow(coverageOf('nl', '**Wie zijn we?** Een club van vrijwilligers.\n\n**Waar?** Op het sportpark aan de rivier.', 'recipients'), 'missing');
});

test('recipients and sources named by their role (employer, lab, federation, a linked account)', () => {
  assertRow(coverageOf('nl', 'Meld je je aan voor een cursus, dan sturen we je naam door naar de docent.', 'recipients'), 'present');
  assertRow(coverageOf('fr', 'Nous communiquons votre nom à la fédération pour votre licence.', 'recipients'), 'present');
  assertRow(coverageOf('nl', 'Het laboratorium is verhuisd naar de Dorpsstraat.', 'recipients'), 'missing');
  assertRow(coverageOf('fr', 'Le laboratoire est ouvert le samedi matin.', 'recipients'), 'missing');
  assertRow(coverageOf('nl', 'Uitslagen van bloedonderzoek ontvangen wij van het laboratorium.', 'data-source'), 'present');
  assertRow(coverageOf('nl', 'Je kunt je foto ophalen bij de fotograaf.', 'data-source'), 'missing');
});

test('legitimate-interests: a purpose with its basis after a dash or in brackets, or resting on lit. f', () => {
  assertRow(coverageOf('nl', 'Wij verwerken uw gegevens voor de volgende doelen:\n\n- het afhandelen van uw bestelling — uitvoering van de overeenkomst;\n- het beveiligen van ons netwerk tegen inbraak — gerechtvaardigd belang.', 'legitimate-interests'), 'present');
  assertRow(coverageOf('nl', 'Sommige verwerkingen doen we op basis van gerechtvaardigd belang.', 'legitimate-interests'), 'partial');
  assertRow(coverageOf('de', 'Die Videoüberwachung des Lagers zum Schutz vor Diebstahl stützt sich auf Art. 6 Abs. 1 lit. f DSGVO.', 'legitimate-interests'), 'present');
  assertRow(coverageOf('de', 'Einige Verarbeitungen stützen sich auf Art. 6 Abs. 1 lit. f DSGVO.', 'legitimate-interests'), 'partial');
  assertRow(coverageOf('fr', 'Nous traitons vos données pour les finalités suivantes :\n\n- la livraison de la commande – exécution du contrat ;\n- la détection des fraudes au paiement – intérêt légitime.', 'legitimate-interests'), 'present');
  assertRow(coverageOf('fr', 'Certains traitements reposent sur notre intérêt légitime.', 'legitimate-interests'), 'partial');
});

test('lawful-basis in plain words: consent obtained, a named law that obliges us; a disclosure "when the law requires" is none', () => {
  assertRow(coverageOf('de', 'Für Fotos auf der Website holen wir vorher Ihre schriftliche Einwilligung ein.', 'lawful-basis'), 'present');
  assertRow(coverageOf('de', 'Ihre Arbeitszeiten müssen wir nach dem Arbeitszeitgesetz aufzeichnen.', 'lawful-basis'), 'present');
  assertRow(coverageOf('de', 'Das Gesetz über die Feuerwehr regelt die Einsatzzeiten.', 'lawful-basis'), 'missing');
  assertRow(coverageOf('fr', 'Nous conservons vos factures car la loi nous y oblige.', 'lawful-basis'), 'present');
  assertRow(coverageOf('fr', 'Nous communiquons vos données lorsque la loi nous y oblige.', 'lawful-basis'), 'missing');
});

test('complaint-authority: a German Land authority by its own title; a complaint to the board is not one', () => {
  assertRow(coverageOf('de', 'Sie können sich bei der Berliner Datenschutz- und Informationsbeauftragten beschweren.', 'complaint-authority'), 'present');
  assertRow(coverageOf('de', '## Beschwerden\n\nWer meint, dass wir gegen den Datenschutz verstoßen, kann sich an das Landesamt für Datenschutzaufsicht wenden.', 'complaint-authority'), 'present');
  assertRow(coverageOf('de', 'Beschwerden über den Platzwart richten Sie an den Vorstand.', 'complaint-authority'), 'notpresent');
});
