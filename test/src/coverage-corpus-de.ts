// A German test corpus for coverage, written for these tests in the ways German policies say
// things (Sie and du, "Art. 15 DSGVO", "Rechtsgrundlage: Art. 6 Abs. 1 lit. f DSGVO", the
// Landesdatenschutzbeauftragte, compounds such as Speicherdauer, Auskunftsrecht,
// Widerspruchsrecht, Datenübertragbarkeit). See coverage-corpus-nl.ts for the form.
import type { Corpus } from './helpers/coverage-lang.js';

export const DE: Corpus = {
  gives: {
    'controller-identity': [
      'Verantwortlicher im Sinne der DSGVO ist die Kiebitzwerk GmbH, erreichbar unter datenschutz@kiebitzwerk.example.',
      'Verantwortliche Stelle für die Datenverarbeitung auf dieser Website ist: Kiebitzwerk GmbH, Lindenstraße 5, 10115 Berlin, E-Mail: info@kiebitzwerk.example.',
      'Diese App wird von Anna Schmidt betrieben; du erreichst mich unter hallo@annaschmidt.example.',
      'Verantwortlich für die Verarbeitung deiner Daten ist die Kiebitzwerk GmbH, Lindenstraße 5, 10115 Berlin.',
      '## Verantwortlicher\n\nKiebitzwerk GmbH\nLindenstraße 5\n10115 Berlin\nTelefon: +49 30 1234567\nE-Mail: info@kiebitzwerk.example',
    ],
    'dpo-contact': [
      'Unseren Datenschutzbeauftragten erreichen Sie unter dsb@kiebitzwerk.example.',
      'Wir haben einen externen Datenschutzbeauftragten bestellt: Dr. Max Weber, datenschutz@weber-beratung.example.',
    ],
    purposes: [
      'Wir verwenden Ihre E-Mail-Adresse, um Ihnen die Bestellbestätigung zu senden.',
      'Die Daten verarbeiten wir zu folgenden Zwecken: Abwicklung Ihrer Bestellung und Versand des Newsletters.',
      'Deine Anschrift benötigen wir, um dir das Paket zuzustellen.',
      'Die Verarbeitung dient der Beantwortung Ihrer Anfrage.',
    ],
    'lawful-basis': [
      'Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO (Vertragserfüllung).',
      'Die Verarbeitung erfolgt auf Grundlage Ihrer Einwilligung (Art. 6 Abs. 1 S. 1 lit. a DSGVO).',
      'Die Verarbeitung ist zur Erfüllung einer rechtlichen Verpflichtung erforderlich, der wir unterliegen.',
      'Wir verarbeiten deine Daten, weil sie für die Durchführung des Vertrags mit dir erforderlich sind.',
      'Personenbezogene Daten erheben wir ausschließlich mit Ihrer ausdrücklichen Einwilligung.',
    ],
    'legitimate-interests': [
      'Wir verarbeiten Ihre IP-Adresse aufgrund unseres berechtigten Interesses an der Abwehr von Angriffen auf unsere Server.',
      'Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO; unser berechtigtes Interesse liegt in der Sicherheit und Stabilität unserer Website.',
      'Berechtigtes Interesse: Betrugsprävention und die Verbesserung unseres Angebots.',
      'Die Analyse erfolgt zur Optimierung unseres Angebots auf Grundlage unseres berechtigten Interesses gemäß Art. 6 Abs. 1 lit. f DSGVO.',
    ],
    recipients: [
      'Wir geben Ihre Daten an unseren Versanddienstleister weiter, soweit das für die Lieferung erforderlich ist.',
      'Empfänger der Daten sind unser Hosting-Anbieter und unsere Steuerberaterin.',
      'Mit Dienstleistern, die Daten in unserem Auftrag verarbeiten, haben wir Verträge zur Auftragsverarbeitung geschlossen.',
      'Deine Daten werden an den Zahlungsanbieter übermittelt, den du an der Kasse auswählst.',
    ],
    'international-transfers': [
      'Werden Daten in ein Drittland übermittelt, stützen wir uns auf die Standardvertragsklauseln der EU-Kommission.',
      'Ihre Daten werden ausschließlich auf Servern in Deutschland gespeichert.',
      'Der Anbieter sitzt in den USA und ist unter dem EU-US Data Privacy Framework zertifiziert.',
      'Eine Übermittlung Ihrer Daten in Drittländer findet nicht statt.',
      'Für die Übermittlung in die Schweiz besteht ein Angemessenheitsbeschluss der Europäischen Kommission.',
    ],
    retention: [
      'Rechnungsdaten bewahren wir zehn Jahre auf, weil das Handelsrecht es verlangt (§ 257 HGB).',
      'Ihre Kontodaten speichern wir, solange Ihr Konto besteht; danach löschen wir sie innerhalb von 30 Tagen.',
      'Speicherdauer: Die Daten werden nach Ablauf von sechs Monaten gelöscht.',
      'Wir speichern deine Daten, bis du den Newsletter abbestellst.',
      '## Speicherdauer\n\n- Bewerbungsunterlagen: sechs Monate\n- Server-Logfiles: 7 Tage',
    ],
    'right-access': [
      'Sie können von uns eine Kopie der personenbezogenen Daten verlangen, die wir über Sie verarbeiten.',
      'Sie haben das Recht, Auskunft über Ihre bei uns gespeicherten personenbezogenen Daten zu erhalten (Art. 15 DSGVO).',
      'Du kannst jederzeit erfahren, ob und welche Daten wir über dich speichern.',
      '## Ihre Rechte\n\nSie haben folgende Rechte:\n\n- Auskunftsrecht (Art. 15 DSGVO)\n- Recht auf Berichtigung (Art. 16 DSGVO)',
    ],
    'right-rectification': [
      'Sie haben das Recht auf Berichtigung unrichtiger Daten.',
      'Sind deine Daten falsch, kannst du von uns verlangen, dass wir sie korrigieren.',
      '## Ihre Rechte\n\nSie haben folgende Rechte:\n\n- Auskunftsrecht (Art. 15 DSGVO)\n- Recht auf Berichtigung (Art. 16 DSGVO)',
    ],
    'right-erasure': [
      'Möchten Sie, dass wir Ihre Daten löschen, schreiben Sie an datenschutz@kiebitzwerk.example.',
      'Sie haben das Recht auf Löschung Ihrer personenbezogenen Daten (Art. 17 DSGVO).',
      'Du kannst verlangen, dass wir dein Konto und alle zugehörigen Daten löschen.',
      'Auf Ihren Wunsch löschen wir Ihre Daten unverzüglich.',
    ],
    'right-restriction': [
      'Sie haben das Recht, die Einschränkung der Verarbeitung Ihrer Daten zu verlangen (Art. 18 DSGVO).',
      'Du kannst verlangen, dass wir die Verarbeitung deiner Daten einschränken.',
      '## Ihre Rechte\n\n- Recht auf Auskunft\n- Recht auf Einschränkung der Verarbeitung',
    ],
    'right-objection': [
      'Sie haben das Recht, der Verarbeitung Ihrer personenbezogenen Daten zu widersprechen.',
      'Widerspruchsrecht: Gegen Verarbeitungen auf Grundlage von Art. 6 Abs. 1 lit. f DSGVO können Sie jederzeit Widerspruch einlegen (Art. 21 DSGVO).',
      'Du kannst der Nutzung deiner Daten zu Analysezwecken jederzeit widersprechen.',
    ],
    'right-portability': [
      'Sie haben das Recht auf Datenübertragbarkeit (Art. 20 DSGVO).',
      'Du kannst verlangen, dass wir dir deine Daten in einem strukturierten, gängigen und maschinenlesbaren Format aushändigen.',
      'Auf Anfrage übermitteln wir Ihre Daten direkt an einen anderen Verantwortlichen.',
    ],
    'withdraw-consent': [
      'Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.',
      'Eine erteilte Einwilligung kannst du jederzeit formlos per E-Mail an uns widerrufen.',
      'Sie haben das Recht, eine einmal erteilte Einwilligung jederzeit zu widerrufen (Art. 7 Abs. 3 DSGVO).',
    ],
    'complaint-authority': [
      'Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.',
      '## Beschwerderecht bei der Aufsichtsbehörde\n\nZuständig ist die Berliner Beauftragte für Datenschutz und Informationsfreiheit.',
      'Du kannst dich bei der für uns zuständigen Aufsichtsbehörde beschweren.',
      'Ihnen steht ein Beschwerderecht bei der zuständigen Aufsichtsbehörde zu (Art. 77 DSGVO).',
      'In Österreich ist die Datenschutzbehörde für Beschwerden zuständig.',
    ],
    'statutory-contractual': [
      'Die Angabe Ihrer Telefonnummer ist freiwillig; ohne E-Mail-Adresse können wir Ihre Bestellung jedoch nicht bearbeiten.',
      'Pflichtfelder sind mit einem Sternchen gekennzeichnet.',
      'Wenn du diese Daten nicht angibst, können wir dein Konto nicht anlegen.',
      'Sie sind weder gesetzlich noch vertraglich verpflichtet, uns Ihre Daten bereitzustellen.',
    ],
    'automated-decision-making': [
      'Eine automatisierte Entscheidungsfindung findet nicht statt.',
      'Wir verzichten auf eine automatisierte Entscheidungsfindung einschließlich Profiling.',
      'Automatisierte Einzelentscheidungen im Sinne von Art. 22 DSGVO treffen wir nicht.',
      'Wir setzen keine automatisierte Entscheidungsfindung ein.',
    ],
    'data-source': [
      'Einige Daten erhalten wir von unseren Partnern, etwa dem Händler, bei dem Sie das Gerät gekauft haben.',
      'Soweit wir Daten nicht bei Ihnen erheben, stammen sie aus öffentlich zugänglichen Quellen wie dem Handelsregister.',
      'Daten, die wir nicht von dir selbst erhalten, übermittelt uns dein Arbeitgeber.',
    ],
    'data-categories': [
      'Wir verarbeiten folgende Daten: Name, Anschrift, E-Mail-Adresse und Telefonnummer.',
      'Beim Besuch unserer Website erfassen wir Ihre IP-Adresse und den verwendeten Browser.',
      'Kategorien personenbezogener Daten: Kontaktdaten, Vertragsdaten und Zahlungsdaten.',
    ],
    cookies: [
      'Wir setzen Analyse-Cookies ein, um Besuche zu zählen; Sie können Cookies in Ihren Browsereinstellungen ablehnen oder löschen.',
      'Unsere Website verwendet technisch notwendige Cookies. Du kannst deinen Browser so einstellen, dass er keine Cookies speichert.',
      'Über unser Cookie-Banner können Sie Ihre Auswahl jederzeit ändern.',
    ],
    children: [
      'Unser Angebot richtet sich nicht an Kinder unter 16 Jahren.',
      'Personen unter 16 Jahren dürfen uns ohne Zustimmung der Erziehungsberechtigten keine Daten übermitteln.',
    ],
    security: [
      'Wir treffen technische und organisatorische Maßnahmen, um Ihre Daten zu schützen.',
      'Diese Seite nutzt aus Sicherheitsgründen eine SSL- bzw. TLS-Verschlüsselung.',
      'Wir schützen deine Daten gegen Verlust und unbefugten Zugriff.',
    ],
    'policy-changes': [
      'Wir behalten uns vor, diese Datenschutzerklärung anzupassen; über Änderungen informieren wir Sie per E-Mail.',
      'Änderungen dieser Datenschutzhinweise veröffentlichen wir auf dieser Seite.',
    ],
    'last-updated': ['Stand: 3. Mai 2026', 'Zuletzt aktualisiert am 1. März 2026.'],
  },
  partly: {
    'controller-identity': [
      ['Fragen? Schreiben Sie uns an fragen@gmail.com.', 'identity'],
      ['Verantwortlicher im Sinne der DSGVO ist die Kiebitzwerk GmbH.', 'contact'],
    ],
    'legitimate-interests': [
      ['Manche Verarbeitungen beruhen auf unseren berechtigten Interessen.', 'interests'],
      ['Rechtsgrundlage: Art. 6 Abs. 1 lit. f DSGVO.', 'interests'],
    ],
    'international-transfers': [
      ['Ihre Daten können auf Servern in den USA gespeichert werden.', 'safeguard'],
      ['Dabei kann es zu einer Übermittlung in Drittländer kommen.', 'safeguard'],
    ],
    retention: [
      ['Wir speichern Ihre Daten nur so lange, wie es für die genannten Zwecke erforderlich ist.', 'period'],
      ['Die Daten werden gelöscht, sobald sie für den Zweck ihrer Erhebung nicht mehr erforderlich sind.', 'period'],
    ],
    'right-access': [['Ihre Profildaten können Sie jederzeit in den Einstellungen der App einsehen.', 'right']],
    'right-rectification': [['Deine Angaben kannst du selbst in deinem Nutzerkonto ändern.', 'right']],
    'right-erasure': [['Sie können Ihr Konto selbst in der App löschen.', 'right']],
    'right-objection': [
      ['Sie können der Verwendung Ihrer Daten für Werbung widersprechen.', 'right'],
      ['Vom Newsletter kannst du dich jederzeit über den Link in jeder E-Mail abmelden.', 'right'],
    ],
    'complaint-authority': [['Beschwerden über die Verarbeitung Ihrer Daten richten Sie bitte an unseren Kundenservice.', 'authority']],
    'automated-decision-making': [
      // The right named, with no word on whether decisions are automated.
      ['Sie haben das Recht, nicht einer ausschließlich auf einer automatisierten Verarbeitung beruhenden Entscheidung unterworfen zu werden.', 'whether'],
      ['Wir nutzen Profiling, um Ihnen personalisierte Werbung anzuzeigen.', 'whether'],
      ['Aus deinem Nutzungsverhalten erstellen wir ein Profil, um dir passende Angebote zu zeigen.', 'whether'],
    ],
    cookies: [
      ['Unsere Website verwendet Cookies, um Ihre Einstellungen zu speichern.', 'details'],
      ['Welche Cookies wir einsetzen, lesen Sie in unserer Cookie-Richtlinie.', 'details'],
    ],
  },
  never: {
    'controller-identity': [
      '„Verantwortlicher“ ist die natürliche oder juristische Person, die allein oder gemeinsam mit anderen über die Zwecke und Mittel der Verarbeitung entscheidet.',
      'Der Zahlungsdienst wird von der Stripe Payments Europe Ltd. angeboten; für ihn gilt dessen eigene Datenschutzerklärung.',
    ],
    'dpo-contact': [
      'Zuständige Aufsichtsbehörde ist der Landesbeauftragte für Datenschutz und Informationsfreiheit Baden-Württemberg.',
      // No officer appointed: the item's condition does not hold, and the reader has nothing of it (the
      // profile's absenceGives: false; reported missing on this sentence, with a fix to declare it).
      'Einen Datenschutzbeauftragten haben wir nicht benannt, da wir dazu gesetzlich nicht verpflichtet sind.',
    ],
    purposes: ['Mit der Nutzung dieser App erklären Sie sich mit dieser Datenschutzerklärung einverstanden.'],
    'lawful-basis': ['Mit der Nutzung unserer Website stimmen Sie dieser Datenschutzerklärung zu.'],
    'legitimate-interests': ['Wir haben ein großes Interesse daran, dass Sie mit uns zufrieden sind.'],
    recipients: [
      'Wir verkaufen Ihre Daten niemals an Dritte für deren Werbezwecke.',
      '„Empfänger“ ist eine natürliche oder juristische Person, Behörde, Einrichtung oder andere Stelle, der personenbezogene Daten offengelegt werden.',
    ],
    'international-transfers': ['Wir liefern in alle Länder der Europäischen Union.'],
    retention: [
      'Sie können Cookies jederzeit in den Einstellungen Ihres Browsers löschen.',
      'Alte Festplatten werden vor der Entsorgung sicher gelöscht.',
    ],
    'right-access': [
      'Die App benötigt Zugriff auf Ihre Kamera, um Belege zu scannen.',
      'Unsere Mitarbeiter haben nur dann Zugriff auf dein Konto, wenn du uns darum bittest.',
    ],
    'right-rectification': [
      'Sie sind dafür verantwortlich, dass Ihre Angaben richtig und vollständig sind.',
      'Du versicherst, dass deine Angaben wahrheitsgemäß und aktuell sind.',
    ],
    'right-erasure': [
      'Erfahren wir, dass ein Kind unter 16 Jahren uns Daten übermittelt hat, löschen wir diese Daten.',
      'Inaktive Konten werden nach zwei Jahren automatisch gelöscht.',
      'Du kannst deinen Browserverlauf und Cookies jederzeit selbst löschen.',
    ],
    'right-restriction': ['Der Zugriff auf Ihre Daten ist auf die Mitarbeiter beschränkt, die ihn benötigen.'],
    'right-objection': ['Wir entfernen anstößige Inhalte, gegen die Nutzer Einwände erheben.'],
    'right-portability': ['Sie können Ihre Bestellung an eine andere Lieferadresse senden lassen.'],
    'withdraw-consent': ['Sie können sich jederzeit über den Link in jeder E-Mail von unserem Newsletter abmelden.'],
    'complaint-authority': [
      'Wir arbeiten mit den Aufsichtsbehörden zusammen, wenn diese eine Beschwerde prüfen.',
      'Auf Anordnung einer Behörde sind wir verpflichtet, Daten an Strafverfolgungsbehörden herauszugeben.',
    ],
    'statutory-contractual': ['Wenn Sie Marketing-Cookies ablehnen, sehen Sie weniger passende Werbung.'],
    'automated-decision-making': [
      '„Profiling“ ist jede Art der automatisierten Verarbeitung personenbezogener Daten, die darin besteht, diese Daten zu verwenden, um bestimmte persönliche Aspekte zu bewerten.',
    ],
    'data-source': ['Die Quelle unserer Inspiration sind unsere Kundinnen und Kunden.'],
    cookies: ['Cookies sind kleine Textdateien, die auf Ihrem Endgerät gespeichert werden.'],
    security: ['Bitte bewahren Sie Ihr Passwort sorgfältig auf.'],
    'policy-changes': ['Wir können unsere Preise jederzeit ändern.'],
  },
};

/** More phrasings, in the styles of generator and law-firm templates ("Rechtsgrundlage: …", "Hinweis zur verantwortlichen Stelle"). */
export const DE_MORE: Corpus = {
  gives: {
    'controller-identity': [
      'Hinweis zur verantwortlichen Stelle: Die verantwortliche Stelle für die Datenverarbeitung auf dieser Website ist die Kiebitzwerk GmbH, Am Markt 3, 04109 Leipzig, Telefon: +49 341 123456.',
    ],
    purposes: ['Zwecke der Verarbeitung: Kontaktanfragen und Kommunikation.'],
    'lawful-basis': ['Die Datenverarbeitung erfolgt auf Grundlage des Art. 6 Abs. 1 lit. a DSGVO.'],
    recipients: ['Eine Übermittlung Ihrer persönlichen Daten an Dritte zu anderen als den aufgeführten Zwecken findet nicht statt; an unseren Versanddienstleister geben wir nur Ihren Namen und Ihre Anschrift weiter.'],
    'international-transfers': [
      'Wir übermitteln Daten in Drittländer nur auf Grundlage eines Angemessenheitsbeschlusses oder der Standardvertragsklauseln.',
      'Eine Übermittlung Ihrer Daten in Länder außerhalb der EU findet nicht statt.',
    ],
    retention: [
      'Die Server-Logfiles werden nach 14 Tagen gelöscht.',
      'Nach Ablauf der gesetzlichen Aufbewahrungsfristen von sechs bzw. zehn Jahren werden die Daten gelöscht.',
    ],
    'right-access': [
      'Sie haben im Rahmen der geltenden gesetzlichen Bestimmungen jederzeit das Recht auf unentgeltliche Auskunft über Ihre gespeicherten personenbezogenen Daten.',
      'Du hast das Recht, Auskunft über deine gespeicherten Daten zu verlangen.',
    ],
    'right-rectification': ['Sie haben jederzeit das Recht auf Berichtigung oder Löschung dieser Daten.'],
    'right-erasure': ['Sie haben jederzeit das Recht auf Berichtigung oder Löschung dieser Daten.'],
    'right-restriction': ['Sie haben das Recht, die Einschränkung der Verarbeitung Ihrer personenbezogenen Daten zu verlangen.'],
    'right-portability': [
      'Sie haben das Recht, Daten, die wir auf Grundlage Ihrer Einwilligung automatisiert verarbeiten, an sich oder an einen Dritten in einem gängigen, maschinenlesbaren Format aushändigen zu lassen.',
    ],
    'right-objection': [
      'Erfolgt die Verarbeitung auf Grundlage von Art. 6 Abs. 1 lit. e oder f DSGVO, haben Sie jederzeit das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, gegen die Verarbeitung Widerspruch einzulegen.',
    ],
    'withdraw-consent': ['Viele Datenverarbeitungsvorgänge sind nur mit Ihrer ausdrücklichen Einwilligung möglich. Sie können eine bereits erteilte Einwilligung jederzeit widerrufen.'],
    'complaint-authority': [
      'Im Falle von Verstößen gegen die DSGVO steht den Betroffenen ein Beschwerderecht bei einer Aufsichtsbehörde zu, insbesondere in dem Mitgliedstaat ihres gewöhnlichen Aufenthalts.',
      'Sie können sich bei der Datenschutzbehörde beschweren.',
      'Sie haben das Recht, beim Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) Beschwerde einzureichen.',
    ],
    'statutory-contractual': ['Die Bereitstellung der Daten ist weder gesetzlich noch vertraglich vorgeschrieben.'],
    'automated-decision-making': [
      'Eine automatisierte Entscheidungsfindung einschließlich Profiling gemäß Art. 22 DSGVO erfolgt nicht.',
      'Wir verwenden keine automatisierte Entscheidungsfindung.',
    ],
    'data-source': ['Soweit wir Daten nicht direkt bei Ihnen erheben, erhalten wir sie von Auskunfteien und Adresshändlern.'],
    cookies: ['Sie können die Speicherung von Cookies durch eine entsprechende Einstellung Ihrer Browser-Software verhindern.'],
  },
  partly: {
    'legitimate-interests': [['Rechtsgrundlagen: Berechtigte Interessen (Art. 6 Abs. 1 S. 1 lit. f) DSGVO).', 'interests']],
    retention: [
      ['Soweit keine speziellere Speicherdauer genannt wurde, verbleiben Ihre personenbezogenen Daten bei uns, bis der Zweck für die Datenverarbeitung entfällt.', 'period'],
    ],
    'international-transfers': [['Wir übermitteln Daten an Empfänger in Drittländern nur, wenn die Voraussetzungen der Art. 44 ff. DSGVO erfüllt sind.', 'safeguard']],
  },
  never: {
    'right-access': ['Zugriff auf Ihre Daten haben nur die Mitarbeiter, die ihn für ihre Aufgaben benötigen.', 'Die App verlangt Zugriff auf deinen Standort.'],
    purposes: ['Mit dieser Datenschutzerklärung informieren wir Sie über Art, Umfang und Zweck der Verarbeitung personenbezogener Daten.'],
    recipients: ['Wir schützen Ihre Daten vor unbefugter Weitergabe und Offenlegung.'],
    'complaint-authority': ['Wir sind verpflichtet, Daten auf Anfrage an Behörden herauszugeben.'],
    'withdraw-consent': ['Den Newsletter können Sie jederzeit abbestellen.'],
    'right-erasure': ['Nach Ablauf der Speicherfrist werden die Daten routinemäßig gelöscht.'],
    'data-source': ['Anfragen, die wir per E-Mail erhalten, beantworten wir innerhalb von zwei Werktagen.'],
  },
};

/** The kinds the English data handles, in German: a list of rights by short names, headings alone, vetoes. */
export const DE_KINDS: Corpus = {
  gives: {
    'right-access': ['## Ihre Rechte\n\n- Auskunft (Art. 15 DSGVO)\n- Berichtigung (Art. 16 DSGVO)\n- Löschung (Art. 17 DSGVO)\n- Einschränkung der Verarbeitung (Art. 18 DSGVO)\n- Datenübertragbarkeit (Art. 20 DSGVO)\n- Widerspruch (Art. 21 DSGVO)'],
    'right-rectification': ['## Ihre Rechte\n\n- Auskunft (Art. 15 DSGVO)\n- Berichtigung (Art. 16 DSGVO)\n- Löschung (Art. 17 DSGVO)\n- Einschränkung der Verarbeitung (Art. 18 DSGVO)\n- Datenübertragbarkeit (Art. 20 DSGVO)\n- Widerspruch (Art. 21 DSGVO)'],
    'right-erasure': ['## Ihre Rechte\n\n- Auskunft (Art. 15 DSGVO)\n- Berichtigung (Art. 16 DSGVO)\n- Löschung (Art. 17 DSGVO)\n- Einschränkung der Verarbeitung (Art. 18 DSGVO)\n- Datenübertragbarkeit (Art. 20 DSGVO)\n- Widerspruch (Art. 21 DSGVO)'],
    'right-restriction': ['## Ihre Rechte\n\n- Auskunft (Art. 15 DSGVO)\n- Berichtigung (Art. 16 DSGVO)\n- Löschung (Art. 17 DSGVO)\n- Einschränkung der Verarbeitung (Art. 18 DSGVO)\n- Datenübertragbarkeit (Art. 20 DSGVO)\n- Widerspruch (Art. 21 DSGVO)'],
    'right-portability': ['## Ihre Rechte\n\n- Auskunft (Art. 15 DSGVO)\n- Berichtigung (Art. 16 DSGVO)\n- Löschung (Art. 17 DSGVO)\n- Einschränkung der Verarbeitung (Art. 18 DSGVO)\n- Datenübertragbarkeit (Art. 20 DSGVO)\n- Widerspruch (Art. 21 DSGVO)'],
    'right-objection': ['## Ihre Rechte\n\n- Auskunft (Art. 15 DSGVO)\n- Berichtigung (Art. 16 DSGVO)\n- Löschung (Art. 17 DSGVO)\n- Einschränkung der Verarbeitung (Art. 18 DSGVO)\n- Datenübertragbarkeit (Art. 20 DSGVO)\n- Widerspruch (Art. 21 DSGVO)'],
    'controller-identity': ['## Verantwortlicher\n\nKiebitzwerk GmbH\nLindenstraße 5\n10115 Berlin\nE-Mail: kontakt@kw-online.example'],
    'last-updated': ['## Stand: 3. Mai 2026\n\nDiese Erklärung gilt für unsere App.'],
  },
  partly: {},
  never: {
    'right-access': ['## Ihre Rechte\n\nBei Fragen helfen wir Ihnen gern.'],
    retention: ['## Speicherdauer\n\nDazu mehr im nächsten Abschnitt.'],
    cookies: ['## Cookies\n\nDazu mehr im nächsten Abschnitt.'],
    purposes: ['Begriffe wie „personenbezogene Daten“ verwenden wir im Sinne dieser Datenschutzerklärung wie in der DSGVO.'],
    'data-source': ['Daten, die aus der EU übermittelt werden, behandeln wir mit derselben Sorgfalt.'],
    children: ['Wir unterstützen Initiativen gegen Kindesmissbrauch im Internet.'],
    security: ['Daten geben wir heraus, wenn die nationale Sicherheit es erfordert.'],
    'right-rectification': ['Hacker könnten Ihre Daten verändern, wenn Sie Ihr Passwort weitergeben.'],
    'controller-identity': ['Wir nutzen den Kartendienst Google Maps, der von der Google Ireland Limited betrieben wird.'],
  },
};

/** Half-given items and look-alikes in other words: the distinctions a reviewer signs off. */
export const DE_EDGES: Corpus = {
  // Other verbs and the other word order.
  gives: {
    // Swiss and Austrian usage (Personendaten, bearbeiten).
    purposes: ['Wir bearbeiten Ihre Personendaten, um unsere Dienstleistungen zu erbringen.'],
    'right-rectification': ['Sie haben das Recht, die Berichtigung unrichtiger Personendaten zu verlangen.'],
    'complaint-authority': ['Beschwerden können Sie an die österreichische Datenschutzbehörde richten.'],
    recipients: ['Wir geben Personendaten nur an sorgfältig ausgewählte Dienstleister weiter.'],
    retention: ['Wir bewahren Ihre Rechnungen zehn Jahre lang auf.'],
    'withdraw-consent': ['Ihre Einwilligung können Sie jederzeit zurückziehen.'],
    'right-access': ['Auf Anfrage teilen wir Ihnen mit, welche Daten wir über Sie gespeichert haben.'],
    'right-erasure': ['Wir löschen deine Daten, wenn du uns darum bittest.'],
    'statutory-contractual': ['Ohne diese Angaben kannst du die App nicht nutzen.'],
    cookies: ['Über die Cookie-Einstellungen im Footer kannst du deine Auswahl jederzeit ändern.'],
  },
  partly: {
    retention: [
      ['Wir löschen Ihre Daten, sobald sie für die Erreichung des Zweckes ihrer Erhebung nicht mehr erforderlich sind.', 'period'],
      ['Die Daten werden gespeichert, solange dies gesetzlich vorgeschrieben ist.', 'period'],
    ],
    'international-transfers': [
      ['Dabei können Daten auch an Server von Google in den USA übertragen werden.', 'safeguard'],
      ['Wir setzen Dienstleister in Drittstaaten nur ein, wenn ein angemessenes Schutzniveau gewährleistet ist.', 'safeguard'],
    ],
    'legitimate-interests': [['Die Verarbeitung erfolgt auf Grundlage unseres berechtigten Interesses.', 'interests']],
    'right-access': [['In deinem Profil kannst du deine Daten jederzeit einsehen und bearbeiten.', 'right']],
    'right-rectification': [['In deinem Profil kannst du deine Daten jederzeit einsehen und bearbeiten.', 'right']],
    'right-erasure': [['Unter Einstellungen > Konto löschen kannst du dein Konto selbst entfernen.', 'right']],
    'withdraw-consent': [['Ihre Einwilligung zum Empfang des Newsletters können Sie über den Abmeldelink widerrufen.', 'any-time']],
    'automated-decision-making': [['Wir werten Ihr Nutzungsverhalten aus, um Ihnen interessenbezogene Werbung anzuzeigen.', 'whether']],
    cookies: [['Wir verwenden Cookies von Google Analytics.', 'details']],
  },
  never: {
    'right-objection': ['Wir widersprechen der Darstellung in einigen Presseberichten.'],
    'complaint-authority': ['Laut der zuständigen Aufsichtsbehörde ist der Einsatz solcher Cookies ohne Einwilligung zulässig.'],
    'right-rectification': ['Wir behalten uns vor, Inhalte dieser Website jederzeit zu ändern oder zu berichtigen.'],
    'right-erasure': ['Lösche die App von deinem Gerät, wenn du sie nicht mehr nutzt.'],
    'right-access': ['Mit einem Abonnement erhalten Sie Zugang zu allen Funktionen.'],
  },
};
