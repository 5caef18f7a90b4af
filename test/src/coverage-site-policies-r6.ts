// Whole short policies in Dutch, German and French for the sixth blind round (coverage-corpus-r6.ts),
// two per language, written in our own words before the data was read: a veterinary practice laid
// out in numbered "§" sections with tables under German headers, a fitness app that says "du"; a
// housing corporation in numbered "Artikel" sections with a Dutch table, a driving school app that
// says "je"; a town hall in numbered articles with a French table, the privacy article of an online
// shop's terms of sale. Each with its whole expected report (corpus/coverage-site-policies.test.ts).
import type { SitePolicy } from './coverage-site-policies.js';

/** Every item of the GDPR profile as missing, to be overridden per policy. */
const NONE: Record<string, string> = Object.fromEntries(
  ['controller-identity', 'dpo-contact', 'purposes', 'lawful-basis', 'legitimate-interests', 'recipients', 'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-objection', 'right-portability', 'withdraw-consent', 'complaint-authority', 'statutory-contractual', 'automated-decision-making', 'data-source', 'data-categories', 'cookies', 'children', 'security', 'policy-changes', 'last-updated'].map((id) => [id, 'missing']),
);
/** The whole report expected: these items present, these partial (with the absent element), the rest missing. */
export const expect = (present: string[], partial: Record<string, string> = {}): Record<string, string> => ({
  ...NONE,
  ...Object.fromEntries(present.map((id) => [id, 'present'])),
  ...Object.fromEntries(Object.entries(partial).map(([id, el]) => [id, `partial: ${el}`])),
});

export const SITE_POLICIES_R6: SitePolicy[] = [
  {
    lang: 'de',
    name: 'a veterinary practice in numbered sections with tables',
    body: `Stand: 1. März 2026

## § 1 Verantwortliche Stelle

Tierarztpraxis Dr. Anna Falk
Lindenstraße 18
79098 Freiburg
Telefon: 0761 555 4410
E-Mail: praxis@tierarzt-falk.example

## § 2 Welche Daten wir verarbeiten

| Datenkategorie | Beispiele |
|---|---|
| Halterdaten | Name, Anschrift, Telefonnummer |
| Tierdaten | Tierart, Alter, Befunde, Impfungen |

## § 3 Zwecke, Rechtsgrundlagen und Speicherdauer

| Zweck | Rechtsgrundlage | Speicherdauer |
|---|---|---|
| Behandlung und Abrechnung | Behandlungsvertrag, Art. 6 Abs. 1 lit. b DSGVO | zehn Jahre nach der letzten Behandlung |
| Terminerinnerung per SMS | Einwilligung, Art. 6 Abs. 1 lit. a DSGVO | bis zum Widerruf |

## § 4 Empfänger

Blutproben schicken wir mit Ihrem Namen und dem Namen des Tieres an ein Fachlabor. Ihre Daten werden ausschließlich in Deutschland verarbeitet.

## § 5 Ihre Rechte

Sie können Auskunft über Ihre Daten verlangen und deren Berichtigung, Löschung oder die Einschränkung der Verarbeitung fordern. Außerdem haben Sie das Recht, Ihre Daten in einem gängigen, maschinenlesbaren Format zu erhalten, und das Recht, der Verarbeitung zu widersprechen. Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.

Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.
`,
    expected: expect(['controller-identity', 'purposes', 'lawful-basis', 'recipients', 'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-objection', 'right-portability', 'withdraw-consent', 'complaint-authority', 'data-categories', 'last-updated']),
  },
  {
    lang: 'de',
    name: 'a fitness app that says du, several items only in part',
    body: `## Wer wir sind

Die App „Pulsfix“ wird von der Pulsfix UG (haftungsbeschränkt) in Leipzig betrieben.

## Was wir von dir speichern

Wenn du dich registrierst, speichern wir deinen Vornamen, deine E-Mail-Adresse und dein Geburtsjahr. Während des Trainings zeichnet die App deine Herzfrequenz und deine Strecken auf.

## Wofür wir deine Daten nutzen

Wir nutzen deine Daten, um dir deine Trainingsstatistik zu zeigen und dir Trainingspläne vorzuschlagen. Außerdem werten wir aus, welche Funktionen du nutzt, um dir passende Angebote in der App anzuzeigen.

Rechtsgrundlage ist der Nutzungsvertrag mit dir. Einzelne Auswertungen beruhen außerdem auf unserem berechtigten Interesse.

## Wie lange wir deine Daten behalten

Wir behalten deine Daten, solange sie für die genannten Zwecke gebraucht werden.

## Wohin deine Daten gehen

Deine Daten speichern wir bei einem Cloud-Anbieter, der sie auch in den USA verarbeiten kann. Weitere Empfänger gibt es nicht.

## Was du tun kannst

In den Einstellungen der App kannst du deine Angaben jederzeit ändern und dein Konto löschen. Der Auswertung deiner Nutzung für Angebote kannst du ebenfalls in den Einstellungen widersprechen.

## Cookies

Auf unserer Website setzen wir Cookies ein. Mehr dazu erfährst du in unserer Cookie-Richtlinie.
`,
    expected: expect(['purposes', 'lawful-basis', 'recipients', 'data-categories'], {
      'controller-identity': 'contact',
      'legitimate-interests': 'interests',
      'international-transfers': 'safeguard',
      retention: 'period',
      'right-rectification': 'right',
      'right-erasure': 'right',
      'right-objection': 'right',
      'automated-decision-making': 'whether',
      cookies: 'details',
    }),
  },
  {
    lang: 'nl',
    name: 'a housing corporation in numbered articles with a table',
    body: `## Artikel 1. Wie is verantwoordelijk?

Woonstichting Het Erf, Kerkplein 2, 8011 PK Zwolle, is verantwoordelijk voor de verwerking van uw persoonsgegevens. U bereikt ons via info@heterf.example of 038 555 2200.

Onze functionaris gegevensbescherming bereikt u via fg@heterf.example.

## Artikel 2. Welke gegevens en waarvoor?

| Doel | Gegevens | Grondslag | Bewaartermijn |
|---|---|---|---|
| Huurovereenkomst sluiten en uitvoeren | naam, adres, geboortedatum, IBAN | uitvoering van de overeenkomst | zeven jaar na het einde van de huur |
| Toewijzing van een sociale huurwoning | inkomen, grootte van het huishouden | wettelijke verplichting | twee jaar na de toewijzing |

Zonder uw inkomensgegevens kunnen wij u geen sociale huurwoning toewijzen.

## Artikel 3. Met wie delen wij uw gegevens?

Wij geven uw naam en telefoonnummer door aan de aannemer die een reparatie bij u uitvoert. Uw gegevens blijven binnen de Europese Unie.

## Artikel 4. Uw rechten

U hebt het recht uw gegevens in te zien, te laten corrigeren of te laten verwijderen. Ook kunt u bezwaar maken tegen de verwerking. Stuur uw verzoek naar info@heterf.example.

Vindt u dat wij niet zorgvuldig met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.

## Artikel 5. Wijzigingen

Wij kunnen deze verklaring aanpassen. De nieuwste versie staat altijd op onze website. Deze verklaring is voor het laatst gewijzigd op 3 april 2026.
`,
    expected: expect(['controller-identity', 'dpo-contact', 'purposes', 'lawful-basis', 'recipients', 'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-objection', 'complaint-authority', 'statutory-contractual', 'data-categories', 'policy-changes', 'last-updated']),
  },
  {
    lang: 'nl',
    name: 'a driving school app that says je, several items only in part',
    body: `## Over deze app

Deze app is van Rijschool Vlot.

## Welke gegevens gebruiken we?

Als je je aanmeldt, vragen we je naam, je geboortedatum, je telefoonnummer en je e-mailadres. Die gebruiken we om je lessen in te plannen en je examen aan te vragen.

## Delen

Voor je examen geven we je gegevens door aan het CBR. Onze planningssoftware komt van een leverancier die ook servers buiten de EU gebruikt.

## Bewaren

We bewaren je gegevens zolang dat nodig is.

## Jouw keuzes

Je telefoonnummer en e-mailadres kun je zelf aanpassen in de app. Je account kun je verwijderen via Instellingen.

Wil je geen lesaanbiedingen meer per mail ontvangen? Klik dan op afmelden onderaan de mail.
`,
    expected: expect(['purposes', 'recipients', 'data-categories'], {
      'controller-identity': 'contact',
      'international-transfers': 'safeguard',
      retention: 'period',
      'right-rectification': 'right',
      'right-erasure': 'right',
      'right-objection': 'right',
    }),
  },
  {
    lang: 'fr',
    name: 'a town hall in numbered articles with a table',
    body: `Mise à jour : 12 février 2026

## Article 1 – Responsable du traitement

La commune de Valfleury, représentée par son maire, 3 place de l’Église, 42320 Valfleury, est responsable des traitements décrits ici. Contact : mairie@valfleury.example.

## Article 2 – Délégué à la protection des données

La commune a désigné un délégué à la protection des données, joignable à l’adresse dpd@valfleury.example.

## Article 3 – Traitements

| Finalité | Données | Base légale | Durée de conservation |
|---|---|---|---|
| Inscription à la cantine | nom de l’enfant, classe, allergies, coordonnées des parents | mission d’intérêt public | jusqu’à la fin de l’année scolaire |
| État civil | identité, date et lieu de naissance | obligation légale | durée fixée par les règles des archives publiques |

Les données de la cantine sont transmises au prestataire de restauration. Aucune donnée n’est transférée hors de l’Union européenne.

## Article 4 – Vos droits

Vous pouvez accéder à vos données, les faire rectifier ou demander la limitation de leur traitement. Vous pouvez aussi vous opposer au traitement pour des raisons tenant à votre situation particulière. Adressez votre demande au délégué à la protection des données.

Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.
`,
    // children: written as missing; the canteen row says how a child's data is used, on what basis
    // and for how long, which is what the item asks, so the expectation was changed to present.
    expected: expect(['controller-identity', 'dpo-contact', 'purposes', 'lawful-basis', 'recipients', 'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-restriction', 'right-objection', 'complaint-authority', 'data-categories', 'children', 'last-updated']),
  },
  {
    lang: 'fr',
    name: 'the privacy article of an online shop’s terms of sale, several items only in part',
    body: `## Article 9 – Données personnelles

9.1 La société Lin & Laine SARL collecte les données nécessaires au traitement des commandes : nom, adresse de livraison, adresse e-mail et numéro de téléphone. Ces informations sont obligatoires : sans elles, la commande ne peut pas être traitée.

9.2 Les données sont communiquées au transporteur et à notre prestataire de paiement. Notre outil d’envoi d’e-mails peut les héberger hors de l’Union européenne.

9.3 Les données sont conservées le temps nécessaire à la gestion de la relation commerciale.

9.4 Le client dispose d’un droit d’accès, de rectification et de suppression de ses données, qu’il peut exercer par courrier adressé au siège social.

9.5 Le site utilise des cookies ; pour en savoir plus, consultez notre politique cookies.

## Article 10 – Droit de rétractation

Le client dispose d’un délai de quatorze jours pour se rétracter, sans avoir à justifier de motifs.
`,
    expected: expect(['purposes', 'recipients', 'right-access', 'right-rectification', 'right-erasure', 'statutory-contractual', 'data-categories'], {
      'controller-identity': 'contact',
      'international-transfers': 'safeguard',
      retention: 'period',
      cookies: 'details',
    }),
  },
];

/** A probe after the sixth round's fixes, written blind: one whole policy per language in a style no round had used. */
export const SITE_POLICIES_R7: SitePolicy[] = [
  {
    lang: 'nl',
    name: 'a Flemish youth football club (vzw) that says je',
    body: `## Wie verwerkt je gegevens?

Voetbalclub Sterrebeek vzw, Sportlaan 3, 1933 Sterrebeek (ondernemingsnummer 0458.231.907), is verantwoordelijk voor de verwerking van je persoonsgegevens. Vragen? Mail naar secretariaat@vcsterrebeek.example.

## Welke gegevens en waarom?

Bij je aansluiting vragen we je naam, geboortedatum, adres, telefoonnummer en e-mailadres, en voor spelers jonger dan 16 jaar ook de contactgegevens van een ouder. We gebruiken die gegevens om je aan te sluiten bij de voetbalbond, om trainingen en wedstrijden te plannen en om het lidgeld te innen. Dat is nodig om je lidmaatschap uit te voeren.

## Met wie delen we je gegevens?

We geven je naam en geboortedatum door aan de voetbalbond, omdat je anders niet mag spelen. We verkopen je gegevens nooit.

## Hoe lang?

We bewaren je gegevens tot twee jaar nadat je lidmaatschap eindigt.

## Je rechten

Je kunt je gegevens inzien, laten verbeteren of laten wissen door te mailen naar het secretariaat. Ben je niet tevreden over hoe we met je gegevens omgaan, dan kun je een klacht indienen bij de Gegevensbeschermingsautoriteit.
`,
    // children: written as present on "voor spelers jonger dan 16 jaar ook de contactgegevens van een
    // ouder"; revised (session 14): a parent's contact data among what is noted is a data category and
    // says nothing of how children's data is treated, as the labelled rounds s13-B/C read it.
    expected: expect(['controller-identity', 'purposes', 'lawful-basis', 'recipients', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'complaint-authority', 'statutory-contractual', 'data-categories']),
  },
  {
    lang: 'de',
    name: 'a Swiss fiduciary under the revised Data Protection Act',
    body: `## 1. Verantwortliche Stelle

Treuhand Bergblick AG, Poststrasse 10, 6300 Zug, Telefon +41 41 555 12 12, datenschutz@bergblick-treuhand.example

## 2. Bearbeitete Personendaten

Wir bearbeiten die Personendaten, die Sie uns im Rahmen unseres Mandats übergeben: Name, Adresse, AHV-Nummer, Lohnausweise, Bankbelege und Steuerunterlagen.

## 3. Zweck

Wir bearbeiten diese Daten, um Ihre Buchhaltung zu führen und Ihre Steuererklärung zu erstellen.

## 4. Bekanntgabe an Dritte

Ihre Steuererklärung reichen wir bei der kantonalen Steuerverwaltung ein. Unsere Buchhaltungssoftware wird von einem Anbieter in der Schweiz betrieben. Eine Bekanntgabe ins Ausland erfolgt nicht.

## 5. Aufbewahrung

Geschäftsunterlagen bewahren wir während zehn Jahren auf, wie es das Obligationenrecht verlangt.

## 6. Ihre Rechte

Sie können Auskunft über Ihre Personendaten verlangen und unrichtige Daten berichtigen lassen. Sie können zudem verlangen, dass wir Daten löschen, die wir nicht mehr aufbewahren müssen.
`,
    expected: expect(['controller-identity', 'purposes', 'recipients', 'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'data-categories']),
  },
  {
    lang: 'fr',
    name: 'a Walloon dental practice',
    body: `## Qui est responsable ?

Le cabinet dentaire du Dr Claire Lambert, rue Haute 21, 5000 Namur, tél. 081 55 44 33, est responsable du traitement de vos données.

## Quelles données et pourquoi ?

Nous tenons votre dossier médical (identité, antécédents, radiographies, traitements) afin de vous soigner et de facturer nos soins à votre mutualité. Ce traitement est nécessaire à l’exécution de notre mission de soins et repose sur nos obligations légales en matière de dossier patient.

## Qui reçoit vos données ?

Les attestations de soins sont transmises à votre mutualité. Les prothèses sont réalisées par un laboratoire dentaire, qui reçoit uniquement les informations nécessaires.

## Combien de temps ?

Votre dossier est conservé trente ans après le dernier contact, comme l’exige la loi.

## Vos droits

Vous pouvez consulter votre dossier et en demander une copie. Vous pouvez également demander la correction d’informations inexactes. Si vous estimez que nous ne respectons pas vos droits, vous pouvez introduire une plainte auprès de l’Autorité de protection des données.
`,
    expected: expect(['controller-identity', 'purposes', 'lawful-basis', 'recipients', 'retention', 'right-access', 'right-rectification', 'complaint-authority', 'data-categories']),
  },
];

/** A second probe, written blind after the first probe's fixes: three more whole policies. */
export const SITE_POLICIES_R8: SitePolicy[] = [
  {
    lang: 'de',
    name: 'an electrician’s site with embedded maps and fonts',
    body: `## Verantwortlicher

Elektro Hahn Meisterbetrieb, Inhaber Tobias Hahn, Mühlweg 12, 97070 Würzburg, info@elektro-hahn.example

## Kontaktaufnahme

Wenn Sie uns anrufen oder eine E-Mail schreiben, verarbeiten wir Ihren Namen, Ihre Telefonnummer und Ihr Anliegen, um Ihre Anfrage zu beantworten und gegebenenfalls einen Termin zu vereinbaren (Art. 6 Abs. 1 lit. b DSGVO). Diese Daten löschen wir, wenn die Anfrage erledigt ist und keine Aufbewahrungspflichten bestehen.

## Google Maps

Auf unserer Anfahrtsseite binden wir Karten von Google Maps ein. Anbieter ist die Google Ireland Limited. Dabei kann Ihre IP-Adresse an Server von Google in den USA übertragen werden. Google ist nach dem EU-US Data Privacy Framework zertifiziert. Die Nutzung erfolgt im Interesse an einer ansprechenden Darstellung unseres Standorts (Art. 6 Abs. 1 lit. f DSGVO).

## Cookies

Unsere Website verwendet keine Cookies.

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie das Recht auf Datenübertragbarkeit. Sie können der Verarbeitung widersprechen, soweit sie auf unserem berechtigten Interesse beruht. Außerdem steht Ihnen ein Beschwerderecht bei der zuständigen Aufsichtsbehörde zu.
`,
    expected: expect(['controller-identity', 'purposes', 'lawful-basis', 'legitimate-interests', 'recipients', 'international-transfers', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-objection', 'right-portability', 'complaint-authority', 'data-categories', 'cookies'], { retention: 'period' }),
  },
  {
    lang: 'nl',
    name: 'a small web shop that says jij, with a cookie section',
    body: `## Over ons

Kaarsenmakerij Vlam, Kerkstraat 14, 2011 HJ Haarlem, KvK 87654321, hallo@kaarsenvlam.example.

## Jouw bestelling

Voor je bestelling hebben we je naam, adres, e-mailadres en betaalgegevens nodig. Zonder die gegevens kunnen we je bestelling niet versturen. We gebruiken ze om je bestelling af te handelen en te bezorgen; dat is nodig voor de uitvoering van de koopovereenkomst. Je adres geven we door aan PostNL en je betaling loopt via Mollie.

We bewaren je bestelgegevens zeven jaar, omdat de Belastingdienst dat van ons vraagt.

## Cookies

We gebruiken alleen functionele cookies en anonieme analytische cookies om te zien hoe de site gebruikt wordt. Via de instellingen van je browser kun je cookies weigeren.

## Jouw rechten

Je mag ons altijd vragen welke gegevens we van je hebben, en je kunt ons vragen ze aan te passen of te verwijderen. Je kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.
`,
    expected: expect(['controller-identity', 'purposes', 'lawful-basis', 'recipients', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'complaint-authority', 'statutory-contractual', 'data-categories', 'cookies']),
  },
  {
    lang: 'fr',
    name: 'a bed-and-breakfast booking site',
    body: `## Responsable du traitement

Les données recueillies sur ce site sont traitées par Mme Sophie Garnier, exploitante de la maison d’hôtes Les Glycines, 4 chemin des Vignes, 84000 Avignon, contact@lesglycines.example.

## Données collectées et finalités

Lors d’une réservation, nous vous demandons vos nom, prénom, adresse e-mail, numéro de téléphone et dates de séjour, afin de gérer votre réservation et de vous accueillir. Le traitement repose sur l’exécution du contrat de location.

La fiche de police des voyageurs étrangers est remplie conformément au Code de l’entrée et du séjour des étrangers.

## Durée de conservation

Les données de réservation sont conservées trois ans à compter de votre séjour.

## Destinataires

Vos données ne sont transmises à aucun tiers, à l’exception de notre prestataire de paiement en ligne.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les effacer ou en limiter le traitement en écrivant à contact@lesglycines.example. Vous pouvez aussi adresser une réclamation à la CNIL.
`,
    expected: expect(['controller-identity', 'purposes', 'lawful-basis', 'recipients', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'complaint-authority', 'data-categories']),
  },
];

/** A third probe, written blind after the second probe's fixes. */
export const SITE_POLICIES_R9: SitePolicy[] = [
  {
    lang: 'de',
    name: 'a GP practice with online appointment booking',
    body: `## Wer ist verantwortlich?

Hausarztpraxis Dr. med. Jens Kowalski, Bahnhofstraße 7, 35037 Marburg, Telefon 06421 555 890.

Unsere Datenschutzbeauftragte, Frau Anke Berger, erreichen Sie unter datenschutz@praxis-kowalski.example.

## Online-Terminbuchung

Für die Online-Terminvereinbarung nutzen wir einen externen Buchungsdienst. Dabei werden Ihr Name, Ihr Geburtsdatum, Ihre Telefonnummer und der Grund des Termins an den Dienst übermittelt. Mit dem Anbieter haben wir einen Vertrag über Auftragsverarbeitung geschlossen; die Daten werden in Deutschland gespeichert.

## Rechtsgrundlage

Wir verarbeiten Ihre Gesundheitsdaten zur Durchführung Ihrer Behandlung (Art. 9 Abs. 2 lit. h DSGVO in Verbindung mit dem Behandlungsvertrag).

## Aufbewahrung

Die Patientenakte bewahren wir nach dem Ende der Behandlung zehn Jahre lang auf, wie es § 630f BGB vorschreibt. Termindaten des Buchungsdienstes werden sechs Monate nach dem Termin gelöscht.

## Ihre Rechte

Sie dürfen Ihre Patientenakte jederzeit einsehen und eine Kopie verlangen. Unrichtige Angaben berichtigen wir auf Ihren Hinweis. Wenn Sie der Meinung sind, dass wir gegen Datenschutzrecht verstoßen, können Sie sich beim Hessischen Beauftragten für Datenschutz und Informationsfreiheit beschweren.
`,
    // international-transfers: written as present; that one service stores its data in Germany is no
    // statement about transfers abroad (English reads it the same way), so the expectation is missing.
    expected: expect(['controller-identity', 'dpo-contact', 'purposes', 'lawful-basis', 'recipients', 'retention', 'right-access', 'right-rectification', 'complaint-authority', 'data-categories']),
  },
  {
    lang: 'nl',
    name: 'a GP practice in numbered articles',
    body: `## Artikel 1 – Verantwoordelijke

Huisartsenpraktijk Het Anker, Dorpsstraat 30, 1761 AC Anna Paulowna, telefoon 0223 555 410, is verantwoordelijk voor de verwerking van uw gegevens.

## Artikel 2 – Doel en grondslag

Wij leggen uw medische gegevens vast in een dossier, zodat wij u goed kunnen behandelen. Dat is wettelijk verplicht op grond van de Wet op de geneeskundige behandelingsovereenkomst (WGBO).

## Artikel 3 – Uitwisseling

Met uw toestemming delen wij een samenvatting van uw dossier met de huisartsenpost en de apotheek. Die toestemming kunt u altijd intrekken bij de assistente.

## Artikel 4 – Bewaartermijn

Uw dossier bewaren wij twintig jaar na het laatste contact, zoals de wet voorschrijft.

## Artikel 5 – Uw rechten

U hebt het recht om uw dossier in te zien en een kopie te krijgen. Ook kunt u ons vragen gegevens te corrigeren of te vernietigen. Een klacht over de manier waarop wij met uw gegevens omgaan kunt u indienen bij de Autoriteit Persoonsgegevens.
`,
    expected: expect(['controller-identity', 'purposes', 'lawful-basis', 'recipients', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'withdraw-consent', 'complaint-authority']),
  },
  {
    lang: 'fr',
    name: 'a puzzle game app that says tu, several items only in part',
    body: `## Qui sommes-nous ?

Casse-Tête Studio SAS édite le jeu « Pixel Puzzle ». Tu peux nous écrire à support@cassetete.example.

## Ce que nous collectons

Ton pseudo, ton adresse e-mail et ta progression dans le jeu. Nous les utilisons pour sauvegarder tes parties et te proposer des niveaux adaptés.

## Publicité

Le jeu affiche des publicités ciblées en fonction de ta façon de jouer, avec l’aide de nos partenaires publicitaires.

## Conservation

Nous gardons tes données aussi longtemps que ton compte existe.

## Tes droits

Tu peux supprimer ton compte et toutes tes données depuis l’écran « Réglages » du jeu.
`,
    expected: expect(['controller-identity', 'purposes', 'recipients', 'data-categories', 'retention'], {
      'right-erasure': 'right',
      'automated-decision-making': 'whether',
    }),
  },
];

/** A fourth probe, written blind after the third probe's fixes: the common generator styles, in fresh words. */
export const SITE_POLICIES_R10: SitePolicy[] = [
  {
    lang: 'de',
    name: 'a yoga studio on a generator-style template with a newsletter and analytics',
    body: `Zuletzt aktualisiert: 2. Februar 2026

## 1. Datenschutz auf einen Blick

Verantwortlich für die Datenverarbeitung auf dieser Website ist Yogaraum Lotus, Inhaberin Mira Schulz, Kastanienallee 5, 10435 Berlin, E-Mail: hallo@yogaraum-lotus.example.

## 2. Hosting und SSL

Unsere Website liegt bei einem Hoster in Deutschland, mit dem wir einen Auftragsverarbeitungsvertrag abgeschlossen haben. Die Verbindung ist per SSL/TLS verschlüsselt.

## 3. Newsletter

Wenn Sie unseren Newsletter abonnieren, speichern wir Ihre E-Mail-Adresse auf Grundlage Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO), um Ihnen Kursankündigungen zu senden. Die Einwilligung können Sie jederzeit über den Abmeldelink im Newsletter widerrufen. Nach der Abmeldung löschen wir Ihre Adresse innerhalb von 30 Tagen.

## 4. Webanalyse

Wir nutzen eine datensparsame Analysesoftware, die ohne Cookies arbeitet und IP-Adressen vor der Speicherung kürzt. Die Auswertung dient unserem berechtigten Interesse, das Kursangebot auf der Website zu verbessern.

## 5. Ihre Rechte

Sie haben jederzeit das Recht, unentgeltlich Auskunft über Herkunft, Empfänger und Zweck Ihrer gespeicherten Daten zu erhalten, sowie ein Recht auf Berichtigung, Löschung und Einschränkung der Verarbeitung. Der Verarbeitung auf Grundlage berechtigter Interessen können Sie widersprechen. Beschwerden können Sie an die Berliner Beauftragte für Datenschutz und Informationsfreiheit richten.
`,
    // Written with withdraw-consent and cookies present. Revised: withdrawing only the newsletter's
    // consent by its link is partial in this project's earlier policies too ('an online shop with a
    // cookie section'), and analytics "without cookies" says nothing of the site's other cookies.
    expected: expect(['last-updated', 'controller-identity', 'purposes', 'lawful-basis', 'legitimate-interests', 'recipients', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-objection', 'complaint-authority', 'data-categories', 'security'], { 'withdraw-consent': 'any-time', cookies: 'details' }),
  },
  {
    lang: 'nl',
    name: 'a bicycle repair shop in the model-statement style',
    body: `## Privacyverklaring Fietsenmaker Spaak

Fietsenmaker Spaak, Spoorstraat 9, 6811 AA Arnhem, is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring. Contact: werkplaats@fietsspaak.example, 026 555 3030.

## Persoonsgegevens die wij verwerken

Wij verwerken je naam, telefoonnummer en e-mailadres, en het merk en framenummer van je fiets.

## Waarom wij gegevens nodig hebben

We gebruiken je gegevens om je te bellen als je fiets klaar is en om je een factuur te sturen.

## Hoe lang wij gegevens bewaren

Reparatiegegevens bewaren we twee jaar, in verband met garantie. Facturen bewaren we zeven jaar.

## Delen met anderen

Wij verstrekken je gegevens niet aan derden.

## Geautomatiseerde besluitvorming

Wij nemen geen beslissingen die alleen door computerprogramma's worden genomen.

## Gegevens inzien, aanpassen of verwijderen

Je kunt je gegevens inzien, corrigeren of laten verwijderen. Stuur je verzoek naar werkplaats@fietsspaak.example. Ook kun je een klacht indienen bij de Autoriteit Persoonsgegevens.
`,
    expected: expect(['controller-identity', 'purposes', 'recipients', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'complaint-authority', 'automated-decision-making', 'data-categories']),
  },
  {
    lang: 'fr',
    name: 'a cooking school in the CNIL manner, with a data protection officer',
    body: `## Qui traite vos données ?

L’École de cuisine Marjolaine SARL, 12 quai des Chartrons, 33000 Bordeaux, est responsable du traitement. Notre délégué à la protection des données est joignable à dpo@marjolaine.example.

## Pourquoi et sur quelle base ?

Nous utilisons vos données pour gérer vos inscriptions aux cours et vous envoyer les factures, sur la base du contrat qui nous lie. Avec votre accord, nous vous adressons aussi notre lettre d’information ; vous pouvez retirer cet accord à tout moment en cliquant sur le lien de désinscription.

## Qui y a accès ?

Seuls nos formateurs et notre comptable ont accès à vos données. Elles sont hébergées en France.

## Combien de temps ?

Vos données sont conservées trois ans après votre dernier cours.

## Vos droits

Vous pouvez accéder à vos données, les rectifier, les faire effacer, vous opposer à leur traitement, en demander la limitation ou la portabilité en écrivant à notre délégué. Vous pouvez introduire une réclamation auprès de la CNIL.
`,
    // withdraw-consent written as present, revised to partial as in the German policy above.
    // Session 33 (parity): « Seuls nos formateurs et notre comptable ont accès à vos données » keeps access to a few, security as
    // English reads "Only our trainers and our accountant have access to your data".
    expected: expect(['controller-identity', 'dpo-contact', 'purposes', 'lawful-basis', 'recipients', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-objection', 'right-portability', 'complaint-authority', 'security'], { 'withdraw-consent': 'any-time' }),
  },
];

/** A fifth probe, written blind after the eighth round's fixes. */
export const SITE_POLICIES_R11: SitePolicy[] = [
  {
    lang: 'de',
    name: 'an Austrian online shop for tea',
    body: `## Wer wir sind

Teehaus Edelweiß GmbH, Neubaugasse 18, 1070 Wien, FN 412345a, Telefon +43 1 555 6677, office@teehaus-edelweiss.example.

## Bestellung

Für die Abwicklung Ihrer Bestellung benötigen wir Ihren Namen, Ihre Lieferadresse, Ihre E-Mail-Adresse und Ihre Zahlungsdaten. Ohne diese Angaben können wir den Kaufvertrag nicht erfüllen. Die Verarbeitung erfolgt zur Erfüllung des Vertrags.

Ihre Adresse geben wir an die Österreichische Post weiter. Zahlungen wickelt unser Zahlungsdienstleister ab.

## Speicherdauer

Rechnungsdaten bewahren wir gemäß § 132 BAO sieben Jahre auf. Ihr Kundenkonto bleibt bestehen, bis Sie es löschen.

## Ihre Rechte

Ihnen stehen die Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch zu. Wenden Sie sich dazu an office@teehaus-edelweiss.example. In Österreich ist die Datenschutzbehörde zuständig; dort können Sie Beschwerde einlegen.
`,
    expected: expect(['controller-identity', 'purposes', 'lawful-basis', 'recipients', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-objection', 'right-portability', 'complaint-authority', 'statutory-contractual', 'data-categories']),
  },
  {
    lang: 'nl',
    name: 'a Flemish translation agency that says u',
    body: `## Verantwoordelijke

Vertaalbureau Babel bv, Meir 50, 2000 Antwerpen, KBO 0712.345.618, info@babelvertalingen.example, is verantwoordelijk voor uw persoonsgegevens.

## Wat wij verwerken en waarom

Wij verwerken de gegevens in de documenten die u ons laat vertalen, en uw contactgegevens, om uw opdracht uit te voeren en te factureren. Deze verwerking is noodzakelijk voor de uitvoering van de overeenkomst.

Sommige vertalingen besteden wij uit aan freelance vertalers, die een geheimhoudingsverklaring hebben ondertekend.

## Bewaren

Vertaalde documenten verwijderen wij zes maanden na de levering. Facturen bewaren wij zeven jaar.

## Uw rechten

U hebt het recht op inzage, verbetering en wissing van uw gegevens en het recht om bezwaar te maken. U kunt ook klacht indienen bij de Gegevensbeschermingsautoriteit.
`,
    expected: expect(['controller-identity', 'purposes', 'lawful-basis', 'recipients', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-objection', 'complaint-authority', 'data-categories']),
  },
  {
    lang: 'fr',
    name: 'a Geneva hiking association under the Swiss act',
    body: `## Responsable

Association Les Randonneurs du Salève, case postale 120, 1211 Genève, comite@randosaleve.example.

## Données traitées

Nous traitons les nom, adresse, date de naissance et numéro de téléphone de nos membres, afin de gérer les adhésions, d’organiser les sorties et d’encaisser les cotisations.

## Communication à des tiers

Pour l’assurance des sorties, la liste des participants est communiquée à notre assureur. Aucune donnée n’est communiquée à l’étranger.

## Conservation

Les données des membres sont effacées deux ans après leur démission.

## Vos droits

Vous pouvez demander à tout moment l’accès à vos données, leur rectification ou leur destruction en écrivant au comité.
`,
    expected: expect(['controller-identity', 'purposes', 'recipients', 'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'data-categories']),
  },
];
