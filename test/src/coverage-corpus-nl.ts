// A Dutch test corpus for coverage, written for these tests in the ways Dutch policies say things
// (formal u and informal je, AVG article references, the Autoriteit Persoonsgegevens, separable
// verbs). gives: each text gives the item whole; partly: only in part, with the absent element;
// never: a keyword without its meaning, another topic, or a heading alone (the item stays missing).
// A text that begins with "## " carries its own section heading.
import type { Corpus } from './helpers/coverage-lang.js';

export const NL: Corpus = {
  gives: {
    'controller-identity': [
      'Kwikstaart B.V., gevestigd aan de Havenstraat 12, 3511 AB Utrecht, is verantwoordelijk voor de verwerking van persoonsgegevens zoals beschreven in deze verklaring.',
      'De verwerkingsverantwoordelijke is Kwikstaart B.V.; je bereikt ons via privacy@kwikstaart.example.',
      'Deze app wordt aangeboden door Jan de Vries, te bereiken via info@devries-apps.example.',
      'Verwerkingsverantwoordelijke in de zin van de AVG: Stichting Buurtfonds, Dorpsweg 4, 9711 AA Groningen.',
      '## Contactgegevens\n\nKwikstaart B.V.\nHavenstraat 12\n3511 AB Utrecht\nKvK-nummer 12345678\nE-mail: privacy@kwikstaart.example',
    ],
    'dpo-contact': [
      'Onze functionaris voor gegevensbescherming (FG) is bereikbaar via fg@kwikstaart.example.',
      'Je kunt contact opnemen met onze Data Protection Officer via dpo@kwikstaart.example.',
    ],
    purposes: [
      'Wij gebruiken je e-mailadres om je orderbevestigingen te sturen.',
      'Kwikstaart verwerkt uw persoonsgegevens voor de volgende doelen: het afhandelen van uw betaling en het verzenden van onze nieuwsbrief.',
      'Uw adres hebben wij nodig om uw pakket te kunnen bezorgen.',
      'Wij verwerken deze gegevens zodat wij uw vraag kunnen beantwoorden.',
    ],
    'lawful-basis': [
      'Wij verwerken deze gegevens op grond van artikel 6 lid 1 sub b AVG, omdat dat nodig is voor de uitvoering van de overeenkomst met u.',
      'De grondslag voor deze verwerking is je toestemming.',
      'Wij verwerken je gegevens omdat dit noodzakelijk is om de overeenkomst met jou uit te voeren.',
      'Wij zijn wettelijk verplicht om uw factuurgegevens te bewaren voor de Belastingdienst.',
      'Persoonsgegevens verwerken wij uitsluitend met uw uitdrukkelijke toestemming.',
    ],
    'legitimate-interests': [
      'Wij verwerken uw IP-adres op grond van ons gerechtvaardigd belang bij het beveiligen van onze website.',
      'Gerechtvaardigd belang: het voorkomen van fraude en misbruik van onze dienst.',
      'Voor het meten van het gebruik van de app beroepen wij ons op ons gerechtvaardigd belang om de app te verbeteren.',
      'Wij hebben een gerechtvaardigd belang bij het versturen van informatie over vergelijkbare producten aan bestaande klanten.',
    ],
    recipients: [
      'Wij delen je gegevens met onze hostingpartij en met het bedrijf dat onze pakketten bezorgt.',
      'Uw gegevens worden verstrekt aan derden, zoals onze betaaldienstverlener, voor zover dat nodig is om de bestelling af te ronden.',
      'Met bedrijven die je gegevens in onze opdracht verwerken, sluiten wij een verwerkersovereenkomst.',
      'Wij geven uw gegevens alleen door aan partijen die wij inschakelen voor het versturen van e-mails.',
    ],
    'international-transfers': [
      'Als uw gegevens buiten de EER terechtkomen, gebruiken wij de standaardcontractbepalingen van de Europese Commissie.',
      'Wij slaan je gegevens uitsluitend op servers binnen de Europese Unie op.',
      'Onze e-maildienst is gevestigd in de Verenigde Staten; voor die doorgifte maken wij gebruik van het EU-VS Data Privacy Framework.',
      'Wij geven geen persoonsgegevens door aan landen buiten de Europese Economische Ruimte.',
      'Gegevens die naar het Verenigd Koninkrijk gaan, zijn beschermd door een adequaatheidsbesluit van de Europese Commissie.',
    ],
    retention: [
      'Wij bewaren uw factuurgegevens zeven jaar, omdat de belastingwet dat voorschrijft.',
      'Je accountgegevens bewaren we zolang je account actief is; daarna verwijderen we ze binnen 30 dagen.',
      'Sollicitatiegegevens worden vier weken na afloop van de procedure vernietigd.',
      'Wij bewaren je gegevens tot je je afmeldt voor de nieuwsbrief.',
      '## Bewaartermijnen\n\n- Klantgegevens: tot twee jaar na de laatste bestelling\n- Camerabeelden: 28 dagen',
    ],
    'right-access': [
      'U kunt ons vragen om een kopie van de persoonsgegevens die wij over u hebben.',
      'Je hebt het recht om je persoonsgegevens in te zien.',
      'U hebt recht op inzage in uw persoonsgegevens (artikel 15 AVG).',
      'Wil je weten welke gegevens wij van je hebben vastgelegd? Stuur dan een verzoek naar privacy@kwikstaart.example.',
      '## Jouw rechten\n\nJe hebt het recht om:\n\n- je gegevens in te zien;\n- je gegevens te laten corrigeren.',
    ],
    'right-rectification': [
      'Kloppen je gegevens niet, dan kun je ons vragen ze te corrigeren.',
      'U hebt het recht op rectificatie van onjuiste persoonsgegevens.',
      'U kunt ons verzoeken uw persoonsgegevens aan te vullen of te verbeteren.',
      '## Jouw rechten\n\nJe hebt het recht om:\n\n- je gegevens in te zien;\n- je gegevens te laten corrigeren.',
    ],
    'right-erasure': [
      'Wilt u dat wij uw gegevens verwijderen, stuur dan een e-mail naar privacy@kwikstaart.example.',
      'Je hebt het recht om je persoonsgegevens te laten wissen (artikel 17 AVG).',
      'U kunt ons vragen uw account en de bijbehorende gegevens te verwijderen.',
      'Op uw verzoek verwijderen wij uw gegevens binnen een maand.',
    ],
    'right-restriction': [
      'U hebt het recht om ons te vragen de verwerking van uw gegevens te beperken.',
      'Je kunt verzoeken om beperking van de verwerking van je persoonsgegevens.',
      '## Uw rechten\n\n- recht op inzage\n- recht op beperking van de verwerking',
    ],
    'right-objection': [
      'U hebt het recht om bezwaar te maken tegen de verwerking van uw persoonsgegevens.',
      'Je kunt bezwaar maken tegen het gebruik van je gegevens op basis van ons gerechtvaardigd belang.',
      'Tegen verwerking op grond van artikel 6 lid 1 onder f AVG kunt u bezwaar maken (artikel 21 AVG).',
    ],
    'right-portability': [
      'Je hebt het recht op overdraagbaarheid van je gegevens.',
      'U kunt ons vragen uw gegevens in een gangbaar, machineleesbaar formaat aan u of aan een andere partij over te dragen.',
      'Op verzoek sturen wij je een export van je gegevens, zodat je ze naar een andere aanbieder kunt meenemen.',
    ],
    'withdraw-consent': [
      'U kunt uw toestemming op elk moment intrekken met een mailtje aan ons.',
      'Heb je toestemming gegeven, dan kun je die altijd weer intrekken.',
      'Je trekt je toestemming op ieder moment in via de privacy-instellingen of met een bericht aan ons.',
    ],
    'complaint-authority': [
      'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.',
      'Je hebt ook het recht om een klacht in te dienen bij de toezichthoudende autoriteit.',
      'Bent u niet tevreden over hoe wij met uw gegevens omgaan, dan kunt u zich wenden tot de Autoriteit Persoonsgegevens.',
      'Woont u in België, dan kunt u een klacht indienen bij de Gegevensbeschermingsautoriteit.',
    ],
    'statutory-contractual': [
      'U bent niet verplicht om ons uw telefoonnummer te verstrekken; zonder e-mailadres kunnen wij uw bestelling echter niet afhandelen.',
      'Als je deze gegevens niet verstrekt, kunnen we je account niet aanmaken.',
      'Het invullen van de velden met een sterretje is verplicht.',
      'Voor het gebruik van de app hoef je geen persoonsgegevens op te geven.',
    ],
    'automated-decision-making': [
      'Wij nemen geen besluiten over u op basis van uitsluitend geautomatiseerde verwerking.',
      'Kwikstaart neemt niet op basis van geautomatiseerde verwerkingen besluiten over zaken die gevolgen kunnen hebben voor personen.',
      'Er vindt geen geautomatiseerde besluitvorming plaats.',
      'We maken geen gebruik van geautomatiseerde besluitvorming of profilering.',
    ],
    'data-source': [
      'Sommige gegevens ontvangen wij van onze partners, zoals de winkels waar u uw product kocht.',
      'Wij verkrijgen uw gegevens ook via openbare bronnen, zoals het handelsregister.',
      'Gegevens die wij niet van jou zelf krijgen, zijn afkomstig van je werkgever.',
    ],
    'data-categories': [
      'Wij verwerken de volgende persoonsgegevens: naam, adres, e-mailadres en telefoonnummer.',
      'Welke gegevens wij van je verwerken, hangt af van hoe je onze diensten gebruikt.',
      'Bij een bezoek aan onze website leggen wij uw IP-adres vast.',
    ],
    cookies: [
      'Wij gebruiken analytische cookies om het bezoek te meten; u kunt cookies weigeren of verwijderen via de instellingen van uw browser.',
      'Onze website plaatst functionele cookies. Je kunt cookies uitschakelen in je browser.',
      'Wij gebruiken alleen noodzakelijke cookies; via de cookiebanner kunt u uw voorkeuren op elk moment wijzigen.',
    ],
    children: [
      'Onze dienst is niet bedoeld voor kinderen jonger dan 16 jaar.',
      'Wij verwerken geen gegevens van minderjarigen zonder toestemming van een ouder of voogd.',
    ],
    security: [
      'Wij nemen passende technische en organisatorische maatregelen om uw gegevens te beschermen.',
      'Alle verbindingen met onze website zijn versleuteld met TLS.',
      'Wij beveiligen je gegevens tegen verlies en onbevoegde toegang.',
    ],
    'policy-changes': [
      'Wij kunnen deze privacyverklaring van tijd tot tijd wijzigen; de nieuwste versie staat altijd op deze pagina.',
      'Wijzigingen in dit privacybeleid maken wij bekend op deze pagina.',
    ],
    'last-updated': ['Laatst gewijzigd op 3 mei 2026.', 'Versie: 1 maart 2026'],
  },
  partly: {
    'controller-identity': [
      ['Heb je vragen over deze verklaring? Mail ons op vragen@gmail.com.', 'identity'],
      ['Kwikstaart B.V. is de verwerkingsverantwoordelijke voor de gegevens in deze app.', 'contact'],
    ],
    'legitimate-interests': [
      ['Sommige verwerkingen baseren wij op ons gerechtvaardigd belang.', 'interests'],
      ['Grondslag: gerechtvaardigd belang (artikel 6 lid 1 onder f AVG).', 'interests'],
    ],
    'international-transfers': [
      ['Uw gegevens kunnen worden opgeslagen op servers in de Verenigde Staten.', 'safeguard'],
      ['Sommige van onze dienstverleners zitten buiten de Europese Economische Ruimte.', 'safeguard'],
    ],
    retention: [
      ['Wij bewaren uw gegevens niet langer dan nodig is voor de doeleinden van deze verklaring.', 'period'],
      ['Je gegevens worden bewaard zolang dat noodzakelijk is om aan onze wettelijke verplichtingen te voldoen.', 'period'],
    ],
    'right-access': [['U kunt uw profielgegevens inzien in de instellingen van de app.', 'right']],
    'right-rectification': [['Je kunt je gegevens zelf aanpassen in je account.', 'right']],
    'right-erasure': [['U kunt uw account zelf verwijderen in de app.', 'right']],
    'right-objection': [
      ['U kunt bezwaar maken tegen het ontvangen van onze marketing-e-mails.', 'right'],
      ['Wil je geen nieuwsbrief meer ontvangen, dan kun je je afmelden via de link onderaan elke e-mail.', 'right'],
    ],
    'complaint-authority': [['Klachten over de verwerking van uw gegevens kunt u indienen bij onze klantenservice.', 'authority']],
    'automated-decision-making': [
      // The right named, with no word on whether decisions are automated.
      ['U hebt het recht niet te worden onderworpen aan een besluit dat uitsluitend op geautomatiseerde verwerking berust.', 'whether'],
      ['Wij gebruiken profilering om u gepersonaliseerde advertenties te tonen.', 'whether'],
      ['Op basis van je klikgedrag stellen wij een profiel op om je gerichte aanbiedingen te doen.', 'whether'],
    ],
    cookies: [
      ['Onze website gebruikt cookies om je voorkeuren te onthouden.', 'details'],
      ['Meer over de cookies die wij plaatsen leest u in onze cookieverklaring.', 'details'],
    ],
  },
  never: {
    'controller-identity': ['De betaaldienst wordt aangeboden door Mollie B.V.; op die betaling is hun eigen privacyverklaring van toepassing.'],
    'dpo-contact': [
      'Voor vragen over je bestelling kun je terecht bij onze klantenservice.',
      // No officer appointed: the item's condition does not hold, and the reader has nothing of it (the
      // profile's absenceGives: false; reported missing on this sentence, with a fix to declare it).
      'Wij hebben geen functionaris voor gegevensbescherming aangesteld, omdat dat voor ons niet verplicht is.',
    ],
    purposes: ['Door deze app te gebruiken, ga je akkoord met deze privacyverklaring.'],
    'lawful-basis': ['Door gebruik te maken van onze website gaat u akkoord met deze privacyverklaring.'],
    'legitimate-interests': ['Wij hebben er belang bij dat onze klanten tevreden zijn.'],
    recipients: ['Wij verkopen uw gegevens nooit aan derden voor hun eigen marketing.'],
    'international-transfers': ['Wij versturen pakketten naar heel Europa.'],
    retention: [
      'U kunt cookies op elk moment verwijderen via de instellingen van uw browser.',
      'Oude harde schijven worden veilig gewist voordat ze worden afgevoerd.',
    ],
    'right-access': [
      'De app vraagt toegang tot uw camera om bonnetjes te scannen.',
      'Onze medewerkers hebben alleen toegang tot je account als je daarom vraagt.',
    ],
    'right-rectification': [
      'U bent er zelf verantwoordelijk voor dat de gegevens die u opgeeft juist en volledig zijn.',
      'Je zorgt ervoor dat je gegevens actueel en correct zijn.',
    ],
    'right-erasure': [
      'Als wij ontdekken dat een kind jonger dan 16 jaar ons gegevens heeft gestuurd, verwijderen wij die gegevens.',
      'Inactieve accounts worden na twee jaar automatisch verwijderd.',
      'Je kunt je browsergeschiedenis en cookies zelf wissen.',
    ],
    'right-restriction': ['Wij beperken de toegang tot je gegevens tot medewerkers die ze nodig hebben.'],
    'right-objection': ['Wij verwijderen berichten met aanstootgevende inhoud.'],
    'right-portability': ['Je kunt je bestelling op elk moment naar een ander adres laten sturen.'],
    'withdraw-consent': ['U kunt zich afmelden voor onze nieuwsbrief via de link onderaan elke e-mail.'],
    'complaint-authority': [
      'Wij werken samen met toezichthouders wanneer zij een klacht onderzoeken.',
      'Wij verstrekken gegevens aan de politie of een andere instantie als de wet ons daartoe verplicht.',
    ],
    'statutory-contractual': ['Als u marketingcookies weigert, ziet u minder relevante advertenties.'],
    'automated-decision-making': [
      '## Geautomatiseerde besluitvorming\n\nHieronder leest u meer.',
    ],
    'data-source': ['Je kunt ons bereiken via de chat in de app.'],
    cookies: ['Cookies zijn kleine tekstbestanden die op je apparaat worden opgeslagen.'],
    security: ['Je bent zelf verantwoordelijk voor het geheimhouden van je wachtwoord.'],
    'policy-changes': ['Wij kunnen onze prijzen van tijd tot tijd wijzigen.'],
  },
};

/** More phrasings, in the styles of generator and law-firm templates (numbered lists of rights, "Je hebt het recht om …"). */
export const NL_MORE: Corpus = {
  gives: {
    'controller-identity': [
      'Kwikstaart B.V. is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring. Contactgegevens: Havenstraat 12, 3511 AB Utrecht, +31 30 123 4567.',
    ],
    purposes: ['Wij verwerken jouw persoonsgegevens voor de volgende doelen: het verzenden van onze nieuwsbrief en het afhandelen van jouw betaling.'],
    'lawful-basis': ['Wij verwerken deze gegevens omdat wij daartoe wettelijk verplicht zijn, bijvoorbeeld voor onze belastingaangifte.'],
    recipients: [
      'Kwikstaart deelt jouw persoonsgegevens met verschillende derden als dit noodzakelijk is voor het uitvoeren van de overeenkomst.',
      'Wij verstrekken uitsluitend aan derden als dit nodig is voor de uitvoering van onze overeenkomst met u.',
    ],
    'international-transfers': ['Kwikstaart verstrekt geen gegevens aan partijen die gevestigd zijn buiten de EU.'],
    retention: [
      'Wij hanteren de volgende bewaartermijnen: personalia 2 jaar, adresgegevens 2 jaar.',
      'Camerabeelden worden na vier weken automatisch overschreven.',
    ],
    'right-access': ['Je hebt het recht om je persoonsgegevens in te zien, te corrigeren of te verwijderen.'],
    'right-rectification': ['Je hebt het recht om je persoonsgegevens in te zien, te corrigeren of te verwijderen.'],
    'right-erasure': ['Je hebt het recht om je persoonsgegevens in te zien, te corrigeren of te verwijderen.'],
    'right-objection': [
      'Daarnaast heb je het recht om je eventuele toestemming voor de gegevensverwerking in te trekken of bezwaar te maken tegen de verwerking van jouw persoonsgegevens.',
    ],
    'withdraw-consent': [
      'Daarnaast heb je het recht om je eventuele toestemming voor de gegevensverwerking in te trekken of bezwaar te maken tegen de verwerking van jouw persoonsgegevens.',
    ],
    'right-portability': [
      'Je kunt bij ons een verzoek indienen om de persoonsgegevens die wij van jou hebben in een computerbestand naar jou of een andere organisatie te sturen.',
    ],
    'complaint-authority': [
      'Wij willen je er ook op wijzen dat je de mogelijkheid hebt om een klacht in te dienen bij de nationale toezichthouder, de Autoriteit Persoonsgegevens.',
    ],
    'statutory-contractual': ['Het verstrekken van je e-mailadres is noodzakelijk om een account aan te maken.'],
    'automated-decision-making': ['Besluiten over u worden nooit uitsluitend automatisch genomen; er kijkt altijd een medewerker mee.'],
    'data-source': ['Als wij gegevens over u van derden ontvangen, zoals van uw werkgever, vermelden wij dat hier.'],
    cookies: ['Je kunt je afmelden voor cookies door je internetbrowser zo in te stellen dat deze geen cookies meer opslaat.'],
    children: ['Onze website heeft niet de intentie gegevens te verzamelen over bezoekers die jonger zijn dan 16 jaar.'],
    security: ['Kwikstaart neemt passende maatregelen om misbruik, verlies, onbevoegde toegang en ongewenste openbaarmaking tegen te gaan.'],
  },
  partly: {
    retention: [['Kwikstaart bewaart je persoonsgegevens niet langer dan strikt nodig is om de doelen te realiseren waarvoor je gegevens worden verzameld.', 'period']],
    cookies: [['Kwikstaart gebruikt alleen technische en functionele cookies en analytische cookies die geen inbreuk maken op je privacy.', 'details']],
    'international-transfers': [['Sommige van de partijen met wie wij gegevens delen, verwerken die gegevens in landen buiten de Europese Unie.', 'safeguard']],
  },
  never: {
    'right-access': ['Wij hebben toegang nodig tot je locatie om winkels in de buurt te tonen.'],
    recipients: ['Wij nemen maatregelen tegen onbevoegde toegang en ongewenste openbaarmaking van je gegevens.'],
    purposes: ['In deze privacyverklaring leggen wij uit welke gegevens wij verzamelen en voor welke doeleinden wij die gebruiken.'],
    'right-erasure': ['Na afloop van de bewaartermijn worden je gegevens automatisch verwijderd.'],
    'complaint-authority': ['Wij zijn verplicht gegevens te verstrekken aan de Belastingdienst als die daarom vraagt.'],
    'data-source': ['Vragen die wij van klanten ontvangen, beantwoorden wij binnen twee werkdagen.'],
  },
};

/** The kinds the English data handles, in Dutch: a list of rights by short names, headings alone, vetoes. */
export const NL_KINDS: Corpus = {
  gives: {
    'right-access': ['## Jouw rechten\n\n- inzage\n- correctie\n- verwijdering\n- beperking van de verwerking\n- bezwaar\n- overdraagbaarheid'],
    'right-rectification': ['## Jouw rechten\n\n- inzage\n- correctie\n- verwijdering\n- beperking van de verwerking\n- bezwaar\n- overdraagbaarheid'],
    'right-erasure': ['## Jouw rechten\n\n- inzage\n- correctie\n- verwijdering\n- beperking van de verwerking\n- bezwaar\n- overdraagbaarheid'],
    'right-restriction': ['## Jouw rechten\n\n- inzage\n- correctie\n- verwijdering\n- beperking van de verwerking\n- bezwaar\n- overdraagbaarheid'],
    'right-objection': ['## Jouw rechten\n\n- inzage\n- correctie\n- verwijdering\n- beperking van de verwerking\n- bezwaar\n- overdraagbaarheid'],
    'right-portability': ['## Jouw rechten\n\n- inzage\n- correctie\n- verwijdering\n- beperking van de verwerking\n- bezwaar\n- overdraagbaarheid'],
    'last-updated': ['## Laatst gewijzigd: 3 mei 2026\n\nDeze verklaring geldt voor onze app.'],
  },
  partly: {},
  never: {
    'right-access': ['## Jouw rechten\n\nHeb je vragen? Wij helpen je graag.'],
    retention: ['## Hoe lang bewaren wij je gegevens?\n\nDaarover lees je hieronder meer.'],
    cookies: ['## Cookies\n\nDaarover lees je hieronder meer.'],
    purposes: ['Begrippen in deze verklaring hebben de betekenis die de AVG eraan geeft, tenzij voor de toepassing van deze verklaring anders is bepaald.'],
    'data-source': ['Gegevens die uit de Europese Unie worden doorgegeven, behandelen wij met dezelfde zorg.'],
    children: ['Wij werken mee aan de bestrijding van online kindermisbruik.'],
    security: ['Wij kunnen gegevens verstrekken als de nationale veiligheid dat vereist.'],
    'right-rectification': ['Hackers zouden in theorie je gegevens kunnen wijzigen als je je wachtwoord deelt.'],
  },
};

/** Half-given items and look-alikes in other words: the distinctions a reviewer signs off. */
export const NL_EDGES: Corpus = {
  // Separable verbs and the other word order.
  gives: {
    // Belgian usage.
    'right-access': ['U heeft het recht om uw persoonsgegevens in te kijken en te laten verbeteren.'],
    'complaint-authority': ['U kunt een klacht indienen bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel.'],
    'automated-decision-making': ['Wij verwerken uw gegevens niet voor geautomatiseerde besluitvorming.'],
    retention: ['Wij slaan je gegevens maximaal twee jaar op.'],
    cookies: ['Wij plaatsen analytische cookies. Wil je dat niet, zet cookies dan uit in je browser.'],
    'right-rectification': ['Stuur ons een bericht, dan passen wij je gegevens aan.'],
    'withdraw-consent': ['Je toestemming trek je op elk moment in door ons te mailen.'],
    'right-objection': ['Je kunt je op elk moment tegen het gebruik van je gegevens verzetten.'],
    'international-transfers': ['Wij slaan al je gegevens op in Nederland en geven ze niet door aan landen buiten de EU.'],
  },
  partly: {
    retention: [
      ['Wij bewaren je gegevens zolang dat nodig is voor het doel waarvoor we ze hebben verzameld.', 'period'],
      ['Persoonsgegevens worden niet langer bewaard dan noodzakelijk voor onze dienstverlening en om te voldoen aan wettelijke verplichtingen.', 'period'],
    ],
    'international-transfers': [
      ['Wij maken gebruik van Amerikaanse dienstverleners, waardoor je gegevens in de VS kunnen worden verwerkt.', 'safeguard'],
      ['Wanneer wij gegevens doorgeven naar een land buiten de EER, zorgen wij voor passende waarborgen.', 'safeguard'],
    ],
    'legitimate-interests': [['Wij verwerken je gegevens op basis van artikel 6 lid 1 sub f AVG (gerechtvaardigd belang).', 'interests']],
    'right-access': [['In de app kun je op elk moment je gegevens bekijken en wijzigen.', 'right']],
    'right-rectification': [['In de app kun je op elk moment je gegevens bekijken en wijzigen.', 'right']],
    'right-erasure': [['Via Instellingen > Account verwijderen kun je je account en alle bijbehorende gegevens wissen.', 'right']],
    'withdraw-consent': [['Je kunt je toestemming voor het ontvangen van de nieuwsbrief intrekken via de afmeldlink.', 'any-time']],
    'automated-decision-making': [['Wij analyseren je gebruik van de app om je interesses in kaart te brengen en je gerichte advertenties te tonen.', 'whether']],
    cookies: [['Wij maken gebruik van cookies van Google Analytics.', 'details']],
  },
  never: {
    retention: ['Je kunt je browsergeschiedenis op elk moment wissen.'],
    'right-access': ['Je krijgt toegang tot extra functies als je een abonnement neemt.'],
    'right-erasure': ['Verwijder de app van je telefoon als je hem niet meer gebruikt.'],
    'right-objection': ['Wij maken bezwaar tegen elke vorm van spam.'],
    'complaint-authority': ['Volgens de Autoriteit Persoonsgegevens maken analytische cookies weinig inbreuk op je privacy.'],
  },
};
