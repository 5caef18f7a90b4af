// Coverage in Dutch, German and French: sentences in the styles of company and shop websites,
// generator and law-firm templates (Impressum-style address blocks, "Verantwortliche Stelle",
// "Verwerkingsverantwoordelijke", "Responsable du traitement"), associations and medical practices,
// written for these tests (in our own words) before the language data was read, then kept as the
// checker's contract. Items joined by semicolons after a lead-in, tables read with their column
// headers, and officers named with and without a way to reach them are among them.
// gives / partly / never as in coverage-corpus-nl.ts.
import type { Corpus } from './helpers/coverage-lang.js';

export const DE_SITES: Corpus = {
  gives: {
    'controller-identity': [
      '## Hinweis zur verantwortlichen Stelle\n\nDie verantwortliche Stelle für die Datenverarbeitung auf dieser Website ist:\n\nBäckerei Sonnenkorn GmbH\nLindenallee 7\n80331 München\n\nTelefon: +49 89 1234567\nE-Mail: info@sonnenkorn.example',
      'Verantwortlicher im Sinne der Datenschutz-Grundverordnung ist Dr. med. Anna Keller, Praxis für Allgemeinmedizin, Marktplatz 3, 01067 Dresden, praxis@keller.example.',
      '## Name und Anschrift des Verantwortlichen\n\nDer Verantwortliche im Sinne der DSGVO ist der\n\nTurnverein Eintracht 1888 e. V.\nvertreten durch den Vorstand\nSportplatzweg 1\n34117 Kassel\nvorstand@tv-eintracht.example',
      '## Impressum und Verantwortlicher\n\nKiebitzwerk GmbH, Hafenstraße 3, 20457 Hamburg, vertreten durch den Geschäftsführer Paul Weber. Kontakt: info@kiebitzwerk.example',
    ],
    'dpo-contact': [
      'Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@sonnenkorn.example oder unter unserer Postanschrift mit dem Zusatz „der Datenschutzbeauftragte“.',
      '## Datenschutzbeauftragter\n\nWir haben für unser Unternehmen einen Datenschutzbeauftragten bestellt.\n\nMax Berger\nBerger Datenschutzberatung\nHauptstraße 5, 50667 Köln\nE-Mail: dsb@berger-beratung.example',
      'Unser betrieblicher Datenschutzbeauftragter: Herr Thomas Lang, Telefon: 030 1234567, E-Mail: t.lang@datenschutz-lang.example',
      'Sie können sich jederzeit an unseren Datenschutzbeauftragten wenden: dsb@kiebitzwerk.example',
    ],
    'purposes': [
      'Die Daten werden erhoben, um eine fehlerfreie Bereitstellung der Website zu gewährleisten.',
      'Ihre Angaben aus dem Kontaktformular speichern wir zur Bearbeitung Ihrer Anfrage und für den Fall von Anschlussfragen.',
    ],
    'lawful-basis': [
      'Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. b DSGVO, sofern Ihre Anfrage mit der Erfüllung eines Vertrags zusammenhängt.',
      'Rechtsgrundlage für die Verarbeitung ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).',
      '| Zweck | Rechtsgrundlage |\n|---|---|\n| Vertragsabwicklung | Art. 6 Abs. 1 lit. b DSGVO |\n| Newsletter | Einwilligung |',
      'Wir teilen Ihnen die Rechtsgrundlagen unserer Datenverarbeitungen mit: Einwilligung (Art. 6 Abs. 1 S. 1 lit. a DSGVO); Vertragserfüllung (Art. 6 Abs. 1 S. 1 lit. b DSGVO).',
    ],
    'legitimate-interests': [
      'Der Websitebetreiber hat ein berechtigtes Interesse an der technisch fehlerfreien Darstellung und der Optimierung seiner Website – hierzu müssen die Server-Log-Files erfasst werden.',
    ],
    'recipients': [
      'Wir geben Ihre Daten an das mit der Lieferung beauftragte Versandunternehmen weiter, soweit dies zur Lieferung der bestellten Waren erforderlich ist.',
      'Wir haben einen Vertrag über Auftragsverarbeitung (AVV) mit unserem Hosting-Anbieter geschlossen.',
      'Zur Zahlungsabwicklung geben wir Ihre Zahlungsdaten an PayPal weiter.',
    ],
    'international-transfers': [
      'Google ist nach dem EU-US Data Privacy Framework zertifiziert; die Datenübertragung in die USA wird zudem auf die Standardvertragsklauseln der EU-Kommission gestützt.',
      'Eine Übermittlung Ihrer Daten in Drittländer außerhalb der EU findet nicht statt.',
      'Wir nutzen Google Analytics. Die Übertragung der Daten in die USA erfolgt auf Grundlage der Standardvertragsklauseln der EU-Kommission.',
    ],
    'retention': [
      'Die Daten werden gelöscht, sobald sie für die Erreichung des Zweckes ihrer Erhebung nicht mehr erforderlich sind; Bestelldaten bewahren wir wegen handels- und steuerrechtlicher Pflichten zehn Jahre auf.',
      'Die Server-Log-Files werden nach sieben Tagen automatisch gelöscht.',
      '## Speicherdauer\n\n| Datenart | Speicherdauer |\n|---|---|\n| Rechnungen | 10 Jahre |\n| Bewerbungen | 6 Monate nach Abschluss des Verfahrens |',
      '## Löschung von Daten\n\nDie von uns verarbeiteten Daten werden gelöscht, sobald die Einwilligung widerrufen wird; Geschäftsbriefe bewahren wir gemäß § 257 HGB sechs Jahre auf.',
    ],
    'right-access': [
      'Sie haben das Recht, unentgeltlich Auskunft über Herkunft, Empfänger und Zweck Ihrer gespeicherten personenbezogenen Daten zu erhalten.',
      'Auf Anfrage teilen wir Ihnen mit, ob und welche Daten wir über Sie gespeichert haben.',
      'Sie haben das Recht, eine Bestätigung darüber zu verlangen, ob betreffende Daten verarbeitet werden, und auf Auskunft über diese Daten.',
    ],
    'right-rectification': [
      'Sie haben ein Recht auf Berichtigung oder Löschung dieser Daten.',
      'Sie haben entsprechend Art. 16 DSGVO das Recht, die Vervollständigung der Sie betreffenden Daten oder die Berichtigung der Sie betreffenden unrichtigen Daten zu verlangen.',
    ],
    'right-erasure': [
      'Sie haben ein Recht auf Berichtigung oder Löschung dieser Daten.',
      'Sie haben das Recht auf: Auskunft (Art. 15 DSGVO); Berichtigung (Art. 16 DSGVO); Löschung (Art. 17 DSGVO); Einschränkung der Verarbeitung (Art. 18 DSGVO); Datenübertragbarkeit (Art. 20 DSGVO).',
      'Sie haben nach Maßgabe des Art. 17 DSGVO das Recht zu verlangen, dass betreffende Daten unverzüglich gelöscht werden.',
    ],
    'right-restriction': [
      'Sie haben das Recht, die Einschränkung der Verarbeitung Ihrer personenbezogenen Daten zu verlangen.',
      'Sie haben das Recht auf: Auskunft (Art. 15 DSGVO); Berichtigung (Art. 16 DSGVO); Löschung (Art. 17 DSGVO); Einschränkung der Verarbeitung (Art. 18 DSGVO); Datenübertragbarkeit (Art. 20 DSGVO).',
    ],
    'right-objection': [
      'Wenn die Datenverarbeitung auf Grundlage von Art. 6 Abs. 1 lit. e oder f DSGVO erfolgt, haben Sie jederzeit das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, gegen die Verarbeitung Ihrer personenbezogenen Daten Widerspruch einzulegen.',
    ],
    'right-portability': [
      'Sie haben das Recht, Daten, die wir auf Grundlage Ihrer Einwilligung automatisiert verarbeiten, an sich oder an einen Dritten in einem gängigen, maschinenlesbaren Format aushändigen zu lassen.',
      'Sie haben das Recht auf: Auskunft (Art. 15 DSGVO); Berichtigung (Art. 16 DSGVO); Löschung (Art. 17 DSGVO); Einschränkung der Verarbeitung (Art. 18 DSGVO); Datenübertragbarkeit (Art. 20 DSGVO).',
      'Auf Wunsch senden wir Ihnen Ihre Daten als Export in einem maschinenlesbaren Format zu.',
      'Sie haben das Recht, Sie betreffende Daten, die Sie uns bereitgestellt haben, in einem strukturierten, gängigen und maschinenlesbaren Format zu erhalten.',
    ],
    'withdraw-consent': [
      'Viele Datenverarbeitungsvorgänge sind nur mit Ihrer ausdrücklichen Einwilligung möglich. Sie können eine bereits erteilte Einwilligung jederzeit widerrufen, etwa per E-Mail an uns.',
      'Sie können Ihre Meinung jederzeit ändern und die Einwilligung mit Wirkung für die Zukunft widerrufen.',
      'Sie haben das Recht, erteilte Einwilligungen mit Wirkung für die Zukunft zu widerrufen.',
    ],
    'complaint-authority': [
      'Im Falle von Verstößen gegen die DSGVO steht den Betroffenen ein Beschwerderecht bei einer Aufsichtsbehörde zu.',
      'Sie können sich mit einer Beschwerde an die für uns zuständige Datenschutzaufsichtsbehörde wenden.',
      'Sie haben ferner das Recht, sich bei einer Aufsichtsbehörde zu beschweren, insbesondere in dem Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts.',
    ],
    'statutory-contractual': [
      'Die Bereitstellung Ihrer Daten ist für den Vertragsschluss erforderlich; ohne diese Angaben können wir Ihre Bestellung nicht ausführen.',
      'Sie sind weder gesetzlich noch vertraglich verpflichtet, uns Ihre Daten bereitzustellen; ohne sie können wir Ihre Anfrage jedoch nicht beantworten.',
    ],
    'automated-decision-making': [
      'Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.',
    ],
    'data-source': [
      'Soweit wir Daten nicht bei Ihnen erheben, erhalten wir sie von Auskunfteien wie der SCHUFA.',
      'Wir erhalten Daten auch aus öffentlich zugänglichen Quellen wie dem Handelsregister.',
      'Die Daten erhalten wir von Ihrem Arbeitgeber, der Sie zu unserem Seminar angemeldet hat.',
    ],
    'data-categories': [
      'Erfasst werden Browsertyp und Browserversion, verwendetes Betriebssystem, Referrer URL, Hostname des zugreifenden Rechners, Uhrzeit der Serveranfrage und IP-Adresse.',
    ],
    'cookies': [
      'Unsere Website verwendet Cookies, um die Nutzung zu analysieren. Sie können Ihren Browser so einstellen, dass Sie über das Setzen von Cookies informiert werden und Cookies nur im Einzelfall erlauben.',
      'Wir verwenden technisch notwendige Cookies, damit der Warenkorb funktioniert. Sie können die Speicherung von Cookies durch eine entsprechende Einstellung Ihres Browsers verhindern.',
    ],
    'security': [
      'Diese Seite nutzt aus Sicherheitsgründen eine SSL- bzw. TLS-Verschlüsselung.',
    ],
    'policy-changes': [
      'Wir behalten uns vor, diese Datenschutzerklärung anzupassen, damit sie stets den aktuellen rechtlichen Anforderungen entspricht; die aktuelle Fassung finden Sie stets auf dieser Seite.',
    ],
    'children': [
      'Unser Angebot richtet sich nicht an Kinder unter 16 Jahren.',
    ],
  },
  partly: {
    'controller-identity': [
      ['Betreiber dieser Website ist die Sonnenkorn GmbH.', 'contact'],
      ['Bei Fragen schreiben Sie uns an hallo@web.example.', 'identity'],
      ['Verantwortlich für die Datenverarbeitung ist die Kiebitzwerk GmbH.', 'contact'],
    ],
    'legitimate-interests': [
      ['Die Verarbeitung erfolgt auf Grundlage unseres berechtigten Interesses nach Art. 6 Abs. 1 lit. f DSGVO.', 'interests'],
      ['Soweit wir Ihre Daten aufgrund berechtigter Interessen verarbeiten, können Sie widersprechen.', 'interests'],
    ],
    'international-transfers': [
      ['Dabei können Daten auch in die USA übertragen werden.', 'safeguard'],
      ['Einige unserer Dienstleister sitzen außerhalb der Europäischen Union.', 'safeguard'],
      ['Die durch das Cookie erzeugten Informationen werden in der Regel an einen Server von Google in den USA übertragen und dort gespeichert.', 'safeguard'],
    ],
    'retention': [
      ['Wir speichern Ihre Daten nur so lange, wie dies für die genannten Zwecke erforderlich ist.', 'period'],
      ['Ihre Daten werden gelöscht, sobald der Zweck der Speicherung entfällt und keine gesetzlichen Aufbewahrungspflichten entgegenstehen.', 'period'],
    ],
    'right-objection': [
      ['Sie können dem Erhalt unseres Newsletters jederzeit widersprechen, indem Sie auf den Abmeldelink klicken.', 'right'],
      ['Der Verwendung Ihrer E-Mail-Adresse für Werbung können Sie jederzeit widersprechen.', 'right'],
    ],
    'complaint-authority': [
      ['Beschwerden richten Sie bitte an unseren Kundenservice.', 'authority'],
    ],
    'dpo-contact': [
      ['Wir haben einen externen Datenschutzbeauftragten bestellt.', 'contact'],
      ['Sie können sich jederzeit an unseren Datenschutzbeauftragten wenden.', 'contact'],
      ['Datenschutzbeauftragter: wird derzeit benannt.', 'contact'],
    ],
    'right-erasure': [
      ['Sie können Ihr Kundenkonto jederzeit selbst in den Einstellungen löschen.', 'right'],
    ],
    'automated-decision-making': [
      ['Wir erstellen auf Grundlage Ihres Nutzungsverhaltens Profile, um Ihnen personalisierte Werbung anzuzeigen.', 'whether'],
    ],
    'cookies': [
      ['Informationen zu Cookies finden Sie in unserer Cookie-Richtlinie.', 'details'],
    ],
  },
  never: {
    'controller-identity': [
      'Verantwortliche Stelle ist die natürliche oder juristische Person, die allein oder gemeinsam mit anderen über die Zwecke und Mittel der Verarbeitung entscheidet.',
    ],
    'dpo-contact': [
      'Bei Fragen zum Datenschutz wenden Sie sich bitte an unseren Kundenservice unter service@sonnenkorn.example.',
      'Die Aufsichtsbehörde ist der Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen.',
    ],
    'lawful-basis': [
      'Mit der Nutzung dieser Website erklären Sie sich mit dieser Datenschutzerklärung einverstanden.',
    ],
    'retention': [
      'Sie können Cookies in Ihrem Browser jederzeit löschen.',
    ],
    'right-access': [
      'Für den Zugriff auf die Kamera benötigt die App Ihre Erlaubnis.',
      'Zugriff auf Ihre Daten haben nur unsere Mitarbeiter.',
    ],
    'right-rectification': [
      'Bitte achten Sie darauf, dass Ihre Angaben richtig und vollständig sind.',
    ],
    'right-erasure': [
      'Inaktive Kundenkonten werden nach drei Jahren automatisch gelöscht.',
      'Nach Ablauf der Aufbewahrungsfrist werden die Daten routinemäßig gelöscht.',
    ],
    'complaint-authority': [
      'Wir arbeiten eng mit den Datenschutzbehörden zusammen.',
      'Die Aufsichtsbehörde kann von uns Auskunft verlangen.',
    ],
    'right-objection': [
      'Wir entfernen Beiträge, gegen die Widerspruch erhoben wurde, nach Prüfung.',
    ],
    'withdraw-consent': [
      'Ihre Einwilligung ist freiwillig.',
    ],
    'automated-decision-making': [
      'Wir verarbeiten Ihre Daten teilweise automatisiert.',
    ],
  },
};

export const NL_SITES: Corpus = {
  gives: {
    'controller-identity': [
      '## Contactgegevens\n\nBakkerij De Zonnebloem\nKerkstraat 14\n1017 GC Amsterdam\ninfo@dezonnebloem.example\n+31 20 123 4567',
      'Huisartsenpraktijk Bosrand, Bosweg 2, 6711 AB Ede, is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring. Contact: praktijk@bosrand.example.',
      '## Contact\n\nTandartspraktijk Glimlach\nSpoorlaan 8\n5038 CB Tilburg\nT: 013 555 0101\nE: balie@glimlach.example',
    ],
    'dpo-contact': [
      'Onze Functionaris Gegevensbescherming is te bereiken via fg@groenhart.example.',
      'Mr. P. Jansen is de Functionaris Gegevensbescherming van Groenhart B.V. Hij/zij is te bereiken via privacy@groenhart.example.',
      '## Functionaris voor gegevensbescherming\n\nOnze FG is bereikbaar per e-mail: fg@kwikstaart.example of per post: Postbus 100, 3500 AA Utrecht.',
      'Onze privacy officer, mevrouw De Boer, is bereikbaar via privacy@glimlach.example.',
    ],
    'purposes': [
      'Groenhart verwerkt uw persoonsgegevens om uw betaling af te handelen en om goederen en diensten bij u af te leveren.',
    ],
    'lawful-basis': [
      'Wij verwerken deze persoonsgegevens op basis van de wettelijke grondslag "uitvoering van een overeenkomst".',
      '| Doel | Grondslag |\n|---|---|\n| Bestelling afhandelen | Uitvoering overeenkomst |\n| Nieuwsbrief | Toestemming |',
      'Wij gebruiken deze gegevens alleen als u daarvoor toestemming heeft gegeven.',
    ],
    'legitimate-interests': [
      'Wij verwerken uw IP-adres op basis van ons gerechtvaardigd belang om onze website te beveiligen tegen misbruik.',
      'Camerabeelden maken wij op grond van ons gerechtvaardigd belang om inbraak en diefstal te voorkomen.',
    ],
    'recipients': [
      'Groenhart verstrekt uitsluitend aan derden en alleen als dit nodig is voor de uitvoering van onze overeenkomst met u, zoals aan de bezorgdienst.',
      'Met bedrijven die uw gegevens verwerken in onze opdracht, sluiten wij een bewerkersovereenkomst om te zorgen voor eenzelfde niveau van beveiliging.',
      'Uw gegevens worden gedeeld met de accountant die onze administratie verzorgt.',
    ],
    'international-transfers': [
      'Wij maken gebruik van Mailchimp; voor de doorgifte naar de Verenigde Staten zijn modelcontractbepalingen afgesloten.',
      'Uw gegevens worden niet buiten de EER verwerkt.',
      'Google heeft zich gecertificeerd onder het EU-VS Data Privacy Framework; daarmee is de doorgifte van uw gegevens naar de VS geregeld.',
    ],
    'retention': [
      'Groenhart bewaart uw persoonsgegevens niet langer dan strikt nodig. Wij hanteren de volgende bewaartermijn: factuurgegevens 7 jaar (fiscale bewaarplicht).',
      'Camerabeelden worden na vier weken automatisch overschreven.',
      '## Bewaren\n\n| Gegevens | Bewaartermijn |\n|---|---|\n| Facturen | 7 jaar |\n| Sollicitaties | 4 weken |',
      'Wij bewaren uw sollicitatiegegevens tot vier weken na het einde van de sollicitatieprocedure.',
    ],
    'right-access': [
      'U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen.',
      'U kunt bij ons opvragen welke gegevens wij van u verwerken.',
      'Je hebt recht op inzage: je kunt ons vragen welke persoonsgegevens wij van je verwerken.',
    ],
    'right-rectification': [
      'U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen.',
    ],
    'right-erasure': [
      'U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen.',
      'U heeft de volgende rechten: inzage; rectificatie; verwijdering; beperking van de verwerking; overdraagbaarheid van uw gegevens.',
      'Zodra u ons vraagt uw profiel te verwijderen, wissen wij uw gegevens.',
    ],
    'right-objection': [
      'Daarnaast heeft u het recht om bezwaar te maken tegen de verwerking van uw persoonsgegevens door Groenhart.',
      'U kunt altijd bezwaar maken tegen het gebruik van uw gegevens voor direct marketing en, als wij ons op een gerechtvaardigd belang beroepen, tegen andere verwerkingen.',
    ],
    'right-portability': [
      'U heeft het recht op gegevensoverdraagbaarheid: u kunt ons vragen de persoonsgegevens die wij van u hebben in een computerbestand naar u of een ander, door u genoemde organisatie, te sturen.',
      'U heeft de volgende rechten: inzage; rectificatie; verwijdering; beperking van de verwerking; overdraagbaarheid van uw gegevens.',
      'Op verzoek sturen wij u een export van uw gegevens in een gangbaar formaat.',
    ],
    'right-restriction': [
      'U kunt ons vragen de verwerking van uw gegevens te beperken.',
      'U heeft de volgende rechten: inzage; rectificatie; verwijdering; beperking van de verwerking; overdraagbaarheid van uw gegevens.',
    ],
    'withdraw-consent': [
      'U heeft het recht om uw eventuele toestemming voor de gegevensverwerking in te trekken, op elk moment.',
      'Je kunt je toestemming intrekken door een e-mail te sturen naar privacy@groenhart.example.',
      'Heb je toestemming gegeven voor het gebruik van je foto? Die toestemming kun je op ieder moment intrekken.',
    ],
    'complaint-authority': [
      'Groenhart wil u er tevens op wijzen dat u de mogelijkheid heeft om een klacht in te dienen bij de nationale toezichthouder, de Autoriteit Persoonsgegevens.',
      'Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
    ],
    'automated-decision-making': [
      'Groenhart neemt niet op basis van geautomatiseerde verwerkingen besluiten over zaken die (aanzienlijke) gevolgen kunnen hebben voor personen.',
      'Er vindt geen geautomatiseerde besluitvorming of profilering plaats.',
    ],
    'statutory-contractual': [
      'Als u deze gegevens niet verstrekt, kunnen wij uw bestelling niet in behandeling nemen.',
      'U bent niet verplicht deze gegevens te verstrekken, maar zonder uw e-mailadres kunnen wij u niet antwoorden.',
    ],
    'data-categories': [
      'Hieronder vindt u een overzicht van de persoonsgegevens die wij verwerken: voor- en achternaam, adresgegevens, telefoonnummer, e-mailadres en bankrekeningnummer.',
    ],
    'cookies': [
      'Groenhart gebruikt functionele, analytische en tracking cookies. Een cookie is een klein tekstbestand dat bij het eerste bezoek aan deze website wordt opgeslagen in de browser. Je kunt je afmelden voor cookies door je internetbrowser zo in te stellen dat deze geen cookies meer opslaat.',
      'Wij gebruiken alleen functionele cookies, die nodig zijn om de website te laten werken. Je kunt cookies uitzetten in je browser.',
    ],
    'security': [
      'Groenhart neemt de bescherming van uw gegevens serieus en neemt passende maatregelen om misbruik, verlies en onbevoegde toegang tegen te gaan.',
      'Onze website maakt gebruik van een SSL-certificaat, zodat uw gegevens versleuteld worden verzonden.',
    ],
    'children': [
      'Onze website heeft niet de intentie gegevens te verzamelen over websitebezoekers die jonger zijn dan 16 jaar, tenzij ze toestemming hebben van ouders of voogd.',
      'Wij verwerken geen gegevens van kinderen jonger dan 16 jaar zonder toestemming van een ouder.',
    ],
    'data-source': [
      'Wij ontvangen uw gegevens soms van uw werkgever, wanneer die u bij ons aanmeldt voor een training.',
    ],
    'policy-changes': [
      'Wij kunnen deze privacyverklaring wijzigen. De nieuwste versie vindt u altijd op deze pagina.',
    ],
  },
  partly: {
    'controller-identity': [
      ['De verwerkingsverantwoordelijke is Tuincentrum Groenhart B.V.', 'contact'],
      ['Deze website is van Tandartspraktijk Smile B.V.', 'contact'],
      ['Vragen? Mail ons op info@gmail.com.', 'identity'],
    ],
    'legitimate-interests': [
      ['Grondslag: gerechtvaardigd belang (artikel 6 lid 1 sub f AVG).', 'interests'],
      ['Wij verwerken uw gegevens ook op grond van ons gerechtvaardigd belang.', 'interests'],
    ],
    'international-transfers': [
      ['Uw gegevens kunnen worden opgeslagen op servers buiten de Europese Unie.', 'safeguard'],
      ['Sommige van onze leveranciers verwerken gegevens in de Verenigde Staten.', 'safeguard'],
    ],
    'retention': [
      ['Wij bewaren uw persoonsgegevens niet langer dan strikt nodig is om de doelen te realiseren waarvoor uw gegevens worden verzameld.', 'period'],
      ['Wij bewaren persoonsgegevens niet langer dan noodzakelijk.', 'period'],
      ['Wij bewaren uw gegevens zolang dat nodig is voor de doeleinden waarvoor ze zijn verzameld.', 'period'],
    ],
    'right-erasure': [
      ['In uw account kunt u zelf uw profiel verwijderen.', 'right'],
    ],
    'right-access': [
      ['In je account kun je je gegevens op elk moment bekijken en wijzigen.', 'right'],
    ],
    'dpo-contact': [
      ['Wij hebben een Functionaris Gegevensbescherming aangesteld die toezicht houdt op de naleving van de AVG.', 'contact'],
    ],
    'automated-decision-making': [
      ['Wij maken een profiel van uw surfgedrag om u gepersonaliseerde advertenties te tonen.', 'whether'],
    ],
    'cookies': [
      ['Meer informatie over cookies vindt u in ons cookiebeleid.', 'details'],
    ],
    'right-objection': [
      ['Wil je geen nieuwsbrief meer ontvangen? Dan kun je je op elk moment afmelden via de link onderaan elke e-mail.', 'right'],
    ],
  },
  never: {
    'controller-identity': [
      'Een verwerkingsverantwoordelijke is degene die het doel en de middelen van de verwerking vaststelt.',
    ],
    'dpo-contact': [
      'Vragen over je bestelling? Neem contact op met onze klantenservice via service@groenhart.example.',
      'Heeft u vragen, neem dan contact op met onze klantenservice.',
    ],
    'lawful-basis': [
      'Door gebruik te maken van onze website gaat u akkoord met deze privacyverklaring.',
    ],
    'right-erasure': [
      'Oude harde schijven laten wij veilig vernietigen.',
      'Gegevens van inactieve accounts verwijderen wij na twee jaar automatisch.',
    ],
    'right-objection': [
      'Wij verwijderen aanstootgevende berichten waartegen bezwaar bestaat niet automatisch.',
    ],
    'complaint-authority': [
      'Heeft u een klacht over onze dienstverlening? Neem dan contact op met onze klachtencommissie.',
      'Wij werken samen met de Autoriteit Persoonsgegevens als dat nodig is.',
    ],
    'right-access': [
      'Alleen medewerkers die dat nodig hebben, hebben toegang tot uw dossier.',
      'Onze medewerkers hebben alleen toegang tot de gegevens die zij voor hun werk nodig hebben.',
    ],
    'right-rectification': [
      'Zorg ervoor dat de gegevens die u invult juist en volledig zijn.',
    ],
    'retention': [
      'U kunt cookies verwijderen via de instellingen van uw browser.',
    ],
    'statutory-contractual': [
      'Wij verstrekken gegevens aan de politie als de wet ons daartoe verplicht.',
    ],
  },
};

export const FR_SITES: Corpus = {
  gives: {
    'controller-identity': [
      '## Responsable du traitement\n\nLe responsable du traitement est la société Boulangerie du Moulin SARL, au capital de 10 000 €, immatriculée au RCS de Lyon sous le numéro 123 456 789, dont le siège social est situé 5 rue des Lilas, 69003 Lyon. Contact : contact@dumoulin.example',
      'Les données sont traitées par l’association Les Amis du Vélo, 12 place de la Mairie, 35000 Rennes (bureau@amisduvelo.example).',
      '## Éditeur du site\n\nMartinet SAS\n22 boulevard Voltaire\n75011 Paris\nTél. : 01 23 45 67 89\ncontact@martinet.example',
    ],
    'dpo-contact': [
      'Vous pouvez contacter notre délégué à la protection des données (DPO) à l’adresse dpo@dumoulin.example.',
      '## Délégué à la protection des données\n\nNous avons désigné un délégué à la protection des données, joignable par courrier à l’adresse de notre siège ou par courriel : dpd@dumoulin.example.',
      'Notre DPO peut être contacté à l’adresse suivante : Martinet SAS – DPO, 8 avenue Foch, 75016 Paris.',
      'Pour exercer vos droits, contactez notre délégué à la protection des données par courriel à dpo@martinet.example.',
    ],
    'purposes': [
      'Vos données sont collectées pour la gestion de vos commandes et de la relation client.',
      'Ce traitement a pour finalité l’envoi de notre lettre d’information.',
    ],
    'lawful-basis': [
      'Le traitement est fondé sur l’exécution du contrat que vous avez conclu avec nous.',
      'Base légale : votre consentement (article 6.1.a du RGPD).',
      '| Finalité | Base légale |\n|---|---|\n| Gestion des commandes | Exécution du contrat |\n| Newsletter | Consentement |',
      'Ce traitement repose sur votre consentement.',
    ],
    'legitimate-interests': [
      'Ce traitement repose sur notre intérêt légitime à assurer la sécurité de notre site et à prévenir la fraude.',
      'La vidéosurveillance repose sur notre intérêt légitime à assurer la sécurité des biens et des personnes.',
    ],
    'recipients': [
      'Les destinataires de vos données sont nos services internes chargés de la relation client ainsi que notre prestataire de livraison.',
      'Vos données peuvent être transmises à nos sous-traitants, notamment notre hébergeur et notre prestataire de paiement.',
      'Seuls nos services comptabilité et expédition ont accès à vos données, ainsi que notre hébergeur.',
    ],
    'international-transfers': [
      'Vos données sont hébergées au sein de l’Union européenne et ne font l’objet d’aucun transfert hors de l’UE.',
      'Les transferts vers les États-Unis sont encadrés par les clauses contractuelles types adoptées par la Commission européenne, dont vous pouvez obtenir une copie sur demande.',
      'Les données sont transférées aux États-Unis ; ce transfert est encadré par la décision d’adéquation relative au cadre de protection des données UE-États-Unis.',
    ],
    'retention': [
      'Vos données sont conservées pendant trois ans à compter de notre dernier contact.',
      'Les données de facturation sont conservées dix ans conformément aux obligations comptables.',
      '## Durées\n\n| Catégorie de données | Durée de conservation |\n|---|---|\n| Prospects | 3 ans après le dernier contact |\n| Factures | 10 ans |',
      'Les données des prospects sont conservées trois ans à compter de leur collecte ou du dernier contact.',
    ],
    'right-access': [
      'Vous disposez d’un droit d’accès, de rectification et d’effacement de vos données.',
      'Vous pouvez nous demander de vous communiquer les données que nous détenons à votre sujet.',
      'Vous pouvez accéder aux données vous concernant, les rectifier, demander leur effacement ou exercer votre droit à la limitation du traitement de vos données.',
    ],
    'right-rectification': [
      'Vous disposez d’un droit d’accès, de rectification et d’effacement de vos données.',
      'Vous pouvez accéder aux données vous concernant, les rectifier, demander leur effacement ou exercer votre droit à la limitation du traitement de vos données.',
    ],
    'right-erasure': [
      'Vous disposez d’un droit d’accès, de rectification et d’effacement de vos données.',
      'Sur simple demande, nous supprimons vos données.',
      'Vous pouvez accéder aux données vous concernant, les rectifier, demander leur effacement ou exercer votre droit à la limitation du traitement de vos données.',
    ],
    'right-restriction': [
      'Vous pouvez également demander la limitation du traitement de vos données.',
      'Vous disposez des droits suivants : droit d’accès ; droit de rectification ; droit à l’effacement ; droit à la limitation ; droit à la portabilité.',
      'Vous pouvez accéder aux données vous concernant, les rectifier, demander leur effacement ou exercer votre droit à la limitation du traitement de vos données.',
    ],
    'right-objection': [
      'Vous pouvez vous opposer au traitement de vos données pour des motifs tenant à votre situation particulière.',
      'Vous pouvez également vous opposer au traitement de vos données.',
    ],
    'right-portability': [
      'Vous disposez également d’un droit à la portabilité de vos données.',
      'Vous disposez des droits suivants : droit d’accès ; droit de rectification ; droit à l’effacement ; droit à la limitation ; droit à la portabilité.',
      'Vous pouvez demander à recevoir vos données dans un format structuré et lisible par machine.',
    ],
    'withdraw-consent': [
      'Vous pouvez retirer votre consentement à tout moment en nous écrivant.',
      'Vous pouvez à tout moment retirer votre consentement au traitement de vos données.',
    ],
    'complaint-authority': [
      'Si vous estimez, après nous avoir contactés, que vos droits « Informatique et Libertés » ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.',
      'Vous avez le droit d’introduire une réclamation auprès de la Commission nationale de l’informatique et des libertés.',
      'Vous pouvez introduire une réclamation auprès de la CNIL.',
    ],
    'automated-decision-making': [
      'Vos données ne font l’objet d’aucune prise de décision automatisée.',
      'Aucune décision produisant des effets juridiques à votre égard n’est prise sur le seul fondement d’un traitement automatisé.',
      'Nous ne prenons aucune décision automatisée à votre égard.',
    ],
    'statutory-contractual': [
      'Les champs marqués d’un astérisque sont obligatoires ; à défaut, votre demande ne pourra pas être traitée.',
      'La fourniture de ces données conditionne la conclusion du contrat.',
      'Si vous ne nous communiquez pas ces informations, nous ne pourrons pas traiter votre demande.',
    ],
    'data-categories': [
      'Nous collectons les données suivantes : nom, prénom, adresse e-mail, adresse postale et numéro de téléphone.',
    ],
    'cookies': [
      'Lors de votre navigation, des cookies de mesure d’audience sont déposés sur votre terminal. Vous pouvez à tout moment modifier vos choix via le bandeau cookies.',
    ],
    'data-source': [
      'Les données vous concernant nous ont été transmises par votre employeur.',
      'Nous pouvons recevoir des données vous concernant de nos partenaires commerciaux.',
    ],
    'security': [
      'Nous mettons en œuvre des mesures techniques et organisationnelles appropriées pour protéger vos données contre toute perte ou accès non autorisé.',
      'Nous avons mis en place des mesures de sécurité, notamment le chiffrement des données et des accès restreints.',
    ],
    'policy-changes': [
      'Nous pouvons modifier la présente politique ; la date de mise à jour figure en haut de la page.',
    ],
    'children': [
      'Nos services ne s’adressent pas aux enfants de moins de 15 ans.',
    ],
  },
  partly: {
    'controller-identity': [
      ['Le responsable du traitement est la société Boulangerie du Moulin SARL.', 'contact'],
      ['Le site est édité par Martinet SAS.', 'contact'],
      ['Pour toute question, écrivez-nous à contact.asso@gmail.com.', 'identity'],
    ],
    'legitimate-interests': [
      ['Base légale : intérêt légitime (article 6.1.f du RGPD).', 'interests'],
      ['Certains traitements reposent sur notre intérêt légitime.', 'interests'],
    ],
    'international-transfers': [
      ['Certaines de vos données peuvent être transférées en dehors de l’Union européenne.', 'safeguard'],
      ['Nos prestataires peuvent être situés hors de l’Union européenne.', 'safeguard'],
    ],
    'retention': [
      ['Vos données sont conservées pour la durée nécessaire aux finalités pour lesquelles elles ont été collectées.', 'period'],
      ['Vos données ne sont pas conservées au-delà de la durée strictement nécessaire.', 'period'],
      ['Nous conservons vos données aussi longtemps que nécessaire.', 'period'],
    ],
    'right-objection': [
      ['Vous pouvez vous désinscrire de notre lettre d’information à tout moment via le lien figurant dans chaque courriel.', 'right'],
    ],
    'dpo-contact': [
      ['Martinet a désigné un délégué à la protection des données.', 'contact'],
      ['Notre délégué à la protection des données veille au respect du RGPD.', 'contact'],
    ],
    'right-erasure': [
      ['Vous pouvez supprimer votre compte à tout moment depuis votre espace personnel.', 'right'],
    ],
    'automated-decision-making': [
      ['Nous analysons votre navigation afin de vous proposer des publicités personnalisées (profilage).', 'whether'],
    ],
    'cookies': [
      ['Pour en savoir plus sur les cookies, consultez notre politique cookies.', 'details'],
    ],
  },
  never: {
    'controller-identity': [
      'Le responsable de traitement est la personne qui détermine les finalités et les moyens du traitement.',
    ],
    'dpo-contact': [
      'Pour toute question sur votre commande, écrivez à notre service client : sav@dumoulin.example.',
    ],
    'lawful-basis': [
      'En utilisant ce site, vous acceptez la présente politique de confidentialité.',
    ],
    'recipients': [
      'Nous ne vendons jamais vos données.',
    ],
    'retention': [
      'Vous pouvez supprimer les cookies depuis les paramètres de votre navigateur.',
    ],
    'complaint-authority': [
      'Pour toute réclamation concernant votre commande, contactez notre service client.',
      'Nous coopérons avec la CNIL en cas de contrôle.',
      'La CNIL peut nous demander communication de ce registre.',
    ],
    'right-access': [
      'L’application demande l’accès à votre appareil photo pour scanner les codes.',
      'Seules les personnes habilitées ont accès à vos données.',
    ],
    'right-rectification': [
      'Vous vous engagez à fournir des informations exactes et à jour.',
      'Merci de nous fournir des informations exactes.',
    ],
    'right-objection': [
      'Nous supprimons les contenus signalés comme répréhensibles.',
    ],
    'right-erasure': [
      'Les comptes inactifs depuis trois ans sont supprimés automatiquement.',
      'Les comptes inactifs sont supprimés automatiquement après deux ans.',
    ],
    'withdraw-consent': [
      'Votre consentement est recueilli au moyen d’une case à cocher.',
    ],
  },
};
