// Whole website-style policies in Dutch, German and French, six per language, written for these
// tests in our own words: a shop or small company site built on a generator template, an
// association's or a practice's site in a law-firm style, and three rounds written blind (before the
// fixes they needed: a shop, practices, a Belgian vzw, an Austrian hotel; an Impressum page, employers'
// notices to staff, a municipality, a primary school, a photographer's mentions légales). Each comes with its whole expected coverage report (every item of
// the GDPR profile: present, partial with the absent element, or missing);
// corpus/coverage-site-policies.test.ts holds the checker to it, and to no other rule's alarm.
import type { Lang } from './helpers/coverage-lang.js';

export interface SitePolicy {
  lang: Lang;
  name: string;
  body: string;
  /** Requirement id → 'present', 'missing' or 'partial: <absent element>'. */
  expected: Record<string, string>;
}

export const SITE_POLICIES: SitePolicy[] = [
  {
    lang: 'de',
    name: 'a web agency site on a generator template',
    body: `Stand: 12. Januar 2026

## 1. Datenschutz auf einen Blick

Die folgenden Hinweise geben einen einfachen Überblick darüber, was mit Ihren personenbezogenen Daten passiert, wenn Sie diese Website besuchen.

## 2. Hinweis zur verantwortlichen Stelle

Die verantwortliche Stelle für die Datenverarbeitung auf dieser Website ist:

Pixelhafen Webdesign
Inhaberin: Jana Roth
Kaiserstraße 41
76133 Karlsruhe

Telefon: +49 721 555 0199
E-Mail: kontakt@pixelhafen.example

## 3. Datenerfassung auf dieser Website

### Server-Log-Dateien

Der Provider der Seiten erhebt und speichert automatisch Informationen in Server-Log-Dateien, die Ihr Browser automatisch an uns übermittelt: Browsertyp, Betriebssystem, Referrer-URL, Uhrzeit der Anfrage und IP-Adresse. Die Erfassung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO; wir haben ein berechtigtes Interesse an einer technisch fehlerfreien und sicheren Darstellung unserer Website. Die Log-Dateien werden nach 14 Tagen gelöscht.

### Kontaktformular

Wenn Sie uns über das Kontaktformular Anfragen zukommen lassen, speichern wir Ihre Angaben zur Bearbeitung der Anfrage. Die Verarbeitung beruht auf Art. 6 Abs. 1 lit. b DSGVO, sofern Ihre Anfrage mit einem Vertrag zusammenhängt, und sonst auf Ihrer Einwilligung. Ohne Ihre E-Mail-Adresse können wir Ihnen nicht antworten. Die Daten verbleiben bei uns, bis Sie uns zur Löschung auffordern oder der Zweck für die Speicherung entfällt.

### Hosting

Diese Website wird bei einem Anbieter in Deutschland gehostet. Mit dem Hoster haben wir einen Vertrag über Auftragsverarbeitung geschlossen. Eine Übermittlung Ihrer Daten in Länder außerhalb der EU findet nicht statt.

## 4. Ihre Rechte

Sie haben im Rahmen der geltenden gesetzlichen Bestimmungen jederzeit das Recht auf unentgeltliche Auskunft über Ihre gespeicherten personenbezogenen Daten, deren Herkunft und Empfänger und den Zweck der Datenverarbeitung und ein Recht auf Berichtigung oder Löschung dieser Daten. Sie haben außerdem das Recht, die Einschränkung der Verarbeitung zu verlangen, und das Recht auf Datenübertragbarkeit.

Wenn die Datenverarbeitung auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO erfolgt, haben Sie jederzeit das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, Widerspruch einzulegen.

Sie können eine bereits erteilte Einwilligung jederzeit widerrufen; eine formlose Mitteilung per E-Mail genügt.

Im Falle von Verstößen gegen die DSGVO steht Ihnen ein Beschwerderecht bei einer Aufsichtsbehörde zu.

Eine automatisierte Entscheidungsfindung findet nicht statt.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'present',
      recipients: 'present',
      'international-transfers': 'present',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'present',
      'withdraw-consent': 'present',
      'complaint-authority': 'present',
      'statutory-contractual': 'present',
      'automated-decision-making': 'present',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'missing',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'present',
    },
  },
  {
    lang: 'de',
    name: 'a medical practice site, several items only in part',
    body: `## Datenschutzhinweise unserer Praxis

Der Schutz Ihrer Gesundheitsdaten ist uns ein besonderes Anliegen.

## Verantwortlicher

Hausarztpraxis Dr. med. Lena Vogt
Am Mühlbach 9
93047 Regensburg
praxis@vogt-hausarzt.example

## Wofür wir Ihre Daten verwenden

Wir verarbeiten Ihre Stammdaten, Versicherungsdaten und Befunde, um Sie ärztlich zu behandeln und mit Ihrer Krankenkasse abzurechnen. Rechtsgrundlage ist Art. 9 Abs. 2 lit. h DSGVO in Verbindung mit dem Behandlungsvertrag.

Befunde übermitteln wir an mitbehandelnde Ärztinnen und Ärzte und an Labore, soweit dies für Ihre Behandlung nötig ist.

## Speicherdauer

Wir speichern Ihre Daten so lange, wie es für die Behandlung erforderlich ist.

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung Ihrer Daten sowie auf Datenübertragbarkeit und Widerspruch. Außerdem können Sie sich bei der zuständigen Datenschutzaufsichtsbehörde beschweren.

Einige unserer Terminbuchungsdaten können in die USA übertragen werden.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'missing',
      recipients: 'present',
      'international-transfers': 'partial: safeguard',
      retention: 'partial: period',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'present',
      'withdraw-consent': 'missing',
      'complaint-authority': 'present',
      'statutory-contractual': 'missing',
      'automated-decision-making': 'missing',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'missing',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'nl',
    name: 'a bakery web shop in the style of a generated privacy statement',
    body: `## Privacyverklaring

Bakkerij Korenbloem, gevestigd aan Voorstraat 21, 3512 AJ Utrecht, is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring.

## Contactgegevens

Bakkerij Korenbloem
Voorstraat 21
3512 AJ Utrecht
+31 30 555 0142
bestellen@korenbloem.example

## Persoonsgegevens die wij verwerken

Bakkerij Korenbloem verwerkt je persoonsgegevens doordat je gebruik maakt van onze diensten. Hieronder vind je een overzicht: voor- en achternaam, adresgegevens, telefoonnummer, e-mailadres en bankrekeningnummer.

## Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken

Wij verwerken jouw persoonsgegevens om je betaling af te handelen en om je bestelling te bezorgen. De grondslag is de uitvoering van de overeenkomst met jou. Zonder adresgegevens kunnen wij je bestelling niet bezorgen.

## Hoe lang we persoonsgegevens bewaren

Wij bewaren je bestelgegevens twee jaar na je laatste bestelling. Facturen bewaren wij zeven jaar vanwege de fiscale bewaarplicht.

## Delen van persoonsgegevens met derden

Wij verstrekken je gegevens uitsluitend aan de bezorgdienst en onze betaalprovider, en alleen als dat nodig is voor de uitvoering van onze overeenkomst met jou. Je gegevens worden niet buiten de EER verwerkt.

## Gegevens inzien, aanpassen of verwijderen

Je hebt het recht om je persoonsgegevens in te zien, te corrigeren of te verwijderen. Daarnaast heb je het recht om de verwerking te laten beperken, om bezwaar te maken tegen de verwerking van je persoonsgegevens en het recht op gegevensoverdraagbaarheid. Stuur je verzoek naar bestellen@korenbloem.example.

Bakkerij Korenbloem wil je er ook op wijzen dat je een klacht kunt indienen bij de Autoriteit Persoonsgegevens.

## Geautomatiseerde besluitvorming

Wij nemen geen besluiten op basis van geautomatiseerde verwerkingen.

## Hoe wij persoonsgegevens beveiligen

Wij nemen de bescherming van je gegevens serieus en nemen passende maatregelen om misbruik, verlies en onbevoegde toegang tegen te gaan.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'missing',
      recipients: 'present',
      'international-transfers': 'present',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'present',
      'withdraw-consent': 'missing',
      'complaint-authority': 'present',
      'statutory-contractual': 'present',
      'automated-decision-making': 'present',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'missing',
      children: 'missing',
      security: 'present',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'nl',
    name: 'a sports club site, several items only in part',
    body: `## Wie zijn wij

Hockeyclub De Vliegende Hollanders is een vereniging uit Amersfoort.

## Waarom wij gegevens van leden verwerken

Wij verwerken de naam, geboortedatum en contactgegevens van leden om de ledenadministratie bij te houden en wedstrijden in te delen. Dat doen wij op grond van de lidmaatschapsovereenkomst en, voor foto's op onze website, op grond van je toestemming. Die toestemming kun je altijd weer intrekken.

Voor het versturen van onze nieuwsbrief maken wij gebruik van een e-maildienstverlener waarvan de servers in de Verenigde Staten staan.

## Bewaren

Wij bewaren je gegevens niet langer dan nodig is.

## Jouw rechten

Je kunt je gegevens inzien en aanpassen in de ledenapp.

Heb je een klacht? Meld die dan bij het bestuur.
`,
    expected: {
      'controller-identity': 'partial: contact',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'missing',
      recipients: 'present',
      'international-transfers': 'partial: safeguard',
      retention: 'partial: period',
      'right-access': 'partial: right',
      'right-rectification': 'partial: right',
      'right-erasure': 'missing',
      'right-restriction': 'missing',
      'right-objection': 'missing',
      'right-portability': 'missing',
      'withdraw-consent': 'present',
      'complaint-authority': 'missing',
      'statutory-contractual': 'missing',
      'automated-decision-making': 'missing',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'missing',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'fr',
    name: 'a small company site in the style of the CNIL model notice',
    body: `## Qui est responsable du traitement ?

Le responsable du traitement est la société Atelier Lavande SARL, au capital de 8 000 €, immatriculée au RCS de Nantes, dont le siège social est situé 14 rue de la Fosse, 44000 Nantes. Vous pouvez nous écrire à contact@atelier-lavande.example.

Nous avons désigné un délégué à la protection des données, joignable à dpo@atelier-lavande.example.

## Pourquoi traitons-nous vos données ?

Vos données (nom, prénom, adresse e-mail, adresse de livraison) sont collectées pour la gestion de vos commandes et de la relation client. Ce traitement est fondé sur l’exécution du contrat que vous concluez avec nous. Les champs marqués d’un astérisque sont obligatoires ; sans eux, nous ne pouvons pas traiter votre commande.

Nous mesurons aussi la fréquentation du site sur la base de notre intérêt légitime à améliorer nos pages.

## Qui reçoit vos données ?

Vos données sont transmises à notre transporteur et à notre prestataire de paiement. Elles sont hébergées au sein de l’Union européenne et ne font l’objet d’aucun transfert hors de l’UE.

## Combien de temps vos données sont-elles conservées ?

Les données clients sont conservées trois ans à compter de la dernière commande ; les factures dix ans conformément aux obligations comptables.

## Vos droits

Vous disposez d’un droit d’accès, de rectification, d’effacement et de limitation du traitement de vos données, ainsi que d’un droit à la portabilité. Vous pouvez vous opposer au traitement de vos données pour des motifs tenant à votre situation particulière. Vous pouvez retirer votre consentement à tout moment.

Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.

Vos données ne font l’objet d’aucune prise de décision automatisée.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'present',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'present',
      recipients: 'present',
      'international-transfers': 'present',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'present',
      'withdraw-consent': 'present',
      'complaint-authority': 'present',
      'statutory-contractual': 'present',
      'automated-decision-making': 'present',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'missing',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'fr',
    name: 'an association site, several items only in part',
    body: `## Mentions relatives aux données personnelles

L’association Les Jardins Partagés du Quartier Nord collecte les données de ses adhérents pour gérer les adhésions et envoyer sa lettre d’information.

## Conservation

Vos données sont conservées pour la durée nécessaire aux finalités pour lesquelles elles ont été collectées.

## Destinataires

Certaines données peuvent être transférées en dehors de l’Union européenne, chez notre prestataire d’envoi de courriels.

## Vos droits

Vous pouvez modifier vos informations depuis votre espace adhérent. Vous pouvez vous désinscrire de la lettre d’information à tout moment grâce au lien présent dans chaque envoi.

Pour toute question : bureau@jardins-nord.example
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'missing',
      'legitimate-interests': 'missing',
      recipients: 'present',
      'international-transfers': 'partial: safeguard',
      retention: 'partial: period',
      'right-access': 'missing',
      'right-rectification': 'partial: right',
      'right-erasure': 'missing',
      'right-restriction': 'missing',
      'right-objection': 'partial: right',
      'right-portability': 'missing',
      'withdraw-consent': 'missing',
      'complaint-authority': 'missing',
      'statutory-contractual': 'missing',
      'automated-decision-making': 'missing',
      'data-source': 'missing',
      'data-categories': 'missing',
      cookies: 'missing',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'de',
    name: 'an online shop in a law-firm style',
    body: `Zuletzt aktualisiert am 3. Februar 2026

## A. Allgemeines

### I. Name und Anschrift des Verantwortlichen

Verantwortlicher im Sinne der Datenschutz-Grundverordnung ist die

Teekontor Nordlicht GmbH
Speicherstraße 12
28195 Bremen
E-Mail: service@teekontor-nordlicht.example

### II. Kontaktdaten des Datenschutzbeauftragten

Den Datenschutzbeauftragten erreichen Sie unter datenschutz@teekontor-nordlicht.example.

## B. Verarbeitung bei Bestellungen

Bei einer Bestellung erheben wir Name, Anschrift, E-Mail-Adresse und Zahlungsdaten. Wir verwenden diese Daten, um Ihre Bestellung abzuwickeln. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO. Die Angabe dieser Daten ist für den Vertragsschluss erforderlich; ohne sie können wir die Bestellung nicht annehmen.

Zur Lieferung geben wir Ihren Namen und Ihre Anschrift an das beauftragte Versandunternehmen weiter. Zahlungsdaten übermitteln wir an den von Ihnen gewählten Zahlungsdienstleister.

Bestelldaten speichern wir wegen steuer- und handelsrechtlicher Aufbewahrungspflichten zehn Jahre.

## C. Newsletter

Für den Newsletter nutzen wir Ihre E-Mail-Adresse auf Grundlage Ihrer Einwilligung. Sie können die Einwilligung jederzeit widerrufen, etwa über den Abmeldelink im Newsletter. Der Versanddienst speichert die Daten auf Servern in den USA; die Übermittlung stützen wir auf die Standardvertragsklauseln der EU-Kommission.

## D. Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Datenübertragbarkeit. Soweit wir Daten auf Grundlage berechtigter Interessen verarbeiten, können Sie dieser Verarbeitung widersprechen. Sie haben zudem das Recht, sich bei einer Datenschutzaufsichtsbehörde zu beschweren.

Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.

## E. Cookies

Wir setzen nur technisch notwendige Cookies ein, die den Warenkorb speichern. Sie können Cookies in Ihren Browsereinstellungen blockieren; der Warenkorb funktioniert dann nicht.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'present',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'partial: interests',
      recipients: 'present',
      'international-transfers': 'present',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'present',
      'withdraw-consent': 'present',
      'complaint-authority': 'present',
      'statutory-contractual': 'present',
      'automated-decision-making': 'present',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'present',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'present',
    },
  },
  {
    lang: 'nl',
    name: 'a physiotherapy practice',
    body: `## Privacyreglement Fysiotherapie Beweegwijs

Fysiotherapie Beweegwijs hecht veel waarde aan de bescherming van uw persoonsgegevens.

## Wie is verantwoordelijk?

Fysiotherapie Beweegwijs, Molenweg 7, 7411 KL Deventer, is de verwerkingsverantwoordelijke. U kunt ons bereiken via praktijk@beweegwijs.example of telefonisch op 0570 555 123.

## Welke gegevens en waarom

Wij verwerken uw naam, adres, geboortedatum, BSN, verzekeringsgegevens en uw medische gegevens. Deze gegevens hebben wij nodig om u te kunnen behandelen en om de behandeling bij uw zorgverzekeraar te declareren. Wij doen dit omdat wij wettelijk verplicht zijn een dossier bij te houden (Wet op de geneeskundige behandelingsovereenkomst). Uw verwijzende huisarts stuurt ons soms gegevens over uw klacht.

## Aan wie verstrekken wij gegevens?

Wij verstrekken gegevens aan uw zorgverzekeraar en, met uw toestemming, aan uw huisarts.

## Bewaartermijn

Uw medisch dossier bewaren wij twintig jaar na de laatste behandeling, zoals de wet voorschrijft.

## Uw rechten

U heeft het recht uw dossier in te zien en er een kopie van te krijgen. U kunt ons vragen onjuiste gegevens te corrigeren of uw dossier te vernietigen. Ook kunt u ons vragen de verwerking te beperken of bezwaar maken tegen de verwerking. Verzoeken kunt u mondeling of schriftelijk bij ons indienen. Bent u het niet eens met de manier waarop wij uw gegevens verwerken, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'missing',
      recipients: 'present',
      'international-transfers': 'missing',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'missing',
      'withdraw-consent': 'missing',
      'complaint-authority': 'present',
      'statutory-contractual': 'missing',
      'automated-decision-making': 'missing',
      'data-source': 'present',
      'data-categories': 'present',
      cookies: 'missing',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'fr',
    name: 'a dental practice',
    body: `## Protection de vos données personnelles

### Responsable du traitement

Cabinet dentaire du Dr Camille Moreau
3 place du Marché
33000 Bordeaux
Tél. : 05 56 00 00 00
secretariat@cabinet-moreau.example

### Finalités et base légale

Vos données (identité, coordonnées, numéro de sécurité sociale, données de santé) sont traitées pour la gestion de votre dossier médical et de vos rendez-vous. Ce traitement est nécessaire à la prise en charge de vos soins et repose sur une obligation légale de tenue du dossier médical.

### Destinataires

Vos données sont destinées aux praticiens du cabinet et, pour la facturation, à l’Assurance maladie et à votre mutuelle. Notre logiciel de prise de rendez-vous est hébergé en France par un hébergeur certifié de données de santé.

### Durée de conservation

Le dossier médical est conservé vingt ans à compter de votre dernière consultation.

### Vos droits

Vous pouvez accéder à vos données, demander leur rectification ou leur effacement, ou la limitation de leur traitement, en écrivant au secrétariat. Vous pouvez également introduire une réclamation auprès de la CNIL.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'missing',
      recipients: 'present',
      'international-transfers': 'missing',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'missing',
      'right-portability': 'missing',
      'withdraw-consent': 'missing',
      'complaint-authority': 'present',
      'statutory-contractual': 'missing',
      'automated-decision-making': 'missing',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'missing',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'nl',
    name: 'a Belgian non-profit (vzw)',
    body: `## Privacyverklaring

Jeugdhuis De Pit vzw, met maatschappelijke zetel te Kerkplein 3, 9000 Gent (ondernemingsnummer 0478.215.936), hecht belang aan je privacy. Voor vragen kan je terecht bij info@depit.example.

## Welke gegevens verzamelen we?

Wanneer je lid wordt, vragen we je naam, geboortedatum, adres en het telefoonnummer van een ouder. We gebruiken die gegevens om de ledenlijst bij te houden, om je te verzekeren en om je uit te nodigen voor activiteiten. De verwerking gebeurt op basis van je lidmaatschap; voor foto's op onze website vragen we je toestemming.

## Delen we je gegevens?

We geven je naam en geboortedatum door aan onze verzekeraar. Je gegevens verlaten de Europese Unie niet.

## Hoelang bewaren we je gegevens?

We bewaren je gegevens tot drie jaar nadat je lidmaatschap afloopt.

## Jouw rechten

Je kan je gegevens altijd inkijken, laten verbeteren of laten wissen. Je toestemming voor foto's kan je op elk moment intrekken. Ben je niet tevreden over hoe we met je gegevens omgaan, dan kan je klacht indienen bij de Gegevensbeschermingsautoriteit (GBA).
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'missing',
      recipients: 'present',
      'international-transfers': 'present',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'missing',
      'right-objection': 'missing',
      'right-portability': 'missing',
      'withdraw-consent': 'present',
      'complaint-authority': 'present',
      'statutory-contractual': 'missing',
      'automated-decision-making': 'missing',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'missing',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'de',
    name: 'an Austrian hotel',
    body: `## Datenschutzerklärung

### Verantwortlicher

Hotel Alpenblick Huber KG
Dorfstraße 18
6580 St. Anton am Arlberg
Österreich
E-Mail: rezeption@alpenblick-huber.example

### Buchungen

Wenn Sie ein Zimmer buchen, verarbeiten wir Ihren Namen, Ihre Anschrift, Ihr Geburtsdatum und Ihre Kreditkartendaten zur Durchführung der Buchung. Die Verarbeitung ist zur Vertragserfüllung erforderlich. Nach dem Meldegesetz sind wir verpflichtet, ein Gästeblatt zu führen, das wir sieben Jahre aufbewahren.

Ihre Buchungsdaten erhalten wir teilweise über Buchungsplattformen, über die Sie reserviert haben.

### Weitergabe

Ihre Daten geben wir an die Gemeinde (Ortstaxe) und an unser Buchungssystem weiter, dessen Anbieter die Daten ausschließlich in der EU speichert.

### Ihre Rechte

Ihnen stehen grundsätzlich die Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch zu. Wenn Sie glauben, dass die Verarbeitung Ihrer Daten gegen das Datenschutzrecht verstößt, können Sie sich bei der Datenschutzbehörde beschweren.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'missing',
      recipients: 'present',
      'international-transfers': 'present',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'present',
      'withdraw-consent': 'missing',
      'complaint-authority': 'present',
      'statutory-contractual': 'missing',
      'automated-decision-making': 'missing',
      'data-source': 'present',
      'data-categories': 'present',
      cookies: 'missing',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'fr',
    name: 'an online shop with a cookie section',
    body: `Dernière mise à jour : 5 mars 2026

## Qui sommes-nous ?

La boutique en ligne Savons de Provence est éditée par Savonnerie Bastide SAS, 7 chemin des Oliviers, 13100 Aix-en-Provence, joignable à bonjour@savonnerie-bastide.example.

## Données collectées et finalités

Lors d’une commande, nous collectons vos nom, prénom, adresses de livraison et de facturation, adresse e-mail et numéro de téléphone, afin de traiter et livrer votre commande. Ce traitement est nécessaire à l’exécution du contrat de vente.

Avec votre accord, nous utilisons votre adresse e-mail pour vous envoyer nos offres ; vous pouvez retirer cet accord à tout moment via le lien de désinscription.

## Partage

Nous transmettons vos coordonnées à La Poste pour la livraison. Notre prestataire de paiement traite vos données bancaires ; nous n’y avons jamais accès.

## Conservation

Les données de commande sont conservées cinq ans, puis archivées pour la durée légale de dix ans pour les pièces comptables.

## Cookies

Nous utilisons des cookies nécessaires au panier et, avec votre consentement, des cookies de mesure d’audience. Vous pouvez modifier vos choix à tout moment en cliquant sur « Gérer les cookies » en bas de page.

## Vos droits

Vous disposez d’un droit d’accès, de rectification, d’effacement, de limitation, d’opposition et de portabilité. Pour les exercer, écrivez à bonjour@savonnerie-bastide.example. Vous pouvez aussi saisir la CNIL.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'missing',
      recipients: 'present',
      'international-transfers': 'missing',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'present',
      'withdraw-consent': 'partial: any-time',
      'complaint-authority': 'present',
      'statutory-contractual': 'missing',
      'automated-decision-making': 'missing',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'present',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'present',
    },
  },
  // Third blind round (written before the fixes they needed): an Impressum page with its
  // Datenschutzerklärung, an employer's notice to staff, a municipality, a primary school, a
  // photographer's "mentions légales", an employer's note to employees.
  {
    lang: 'de',
    name: 'a joinery: Impressum followed by a Datenschutzerklärung',
    body: `## Impressum

Angaben gemäß § 5 DDG

Schreinerei Holzwurm Meier e.K.
Inhaber: Tobias Meier
Mühlweg 3
88212 Ravensburg

Telefon: 0751 555 2231
E-Mail: info@holzwurm-meier.example
Registergericht: Amtsgericht Ulm, HRA 555123

## Datenschutzerklärung

### Wer ist verantwortlich?

Verantwortlich für die Datenverarbeitung auf dieser Website ist die im Impressum genannte Schreinerei Holzwurm Meier e.K.

### Welche Daten wir verarbeiten

Beim Aufruf unserer Seiten speichert unser Hoster kurzzeitig Ihre IP-Adresse, Datum und Uhrzeit des Abrufs sowie den verwendeten Browser. Das ist nötig, damit die Seite ausgeliefert werden kann und um Angriffe abzuwehren; wir stützen uns dabei auf unser berechtigtes Interesse nach Art. 6 Abs. 1 lit. f DSGVO. Die Protokolle werden nach sieben Tagen gelöscht.

Wenn Sie per E-Mail oder Telefon ein Angebot anfragen, verwenden wir Ihren Namen, Ihre Anschrift und Ihre Angaben zum Vorhaben, um das Angebot zu erstellen (Art. 6 Abs. 1 lit. b DSGVO). Kommt kein Auftrag zustande, löschen wir die Anfrage nach einem Jahr; Rechnungen bewahren wir wegen steuerrechtlicher Pflichten zehn Jahre auf.

Außer an unseren Hoster geben wir keine Daten an Dritte weiter. Unsere Website kommt ohne Cookies und ohne Analysewerkzeuge aus.

### Ihre Rechte

Sie können Auskunft über die zu Ihnen gespeicherten Daten verlangen sowie deren Berichtigung, Löschung oder die Einschränkung der Verarbeitung. Außerdem können Sie der Verarbeitung widersprechen, die wir auf berechtigte Interessen stützen. Beschweren können Sie sich beim Landesbeauftragten für den Datenschutz Baden-Württemberg.

Stand: März 2026
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'present',
      recipients: 'present',
      'international-transfers': 'missing',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'missing',
      'withdraw-consent': 'missing',
      'complaint-authority': 'present',
      'statutory-contractual': 'missing',
      'automated-decision-making': 'missing',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'present',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'present',
    },
  },
  {
    lang: 'de',
    name: 'an employer’s notice to its staff',
    body: `## Informationen für unsere Beschäftigten nach Art. 13 DSGVO

Mit diesem Merkblatt informieren wir Sie als Mitarbeiterin oder Mitarbeiter darüber, wie wir Ihre Daten im Arbeitsverhältnis verwenden.

### Verantwortlicher und Datenschutzbeauftragte

Grünfeld Logistik GmbH, Hafenstraße 22, 28217 Bremen, Telefon 0421 555 8800, personal@gruenfeld.example.

Unsere Datenschutzbeauftragte, Frau Dr. Petra Albers, erreichen Sie unter dsb@gruenfeld.example.

### Zwecke und Rechtsgrundlagen

Wir verarbeiten Ihre Stammdaten, Bankverbindung, Arbeitszeiten und Angaben zur Sozialversicherung, um Ihr Arbeitsverhältnis durchzuführen und die Vergütung abzurechnen (§ 26 BDSG, Art. 6 Abs. 1 lit. b und c DSGVO). Die Fahrzeuge unserer Flotte sind mit GPS ausgestattet; die Ortung dient der Tourenplanung und dem Schutz vor Diebstahl, woran wir ein berechtigtes Interesse haben.

### Empfänger

Innerhalb des Unternehmens erhalten nur die Personalabteilung und Ihre Vorgesetzten Ihre Daten. Nach außen übermitteln wir sie an die Sozialversicherungsträger, das Finanzamt und unseren Lohnabrechnungsdienstleister.

### Herkunft der Daten

Ihre Steuermerkmale rufen wir elektronisch beim Bundeszentralamt für Steuern ab.

### Pflicht zur Bereitstellung

Ohne Ihre Sozialversicherungsnummer und Ihre Steuer-ID können wir Sie nicht ordnungsgemäß anmelden und abrechnen.

### Speicherdauer

Die Personalakte bewahren wir bis drei Jahre nach dem Ende des Arbeitsverhältnisses auf, Lohnunterlagen sechs Jahre.

### Ihre Rechte

Ihnen stehen die Rechte auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Datenübertragbarkeit zu sowie das Recht, der Ortung aus Gründen Ihrer besonderen Situation zu widersprechen. Sie können sich bei der Landesbeauftragten für Datenschutz Bremen beschweren.

Eine automatisierte Einzelentscheidung findet nicht statt. Eine Übermittlung in Drittländer ist nicht vorgesehen.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'present',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'present',
      recipients: 'present',
      'international-transfers': 'present',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'present',
      'withdraw-consent': 'missing',
      'complaint-authority': 'present',
      'statutory-contractual': 'present',
      'automated-decision-making': 'present',
      'data-source': 'present',
      'data-categories': 'present',
      cookies: 'missing',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'nl',
    name: 'a municipality',
    body: `## Privacyverklaring gemeente Heidewoude

De gemeente Heidewoude gebruikt persoonsgegevens om haar wettelijke taken uit te voeren, zoals het bijhouden van de basisregistratie, het verstrekken van paspoorten en het verlenen van vergunningen en uitkeringen.

### Wie is verantwoordelijk?

Het college van burgemeester en wethouders van de gemeente Heidewoude is verantwoordelijk voor de verwerking. Ons adres: Marktplein 2, 6711 AB Ede. Telefoon: 0318 555 400.

### Grondslag

Wij verwerken uw gegevens vooral omdat dat nodig is om een wettelijke verplichting na te komen of een taak van algemeen belang uit te voeren. Voor sommige diensten, zoals de digitale nieuwsbrief, vragen we uw toestemming. Die toestemming kunt u altijd weer intrekken via de afmeldlink of bij de balie in het gemeentehuis.

### Met wie delen wij gegevens?

Wij geven gegevens alleen door als de wet dat toestaat, bijvoorbeeld aan de Belastingdienst, het UWV of de politie. Met bedrijven die voor ons werken, zoals onze ICT-leverancier, sluiten we een verwerkersovereenkomst.

### Hoe lang bewaren wij uw gegevens?

Een paspoortaanvraag bewaren wij elf jaar; andere gegevens bewaren wij volgens de termijnen van de Archiefwet.

### Uw rechten

U heeft het recht om uw gegevens in te zien, te laten corrigeren of te laten verwijderen. Ook kunt u vragen om beperking van de verwerking of bezwaar maken tegen de verwerking. Een verzoek dient u in via het formulier op onze website.

### Functionaris gegevensbescherming

Vragen over privacy kunt u stellen aan onze functionaris gegevensbescherming via fg@heidewoude.example.

### Klacht

Bent u het niet eens met hoe wij uw verzoek hebben behandeld, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'present',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'missing',
      recipients: 'present',
      'international-transfers': 'missing',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'missing',
      'withdraw-consent': 'present',
      'complaint-authority': 'present',
      'statutory-contractual': 'missing',
      'automated-decision-making': 'missing',
      'data-source': 'missing',
      'data-categories': 'missing',
      cookies: 'missing',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'nl',
    name: 'a primary school',
    body: `## Privacy op De Klimop

Op onze school werken we met gegevens van leerlingen en hun ouders. Hieronder lees je wat we daarmee doen.

### Welke gegevens?

We leggen vast: naam, adres en geboortedatum van je kind, de contactgegevens van ouders, toetsresultaten en, als dat nodig is voor de begeleiding, gegevens over gezondheid of gedrag.

### Waarvoor?

We hebben deze gegevens nodig om onderwijs te geven, de ontwikkeling van je kind te volgen en de school te organiseren. Dat is een wettelijke taak van de school. Omdat onze leerlingen jonger zijn dan 16 jaar, beslissen hun ouders over toestemming. Voor foto's en video's op de website en in de nieuwsbrief vragen we jou elk schooljaar om toestemming; die kun je altijd weer intrekken door een mail te sturen aan de administratie.

### Wie krijgt de gegevens?

De gegevens staan in ons leerlingvolgsysteem; de leverancier daarvan werkt alleen in onze opdracht. Bij een overstap sturen we een onderwijskundig rapport naar de nieuwe school. Verder krijgen DUO en de leerplichtambtenaar de gegevens die de wet voorschrijft.

### Hoe lang?

Het leerlingdossier bewaren we tot twee jaar nadat je kind van school is gegaan.

### Beveiliging

Alleen leerkrachten en de intern begeleider kunnen in het dossier van je kind; het systeem is beveiligd met tweestapsverificatie.

### Jouw rechten

Je mag het dossier van je kind inzien en ons vragen om fouten te verbeteren. Ben je het niet eens met hoe we met gegevens omgaan, bespreek dat dan eerst met de directeur.

### Contact

Basisschool De Klimop, Schoolstraat 14, 7411 KL Deventer, 0570 555 123, info@klimop.example. Onze functionaris voor gegevensbescherming is bereikbaar via fg@spo-lindeveld.example.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'present',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'missing',
      recipients: 'present',
      'international-transfers': 'missing',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'missing',
      'right-restriction': 'missing',
      'right-objection': 'missing',
      'right-portability': 'missing',
      'withdraw-consent': 'present',
      'complaint-authority': 'partial: authority',
      'statutory-contractual': 'missing',
      'automated-decision-making': 'missing',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'missing',
      children: 'present',
      security: 'present',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'fr',
    name: 'a photographer’s site: mentions légales, then personal data',
    body: `## Mentions légales

Éditeur : Lucie Fabre Photographie, entreprise individuelle, SIRET 555 123 456 00017, 5 place du Marché, 84000 Avignon. Téléphone : 04 90 55 12 34. Courriel : studio@luciefabre.example.

Directrice de la publication : Lucie Fabre.

Hébergement : Gandi SAS, 63-65 boulevard Masséna, 75013 Paris.

## Données personnelles

### Quelles données et pourquoi ?

Lorsque vous réservez une séance, je recueille vos nom, adresse électronique et numéro de téléphone afin d’organiser le rendez-vous et de vous remettre vos photos. Ce traitement est nécessaire à l’exécution de notre contrat ; sans ces informations, je ne peux pas confirmer la réservation.

Si vous y consentez, je publie certaines photos dans mon portfolio en ligne. Vous pouvez retirer ce consentement à tout moment par simple courriel ; les photos sont alors retirées du site.

### Destinataires

Vos photos sont livrées par un service de galerie en ligne hébergé en France. Mon expert-comptable reçoit les factures.

### Durée de conservation

Je conserve les photos livrées un an après la séance, puis je les efface ; les factures sont gardées dix ans.

### Vos droits

Vous disposez d’un droit d’accès, de rectification, d’effacement et de portabilité de vos données, ainsi que d’un droit d’opposition et de limitation. Pour les exercer, écrivez-moi à studio@luciefabre.example. Vous pouvez également introduire une réclamation auprès de la CNIL.

### Cookies

Ce site n’utilise que des cookies nécessaires à son fonctionnement, qui ne requièrent pas votre consentement.
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'missing',
      recipients: 'present',
      'international-transfers': 'missing',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'present',
      'withdraw-consent': 'present',
      'complaint-authority': 'present',
      'statutory-contractual': 'present',
      'automated-decision-making': 'missing',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'partial: details',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'missing',
    },
  },
  {
    lang: 'fr',
    name: 'an employer’s note to its employees',
    body: `## Note d’information des salariés sur le traitement de leurs données

La société Menuiseries Aubrac SARL (siège : ZA des Prés, 12500 Espalion ; rh@menuiseries-aubrac.example) traite les données personnelles de ses salariés pour la gestion du personnel.

### Finalités et bases légales

Nous traitons notamment votre état civil, vos coordonnées, votre numéro de sécurité sociale, vos coordonnées bancaires et vos horaires de travail. Nous les utilisons pour établir la paie, gérer les congés et les absences, organiser les formations et remplir nos obligations déclaratives auprès des organismes sociaux. Ces traitements sont nécessaires à l’exécution de votre contrat de travail et au respect de nos obligations légales.

Les véhicules de service sont équipés d’un système de géolocalisation, utilisé pour facturer les interventions aux clients ; ce dispositif repose sur notre intérêt légitime.

### Destinataires

Seuls le service des ressources humaines et votre responsable hiérarchique ont accès à votre dossier. Nous transmettons les données nécessaires à notre expert-comptable, à l’URSSAF, à la caisse de retraite et au service de santé au travail.

### Conservation

Le dossier du salarié est conservé pendant toute la durée du contrat, puis cinq ans après votre départ.

### Vos droits

Vous pouvez accéder à votre dossier, faire rectifier les informations inexactes et demander la limitation d’un traitement. Vous pouvez vous opposer, pour des raisons tenant à votre situation particulière, au traitement fondé sur notre intérêt légitime. Adressez vos demandes au service RH. En cas de difficulté, vous pouvez saisir la CNIL.

Dernière mise à jour : 2 février 2026
`,
    expected: {
      'controller-identity': 'present',
      'dpo-contact': 'missing',
      purposes: 'present',
      'lawful-basis': 'present',
      'legitimate-interests': 'present',
      recipients: 'present',
      'international-transfers': 'missing',
      retention: 'present',
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'missing',
      'right-restriction': 'present',
      'right-objection': 'present',
      'right-portability': 'missing',
      'withdraw-consent': 'missing',
      'complaint-authority': 'present',
      'statutory-contractual': 'missing',
      'automated-decision-making': 'missing',
      'data-source': 'missing',
      'data-categories': 'present',
      cookies: 'missing',
      children: 'missing',
      security: 'missing',
      'policy-changes': 'missing',
      'last-updated': 'present',
    },
  },
];
