// Whole website policies in Dutch, German and French, written blind in our own words for issue 13,
// each with its whole expected report decided before the checker was run (the deciding sentence is
// the one the expectation rests on). Round A: four per language, in styles the earlier rounds lack
// (a Dutch web shop with a cookie table, a Flemish municipality, a Flemish dentist who cites the
// rights by article number, a recruiter that finds people on public profiles; a German choir Verein,
// a German SaaS with a section on processing for its customers, a Swiss app under the revised act
// with GDPR references, an Austrian ski school; a French association loi 1901, a Quebec app under
// Law 25, a French shop whose items are mostly only half given, a Brussels insurance broker with a
// table and an automated estimate). Round B: two more per language, written after A's fixes;
// round C: one more per language, written after B's.
// corpus/coverage-site-policies.test.ts holds each whole report.
import type { SitePolicy } from './coverage-site-policies.js';
import { expect } from './coverage-site-policies-r6.js';

export const SITE_POLICIES_S8A: SitePolicy[] = [
  {
    lang: 'nl',
    name: 'a Dutch cheese web shop that says je, with a cookie table',
    body: `Laatst bijgewerkt: 12 februari 2026

## Wie zijn wij?

Kaashandel De Gouden Korst V.O.F., Vismarkt 9, 9712 CA Groningen (KvK 41052877), verkoopt kaas via deze webwinkel. Wij zijn verantwoordelijk voor wat er met je gegevens gebeurt. Mail ons op privacy@goudenkorst.example.

## Welke gegevens gebruiken we?

Als je bestelt, hebben we je naam, bezorgadres, e-mailadres en telefoonnummer nodig. Zonder deze gegevens kunnen we je bestelling niet bezorgen.

We gebruiken die gegevens om je bestelling te verwerken, te bezorgen en af te rekenen. Dat doen we omdat het nodig is voor de koopovereenkomst met jou.

## Wie krijgt je gegevens?

Je naam en adres geven we aan PostNL, dat je pakket bezorgt. Betalingen lopen via Mollie. Met beide hebben we een verwerkersovereenkomst.

We geven je gegevens niet door aan landen buiten de Europese Economische Ruimte, tenzij daar passende waarborgen voor zijn.

## Hoe lang bewaren we je gegevens?

Bestellingen en facturen bewaren we zeven jaar, omdat de Belastingdienst dat eist. Heb je een account, dan bewaren we je accountgegevens tot je het account opheft.

## Cookies

| Cookie | Van wie | Waarvoor | Hoe lang |
|---|---|---|---|
| winkelmand | De Gouden Korst | onthoudt wat er in je winkelmand zit | tot je de browser sluit |
| _pk_id | Matomo (eigen server) | telt bezoeken zonder je te herkennen | 13 maanden |

Je kunt cookies weigeren of verwijderen in de instellingen van je browser; de winkelmand werkt dan niet meer.

## Jouw rechten

Je mag ons vragen welke gegevens we van je hebben, ze aan te passen of ze te wissen. Je mag ook bezwaar maken tegen het gebruik van je gegevens of ze in een gangbaar bestandsformaat meekrijgen. Stuur je verzoek naar privacy@goudenkorst.example; je krijgt binnen vier weken antwoord.

Ben je het niet eens met hoe we met je gegevens omgaan? Dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens.
`,
    // transfers: "niet ... buiten de EER, tenzij daar passende waarborgen voor zijn" names no safeguard.
    expected: expect(['last-updated', 'controller-identity', 'purposes', 'lawful-basis', 'recipients', 'retention', 'cookies', 'right-access', 'right-rectification', 'right-erasure', 'right-objection', 'right-portability', 'complaint-authority', 'statutory-contractual', 'data-categories'], { 'international-transfers': 'safeguard' }),
  },
  {
    lang: 'nl',
    name: 'a Flemish municipality with an officer and the Flemish supervisory commission',
    body: `## Wie is verantwoordelijk?

Het gemeentebestuur van Heidebroek, Dorpsplein 1, 2990 Heidebroek, is verwerkingsverantwoordelijke voor de persoonsgegevens die de gemeentelijke diensten verwerken. U kunt ons bereiken via info@heidebroek.example of op 03 555 12 00.

## Functionaris voor gegevensbescherming

De gemeente heeft een functionaris voor gegevensbescherming aangesteld. U kunt hem bereiken via dpo@heidebroek.example.

## Waarom verwerken wij uw gegevens?

Wij verwerken uw gegevens om onze taken als lokaal bestuur uit te voeren: het bevolkingsregister bijhouden, identiteitskaarten en rijbewijzen afleveren, omgevingsvergunningen behandelen en premies uitbetalen. Meestal doen wij dat omdat een wet of decreet het ons oplegt of omdat het nodig is voor een taak van algemeen belang. Voor de nieuwsbrief vragen wij uw toestemming.

## Van wie krijgen wij gegevens?

Een deel van uw gegevens halen wij uit het Rijksregister en uit de Kruispuntbank van de Sociale Zekerheid.

## Met wie delen wij uw gegevens?

Wij geven uw gegevens alleen door aan andere overheden als een wet dat toelaat, bijvoorbeeld aan de Vlaamse belastingdienst of de politie.

## Hoe lang bewaren wij uw gegevens?

Wij bewaren uw gegevens niet langer dan nodig voor het doel waarvoor wij ze verkregen hebben.

## Uw rechten

U hebt het recht om uw gegevens in te kijken en om onjuiste gegevens te laten verbeteren. In sommige gevallen kunt u ook vragen om uw gegevens te wissen of het gebruik ervan te beperken. Uw toestemming voor de nieuwsbrief kunt u altijd intrekken via de link onderaan elke nieuwsbrief.

Bent u niet tevreden over ons antwoord, dan kunt u klacht indienen bij de Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens.

## Veiligheid

Onze medewerkers hebben alleen toegang tot de gegevens die zij voor hun taak nodig hebben, en onze systemen worden regelmatig op beveiligingslekken getest.
`,
    // withdraw-consent: only the newsletter's consent, by its link. Partial in earlier rounds; session 24: the newsletter
    // is said apart to be the one use resting on consent, and that consent is withdrawable at any time ("altijd"): the
    // whole item (`sole`, Art. 13(2)(c)).
    expected: expect(['controller-identity', 'dpo-contact', 'purposes', 'lawful-basis', 'data-source', 'recipients', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'withdraw-consent', 'complaint-authority', 'security'], { retention: 'period' }),
  },
  {
    lang: 'nl',
    name: 'a Flemish dentist who cites the rights by article number',
    body: `Tandartsenpraktijk Smile Lier
Kartuizersvest 40, 2500 Lier
Tandarts: dr. Pieter Van Looy
Telefoon: 03 555 78 90 – e-mail: onthaal@smilelier.example

## Waarvoor gebruiken wij uw gegevens?

Uw gegevens worden gebruikt voor uw tandheelkundige behandeling, het bijhouden van uw patiëntendossier en de facturatie aan uw ziekenfonds. Wij verwerken uw gegevens omdat de wet op de patiëntenrechten ons verplicht een dossier bij te houden, en omdat dit nodig is voor de zorg die u bij ons komt zoeken.

## Welke gegevens?

Identiteitsgegevens, rijksregisternummer, contactgegevens, uw medische voorgeschiedenis, röntgenfoto's en de behandelingen die u kreeg.

## Doorgeven

Uw gegevens worden gedeeld met uw ziekenfonds via het eHealth-platform, en met het tandtechnisch labo dat uw kroon of prothese maakt. Uw dossier wordt bewaard op servers in België.

## Bewaartermijn

Wij bewaren uw patiëntendossier minstens 30 jaar na het laatste contact, zoals de wet voorschrijft.

## Uw rechten

U hebt de rechten die de artikelen 15 tot en met 18 en 21 van de AVG u geven. U kunt ze uitoefenen door een e-mail te sturen naar onthaal@smilelier.example.

Klachten kunt u richten aan de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel.
`,
    // The rights: "de rechten die de artikelen 15 tot en met 18 en 21 van de AVG u geven" (access,
    // rectification, erasure, restriction, objection by their articles; no portability).
    expected: expect(['controller-identity', 'purposes', 'lawful-basis', 'data-categories', 'recipients', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-objection', 'complaint-authority']),
  },
  {
    lang: 'nl',
    name: 'a recruitment agency that finds people on public profiles, says je',
    body: `## Over ons

Werving & Selectie Kompas B.V. („Kompas”) helpt werkzoekenden aan een baan in de techniek. Kompas is gevestigd aan de Stationsweg 22, 3511 ED Utrecht, en is bereikbaar via privacy@kompaswerving.example.

## Hoe komen wij aan je gegevens?

Meestal stuur je ons zelf je cv. Soms vinden we je profiel op LinkedIn of krijgen we je naam van een oud-collega die je aanbeveelt.

## Wat doen we ermee?

We gebruiken je cv, contactgegevens, opleiding en werkervaring om je voor te stellen aan werkgevers die iemand zoeken. Als we je zelf benaderen na het lezen van je openbare profiel, doen we dat op basis van ons gerechtvaardigd belang om geschikte kandidaten te vinden voor onze opdrachtgevers. Voor het bewaren van je cv na een sollicitatie vragen we je toestemming; die kun je op elk moment weer intrekken met een mailtje.

## Met wie delen we ze?

Je cv gaat alleen naar een werkgever nadat je daarmee hebt ingestemd. Ons kandidatensysteem wordt geleverd door een Amerikaans bedrijf; de doorgifte naar de VS is geregeld met de modelcontractbepalingen van de Europese Commissie.

## Selectie door een computer?

Nee. Een recruiter bekijkt elke sollicitatie zelf; er is geen software die kandidaten automatisch afwijst.

## Bewaren

Na afloop van een sollicitatieprocedure verwijderen we je gegevens binnen vier weken, tenzij je ons toestemming geeft ze een jaar te bewaren.

## Wat kun je zelf doen?

Je mag je gegevens inzien, laten verbeteren, laten verwijderen of laten overdragen, en je mag bezwaar maken tegen het benaderen op basis van je openbare profiel. Mail daarvoor naar privacy@kompaswerving.example. Klachten kun je ook kwijt bij de Autoriteit Persoonsgegevens.
`,
    // objection: to the one processing that rests on legitimate interests, which is Art. 21's.
    expected: expect(['controller-identity', 'data-source', 'purposes', 'data-categories', 'lawful-basis', 'legitimate-interests', 'withdraw-consent', 'recipients', 'international-transfers', 'automated-decision-making', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-portability', 'right-objection', 'complaint-authority']),
  },
  {
    lang: 'de',
    name: 'a choir Verein: rights by article number, retention so lange wie nötig',
    body: `## Verantwortlich

Gesangverein Harmonie 1872 e. V., vertreten durch die 1. Vorsitzende Gisela Brandt, Kirchgasse 4, 35390 Gießen, vorstand@harmonie-giessen.example

## Mitgliederdaten

Mit dem Aufnahmeantrag erheben wir Name, Anschrift, Geburtsdatum, Telefonnummer, E-Mail-Adresse und Bankverbindung. Diese Angaben brauchen wir, um die Mitgliedschaft zu verwalten und den Beitrag einzuziehen; Rechtsgrundlage ist die Mitgliedschaft nach unserer Satzung (Art. 6 Abs. 1 lit. b DSGVO). Ohne diese Angaben ist eine Aufnahme nicht möglich.

Name und Stimmlage jedes Mitglieds melden wir an den Chorverband Hessen, dem wir angehören.

## Fotos

Auf unserer Website und in der Lokalpresse zeigen wir Fotos von Konzerten, wenn die abgebildeten Mitglieder eingewilligt haben. Die Einwilligung kann jederzeit beim Vorstand widerrufen werden; danach entfernen wir die Bilder von der Website.

## Speicherdauer

Personenbezogene Daten speichern wir nur so lange wie nötig und löschen sie danach.

## Rechte der Mitglieder

Jedem Mitglied stehen die Rechte aus Art. 15, 16, 17, 18, 20 und 21 DSGVO zu. Außerdem besteht ein Beschwerderecht bei der Aufsichtsbehörde (Art. 77 DSGVO).
`,
    expected: expect(['controller-identity', 'data-categories', 'purposes', 'lawful-basis', 'statutory-contractual', 'recipients', 'withdraw-consent', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-portability', 'right-objection', 'complaint-authority'], { retention: 'period' }),
  },
  {
    lang: 'de',
    name: 'a German SaaS for shift planning with a section on processing for its customers',
    body: `Stand: Januar 2026

## 1. Wer ist verantwortlich?

Verantwortlich für die Verarbeitung auf dieser Website und in unserem Kundenkonto ist die Taktwerk Software GmbH, Speicherstraße 14, 44147 Dortmund, E-Mail: kontakt@taktwerk.example.

Unseren externen Datenschutzbeauftragten erreichen Sie unter dsb@taktwerk.example.

## 2. Auftragsverarbeitung für unsere Kunden

Unsere Kunden planen mit Taktwerk die Schichten ihrer Mitarbeitenden. Die Daten dieser Mitarbeitenden verarbeiten wir nur im Auftrag und nach Weisung des jeweiligen Kunden (Art. 28 DSGVO). Verantwortlich ist insoweit der Kunde; Fragen dazu richten Mitarbeitende bitte an ihren Arbeitgeber.

## 3. Kundenkonto und Vertrag

Für das Kundenkonto speichern wir Firmenname, Ansprechpartner, geschäftliche E-Mail-Adresse und Rechnungsdaten. Wir brauchen sie, um den Vertrag zu erfüllen und abzurechnen (Art. 6 Abs. 1 lit. b DSGVO). Rechnungsdaten bewahren wir zehn Jahre auf (§ 147 AO), die übrigen Kontodaten löschen wir drei Monate nach Vertragsende.

## 4. Server-Logfiles

Beim Aufruf der Website speichert der Server IP-Adresse, Zeitpunkt und aufgerufene Seite. Das dient unserem berechtigten Interesse, Angriffe zu erkennen und abzuwehren (Art. 6 Abs. 1 lit. f DSGVO). Die Logfiles werden nach 14 Tagen gelöscht.

## 5. Dienstleister und Drittländer

Wir hosten bei einem Rechenzentrumsbetreiber in Frankfurt am Main. Für den Versand von Systemmails setzen wir einen Dienstleister aus den USA ein; mit ihm haben wir die Standardvertragsklauseln der EU-Kommission vereinbart.

## 6. Automatisierte Entscheidungen

Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.

## 7. Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Datenübertragbarkeit. Verarbeitungen, die auf unserem berechtigten Interesse beruhen, können Sie aus Gründen, die sich aus Ihrer besonderen Situation ergeben, widersprechen. Zudem können Sie sich bei einer Datenschutzaufsichtsbehörde beschweren.

## 8. Sicherheit

Alle Verbindungen sind TLS-verschlüsselt; Kundendaten liegen verschlüsselt auf getrennten Datenbanken.

## 9. Änderungen

Wir passen diese Erklärung an, wenn sich unsere Dienste ändern. Über wesentliche Änderungen informieren wir Kunden per E-Mail.
`,
    // Written with statutory-contractual present ("Wir brauchen sie, um den Vertrag zu erfüllen");
    // revised: that is the lawful basis (Art. 6(1)(b)) and says nothing of whether the customer
    // must give the data or what follows if they do not (English data reads it the same way).
    expected: expect(['last-updated', 'controller-identity', 'dpo-contact', 'data-categories', 'purposes', 'lawful-basis', 'retention', 'legitimate-interests', 'recipients', 'international-transfers', 'automated-decision-making', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-portability', 'right-objection', 'complaint-authority', 'security', 'policy-changes']),
  },
  {
    lang: 'de',
    name: 'a Swiss meal-planning app under the revised act, with GDPR references, says du',
    body: `## Verantwortliche

Für die App „Tellerplan“ verantwortlich ist die Tellerplan GmbH, Badenerstrasse 120, 8004 Zürich, Schweiz, hallo@tellerplan.example. Unsere Vertreterin in der EU nach Art. 27 DSGVO ist die Repräsentanz Nord GmbH, Berliner Allee 8, 40212 Düsseldorf.

## Welche Personendaten wir bearbeiten

Wenn du ein Konto eröffnest, bearbeiten wir deine E-Mail-Adresse, deinen Vornamen und die Angaben zu Ernährung und Allergien, die du freiwillig machst. Ohne E-Mail-Adresse kannst du kein Konto eröffnen; die Angaben zur Ernährung kannst du weglassen.

## Wozu

Wir nutzen die Daten, um dir Wochenpläne und Einkaufslisten zu erstellen und dich per E-Mail über dein Konto zu informieren. Soweit die DSGVO auf dich anwendbar ist, beruht dies auf dem Vertrag mit dir (Art. 6 Abs. 1 lit. b DSGVO); Angaben zu Allergien bearbeiten wir nur mit deiner ausdrücklichen Einwilligung, die du in den Einstellungen jederzeit widerrufen kannst.

## Bekanntgabe ins Ausland

Unsere Server stehen in der Schweiz. Für den Versand von E-Mails nutzen wir einen Anbieter in den USA. Die Bekanntgabe erfolgt gestützt auf Standardvertragsklauseln, die vom EDÖB anerkannt sind.

## Aufbewahrung

Deine Daten bleiben gespeichert, solange dein Konto besteht. Nach der Löschung des Kontos entfernen wir sie innert 30 Tagen.

## Deine Rechte

Du kannst Auskunft darüber verlangen, welche Personendaten wir über dich bearbeiten, und deren Berichtigung oder Löschung verlangen. Du kannst zudem verlangen, dass wir dir deine Daten in einem gängigen elektronischen Format herausgeben. Wende dich dafür an hallo@tellerplan.example. Du hast das Recht, beim Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) oder, wenn du in der EU wohnst, bei der Aufsichtsbehörde deines Wohnsitzlandes Beschwerde einzulegen.

## Kinder

Tellerplan ist für Personen ab 16 Jahren gedacht.
`,
    // withdraw-consent: "Einwilligung, die du in den Einstellungen jederzeit widerrufen kannst" is at
    // any time and says how, for the one processing that rests on consent.
    expected: expect(['controller-identity', 'data-categories', 'statutory-contractual', 'purposes', 'lawful-basis', 'withdraw-consent', 'recipients', 'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-portability', 'complaint-authority', 'children']),
  },
  {
    lang: 'de',
    name: 'an Austrian ski school, several items only in part',
    body: `## Wer wir sind

Skischule Gipfelglück, Inhaber Florian Rainer, Dorfstraße 21, 6561 Ischgl, Österreich. Erreichbar über das Kontaktformular auf unserer Website oder telefonisch unter +43 5444 55 66.

## Buchung von Kursen

Für die Buchung eines Skikurses benötigen wir Name, Geburtsdatum und Könnensstufe der Teilnehmer sowie eine Telefonnummer für Notfälle. Bei Kindern erheben wir zusätzlich den Namen eines Elternteils. Wir verarbeiten diese Daten zur Durchführung des Kurses; ohne sie können wir Sie keiner passenden Gruppe zuteilen.

Manche Verarbeitungen stützen wir auf unser berechtigtes Interesse.

## Fotos

Während der Kurse fotografieren unsere Skilehrer die Gruppen. Die Bilder veröffentlichen wir nur mit Ihrer Einwilligung auf unserer Facebook-Seite.

## Weitergabe

Ihre Daten geben wir an die Bergbahnen weiter, wenn Sie mit dem Kurs einen Skipass buchen. Eine Übermittlung in Staaten außerhalb der EU erfolgt nur, wenn geeignete Garantien bestehen.

## Aufbewahrung

Wir bewahren Ihre Daten auf, solange es für die Abwicklung erforderlich ist, und darüber hinaus, solange gesetzliche Aufbewahrungspflichten bestehen.

## Ihre Rechte

Ihnen stehen grundsätzlich die Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit, Widerruf und Widerspruch zu. Wenn Sie glauben, dass die Verarbeitung Ihrer Daten gegen das Datenschutzrecht verstößt, können Sie sich bei der Datenschutzbehörde beschweren.
`,
    // Written with withdraw-consent partial ("Widerruf" among the rights, without "at any time");
    // revised: the project reads a named right of withdrawal as given, and "any-time" as absent only
    // where withdrawal is offered for marketing alone (docs/coverage-model.md).
    // children: written as present on "Bei Kindern erheben wir zusätzlich den Namen eines Elternteils.";
    // revised (session 14): a parent's name among what is noted is a data category, no statement of
    // how children's data is treated (as the labelled rounds s13-B/C read it).
    expected: expect(['controller-identity', 'data-categories', 'purposes', 'lawful-basis', 'statutory-contractual', 'recipients', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-portability', 'right-objection', 'withdraw-consent', 'complaint-authority'], { 'legitimate-interests': 'interests', 'international-transfers': 'safeguard', retention: 'period' }),
  },
  {
    lang: 'fr',
    name: 'a community garden association (loi 1901) that cites the rights by article number',
    body: `## L’association

Les Jardins Partagés du Faubourg, association régie par la loi du 1er juillet 1901, dont le siège est situé 7 rue des Tanneurs, 67000 Strasbourg, est responsable des traitements décrits ici. Contact : bureau@jardins-faubourg.example.

## Données collectées

Lors de l’adhésion, nous recueillons vos nom, prénom, adresse postale, adresse électronique et numéro de téléphone. Ces informations servent à tenir le registre des adhérents, à attribuer les parcelles et à vous convoquer à l’assemblée générale. Le traitement repose sur votre adhésion aux statuts de l’association.

## Paiement des cotisations

Les cotisations sont réglées en ligne via HelloAsso, qui reçoit les informations nécessaires au paiement.

## Lettre d’information

Si vous l’acceptez, nous vous envoyons une lettre d’information sur la vie des jardins. Vous pouvez vous désabonner à tout moment grâce au lien présent dans chaque envoi.

## Durée de conservation

Vos données sont conservées aussi longtemps que nécessaire à la gestion de l’association.

## Vos droits

Vous disposez des droits prévus aux articles 15 à 21 du RGPD. Pour les exercer, écrivez au bureau. Vous pouvez aussi saisir la CNIL.
`,
    // lawful-basis: "Le traitement repose sur votre adhésion aux statuts" (the membership contract).
    // Written with withdraw-consent partial (unsubscribing from the newsletter at any time);
    // revised to missing: the project's earlier tests read unsubscribing, with no word of consent,
    // as no withdrawal at all (both count as not given).
    expected: expect(['controller-identity', 'data-categories', 'purposes', 'lawful-basis', 'recipients', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-portability', 'right-objection', 'complaint-authority'], { retention: 'period' }),
  },
  {
    lang: 'fr',
    name: 'a Quebec cycling app under Law 25, with a person in charge of personal information',
    body: `## Qui sommes-nous ?

L’application Boussole Vélo est exploitée par Boussole Mobilité inc., 2100 rue Sainte-Catherine Ouest, Montréal (Québec) H3H 1M6.

## Responsable de la protection des renseignements personnels

Notre responsable de la protection des renseignements personnels est Mme Julie Tremblay. Vous pouvez lui écrire à vieprivee@boussolevelo.example.

## Renseignements que nous recueillons

Lorsque vous créez un compte, nous recueillons votre courriel et un pseudonyme. Pendant vos sorties, et seulement si vous y consentez, l’application enregistre vos trajets et votre vitesse.

## Pourquoi

Nous utilisons ces renseignements pour afficher vos trajets, calculer vos statistiques et vous proposer des itinéraires.

## Communication à des tiers

Nous ne vendons pas vos renseignements personnels. Nos serveurs sont gérés par un fournisseur infonuagique qui agit pour notre compte.

## Conservation

Vos trajets sont conservés tant que votre compte est actif ; ils sont détruits dans les 60 jours suivant la fermeture du compte.

## Vos droits

Vous pouvez demander l’accès aux renseignements que nous détenons sur vous et en demander la rectification s’ils sont inexacts. Vous pouvez également retirer votre consentement à l’enregistrement des trajets en tout temps dans les réglages de l’application. Si vous n’êtes pas satisfait de notre réponse, vous pouvez porter plainte auprès de la Commission d’accès à l’information du Québec.

## Mineurs

L’application ne s’adresse pas aux enfants de moins de 14 ans.
`,
    // dpo-contact: the person in charge of personal information with an address to write to.
    // lawful-basis: "seulement si vous y consentez". complaint: the Commission is a supervisory authority.
    expected: expect(['controller-identity', 'dpo-contact', 'data-categories', 'lawful-basis', 'purposes', 'recipients', 'retention', 'right-access', 'right-rectification', 'withdraw-consent', 'complaint-authority', 'children']),
  },
  {
    lang: 'fr',
    name: 'a pottery shop whose items are mostly only half given, with a cookie banner in prose',
    body: `Dernière mise à jour : 4 mars 2026

## Responsable du traitement

Atelier Terre & Feu SAS, 18 rue de la Poterie, 69002 Lyon – contact@terre-et-feu.example

## Ce que nous faisons de vos données

Nous utilisons vos coordonnées pour traiter vos commandes, assurer la livraison et répondre à vos messages. Ces traitements sont nécessaires à l’exécution du contrat de vente. Nous pouvons aussi traiter certaines données sur le fondement de notre intérêt légitime.

## Transferts

Certains de nos prestataires peuvent accéder à vos données depuis des pays situés hors de l’Union européenne. Dans ce cas, nous nous assurons que des garanties appropriées sont mises en place.

## Conservation

Nous conservons vos données aussi longtemps que nécessaire aux finalités pour lesquelles elles ont été collectées, dans le respect de nos obligations légales.

## Cookies

Lors de votre première visite, un bandeau vous permet d’accepter ou de refuser les cookies de mesure d’audience. Les cookies indispensables au panier sont toujours déposés. Vous pouvez modifier votre choix à tout moment en cliquant sur « Gérer les cookies » en bas de page.

## Vos droits

Vous pouvez accéder à vos données, les faire rectifier ou supprimer, et vous opposer à leur traitement. Écrivez-nous à contact@terre-et-feu.example. En cas de désaccord, vous pouvez adresser une réclamation à la CNIL.
`,
    // withdraw-consent: changing one's cookie choice is the cookies item, not a word on consent.
    // data-categories: "vos coordonnées".
    expected: expect(['last-updated', 'controller-identity', 'data-categories', 'purposes', 'lawful-basis', 'recipients', 'cookies', 'right-access', 'right-rectification', 'right-erasure', 'right-objection', 'complaint-authority'], { 'legitimate-interests': 'interests', 'international-transfers': 'safeguard', retention: 'period' }),
  },
  {
    lang: 'fr',
    name: 'a Brussels insurance broker with a table and an automated premium estimate',
    body: `## 1. Qui sommes-nous ?

Courtage Delvaux SRL, avenue Louise 251, 1050 Bruxelles (BCE 0712.345.678), courtier en assurances, est responsable du traitement de vos données personnelles.

## 2. Délégué à la protection des données

Pour toute question relative à vos données, vous pouvez contacter notre délégué à la protection des données par courriel à dpo@delvaux-courtage.example ou par courrier à l’adresse ci-dessus.

## 3. D’où viennent vos données ?

Nous recevons vos données directement de vous, mais aussi de sites comparateurs lorsque vous y demandez un devis, et des compagnies d’assurances avec lesquelles vous avez déjà un contrat.

## 4. Finalités et bases juridiques

| Finalité | Base juridique | Durée de conservation |
|---|---|---|
| Établir une offre d’assurance | mesures précontractuelles | 1 an après l’offre |
| Gérer vos contrats et sinistres | exécution du contrat | 10 ans après la fin du contrat |
| Lutte contre la fraude | intérêt légitime à prévenir la fraude à l’assurance | 5 ans |
| Lettre d’information | consentement | jusqu’au retrait du consentement |

Si vous ne nous communiquez pas les informations demandées dans le questionnaire, nous ne pourrons pas vous proposer d’offre.

## 5. Destinataires

Vos données sont transmises aux compagnies d’assurances auprès desquelles nous plaçons votre contrat et, en cas de sinistre, aux experts désignés.

## 6. Décision automatisée

Pour les assurances auto, un logiciel calcule une première estimation de prime à partir de votre âge, de votre véhicule et de vos sinistres antérieurs. Cette estimation est toujours revue par un de nos courtiers avant l’envoi de l’offre ; aucune décision n’est prise uniquement de manière automatisée.

## 7. Vos droits

Vous avez le droit d’accéder à vos données, de les faire rectifier ou effacer, de demander la limitation du traitement, de vous opposer au traitement fondé sur notre intérêt légitime et de recevoir vos données dans un format structuré. Vous pouvez retirer votre consentement à tout moment, sans que cela remette en cause les traitements antérieurs. Vous pouvez également introduire une réclamation auprès de l’Autorité de protection des données (www.autoriteprotectiondonnees.be).
`,
    // controller: a name with a postal address is a way to reach it.
    // data-categories: "votre âge, votre véhicule et vos sinistres antérieurs".
    expected: expect(['controller-identity', 'dpo-contact', 'data-source', 'purposes', 'lawful-basis', 'legitimate-interests', 'retention', 'statutory-contractual', 'recipients', 'automated-decision-making', 'data-categories', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-objection', 'right-portability', 'withdraw-consent', 'complaint-authority']),
  },
];

/** Round B: two more per language, written blind after round A's fixes. */
export const SITE_POLICIES_S8B: SitePolicy[] = [
  {
    lang: 'nl',
    name: 'a childcare organisation with parents’ and children’s data',
    body: `## Wie zijn wij?

Kinderopvang De Speelboom B.V., Lindelaan 14, 3818 KD Amersfoort, verzorgt dagopvang en buitenschoolse opvang. Wij zijn verantwoordelijk voor de verwerking van de gegevens van ouders en kinderen. U bereikt ons via administratie@despeelboom.example of 033 555 40 40.

## Welke gegevens?

Van ouders: naam, adres, telefoonnummer, e-mailadres, BSN en bankrekeningnummer. Van kinderen: naam, geboortedatum, BSN, gegevens over allergieën en medicijngebruik, en observaties van de pedagogisch medewerkers.

## Waarvoor?

Wij gebruiken deze gegevens om de opvang te plannen, de ontwikkeling van uw kind te volgen, u op de hoogte te houden en de kosten te factureren. Het BSN hebben wij nodig omdat de Belastingdienst dat voorschrijft voor de jaaropgave voor de kinderopvangtoeslag; zonder BSN kunnen wij geen jaaropgave maken.

Foto's van uw kind plaatsen wij alleen in de ouder-app als u daarvoor toestemming hebt gegeven. Die toestemming kunt u op elk moment intrekken bij de locatiemanager.

## Met wie delen wij gegevens?

De ouder-app wordt geleverd door een softwarebedrijf dat uw gegevens in onze opdracht verwerkt. Bij de overstap naar de basisschool geven wij, alleen met uw toestemming, een overdrachtsformulier mee aan de school.

## Hoe lang?

Wij bewaren de gegevens zolang als nodig is.

## Uw rechten

U kunt uw gegevens en die van uw kind inzien en laten aanpassen. Ook kunt u vragen om gegevens te laten verwijderen. Heeft u een klacht, dan kunt u die indienen bij de Autoriteit Persoonsgegevens.
`,
    // statutory-contractual: "zonder BSN kunnen wij geen jaaropgave maken". children: the children's data listed.
    expected: expect(['controller-identity', 'data-categories', 'children', 'purposes', 'lawful-basis', 'statutory-contractual', 'withdraw-consent', 'recipients', 'right-access', 'right-rectification', 'right-erasure', 'complaint-authority'], { retention: 'period' }),
  },
  {
    lang: 'nl',
    name: 'a Flemish festival app that says je, with a cookie banner in prose',
    body: `Laatste wijziging: 1 april 2026

## Wie zijn we?

De app Zomerklanken is van Zomerklanken vzw, Veldstraat 88, 9000 Gent. Heb je een vraag over je gegevens? Stuur een mailtje naar privacy@zomerklanken.example.

## Wat we verzamelen

Als je een ticket koopt, vragen we je naam, e-mailadres en geboortedatum. Je geboortedatum hebben we nodig omdat sommige zones pas vanaf 18 jaar toegankelijk zijn. In de app kun je favoriete optredens aanduiden; die lijst blijft op je toestel.

## Waarom

We gebruiken je gegevens om je ticket te leveren, je toegang te controleren aan de ingang en je op de dag zelf te verwittigen bij wijzigingen in het programma. Dat is nodig om de overeenkomst met jou uit te voeren. Om fraude met tickets te voorkomen, controleren we verdachte aankopen; dat doen we op basis van ons gerechtvaardigd belang.

## Met wie

Tickets verkopen we via een ticketingbedrijf dat je gegevens voor ons verwerkt. Dat bedrijf bewaart gegevens in de Verenigde Staten en is aangesloten bij het EU-VS Data Privacy Framework.

## Cookies op de website

Onze website gebruikt alleen analytische cookies als je daarvoor kiest in de cookiebanner. Je kunt je keuze altijd wijzigen via de link ‘Cookie-instellingen’ onderaan elke pagina.

## Bewaren

We wissen je ticketgegevens zes maanden na het festival.

## Je rechten

Je hebt recht op inzage, verbetering, verwijdering, beperking van de verwerking, overdraagbaarheid en bezwaar. Mail ons en we antwoorden binnen een maand. Je kunt ook klacht indienen bij de Gegevensbeschermingsautoriteit.
`,
    // statutory-contractual: "Je geboortedatum hebben we nodig omdat …" says why it is needed, not
    // that one must give it or what follows if not (as round A's revised German SaaS).
    // withdraw-consent: changing a cookie choice is the cookies item (as round A's pottery shop).
    expected: expect(['last-updated', 'controller-identity', 'data-categories', 'purposes', 'lawful-basis', 'legitimate-interests', 'recipients', 'international-transfers', 'cookies', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-portability', 'right-objection', 'complaint-authority']),
  },
  {
    lang: 'de',
    name: 'an e-learning platform that says du, with videos hosted in the US',
    body: `## Verantwortlich

Lernwerk Digital GmbH
Schanzenstraße 31
20357 Hamburg
E-Mail: datenschutz@lernwerk.example

## Dein Konto

Für dein Konto speichern wir deinen Namen, deine E-Mail-Adresse, deine gebuchten Kurse und deinen Lernfortschritt. Das brauchen wir, um dir die Kurse bereitzustellen (Art. 6 Abs. 1 lit. b DSGVO). Wenn du dein Konto löschst, löschen wir diese Daten innerhalb von 30 Tagen; Rechnungen heben wir zehn Jahre auf.

## Kursvideos

Unsere Kursvideos liegen bei Vimeo (Vimeo.com, Inc., USA). Beim Abspielen werden deine IP-Adresse und technische Daten an Vimeo übertragen. Grundlage der Übermittlung in die USA sind die Standardvertragsklauseln der EU-Kommission.

## Lernempfehlungen

Aus deinem Lernfortschritt berechnet die Plattform, welche Lektion du als Nächstes bearbeiten solltest. Das ist nur ein Vorschlag; rechtliche Wirkung hat er für dich nicht.

## Newsletter

Unseren Newsletter bekommst du nur, wenn du ihn ausdrücklich bestellst. Diese Einwilligung kannst du jederzeit widerrufen, indem du auf den Abmeldelink klickst oder uns schreibst.

## Deine Rechte

Du kannst Auskunft über deine Daten verlangen, falsche Daten berichtigen und Daten löschen lassen. Du kannst außerdem die Einschränkung der Verarbeitung verlangen und deine Daten in einem maschinenlesbaren Format erhalten. Wenn du meinst, dass wir gegen Datenschutzrecht verstoßen, kannst du dich bei einer Aufsichtsbehörde beschweren.
`,
    // Written with withdraw-consent partial (the newsletter's consent only, as the yoga studio of an
    // earlier round); revised to present: the newsletter is the one processing that rests on
    // consent, and the sentence says it can be withdrawn at any time and how, by the link or by
    // writing (the yoga studio offered the link alone). A judgement call, named in the report.
    // automated-decision-making: a suggestion computed from progress, said to have no legal effect.
    expected: expect(['controller-identity', 'data-categories', 'purposes', 'lawful-basis', 'retention', 'recipients', 'international-transfers', 'automated-decision-making', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-portability', 'withdraw-consent', 'complaint-authority']),
  },
  {
    lang: 'de',
    name: 'a Basel dental practice under the Swiss act only',
    body: `## Verantwortliche Stelle

Zahnarztpraxis Dr. med. dent. Lukas Meier, Steinenvorstadt 12, 4051 Basel, Telefon 061 555 22 33, praxis@zahnarzt-meier.example

## Welche Personendaten wir bearbeiten

Wir bearbeiten Ihre Personalien, Ihre Versicherungsangaben, Ihre Krankengeschichte, Röntgenbilder und Behandlungsberichte.

## Zweck

Die Daten bearbeiten wir, um Sie zu behandeln und unsere Leistungen abzurechnen.

## Weitergabe

Rechnungen stellen wir über die Ärztekasse aus, die dafür Ihre Personalien und die erbrachten Leistungen erhält. Befunde geben wir nur mit Ihrem Einverständnis an mitbehandelnde Ärzte weiter. Eine Bekanntgabe ins Ausland findet nicht statt.

## Aufbewahrung

Die Krankengeschichte bewahren wir 20 Jahre nach der letzten Behandlung auf, wie es das kantonale Gesundheitsgesetz vorsieht.

## Ihre Rechte

Sie haben das Recht, Auskunft über Ihre Personendaten zu erhalten (Art. 25 DSG) und unrichtige Angaben berichtigen zu lassen. Ihr Einverständnis zur Weitergabe an andere Ärzte können Sie jederzeit widerrufen. Sind Sie mit unserer Antwort nicht zufrieden, können Sie sich an den Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten wenden.
`,
    // lawful-basis: "nur mit Ihrem Einverständnis". complaint: turning to the federal commissioner.
    expected: expect(['controller-identity', 'data-categories', 'purposes', 'lawful-basis', 'recipients', 'international-transfers', 'retention', 'right-access', 'right-rectification', 'withdraw-consent', 'complaint-authority']),
  },
  {
    lang: 'fr',
    name: 'a second-hand clothes marketplace that says tu, with recommendations',
    body: `Mise à jour : 15 janvier 2026

## Qui est responsable de tes données ?

Friperie Circulaire SAS, 40 rue des Arts, 59000 Lille, exploite la plateforme Recyclette. Pour toute question : privacy@recyclette.example.

## Ce que nous collectons

Quand tu crées un compte, nous collectons ton nom, ton adresse e-mail, ton adresse de livraison et, si tu vends, ton IBAN. Nous enregistrons aussi les articles que tu consultes et que tu achètes.

## Pourquoi

Nous utilisons ces données pour gérer ton compte, transmettre tes commandes aux vendeurs et verser les gains aux vendeurs. Ces traitements sont nécessaires à l’exécution des conditions générales que tu as acceptées. Nous analysons aussi ton historique de navigation pour te proposer des articles susceptibles de te plaire.

## Qui reçoit tes données ?

Quand tu achètes un article, le vendeur reçoit ton nom et ton adresse de livraison pour l’expédier. Les paiements passent par un prestataire de paiement agréé. Notre hébergeur se trouve aux États-Unis ; les transferts sont encadrés par les clauses contractuelles types de la Commission européenne.

## Combien de temps ?

Nous conservons tes données tant que ton compte est ouvert, puis trois ans après ta dernière connexion pour pouvoir te recontacter, sauf si tu t’y opposes.

## Tes droits

Tu peux accéder à tes données, les corriger, les effacer ou les récupérer dans un format lisible par machine. Tu peux aussi t’opposer à l’analyse de ta navigation. Écris-nous à privacy@recyclette.example. Si tu n’es pas satisfait de notre réponse, tu peux saisir la CNIL.
`,
    // automated-decision-making: recommendations from browsing, no word on automated decisions.
    // right-objection: to the analysis of browsing, the processing it applies to.
    expected: expect(['last-updated', 'controller-identity', 'data-categories', 'purposes', 'lawful-basis', 'recipients', 'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-portability', 'right-objection', 'complaint-authority'], { 'automated-decision-making': 'whether' }),
  },
  {
    lang: 'fr',
    name: 'a Liège physiotherapist who receives the prescription from the doctor',
    body: `## Responsable du traitement

Cabinet de kinésithérapie Renard, Mme Sophie Renard, kinésithérapeute, rue Saint-Gilles 58, 4000 Liège. Tél. 04 555 67 89.

## Données traitées

Nous recevons de votre médecin la prescription et, le cas échéant, un rapport médical. Nous complétons votre dossier avec vos coordonnées, votre numéro de registre national, vos antécédents et le suivi des séances.

## Finalités et base légale

Votre dossier sert à vous soigner et à facturer les séances à votre mutualité. La tenue d’un dossier patient est une obligation légale pour tout professionnel de santé.

## Destinataires

Les attestations de soins sont envoyées à votre mutualité. Le logiciel de gestion du cabinet est hébergé en Belgique par un prestataire qui ne peut pas consulter votre dossier.

## Conservation

Les dossiers patients sont conservés trente ans après la dernière séance. Les messages envoyés via le formulaire de contact sont conservés aussi longtemps que nécessaire pour y répondre.

## Vos droits

Vous pouvez consulter votre dossier, en obtenir une copie et faire corriger les informations erronées. Vous pouvez adresser une plainte à l’Autorité de protection des données.
`,
    // retention: thirty years for the records (the contact messages' "aussi longtemps que nécessaire" beside it).
    expected: expect(['controller-identity', 'data-source', 'data-categories', 'purposes', 'lawful-basis', 'recipients', 'retention', 'right-access', 'right-rectification', 'complaint-authority']),
  },
];

/** Round C: one more per language, written blind after round B's fixes. */
export const SITE_POLICIES_S8C: SitePolicy[] = [
  {
    lang: 'nl',
    name: 'a hockey club that says je, with the rights as a labelled list',
    body: `## Over deze club

Mixed Hockeyclub De Vliet, Sportpark Vlietzoom 2, 2352 AB Leiderdorp, is verantwoordelijk voor de gegevens van leden en ouders. Contact: secretaris@mhcdevliet.example.

## Gegevens van leden

Bij inschrijving noteren we naam, adres, geboortedatum, telefoonnummer, e-mailadres en IBAN. Van jeugdleden vragen we ook de contactgegevens van een ouder. We gebruiken deze gegevens voor de ledenadministratie, het indelen van teams en het innen van de contributie. Dit is nodig om het lidmaatschap uit te voeren.

Je naam, geboortedatum en teamindeling melden we bij de KNHB; zonder die aanmelding kun je geen competitie spelen.

## Foto's

Op de website plaatsen we soms wedstrijdfoto's. Wil je niet op een foto staan, laat het de secretaris weten; we halen de foto dan weg.

## Bewaartermijnen

- Ledenadministratie: tot twee jaar na het einde van het lidmaatschap.
- Financiële gegevens: zeven jaar, vanwege de fiscale bewaarplicht.

## Jouw rechten

- Inzage: je kunt opvragen welke gegevens we van je hebben.
- Correctie: kloppen je gegevens niet, dan passen we ze aan.
- Verwijdering: je kunt vragen je gegevens te wissen, tenzij we ze moeten bewaren.
- Klacht: je kunt een klacht indienen bij de Autoriteit Persoonsgegevens.
`,
    // statutory-contractual: "zonder die aanmelding kun je geen competitie spelen" (as the Flemish football club).
    // right-objection: only to appearing in a photo (one narrow use).
    // children: written as present on "Van jeugdleden vragen we ook de contactgegevens van een ouder";
    // revised (session 14): a parent's contact data is a data category, not a statement about children.
    expected: expect(['controller-identity', 'data-categories', 'purposes', 'lawful-basis', 'recipients', 'statutory-contractual', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'complaint-authority'], { 'right-objection': 'right' }),
  },
  {
    lang: 'de',
    name: 'a roofer’s site on a generator template',
    body: `## Hinweis zur verantwortlichen Stelle

Verantwortlich für die Datenverarbeitung auf dieser Website ist:

Dachdeckerei Brenner GmbH & Co. KG
Am Ziegelhof 9
48143 Münster
Telefon: 0251 555 7788
E-Mail: buero@dachdeckerei-brenner.example

## Speicherdauer

Wir löschen Ihre Daten, sobald der Zweck der Speicherung entfällt, es sei denn, gesetzliche Aufbewahrungsfristen stehen dem entgegen; Angebote und Rechnungen bewahren wir zehn Jahre auf.

## Anfrage per Kontaktformular

Wenn Sie uns über das Formular eine Anfrage senden, speichern wir Ihren Namen, Ihre Anschrift und Ihre Nachricht, um ein Angebot zu erstellen (Art. 6 Abs. 1 lit. b DSGVO).

## Server-Logdateien

Unser Hoster erhebt bei jedem Aufruf Ihre IP-Adresse und die Uhrzeit. Wir haben ein berechtigtes Interesse daran, Störungen zu erkennen (Art. 6 Abs. 1 lit. f DSGVO). Die Logdateien werden nach sieben Tagen gelöscht.

## Schriftarten

Schriftarten laden wir von unserem eigenen Server; eine Verbindung zu Google entsteht dabei nicht.

## Ihre Rechte

Sie können jederzeit unentgeltlich Auskunft über Ihre gespeicherten Daten erhalten und deren Berichtigung oder Löschung verlangen. Wenn Sie der Verarbeitung Ihrer Daten aufgrund unseres berechtigten Interesses widersprechen möchten, genügt eine formlose Mitteilung an uns. Ihnen steht zudem ein Beschwerderecht bei der zuständigen Aufsichtsbehörde zu.

## SSL-Verschlüsselung

Diese Seite nutzt aus Sicherheitsgründen eine TLS-Verschlüsselung.
`,
    // recipients: the hoster that collects the log data for us.
    expected: expect(['controller-identity', 'retention', 'purposes', 'data-categories', 'lawful-basis', 'legitimate-interests', 'recipients', 'right-access', 'right-rectification', 'right-erasure', 'right-objection', 'complaint-authority', 'security']),
  },
  {
    lang: 'fr',
    name: 'a Lausanne architecture firm under the Swiss act only',
    body: `## Responsable

Atelier d’architecture Morand Sàrl, avenue de la Gare 33, 1003 Lausanne, info@morand-architecture.example, est responsable du traitement de vos données personnelles au sens de la loi fédérale sur la protection des données (LPD).

## Données et finalités

Dans le cadre d’un mandat, nous traitons vos coordonnées, les plans et les documents relatifs à votre bien immobilier, afin de réaliser le projet et d’établir les demandes d’autorisation de construire.

## Communication à des tiers

Les dossiers de mise à l’enquête sont déposés auprès de la commune. Nos ingénieurs et entreprises partenaires reçoivent les plans nécessaires à leur intervention. Vos données ne sont pas communiquées à l’étranger.

## Conservation

Les documents de projet sont conservés dix ans après la fin des travaux.

## Vos droits

Vous pouvez demander si nous traitons des données vous concernant et lesquelles, en obtenir la rectification si elles sont inexactes, et demander leur effacement lorsque nous ne sommes plus tenus de les garder. En cas de litige, vous pouvez vous adresser au Préposé fédéral à la protection des données et à la transparence (PFPDT).
`,
    expected: expect(['controller-identity', 'purposes', 'data-categories', 'recipients', 'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'complaint-authority']),
  },
];
