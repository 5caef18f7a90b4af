// Whole short policies in Dutch, German and French, written for these tests: one per language that
// gives every item of the GDPR profile, and one that gives several only in part. The expected
// reports are in corpus/coverage-languages-corpus.test.ts.
import type { Lang } from './helpers/coverage-lang.js';

export const FULL: Record<Lang, string> = {
  nl: `Laatst bijgewerkt: 1 maart 2026

## Wie zijn wij?

Kwikstaart B.V. (KvK-nummer 12345678), Havenstraat 12, 3511 AB Utrecht, is de verwerkingsverantwoordelijke voor de gegevens die je via onze app deelt. Je bereikt ons via privacy@kwikstaart.example. Onze functionaris voor gegevensbescherming is bereikbaar via fg@kwikstaart.example.

## Welke gegevens verwerken wij en waarom?

Wij verwerken je naam, e-mailadres en bestelgeschiedenis om je bestellingen af te handelen. De grondslag daarvoor is de uitvoering van de overeenkomst met jou. Zonder e-mailadres kunnen wij je bestelling niet afhandelen; je telefoonnummer opgeven is vrijwillig.

Je IP-adres verwerken wij op grond van ons gerechtvaardigd belang bij het beveiligen van onze app tegen misbruik. Sommige gegevens ontvangen wij van de winkels waar je onze producten koopt.

## Met wie delen wij je gegevens?

Wij delen je gegevens met onze hostingpartij en onze betaaldienstverlener. Onze hostingpartij slaat de gegevens op in de Verenigde Staten; voor die doorgifte gebruiken wij de standaardcontractbepalingen van de Europese Commissie.

## Hoe lang bewaren wij je gegevens?

Wij bewaren je accountgegevens zolang je account bestaat en verwijderen ze binnen 30 dagen nadat je het account opheft. Facturen bewaren wij zeven jaar vanwege de fiscale bewaarplicht.

## Jouw rechten

Je hebt het recht om je gegevens in te zien, te laten corrigeren of te laten verwijderen, om de verwerking te laten beperken, om bezwaar te maken tegen de verwerking en om je gegevens in een machineleesbaar formaat te ontvangen. Heb je ons toestemming gegeven, dan kun je die op elk moment intrekken. Stuur je verzoek naar privacy@kwikstaart.example. Je kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens.

Wij nemen geen besluiten over jou op basis van uitsluitend geautomatiseerde verwerking.

## Cookies

Onze website gebruikt alleen functionele cookies. Je kunt cookies weigeren of verwijderen via de instellingen van je browser.

## Kinderen

Onze app is niet bedoeld voor kinderen jonger dan 16 jaar.

## Beveiliging

Wij nemen passende technische en organisatorische maatregelen om je gegevens te beschermen, zoals versleuteling.

## Wijzigingen

Wij kunnen deze privacyverklaring aanpassen; de nieuwste versie staat altijd op deze pagina.
`,
  de: `Stand: 1. März 2026

## Verantwortlicher

Verantwortlicher im Sinne der DSGVO ist die Kiebitzwerk GmbH, Lindenstraße 5, 10115 Berlin, E-Mail: datenschutz@kiebitzwerk.example. Unseren Datenschutzbeauftragten erreichen Sie unter dsb@kiebitzwerk.example.

## Welche Daten wir verarbeiten und wozu

Wir verarbeiten Ihren Namen, Ihre E-Mail-Adresse und Ihre Bestellungen, um Ihre Bestellungen abzuwickeln. Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO (Vertragserfüllung). Die Angabe Ihrer Telefonnummer ist freiwillig; ohne E-Mail-Adresse können wir Ihre Bestellung jedoch nicht bearbeiten.

Ihre IP-Adresse verarbeiten wir auf Grundlage unseres berechtigten Interesses an der Abwehr von Angriffen auf unsere Server (Art. 6 Abs. 1 lit. f DSGVO). Einige Daten erhalten wir von den Händlern, bei denen Sie unsere Produkte kaufen.

## Empfänger und Übermittlung in Drittländer

Empfänger Ihrer Daten sind unser Hosting-Anbieter und unser Zahlungsdienstleister. Unser Hosting-Anbieter speichert Daten in den USA; die Übermittlung erfolgt auf Grundlage der Standardvertragsklauseln der EU-Kommission.

## Speicherdauer

Ihre Kontodaten speichern wir, solange Ihr Konto besteht, und löschen sie innerhalb von 30 Tagen nach dessen Schließung. Rechnungen bewahren wir zehn Jahre auf (§ 147 AO).

## Ihre Rechte

Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Datenübertragbarkeit (Art. 20 DSGVO). Sie haben das Recht, der Verarbeitung Ihrer Daten zu widersprechen (Art. 21 DSGVO). Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen. Außerdem haben Sie das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.

Eine automatisierte Entscheidungsfindung findet nicht statt.

## Cookies

Wir setzen nur technisch notwendige Cookies ein. Sie können Cookies in Ihren Browsereinstellungen ablehnen oder löschen.

## Kinder

Unser Angebot richtet sich nicht an Kinder unter 16 Jahren.

## Datensicherheit

Wir treffen technische und organisatorische Maßnahmen, um Ihre Daten zu schützen, etwa eine TLS-Verschlüsselung.

## Änderungen

Wir behalten uns vor, diese Datenschutzerklärung anzupassen; es gilt die jeweils aktuelle Fassung auf dieser Seite.
`,
  fr: `Dernière mise à jour : 1er mars 2026

## Responsable du traitement

Le responsable du traitement est Martinet SAS, 12 rue des Lilas, 75011 Paris, joignable à contact@martinet.example. Vous pouvez contacter notre délégué à la protection des données à dpo@martinet.example.

## Données collectées et finalités

Nous collectons votre nom, votre adresse e-mail et l'historique de vos commandes afin de traiter vos commandes. Ce traitement repose sur l'exécution du contrat conclu avec vous. La fourniture de votre numéro de téléphone est facultative ; sans adresse e-mail, nous ne pouvons pas traiter votre commande.

Nous traitons votre adresse IP sur la base de notre intérêt légitime à sécuriser notre site contre la fraude. Certaines données nous sont transmises par les magasins où vous achetez nos produits.

## Destinataires et transferts

Les destinataires de vos données sont notre hébergeur et notre prestataire de paiement. Notre hébergeur stocke les données aux États-Unis ; ce transfert est encadré par les clauses contractuelles types de la Commission européenne.

## Durée de conservation

Les données de votre compte sont conservées tant que votre compte est actif, puis supprimées dans un délai de 30 jours après sa clôture. Les factures sont conservées dix ans.

## Vos droits

Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation du traitement et de portabilité de vos données, ainsi que du droit de vous opposer au traitement. Vous pouvez retirer votre consentement à tout moment. Pour exercer ces droits, écrivez-nous à contact@martinet.example. Vous pouvez également introduire une réclamation auprès de la CNIL.

Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé.

## Cookies

Notre site n'utilise que des cookies fonctionnels. Vous pouvez refuser ou supprimer les cookies dans les paramètres de votre navigateur.

## Enfants

Nos services ne s'adressent pas aux enfants de moins de 15 ans.

## Sécurité

Nous mettons en œuvre des mesures techniques et organisationnelles pour protéger vos données, notamment le chiffrement.

## Modifications

Nous pouvons modifier la présente politique de confidentialité ; la version en vigueur est publiée sur cette page.
`,
};

/** Several items given only in part: each policy's expected report lists them. */
export const HALF: Record<Lang, string> = {
  nl: `## Over ons

Deze app is van Kwikstaart B.V.

## Gebruik van je gegevens

Wij gebruiken je e-mailadres om je een nieuwsbrief te sturen. Sommige verwerkingen baseren wij op ons gerechtvaardigd belang. Je gegevens kunnen worden opgeslagen op servers in de Verenigde Staten. Wij bewaren je gegevens niet langer dan nodig is.

## Jouw keuzes

Je kunt je profielgegevens zelf inzien en aanpassen in de instellingen van de app, en je account zelf verwijderen in de app. Wil je geen nieuwsbrief meer ontvangen, dan kun je je afmelden via de link onderaan elke e-mail.

Wij gebruiken profilering om je gepersonaliseerde advertenties te tonen. Onze website gebruikt cookies om je voorkeuren te onthouden.
`,
  de: `## Über uns

Diese App wird von der Kiebitzwerk GmbH angeboten.

## Nutzung Ihrer Daten

Wir verwenden Ihre E-Mail-Adresse, um Ihnen unseren Newsletter zu senden. Manche Verarbeitungen beruhen auf unseren berechtigten Interessen. Ihre Daten können auf Servern in den USA gespeichert werden. Wir speichern Ihre Daten nur so lange, wie es für die genannten Zwecke erforderlich ist.

## Ihre Wahlmöglichkeiten

Ihre Profildaten können Sie selbst in den Einstellungen der App einsehen und ändern; Ihr Konto können Sie selbst in der App löschen. Vom Newsletter können Sie sich jederzeit über den Link in jeder E-Mail abmelden.

Wir nutzen Profiling, um Ihnen personalisierte Werbung anzuzeigen. Unsere Website verwendet Cookies, um Ihre Einstellungen zu speichern.
`,
  fr: `## Qui sommes-nous ?

L'application est éditée par Martinet SAS.

## Utilisation de vos données

Nous utilisons votre adresse e-mail pour vous envoyer notre newsletter. Certains traitements sont fondés sur nos intérêts légitimes. Vos données peuvent être stockées sur des serveurs situés aux États-Unis. Nous conservons vos données pendant la durée nécessaire aux finalités décrites.

## Vos choix

Vous pouvez consulter et modifier vous-même les données de votre profil dans les paramètres de l'application, et supprimer vous-même votre compte dans l'application. Vous pouvez vous désabonner de la newsletter grâce au lien présent dans chaque e-mail.

Nous utilisons le profilage pour vous montrer des publicités personnalisées. Notre site utilise des cookies pour mémoriser vos préférences.
`,
};

/** What the half policies give only in part (absent element), and what they leave out. */
export const HALF_PARTIAL: Record<string, string> = {
  'controller-identity': 'contact',
  'legitimate-interests': 'interests',
  'international-transfers': 'safeguard',
  retention: 'period',
  'right-access': 'right',
  'right-rectification': 'right',
  'right-erasure': 'right',
  'right-objection': 'right',
  'automated-decision-making': 'whether',
  cookies: 'details',
};
export const HALF_PRESENT = ['purposes', 'lawful-basis', 'data-categories'];
