// Coverage by statement in Dutch, German and French: the same model as English (elements,
// partial statements, vetoes, narrowed rights, blanket statements), in each language's own words.
// Every sentence here is written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageOf, englishCoverageOf, show, type Lang } from './helpers/coverage-lang.js';

interface Cases {
  /** Sentences that must never give the requirement. */
  never: [string, string][];
  /** Sentences that give it whole. */
  gives: [string, string][];
  /** Sentences that give it only in part: [requirement, sentence, absent element]. */
  partly: [string, string, string][];
  /** A blanket "we collect no personal data", and one that the same text contradicts. */
  blanket: string;
  blanketUnless: string;
}

const CASES: Record<Lang, Cases> = {
  nl: {
    never: [
      ['retention', 'U kunt cookies op elk moment verwijderen via de instellingen van uw browser.'],
      ['retention', 'Wij bewaren uw gegevens zo lang als noodzakelijk is.'],
      ['right-access', 'De app vraagt toegang tot uw camera om bonnetjes te scannen.'],
      ['right-access', 'Onze medewerkers hebben alleen toegang tot uw account als u daarom vraagt.'],
      ['right-erasure', 'Als wij ontdekken dat een kind jonger dan 16 jaar ons gegevens heeft gestuurd, verwijderen wij die gegevens.'],
      ['right-erasure', 'Inactieve accounts worden na twee jaar automatisch verwijderd.'],
      ['right-rectification', 'U bent er zelf verantwoordelijk voor dat de gegevens die u opgeeft juist en volledig zijn.'],
      ['complaint-authority', 'Wij werken samen met toezichthouders wanneer zij een klacht onderzoeken.'],
      ['complaint-authority', 'U kunt een klacht over onze dienst bij onze klantenservice indienen.'],
      ['international-transfers', 'Uw gegevens kunnen buiten de EER worden verwerkt, met passende waarborgen.'],
      ['legitimate-interests', 'Voor een deel van de verwerking beroepen wij ons op ons gerechtvaardigd belang.'],
      ['automated-decision-making', 'U hebt het recht niet te worden onderworpen aan een besluit dat uitsluitend op geautomatiseerde verwerking berust.'],
      ['withdraw-consent', 'U kunt zich afmelden voor onze nieuwsbrief via de link onderaan elke e-mail.'],
      ['cookies', 'Meer over cookies leest u in ons cookiebeleid.'],
      ['statutory-contractual', 'Als u marketingcookies weigert, ziet u minder relevante advertenties.'],
    ],
    gives: [
      ['retention', 'Wij bewaren uw factuurgegevens zeven jaar, omdat de belastingwet dat voorschrijft.'],
      ['retention', 'Uw accountgegevens bewaren wij zolang uw account actief is; daarna verwijderen wij ze binnen 30 dagen.'],
      ['international-transfers', 'Als uw gegevens buiten de EER terechtkomen, gebruiken wij de standaardcontractbepalingen van de Europese Commissie.'],
      ['international-transfers', 'Wij slaan uw gegevens uitsluitend op servers binnen de Europese Unie op.'],
      ['legitimate-interests', 'Wij verwerken uw IP-adres op grond van ons gerechtvaardigd belang bij het voorkomen van fraude.'],
      ['automated-decision-making', 'Wij nemen geen besluiten over u op basis van uitsluitend geautomatiseerde verwerking.'],
      ['right-access', 'U kunt ons vragen om een kopie van de persoonsgegevens die wij over u hebben.'],
      ['right-erasure', 'Wilt u dat wij uw gegevens verwijderen, stuur dan een e-mail naar privacy@kwikstaart.example.'],
      ['right-objection', 'U hebt het recht om bezwaar te maken tegen de verwerking van uw persoonsgegevens.'],
      ['complaint-authority', 'U kunt een klacht indienen bij de Autoriteit Persoonsgegevens.'],
      ['cookies', 'Wij gebruiken analytische cookies om het bezoek te meten; u kunt cookies weigeren of verwijderen via de instellingen van uw browser.'],
      ['controller-identity', 'Kwikstaart B.V. is de verwerkingsverantwoordelijke; u bereikt ons via privacy@kwikstaart.example.'],
      ['withdraw-consent', 'U kunt uw toestemming op elk moment intrekken met een mailtje aan ons.'],
      ['statutory-contractual', 'U bent niet verplicht om ons uw telefoonnummer te verstrekken; zonder e-mailadres kunnen wij uw bestelling echter niet afhandelen.'],
    ],
    partly: [
      ['retention', 'Wij bewaren uw gegevens niet langer dan nodig is voor de doeleinden van deze verklaring.', 'period'],
      ['international-transfers', 'Uw gegevens kunnen worden opgeslagen op servers in de Verenigde Staten.', 'safeguard'],
      ['legitimate-interests', 'Sommige verwerkingen baseren wij op ons gerechtvaardigd belang.', 'interests'],
      ['right-access', 'U kunt uw profielgegevens inzien in de instellingen van de app.', 'right'],
      ['right-erasure', 'U kunt uw account zelf verwijderen in de app.', 'right'],
      ['right-objection', 'U kunt bezwaar maken tegen het ontvangen van onze marketing-e-mails.', 'right'],
      ['automated-decision-making', 'Wij gebruiken profilering om u gepersonaliseerde advertenties te tonen.', 'whether'],
      ['cookies', 'Onze website gebruikt cookies om uw voorkeuren te onthouden.', 'details'],
      ['controller-identity', 'Vragen? Mail ons op vragen@gmail.com.', 'identity'],
    ],
    blanket: 'Wij verzamelen geen persoonsgegevens wanneer u de app gebruikt. Alles blijft op uw eigen apparaat.',
    blanketUnless: 'Wij verzamelen geen persoonsgegevens. De app stuurt wel crashrapporten naar onze analysedienst.',
  },
  de: {
    never: [
      ['retention', 'Sie können Cookies jederzeit in den Einstellungen Ihres Browsers löschen.'],
      ['retention', 'Wir speichern Ihre Daten, solange es erforderlich ist.'],
      ['right-access', 'Die App benötigt Zugriff auf Ihre Kamera, um Belege zu scannen.'],
      ['right-access', 'Unsere Mitarbeiter haben nur dann Zugriff auf Ihr Konto, wenn Sie uns darum bitten.'],
      ['right-erasure', 'Erfahren wir, dass ein Kind unter 16 Jahren uns Daten übermittelt hat, löschen wir diese Daten.'],
      ['right-erasure', 'Inaktive Konten werden nach zwei Jahren automatisch gelöscht.'],
      ['right-rectification', 'Sie sind dafür verantwortlich, dass Ihre Angaben richtig und vollständig sind.'],
      ['complaint-authority', 'Wir arbeiten mit den Aufsichtsbehörden zusammen, wenn diese eine Beschwerde prüfen.'],
      ['complaint-authority', 'Beschwerden über unseren Dienst richten Sie bitte an unseren Kundenservice.'],
      ['international-transfers', 'Ihre Daten können außerhalb des EWR verarbeitet werden; wir treffen geeignete Maßnahmen.'],
      ['legitimate-interests', 'Einige Verarbeitungen stützen wir auf unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO).'],
      ['automated-decision-making', 'Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden.'],
      ['withdraw-consent', 'Sie können sich jederzeit über den Link in jeder E-Mail von unserem Newsletter abmelden.'],
      ['cookies', 'Näheres zu Cookies finden Sie in unserer Cookie-Richtlinie.'],
      ['statutory-contractual', 'Wenn Sie Marketing-Cookies ablehnen, sehen Sie weniger passende Werbung.'],
    ],
    gives: [
      ['retention', 'Rechnungsdaten bewahren wir zehn Jahre auf, weil das Handelsrecht es verlangt.'],
      ['retention', 'Ihre Kontodaten speichern wir, solange Ihr Konto besteht; danach löschen wir sie innerhalb von 30 Tagen.'],
      ['international-transfers', 'Werden Daten in ein Drittland übermittelt, stützen wir uns auf die Standardvertragsklauseln der EU-Kommission.'],
      ['international-transfers', 'Ihre Daten werden ausschließlich auf Servern in Deutschland gespeichert.'],
      ['legitimate-interests', 'Wir verarbeiten Ihre IP-Adresse aufgrund unseres berechtigten Interesses an der Abwehr von Angriffen auf unsere Server.'],
      ['automated-decision-making', 'Eine automatisierte Entscheidungsfindung findet nicht statt.'],
      ['right-access', 'Sie können von uns eine Kopie der personenbezogenen Daten verlangen, die wir über Sie verarbeiten.'],
      ['right-erasure', 'Möchten Sie, dass wir Ihre Daten löschen, schreiben Sie an datenschutz@kiebitzwerk.example.'],
      ['right-objection', 'Sie haben das Recht, der Verarbeitung Ihrer personenbezogenen Daten zu widersprechen.'],
      ['complaint-authority', 'Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.'],
      ['cookies', 'Wir setzen Analyse-Cookies ein, um Besuche zu zählen; Sie können Cookies in Ihren Browsereinstellungen ablehnen oder löschen.'],
      ['controller-identity', 'Verantwortlicher im Sinne der DSGVO ist die Kiebitzwerk GmbH, erreichbar unter datenschutz@kiebitzwerk.example.'],
      ['withdraw-consent', 'Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.'],
      ['statutory-contractual', 'Die Angabe Ihrer Telefonnummer ist freiwillig; ohne E-Mail-Adresse können wir Ihre Bestellung jedoch nicht bearbeiten.'],
    ],
    partly: [
      ['retention', 'Wir speichern Ihre Daten nur so lange, wie es für die genannten Zwecke erforderlich ist.', 'period'],
      ['international-transfers', 'Ihre Daten können auf Servern in den USA gespeichert werden.', 'safeguard'],
      ['legitimate-interests', 'Manche Verarbeitungen beruhen auf unseren berechtigten Interessen.', 'interests'],
      ['right-access', 'Ihre Profildaten können Sie jederzeit in den Einstellungen der App einsehen.', 'right'],
      ['right-erasure', 'Sie können Ihr Konto selbst in der App löschen.', 'right'],
      ['right-objection', 'Sie können der Verwendung Ihrer Daten für Werbung widersprechen.', 'right'],
      ['automated-decision-making', 'Wir nutzen Profiling, um Ihnen personalisierte Werbung anzuzeigen.', 'whether'],
      ['cookies', 'Unsere Website verwendet Cookies, um Ihre Einstellungen zu speichern.', 'details'],
      ['controller-identity', 'Fragen? Schreiben Sie uns an fragen@gmail.com.', 'identity'],
    ],
    blanket: 'Wir erheben keine personenbezogenen Daten, wenn Sie die App nutzen. Alles bleibt auf Ihrem Gerät.',
    blanketUnless: 'Wir erheben keine personenbezogenen Daten. Die App sendet jedoch Absturzberichte an unseren Analysedienst.',
  },
  fr: {
    never: [
      ['retention', 'Vous pouvez supprimer les cookies à tout moment dans les paramètres de votre navigateur.'],
      ['retention', 'Nous conservons vos données aussi longtemps que nécessaire.'],
      ['right-access', "L'application demande l'accès à votre appareil photo pour scanner vos tickets."],
      ['right-access', "Nos employés n'ont accès à votre compte que si vous le demandez."],
      ['right-erasure', "Si nous apprenons qu'un enfant de moins de 15 ans nous a transmis des données, nous supprimons ces données."],
      ['right-erasure', 'Les comptes inactifs sont supprimés automatiquement au bout de deux ans.'],
      ['right-rectification', 'Vous êtes responsable de fournir des informations exactes et complètes.'],
      ['complaint-authority', 'Nous coopérons avec les autorités de contrôle lorsqu’elles examinent une réclamation.'],
      ['complaint-authority', 'Vous pouvez adresser une réclamation à notre service client.'],
      ['international-transfers', "Vos données peuvent être traitées hors de l'Union européenne, avec des garanties appropriées."],
      ['legitimate-interests', 'Certains traitements reposent sur notre intérêt légitime.'],
      ['automated-decision-making', 'Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé.'],
      ['withdraw-consent', 'Vous pouvez vous désabonner de notre newsletter grâce au lien présent dans chaque e-mail.'],
      ['cookies', 'Pour en savoir plus sur les cookies, consultez notre politique cookies.'],
      ['statutory-contractual', 'Si vous refusez les cookies publicitaires, les publicités seront moins pertinentes.'],
    ],
    gives: [
      ['retention', 'Nous conservons vos factures pendant dix ans, comme le prévoit le code de commerce.'],
      ['retention', 'Les données de votre compte sont conservées tant que votre compte est actif, puis supprimées dans un délai de 30 jours.'],
      ['international-transfers', "Lorsque vos données sont transférées hors de l'Union européenne, nous utilisons les clauses contractuelles types de la Commission européenne."],
      ['international-transfers', 'Vos données sont hébergées exclusivement en France.'],
      ['legitimate-interests', 'Nous traitons votre adresse IP sur la base de notre intérêt légitime à prévenir la fraude.'],
      ['automated-decision-making', 'Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé.'],
      ['right-access', 'Vous pouvez nous demander une copie des données personnelles que nous détenons sur vous.'],
      ['right-erasure', 'Si vous souhaitez que nous supprimions vos données, écrivez-nous à dpo@martinet.example.'],
      ['right-objection', 'Vous disposez du droit de vous opposer au traitement de vos données personnelles.'],
      ['complaint-authority', 'Vous pouvez introduire une réclamation auprès de la CNIL.'],
      ['cookies', 'Nous utilisons des cookies de mesure d’audience ; vous pouvez refuser ou supprimer les cookies dans les paramètres de votre navigateur.'],
      ['controller-identity', 'Le responsable du traitement est Martinet SAS, joignable à contact@martinet.example.'],
      ['withdraw-consent', 'Vous pouvez retirer votre consentement à tout moment en nous écrivant.'],
      ['statutory-contractual', 'La fourniture de votre numéro de téléphone est facultative ; sans adresse e-mail, nous ne pouvons pas traiter votre commande.'],
    ],
    partly: [
      ['retention', 'Nous conservons vos données pendant la durée nécessaire aux finalités décrites.', 'period'],
      ['international-transfers', 'Vos données peuvent être stockées sur des serveurs situés aux États-Unis.', 'safeguard'],
      ['legitimate-interests', 'Certains traitements sont fondés sur nos intérêts légitimes.', 'interests'],
      ['right-access', "Vous pouvez consulter les données de votre profil dans les paramètres de l'application.", 'right'],
      ['right-erasure', "Vous pouvez supprimer vous-même votre compte dans l'application.", 'right'],
      ['right-objection', 'Vous pouvez vous opposer à la réception de nos e-mails de prospection commerciale.', 'right'],
      ['automated-decision-making', 'Nous utilisons le profilage pour vous montrer des publicités personnalisées.', 'whether'],
      ['cookies', 'Notre site utilise des cookies pour mémoriser vos préférences.', 'details'],
      ['controller-identity', 'Des questions ? Écrivez-nous à questions@gmail.com.', 'identity'],
    ],
    blanket: "Nous ne collectons aucune donnée personnelle lorsque vous utilisez l'application. Tout reste sur votre appareil.",
    blanketUnless: "Nous ne collectons aucune donnée personnelle. L'application envoie toutefois des rapports de plantage à notre outil d'analyse.",
  },
};

for (const lang of Object.keys(CASES) as Lang[]) {
  const cases = CASES[lang];
  for (const [requirement, sentence] of cases.never) {
    test(`${lang} ${requirement}: never given by "${sentence}"`, () => {
      const c = coverageOf(lang, sentence, requirement);
      assert.notEqual(c.status, 'present', show(c));
    });
  }
  for (const [requirement, sentence] of cases.gives) {
    test(`${lang} ${requirement}: given by "${sentence}"`, () => {
      const c = coverageOf(lang, sentence, requirement);
      assert.equal(c.status, 'present', show(c));
    });
  }
  for (const [requirement, sentence, element] of cases.partly) {
    test(`${lang} ${requirement}: partly given by "${sentence}" (${element} absent)`, () => {
      const c = coverageOf(lang, sentence, requirement);
      assert.equal(c.status, 'partial', show(c));
      assert.deepEqual(c.absent, [element]);
    });
  }
  test(`${lang}: a blanket "no personal data" gives what is done with data, not the rights`, () => {
    for (const id of ['purposes', 'retention', 'recipients', 'international-transfers', 'lawful-basis', 'automated-decision-making']) {
      const c = coverageOf(lang, cases.blanket, id);
      assert.equal(c.status, 'present', `${id}: ${show(c)}`);
    }
    for (const id of ['right-access', 'complaint-authority']) assert.equal(coverageOf(lang, cases.blanket, id).status, 'missing', id);
  });
  test(`${lang}: a blanket statement gives nothing when the policy collects data after all`, () => {
    const c = coverageOf(lang, cases.blanketUnless, 'retention');
    assert.notEqual(c.status, 'present', show(c));
  });
}

// A mention of what would collect data, denied just before it ("no analytics tools"), is no
// collection after all; the same tool named as used still is (the unless cues' notAfter words).
// And the app named as the subject of a blanket statement in Dutch and French, as in English.
const DENIED: Record<Lang, { denied: string; used: string; named?: string; namedOther?: string }> = {
  nl: {
    denied: 'Wij verzamelen geen persoonsgegevens. Er zitten geen advertenties en geen analysetools in de app.',
    used: 'Wij verzamelen geen persoonsgegevens. Onze analysetools tellen wel hoe vaak een scherm opent.',
    named: 'Kookwekker verzamelt geen persoonsgegevens. Alles blijft op je eigen telefoon.',
    namedOther: 'kookwekker verzamelt geen persoonsgegevens van kinderen onder de 16.',
  },
  de: {
    denied: 'Wir erheben keine personenbezogenen Daten. Die App enthält keine Werbung und keine Analysedienste.',
    used: 'Wir erheben keine personenbezogenen Daten. Unsere Analysedienste zählen aber, wie oft eine Seite geöffnet wird.',
  },
  fr: {
    denied: "Nous ne collectons aucune donnée personnelle. L'application ne contient ni publicité ni outil d'analyse.",
    used: "Nous ne collectons aucune donnée personnelle. Notre outil d'analyse compte toutefois les ouvertures de l'écran.",
    named: 'Minutier ne collecte aucune donnée personnelle. Tout reste sur votre téléphone.',
  },
};
test('en: a denied mention of what would collect data leaves the blanket statement whole; a used one does not', () => {
  const c = englishCoverageOf('The app does not collect any personal data. There are no ads and no analytics tools in it.', 'retention');
  assert.equal(c.status, 'present', show(c));
  assert.notEqual(englishCoverageOf('The app does not collect any personal data. Its analytics tools count how often a screen opens.', 'retention').status, 'present');
});
for (const [lang, t] of Object.entries(DENIED) as [Lang, (typeof DENIED)[Lang]][]) {
  test(`${lang}: a denied mention of what would collect data leaves the blanket statement whole; a used one does not`, () => {
    const c = coverageOf(lang, t.denied, 'retention');
    assert.equal(c.status, 'present', show(c));
    assert.notEqual(coverageOf(lang, t.used, 'retention').status, 'present');
  });
  if (t.named)
    test(`${lang}: the app by its name as the subject of a blanket statement`, () => {
      const c = coverageOf(lang, t.named!, 'purposes');
      assert.equal(c.status, 'present', show(c));
      // A lower-case word is no name, and a statement about children's data is no blanket one.
      if (t.namedOther) assert.notEqual(coverageOf(lang, t.namedOther, 'purposes').status, 'present');
    });
}

test('nl: a retention section with a period is present; "zolang noodzakelijk" alone is partial', () => {
  const heading = 'Hoe lang bewaren wij uw gegevens?';
  assert.equal(coverageOf('nl', 'Gegevens van sollicitanten worden vier weken na de procedure vernietigd.', 'retention', heading).status, 'present');
  assert.equal(coverageOf('nl', 'Wij bewaren uw gegevens zolang dat noodzakelijk is.', 'retention', heading).status, 'partial');
});

test('de: a transfer to a country with an adequacy decision is present', () => {
  const c = coverageOf('de', 'Für die Übermittlung in die Schweiz besteht ein Angemessenheitsbeschluss der Europäischen Kommission.', 'international-transfers');
  assert.equal(c.status, 'present', show(c));
});

test('fr: a right limited to self-service in the account is partial unless the reader may also ask', () => {
  assert.equal(coverageOf('fr', 'Vous pouvez modifier vos données dans votre espace client.', 'right-rectification').status, 'partial');
  const c = coverageOf('fr', 'Vous pouvez modifier vos données dans votre espace client ou nous demander de les rectifier.', 'right-rectification');
  assert.equal(c.status, 'present', show(c));
});

test('a period listed under a retention heading gives retention; the same list under another heading does not', () => {
  const lists: [Lang, string, string][] = [
    ['nl', 'Hoe lang bewaren wij uw gegevens?', '- Facturen: 7 jaar\n- Sollicitaties: 4 weken'],
    ['de', 'Speicherdauer', '- Rechnungen: 10 Jahre\n- Bewerbungen: sechs Monate'],
    ['fr', 'Durée de conservation', '- Factures : 10 ans\n- Candidatures : 2 ans'],
  ];
  for (const [lang, heading, body] of lists) {
    const c = coverageOf(lang, body, 'retention', heading);
    assert.equal(c.status, 'present', `${lang}: ${show(c)}`);
    assert.equal(coverageOf(lang, body, 'retention').status, 'missing', lang);
  }
});

test('nl: the seed-style "neemt niet op basis van geautomatiseerde verwerkingen besluiten" says whether', () => {
  const c = coverageOf('nl', 'Kwikstaart neemt niet op basis van geautomatiseerde verwerkingen besluiten over zaken die gevolgen voor u kunnen hebben.', 'automated-decision-making');
  assert.equal(c.status, 'present', show(c));
});

test('a general withdrawal of consent with a newsletter as example stays whole', () => {
  const cases: [Lang, string][] = [
    ['nl', 'Verwerken wij gegevens op basis van uw toestemming, dan kunt u die toestemming altijd intrekken, bijvoorbeeld via de afmeldlink in onze nieuwsbrief.'],
    ['de', 'Beruht eine Verarbeitung auf Ihrer Einwilligung, können Sie diese jederzeit widerrufen, zum Beispiel über den Abmeldelink im Newsletter.'],
    ['fr', 'Pour les traitements fondés sur votre consentement, vous pouvez le retirer à tout moment, par exemple via le lien de désinscription de la newsletter.'],
  ];
  for (const [lang, sentence] of cases) {
    const c = coverageOf(lang, sentence, 'withdraw-consent');
    assert.equal(c.status, 'present', `${lang}: ${show(c)}`);
  }
});

test('the coverage tests\' report (every rule off) is the coverage of a full check', async () => {
  const { readFileSync } = await import('node:fs');
  const { check } = await import('../../server/out/engine/check.js');
  const { coverageReport } = await import('./helpers/coverage-lang.js');
  const { EXAMPLE_FILES } = await import('./helpers/examples.js');
  assert.ok(EXAMPLE_FILES.length > 3);
  const texts = [...EXAMPLE_FILES.slice(0, 2).map((f) => readFileSync(f, 'utf8')), `---\npolicy:\n  language: nl\n---\n# Privacyverklaring\n\nWij bewaren uw gegevens twee jaar.\n`, ''];
  for (const text of texts) {
    for (const profiles of [['eu-gdpr'], ['uk-gdpr', 'ccpa']]) assert.deepEqual(coverageReport(text, profiles), check(text, { profiles }).coverage, text.slice(0, 60));
  }
});

// A table of contents names sections and states nothing: a list under a contents heading or a
// lead-in that announces the policy's parts is no evidence. The same items under a lead-in that
// states something ("You have the right to:") still are, so the cues cannot simply swallow lists.
const CONTENTS: Record<Lang, { leads: string[]; headings: string[]; items: string; stating: string; requirement: string }> = {
  de: {
    leads: ['Dieser Text ist wie folgt gegliedert:', 'Unsere Datenschutzhinweise umfassen die folgenden Abschnitte:', 'Die Erklärung besteht aus sieben Teilen:', 'In dieser Datenschutzerklärung finden Sie folgende Punkte:'],
    headings: ['Inhaltsverzeichnis', 'Inhalt', 'Übersicht'],
    items: '- Wer wir sind\n- Ihr Recht auf Löschung\n- Aufbewahrungsfristen',
    stating: 'Sie haben das Recht auf:',
    requirement: 'right-erasure',
  },
  nl: {
    leads: ['Deze privacyverklaring bestaat uit de volgende onderdelen:', 'Onze verklaring is als volgt opgebouwd:', 'Op deze pagina leest u meer over:', 'Dit privacybeleid behandelt de volgende onderwerpen:'],
    headings: ['Inhoudsopgave', 'Inhoud', 'Inhoudstafel'],
    items: '- Wie wij zijn\n- Uw recht op verwijdering\n- Bewaartermijnen',
    stating: 'U heeft het recht op:',
    requirement: 'right-erasure',
  },
  fr: {
    leads: ['Cette politique est organisée comme suit :', 'La présente notice comporte cinq parties :', 'Notre charte aborde les points suivants :', 'Dans cette page, vous trouverez les rubriques suivantes :'],
    headings: ['Sommaire', 'Table des matières', 'Sur cette page'],
    items: '- Qui sommes-nous\n- Votre droit à l’effacement\n- Durées de conservation',
    stating: 'Vous disposez du droit à :',
    requirement: 'right-erasure',
  },
};

for (const [lang, c] of Object.entries(CONTENTS) as [Lang, (typeof CONTENTS)[Lang]][]) {
  test(`${lang}: a list under a table-of-contents lead-in or heading is no evidence; under a stating lead-in it is`, () => {
    for (const lead of c.leads) {
      const got = coverageOf(lang, `${lead}\n\n${c.items}`, c.requirement);
      assert.equal(got.status, 'missing', `${lead} → ${show(got)}`);
    }
    for (const heading of c.headings) {
      const got = coverageOf(lang, c.items, c.requirement, heading);
      assert.equal(got.status, 'missing', `## ${heading} → ${show(got)}`);
    }
    const stated = coverageOf(lang, `${c.stating}\n\n${c.items}`, c.requirement);
    assert.equal(stated.status, 'present', show(stated));
  });
}
