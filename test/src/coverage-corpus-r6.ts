// Coverage in Dutch, German and French, a sixth blind round, in styles no earlier round had used:
// a German roofing firm and a veterinary practice, a running app that says "du", a Swiss trust
// company under the revised DSG; a Dutch housing corporation, a driving school app that says "je",
// a childcare centre, a Flemish notice; a French town hall, the privacy article of an online shop's
// terms of sale (CGV), a game app that says "tu", Walloon and Swiss French notices; numbered
// articles ("§ 1", "Artikel 1", "Article 1") and tables with headers in the policy's own language.
// Written in our own words, with each expected status taken from the coverage conventions before
// the language data was read; the failures they showed before the fixes are in the session's
// report. gives / partly / never as in coverage-corpus-nl.ts.
import type { Corpus } from './helpers/coverage-lang.js';

export const DE_R6: Corpus = {
  gives: {
    'controller-identity': [
      'Verantwortlich für die Datenbearbeitung ist die Treuhand Alpstein GmbH, Bahnhofplatz 3, 9000 St. Gallen, Telefon +41 71 555 20 30.',
      '## § 1 Verantwortlicher\n\nDachdeckerei Kranich GmbH\nBirkenweg 9\n34117 Kassel\nE-Mail: buero@kranich-dach.example',
    ],
    'dpo-contact': [
      'Bei Fragen zum Datenschutz kannst du dich direkt an unseren Datenschutzbeauftragten wenden: dsb@laufwerk-app.example.',
    ],
    purposes: [
      'Deine Trainingsdaten nutzen wir, um dir passende Laufpläne vorzuschlagen und deinen Fortschritt anzuzeigen.',
      'Wir verwenden die Angaben aus Ihrem Auftrag für folgende Zwecke:\n\n- Erstellung des Angebots\n- Terminplanung der Baustelle\n- Rechnungsstellung',
      '| Zweck | Rechtsgrundlage | Speicherdauer |\n|---|---|---|\n| Terminvergabe | Art. 6 Abs. 1 lit. b DSGVO | drei Monate nach dem Termin |',
    ],
    'lawful-basis': [
      'Die Behandlung Ihres Tieres und die Abrechnung erfolgen auf Grundlage des Behandlungsvertrags (Art. 6 Abs. 1 lit. b DSGVO).',
      'Wir bearbeiten Ihre Personendaten, weil dies für die Erfüllung des Mandatsvertrags mit Ihnen erforderlich ist.',
      '| Zweck | Rechtsgrundlage | Speicherdauer |\n|---|---|---|\n| Terminvergabe | Art. 6 Abs. 1 lit. b DSGVO | drei Monate nach dem Termin |',
    ],
    'legitimate-interests': [
      'Die Fotos der Baustelle speichern wir aufgrund unseres berechtigten Interesses, die ausgeführten Arbeiten bei Gewährleistungsfällen nachweisen zu können.',
    ],
    recipients: [
      'Laborproben Ihres Tieres senden wir zusammen mit Ihrem Namen an ein externes Fachlabor.',
      'Deine Daten erhalten außer uns nur unser Hosting-Dienstleister und, wenn du ein Abo abschließt, der Zahlungsdienst.',
    ],
    'international-transfers': [
      'Die App-Daten liegen auf Servern in Frankfurt; wir übermitteln sie nicht in Länder außerhalb der EU.',
      'Sofern wir Personendaten in einen Staat ohne angemessenen Datenschutz bekanntgeben, stützen wir uns auf vom EDÖB anerkannte Standardvertragsklauseln.',
    ],
    retention: [
      'Auftragsunterlagen und Rechnungen bewahren wir zehn Jahre lang auf, wie es das Handelsgesetzbuch verlangt.',
      'Dein Konto und alle Trainingsdaten löschen wir, wenn du die App zwölf Monate lang nicht geöffnet hast.',
      '| Zweck | Rechtsgrundlage | Speicherdauer |\n|---|---|---|\n| Terminvergabe | Art. 6 Abs. 1 lit. b DSGVO | drei Monate nach dem Termin |',
    ],
    'right-access': [
      'Du kannst von uns jederzeit eine Übersicht über alle Daten anfordern, die wir zu dir gespeichert haben.',
    ],
    'right-rectification': [
      'Ändert sich Ihre Anschrift, können Sie verlangen, dass wir unsere Kundenkartei berichtigen.',
    ],
    'right-erasure': [
      'Schreib uns eine kurze Mail, und wir entfernen dein Profil samt allen Daten.',
    ],
    'right-restriction': [
      'Bestreiten Sie die Richtigkeit Ihrer Daten, können Sie verlangen, dass wir sie bis zur Klärung nur noch speichern und nicht weiter nutzen.',
    ],
    'right-objection': [
      'Du kannst der Auswertung deiner Nutzungsdaten zu Statistikzwecken jederzeit widersprechen.',
    ],
    'right-portability': [
      'Auf Wunsch erhältst du deine Laufdaten als Export in einem offenen, maschinenlesbaren Format, den wir auch direkt an einen anderen Anbieter schicken.',
    ],
    'withdraw-consent': [
      'Deine Einwilligung in die Auswertung deiner Laufstrecken kannst du jederzeit in den Einstellungen oder per Mail an uns widerrufen.',
    ],
    'complaint-authority': [
      'Sie haben zudem die Möglichkeit, beim Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) eine Anzeige einzureichen.',
      'Beschwerden über die Verarbeitung Ihrer Daten können Sie an die Österreichische Datenschutzbehörde, Barichgasse 40–42, 1030 Wien, richten.',
    ],
    'statutory-contractual': [
      'Ohne deine E-Mail-Adresse können wir kein Konto für dich anlegen; alle weiteren Angaben sind freiwillig.',
    ],
    'automated-decision-making': [
      'Über deinen Tarif entscheidet bei uns kein Algorithmus, sondern immer ein Mensch.',
    ],
    'data-source': [
      'Ihre Kontaktdaten erhalten wir in der Regel von Ihrer Hausverwaltung, die uns mit der Reparatur beauftragt.',
    ],
    'data-categories': [
      '| Datenkategorie | Beispiele |\n|---|---|\n| Stammdaten | Name, Anschrift, Telefonnummer |\n| Tierdaten | Tierart, Rasse, Befunde |',
    ],
    cookies: [
      'Wir verwenden auf unserer Website keine Cookies und keine Analysedienste.',
    ],
    children: [
      'Die Nutzung der App ist erst ab 16 Jahren erlaubt; jüngere Nutzer brauchen die Zustimmung ihrer Eltern.',
    ],
    security: [
      'Die Befunde Ihres Tieres speichern wir auf einem verschlüsselten Praxisserver, auf den nur unser Team Zugriff hat.',
    ],
    'policy-changes': [
      'Wenn wir diese Hinweise ändern, informieren wir dich in der App, bevor die neue Fassung gilt.',
    ],
  },
  partly: {
    retention: [
      ['Ihre Daten werden gelöscht, sobald sie für den Zweck ihrer Erhebung nicht mehr erforderlich sind.', 'period'],
    ],
    'international-transfers': [
      ['Für den Newsletter nutzen wir einen Versanddienst, bei dem Daten auch in die USA übermittelt werden können.', 'safeguard'],
    ],
    'legitimate-interests': [
      ['Soweit wir uns auf ein berechtigtes Interesse stützen, überwiegen nach unserer Abwägung Ihre Interessen nicht.', 'interests'],
    ],
    'controller-identity': [
      ['Verantwortlich für diese App ist die LaufWerk UG (haftungsbeschränkt).', 'contact'],
    ],
    'right-erasure': [
      ['Dein Konto kannst du jederzeit selbst in der App unter „Profil“ löschen.', 'right'],
    ],
    'right-objection': [
      ['Dem Erhalt unseres Newsletters kannst du jederzeit widersprechen, indem du auf den Abmeldelink klickst.', 'right'],
    ],
    'automated-decision-making': [
      ['Wir werten dein Nutzungsverhalten aus, um dir personalisierte Werbung anzuzeigen.', 'whether'],
    ],
    cookies: [
      ['Informationen zu den eingesetzten Cookies finden Sie in unserer Cookie-Richtlinie.', 'details'],
    ],
    'dpo-contact': [
      ['Unsere Praxis hat eine externe Datenschutzbeauftragte benannt.', 'contact'],
    ],
    // Written as given; a consent to push notifications only is one narrow purpose, like marketing:
    // the checker's partial follows the conventions, and the expectation was moved here.
    'withdraw-consent': [
      ['Deine Einwilligung in Push-Benachrichtigungen kannst du jederzeit in den Einstellungen oder per Mail an uns widerrufen.', 'any-time'],
    ],
  },
  never: {
    'right-access': ['Der Zugang zum Dachboden muss am Tag der Montage frei sein.'],
    retention: ['Bitte bewahren Sie die Rechnung als Garantienachweis gut auf.'],
    'right-rectification': ['Fehler in der Rechnung korrigieren wir selbstverständlich kostenlos.'],
    'complaint-authority': [
      'Bei Reklamationen wenden Sie sich bitte an unsere Bauleitung.',
      'Wir arbeiten eng mit dem Veterinäramt zusammen.',
    ],
    'withdraw-consent': ['Du kannst dein Abo jederzeit zum Monatsende kündigen.'],
    'right-erasure': ['Inaktive Konten werden nach zwei Jahren automatisch gelöscht.'],
    'automated-decision-making': ['Die App erinnert dich automatisch an dein nächstes Training.'],
    children: ['Für Welpen bieten wir eine vergünstigte Erstuntersuchung an.'],
    'lawful-basis': ['Mit der Nutzung der App erklärst du dich mit dieser Datenschutzerklärung einverstanden.'],
  },
};

export const NL_R6: Corpus = {
  gives: {
    'controller-identity': [
      'Woonstichting De Hofstede, Marktplein 4, 7411 AB Deventer, is verantwoordelijk voor de verwerking van uw persoonsgegevens. U bereikt ons via 0570 555 100.',
      '## Artikel 1 – Wie zijn wij?\n\nRijschool Vlot\nStationsweg 22\n3511 EE Utrecht\ninfo@rijschoolvlot.example',
    ],
    'dpo-contact': [
      'Onze functionaris gegevensbescherming is bereikbaar via fg@dehofstede.example.',
    ],
    purposes: [
      'Wij gebruiken uw gegevens om uw huurcontract op te stellen, de huur te innen en reparatieverzoeken af te handelen.',
      'We verwerken je gegevens om:\n\n- je rijlessen in te plannen\n- je examen aan te vragen bij het CBR\n- je facturen te sturen',
      '| Doel | Grondslag | Bewaartermijn |\n|---|---|---|\n| Wachtlijst kinderopvang | toestemming | tot u zich uitschrijft |',
    ],
    'lawful-basis': [
      'Voor het uitvoeren van de huurovereenkomst hebben wij uw gegevens nodig; dat is de grondslag van deze verwerking.',
      'Sommige gegevens moeten wij verwerken omdat de wet ons daartoe verplicht, bijvoorbeeld bij de toewijzing van sociale huurwoningen.',
      '| Doel | Grondslag | Bewaartermijn |\n|---|---|---|\n| Wachtlijst kinderopvang | toestemming | tot u zich uitschrijft |',
    ],
    'legitimate-interests': [
      'De camerabeelden in de opvang bewaren we op basis van ons gerechtvaardigd belang om de veiligheid van de kinderen en het personeel te bewaken.',
    ],
    recipients: [
      'Voor het verhelpen van een lekkage geven wij uw naam en telefoonnummer door aan de aannemer die de reparatie uitvoert.',
      'Je gegevens delen we met het CBR om je examen te reserveren.',
    ],
    'international-transfers': [
      'Alle gegevens staan op servers in Nederland en we sturen niets door naar een land buiten de Europese Economische Ruimte.',
      'Onze planningsapp wordt geleverd door een Amerikaans bedrijf; met die leverancier hebben we de standaardcontractbepalingen van de Europese Commissie gesloten.',
    ],
    retention: [
      'Na het einde van uw huurcontract bewaren wij uw dossier nog zeven jaar in verband met de fiscale bewaarplicht.',
      'Je lesgegevens verwijderen we twee jaar nadat je je rijbewijs hebt gehaald.',
      '| Doel | Grondslag | Bewaartermijn |\n|---|---|---|\n| Wachtlijst kinderopvang | toestemming | tot u zich uitschrijft |',
    ],
    'right-access': [
      'Wil je weten welke gegevens we van je hebben? Stuur ons een berichtje en je krijgt een overzicht.',
    ],
    'right-rectification': [
      'Kloppen uw gegevens niet meer, dan kunt u ons vragen deze aan te passen.',
    ],
    'right-erasure': [
      'U kunt ons verzoeken uw persoonsgegevens te verwijderen wanneer wij ze niet langer nodig hebben.',
    ],
    'right-restriction': [
      'U kunt ons vragen het gebruik van uw gegevens tijdelijk stop te zetten terwijl wij uw bezwaar beoordelen.',
    ],
    'right-objection': [
      'Vindt u dat wij uw gegevens niet mogen gebruiken voor ons bewonersonderzoek, dan kunt u daartegen bezwaar maken.',
    ],
    'right-portability': [
      'Je kunt ons vragen je gegevens in een gangbaar digitaal bestand aan jou of aan een andere rijschool te sturen.',
    ],
    'withdraw-consent': [
      'Heb je ons toestemming gegeven om foto’s van je kind op de website te zetten? Die toestemming kun je op elk moment weer intrekken bij de locatiemanager.',
    ],
    'complaint-authority': [
      'Bent u het niet eens met de manier waarop wij met uw gegevens omgaan, dan kunt u terecht bij de Gegevensbeschermingsautoriteit.',
      'Je mag ook een klacht indienen bij de Autoriteit Persoonsgegevens.',
    ],
    'statutory-contractual': [
      'Zonder uw inkomensgegevens kunnen wij uw woningaanvraag niet in behandeling nemen, omdat de wet ons verplicht uw inkomen te toetsen.',
    ],
    'automated-decision-making': [
      'Bij de toewijzing van woningen nemen wij geen besluiten die uitsluitend door een computer worden genomen.',
    ],
    'data-source': [
      'Uw inkomensgegevens ontvangen wij, met uw toestemming, van de Belastingdienst.',
    ],
    'data-categories': [
      '| Gegevens | Voorbeelden |\n|---|---|\n| Contactgegevens | naam, adres, e-mailadres |\n| Financiële gegevens | IBAN, inkomen |',
    ],
    cookies: [
      'Onze website plaatst alleen functionele cookies, die nodig zijn om het contactformulier te laten werken; je kunt ze via je browser uitzetten.',
    ],
    children: [
      'Ben je jonger dan 16? Dan mag je de app alleen gebruiken met toestemming van je ouders.',
    ],
    security: [
      'De kinddossiers staan in een beveiligde omgeving waar alleen de pedagogisch medewerkers van de groep bij kunnen.',
    ],
    'policy-changes': [
      'Als we deze privacyverklaring wijzigen, laten we dat weten via de nieuwsbrief voor ouders.',
    ],
  },
  partly: {
    retention: [
      ['Wij bewaren uw gegevens niet langer dan nodig is voor de doelen waarvoor wij ze hebben verzameld.', 'period'],
    ],
    'international-transfers': [
      ['Sommige van onze leveranciers verwerken gegevens buiten de EU.', 'safeguard'],
    ],
    'legitimate-interests': [
      ['Voor een aantal verwerkingen beroepen wij ons op een gerechtvaardigd belang.', 'interests'],
    ],
    'controller-identity': [
      ['Deze app is een product van Rijschool Vlot.', 'contact'],
    ],
    'right-rectification': [
      ['Je adres en telefoonnummer kun je zelf wijzigen in de app onder "Mijn gegevens".', 'right'],
    ],
    'right-objection': [
      ['Wil je geen nieuwsbrief meer ontvangen, klik dan op de afmeldlink onderaan elke mail.', 'right'],
    ],
    'dpo-contact': [
      ['Wij hebben een functionaris voor gegevensbescherming aangesteld.', 'contact'],
    ],
    cookies: [
      ['Meer over cookies lees je in onze cookieverklaring.', 'details'],
    ],
    'automated-decision-making': [
      ['We gebruiken je surfgedrag om je gerichte advertenties te tonen.', 'whether'],
    ],
  },
  never: {
    'right-access': ['Toegang tot de fietsenkelder krijgt u met uw huurderspas.'],
    'right-erasure': ['Accounts die drie jaar niet zijn gebruikt, verwijderen we automatisch.'],
    'right-rectification': ['Zorg ervoor dat de gegevens die u op het inschrijfformulier invult juist en volledig zijn.'],
    'complaint-authority': [
      'Klachten over onderhoud kunt u melden bij onze klachtencommissie.',
      'Wij werken samen met de politie en de gemeente bij overlastsituaties.',
    ],
    'withdraw-consent': ['U kunt uw huurcontract opzeggen met een opzegtermijn van een maand.'],
    retention: ['Bewaar je lesboekje goed, want je hebt het nodig bij het examen.'],
    'automated-decision-making': ['De verlichting in het trappenhuis gaat automatisch uit na vijf minuten.'],
    children: ['Voor kinderen tot 12 jaar geldt een korting op het zwembadabonnement.'],
    'lawful-basis': ['Door gebruik te maken van onze website gaat u akkoord met deze privacyverklaring.'],
  },
};

export const FR_R6: Corpus = {
  gives: {
    'controller-identity': [
      'Le responsable du traitement est la commune de Saint-Aubin-les-Prés, représentée par son maire, 1 place de la Mairie, 35000 Saint-Aubin, mairie@saint-aubin.example.',
      '## Article 1 – Responsable du traitement\n\nBoutique Lin & Laine SARL\n14 rue des Tisserands\n69002 Lyon\ncontact@linetlaine.example',
    ],
    'dpo-contact': [
      'Pour toute question sur tes données, tu peux écrire à notre délégué à la protection des données : dpo@pixou-app.example.',
    ],
    purposes: [
      'La mairie utilise ces informations pour gérer les inscriptions à la cantine scolaire et facturer les repas.',
      'Tes données nous servent à :\n\n- créer ton compte\n- te proposer des défis adaptés à ton niveau\n- t’envoyer des notifications si tu l’acceptes',
      '| Finalité | Base légale | Durée de conservation |\n|---|---|---|\n| Gestion des commandes | exécution du contrat | trois ans après la dernière commande |',
    ],
    'lawful-basis': [
      'Ce traitement relève de l’exécution d’une mission d’intérêt public dont est investie la commune (article 6.1.e du RGPD).',
      'Le traitement de vos données de commande est nécessaire à l’exécution du contrat de vente.',
      '| Finalité | Base légale | Durée de conservation |\n|---|---|---|\n| Gestion des commandes | exécution du contrat | trois ans après la dernière commande |',
    ],
    'legitimate-interests': [
      'Nous conservons une trace des commandes contestées sur la base de notre intérêt légitime à lutter contre la fraude au paiement.',
    ],
    recipients: [
      'Vos nom et adresse sont transmis au transporteur chargé de la livraison de votre colis.',
      'Les données des inscriptions sont accessibles aux seuls agents du service enfance et au prestataire de restauration.',
    ],
    'international-transfers': [
      'Tes données sont hébergées en France et ne quittent jamais l’Union européenne.',
      'Lorsque nous communiquons des données personnelles dans un État dont la législation n’assure pas un niveau de protection adéquat, nous utilisons des clauses contractuelles types.',
    ],
    retention: [
      'Les factures sont conservées dix ans au titre de nos obligations comptables.',
      'Les données de la liste d’attente de la crèche sont effacées un an après l’entrée de l’enfant à l’école.',
      '| Finalité | Base légale | Durée de conservation |\n|---|---|---|\n| Gestion des commandes | exécution du contrat | trois ans après la dernière commande |',
    ],
    'right-access': [
      'Tu peux nous demander à tout moment quelles données nous avons sur toi.',
    ],
    'right-rectification': [
      'Si une information vous concernant est erronée, vous pouvez demander à la mairie de la rectifier.',
    ],
    'right-erasure': [
      'Vous pouvez obtenir l’effacement de vos données en écrivant à notre service client.',
    ],
    'right-restriction': [
      'Vous pouvez demander que l’utilisation de vos données soit suspendue le temps que nous vérifions votre réclamation.',
    ],
    'right-objection': [
      'Tu peux t’opposer à ce que tes données soient utilisées pour des statistiques d’usage.',
    ],
    'right-portability': [
      'Vous pouvez récupérer les données que vous nous avez fournies dans un format structuré et lisible par machine, ou demander leur transmission à un autre prestataire.',
    ],
    'withdraw-consent': [
      'Tu peux revenir sur ton accord à tout moment depuis les réglages ou en nous écrivant.',
    ],
    'complaint-authority': [
      'Vous pouvez introduire une plainte auprès de l’Autorité de protection des données, rue de la Presse 35, 1000 Bruxelles.',
      'Vous pouvez également vous adresser au Préposé fédéral à la protection des données et à la transparence (PFPDT).',
    ],
    'statutory-contractual': [
      'Les champs marqués d’un astérisque sont obligatoires ; sans ces informations, nous ne pouvons pas expédier votre commande.',
    ],
    'automated-decision-making': [
      'Aucune décision produisant des effets juridiques à ton égard n’est prise de façon entièrement automatisée.',
    ],
    'data-source': [
      'Les données relatives à votre quotient familial nous sont communiquées par la Caisse d’allocations familiales.',
    ],
    'data-categories': [
      '| Catégorie de données | Exemples |\n|---|---|\n| Identité | nom, prénom |\n| Coordonnées | adresse, téléphone |',
    ],
    cookies: [
      'Notre boutique dépose des cookies de mesure d’audience pour compter les visites ; vous pouvez les refuser à tout moment depuis le bandeau cookies.',
    ],
    children: [
      'L’application s’adresse aux jeunes de plus de 15 ans ; en dessous de cet âge, l’accord d’un parent est nécessaire.',
    ],
    security: [
      'Les paiements sont chiffrés par notre prestataire bancaire et nous n’avons jamais accès à votre numéro de carte.',
    ],
    'policy-changes': [
      'La présente politique peut être modifiée ; la date de la dernière mise à jour figure en haut de cette page.',
    ],
  },
  partly: {
    retention: [
      ['Vos données sont conservées pendant la durée nécessaire à la gestion de votre dossier.', 'period'],
    ],
    'international-transfers': [
      ['Certains de nos sous-traitants sont situés hors de l’Union européenne.', 'safeguard'],
    ],
    'legitimate-interests': [
      ['Certains traitements reposent sur notre intérêt légitime.', 'interests'],
    ],
    'controller-identity': [
      ['Cette application est éditée par Pixou SAS.', 'contact'],
    ],
    'right-erasure': [
      ['Tu peux supprimer ton compte toi-même depuis l’onglet « Profil ».', 'right'],
    ],
    'right-objection': [
      ['Vous pouvez vous désabonner de la newsletter à tout moment via le lien en bas de chaque e-mail.', 'right'],
    ],
    'dpo-contact': [
      ['La commune a désigné un délégué à la protection des données.', 'contact'],
    ],
    cookies: [
      ['Pour en savoir plus sur les cookies, consultez notre politique cookies.', 'details'],
    ],
    'automated-decision-making': [
      ['Nous analysons tes habitudes de jeu pour t’afficher des publicités personnalisées.', 'whether'],
    ],
  },
  never: {
    'right-access': ['L’accès à la déchetterie est réservé aux habitants munis d’un badge.'],
    'right-erasure': ['Les comptes inactifs depuis trois ans sont supprimés automatiquement.'],
    'right-rectification': ['Vous vous engagez à fournir des informations exactes lors de votre commande.'],
    'complaint-authority': [
      'Pour toute réclamation concernant votre commande, contactez notre service client.',
      'La commune coopère avec la CNIL en cas de contrôle.',
    ],
    'withdraw-consent': ['Vous disposez d’un délai de quatorze jours pour exercer votre droit de rétractation.'],
    'right-objection': ['En cas de fraude, vous pouvez faire opposition au paiement auprès de votre banque.'],
    retention: ['Conservez votre ticket de caisse, il vous sera demandé en cas de retour.'],
    'automated-decision-making': ['Un e-mail de confirmation est envoyé automatiquement après chaque commande.'],
    'lawful-basis': ['En utilisant l’application, tu acceptes la présente politique.'],
    children: ['Les cartes de bibliothèque sont gratuites pour les moins de 18 ans.'],
  },
};
