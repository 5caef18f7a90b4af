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
    ],
    'legitimate-interests': [
      'Der Websitebetreiber hat ein berechtigtes Interesse an der technisch fehlerfreien Darstellung und der Optimierung seiner Website – hierzu müssen die Server-Log-Files erfasst werden.',
    ],
    'recipients': [
      'Wir geben Ihre Daten an das mit der Lieferung beauftragte Versandunternehmen weiter, soweit dies zur Lieferung der bestellten Waren erforderlich ist.',
      'Wir haben einen Vertrag über Auftragsverarbeitung (AVV) mit unserem Hosting-Anbieter geschlossen.',
    ],
    'international-transfers': [
      'Google ist nach dem EU-US Data Privacy Framework zertifiziert; die Datenübertragung in die USA wird zudem auf die Standardvertragsklauseln der EU-Kommission gestützt.',
      'Eine Übermittlung Ihrer Daten in Drittländer außerhalb der EU findet nicht statt.',
    ],
    'retention': [
      'Die Daten werden gelöscht, sobald sie für die Erreichung des Zweckes ihrer Erhebung nicht mehr erforderlich sind; Bestelldaten bewahren wir wegen handels- und steuerrechtlicher Pflichten zehn Jahre auf.',
      'Die Server-Log-Files werden nach sieben Tagen automatisch gelöscht.',
      '## Speicherdauer\n\n| Datenart | Speicherdauer |\n|---|---|\n| Rechnungen | 10 Jahre |\n| Bewerbungen | 6 Monate nach Abschluss des Verfahrens |',
    ],
    'right-access': [
      'Sie haben das Recht, unentgeltlich Auskunft über Herkunft, Empfänger und Zweck Ihrer gespeicherten personenbezogenen Daten zu erhalten.',
      'Auf Anfrage teilen wir Ihnen mit, ob und welche Daten wir über Sie gespeichert haben.',
    ],
    'right-rectification': [
      'Sie haben ein Recht auf Berichtigung oder Löschung dieser Daten.',
    ],
    'right-erasure': [
      'Sie haben ein Recht auf Berichtigung oder Löschung dieser Daten.',
      'Sie haben das Recht auf: Auskunft (Art. 15 DSGVO); Berichtigung (Art. 16 DSGVO); Löschung (Art. 17 DSGVO); Einschränkung der Verarbeitung (Art. 18 DSGVO); Datenübertragbarkeit (Art. 20 DSGVO).',
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
    ],
    'withdraw-consent': [
      'Viele Datenverarbeitungsvorgänge sind nur mit Ihrer ausdrücklichen Einwilligung möglich. Sie können eine bereits erteilte Einwilligung jederzeit widerrufen, etwa per E-Mail an uns.',
      'Sie können Ihre Meinung jederzeit ändern und die Einwilligung mit Wirkung für die Zukunft widerrufen.',
    ],
    'complaint-authority': [
      'Im Falle von Verstößen gegen die DSGVO steht den Betroffenen ein Beschwerderecht bei einer Aufsichtsbehörde zu.',
      'Sie können sich mit einer Beschwerde an die für uns zuständige Datenschutzaufsichtsbehörde wenden.',
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
    ],
    'data-categories': [
      'Erfasst werden Browsertyp und Browserversion, verwendetes Betriebssystem, Referrer URL, Hostname des zugreifenden Rechners, Uhrzeit der Serveranfrage und IP-Adresse.',
    ],
    'cookies': [
      'Unsere Website verwendet Cookies, um die Nutzung zu analysieren. Sie können Ihren Browser so einstellen, dass Sie über das Setzen von Cookies informiert werden und Cookies nur im Einzelfall erlauben.',
    ],
  },
  partly: {
    'controller-identity': [
      ['Betreiber dieser Website ist die Sonnenkorn GmbH.', 'contact'],
      ['Bei Fragen schreiben Sie uns an hallo@web.example.', 'identity'],
    ],
    'legitimate-interests': [
      ['Die Verarbeitung erfolgt auf Grundlage unseres berechtigten Interesses nach Art. 6 Abs. 1 lit. f DSGVO.', 'interests'],
      ['Soweit wir Ihre Daten aufgrund berechtigter Interessen verarbeiten, können Sie widersprechen.', 'interests'],
    ],
    'international-transfers': [
      ['Dabei können Daten auch in die USA übertragen werden.', 'safeguard'],
      ['Einige unserer Dienstleister sitzen außerhalb der Europäischen Union.', 'safeguard'],
    ],
    'retention': [
      ['Wir speichern Ihre Daten nur so lange, wie dies für die genannten Zwecke erforderlich ist.', 'period'],
      ['Ihre Daten werden gelöscht, sobald der Zweck der Speicherung entfällt und keine gesetzlichen Aufbewahrungspflichten entgegenstehen.', 'period'],
    ],
    'right-objection': [
      ['Sie können dem Erhalt unseres Newsletters jederzeit widersprechen, indem Sie auf den Abmeldelink klicken.', 'right'],
    ],
    'complaint-authority': [
      ['Beschwerden richten Sie bitte an unseren Kundenservice.', 'authority'],
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
      'Wir haben einen externen Datenschutzbeauftragten bestellt.',
      'Sie können sich jederzeit an unseren Datenschutzbeauftragten wenden.',
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
  },
};

export const NL_SITES: Corpus = {
  gives: {
    'controller-identity': [
      '## Contactgegevens\n\nBakkerij De Zonnebloem\nKerkstraat 14\n1017 GC Amsterdam\ninfo@dezonnebloem.example\n+31 20 123 4567',
      'Huisartsenpraktijk Bosrand, Bosweg 2, 6711 AB Ede, is verantwoordelijk voor de verwerking van persoonsgegevens zoals weergegeven in deze privacyverklaring. Contact: praktijk@bosrand.example.',
    ],
    'dpo-contact': [
      'Onze Functionaris Gegevensbescherming is te bereiken via fg@groenhart.example.',
      'Mr. P. Jansen is de Functionaris Gegevensbescherming van Groenhart B.V. Hij/zij is te bereiken via privacy@groenhart.example.',
      '## Functionaris voor gegevensbescherming\n\nOnze FG is bereikbaar per e-mail: fg@kwikstaart.example of per post: Postbus 100, 3500 AA Utrecht.',
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
    ],
    'recipients': [
      'Groenhart verstrekt uitsluitend aan derden en alleen als dit nodig is voor de uitvoering van onze overeenkomst met u, zoals aan de bezorgdienst.',
      'Met bedrijven die uw gegevens verwerken in onze opdracht, sluiten wij een bewerkersovereenkomst om te zorgen voor eenzelfde niveau van beveiliging.',
    ],
    'international-transfers': [
      'Wij maken gebruik van Mailchimp; voor de doorgifte naar de Verenigde Staten zijn modelcontractbepalingen afgesloten.',
      'Uw gegevens worden niet buiten de EER verwerkt.',
    ],
    'retention': [
      'Groenhart bewaart uw persoonsgegevens niet langer dan strikt nodig. Wij hanteren de volgende bewaartermijn: factuurgegevens 7 jaar (fiscale bewaarplicht).',
      'Camerabeelden worden na vier weken automatisch overschreven.',
      '## Bewaren\n\n| Gegevens | Bewaartermijn |\n|---|---|\n| Facturen | 7 jaar |\n| Sollicitaties | 4 weken |',
    ],
    'right-access': [
      'U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen.',
      'U kunt bij ons opvragen welke gegevens wij van u verwerken.',
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
    ],
    'complaint-authority': [
      'Groenhart wil u er tevens op wijzen dat u de mogelijkheid heeft om een klacht in te dienen bij de nationale toezichthouder, de Autoriteit Persoonsgegevens.',
      'Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
    ],
    'automated-decision-making': [
      'Groenhart neemt niet op basis van geautomatiseerde verwerkingen besluiten over zaken die (aanzienlijke) gevolgen kunnen hebben voor personen.',
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
    ],
    'security': [
      'Groenhart neemt de bescherming van uw gegevens serieus en neemt passende maatregelen om misbruik, verlies en onbevoegde toegang tegen te gaan.',
    ],
    'children': [
      'Onze website heeft niet de intentie gegevens te verzamelen over websitebezoekers die jonger zijn dan 16 jaar, tenzij ze toestemming hebben van ouders of voogd.',
    ],
    'data-source': [
      'Wij ontvangen uw gegevens soms van uw werkgever, wanneer die u bij ons aanmeldt voor een training.',
    ],
  },
  partly: {
    'controller-identity': [
      ['De verwerkingsverantwoordelijke is Tuincentrum Groenhart B.V.', 'contact'],
      ['Deze website is van Tandartspraktijk Smile B.V.', 'contact'],
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
    ],
    'right-erasure': [
      ['In uw account kunt u zelf uw profiel verwijderen.', 'right'],
    ],
    'right-access': [
      ['In je account kun je je gegevens op elk moment bekijken en wijzigen.', 'right'],
    ],
    'automated-decision-making': [
      ['Wij maken een profiel van uw surfgedrag om u gepersonaliseerde advertenties te tonen.', 'whether'],
    ],
    'cookies': [
      ['Meer informatie over cookies vindt u in ons cookiebeleid.', 'details'],
    ],
  },
  never: {
    'controller-identity': [
      'Een verwerkingsverantwoordelijke is degene die het doel en de middelen van de verwerking vaststelt.',
    ],
    'dpo-contact': [
      'Vragen over je bestelling? Neem contact op met onze klantenservice via service@groenhart.example.',
      'Wij hebben een Functionaris Gegevensbescherming aangesteld die toezicht houdt op de naleving van de AVG.',
      'Heeft u vragen, neem dan contact op met onze klantenservice.',
    ],
    'lawful-basis': [
      'Door gebruik te maken van onze website gaat u akkoord met deze privacyverklaring.',
    ],
    'right-erasure': [
      'Oude harde schijven laten wij veilig vernietigen.',
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
    ],
    'right-rectification': [
      'Zorg ervoor dat de gegevens die u invult juist en volledig zijn.',
    ],
    'retention': [
      'U kunt cookies verwijderen via de instellingen van uw browser.',
    ],
  },
};

export const FR_SITES: Corpus = {
  gives: {
    'controller-identity': [
      '## Responsable du traitement\n\nLe responsable du traitement est la société Boulangerie du Moulin SARL, au capital de 10 000 €, immatriculée au RCS de Lyon sous le numéro 123 456 789, dont le siège social est situé 5 rue des Lilas, 69003 Lyon. Contact : contact@dumoulin.example',
      'Les données sont traitées par l’association Les Amis du Vélo, 12 place de la Mairie, 35000 Rennes (bureau@amisduvelo.example).',
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
    ],
    'legitimate-interests': [
      'Ce traitement repose sur notre intérêt légitime à assurer la sécurité de notre site et à prévenir la fraude.',
    ],
    'recipients': [
      'Les destinataires de vos données sont nos services internes chargés de la relation client ainsi que notre prestataire de livraison.',
      'Vos données peuvent être transmises à nos sous-traitants, notamment notre hébergeur et notre prestataire de paiement.',
    ],
    'international-transfers': [
      'Vos données sont hébergées au sein de l’Union européenne et ne font l’objet d’aucun transfert hors de l’UE.',
      'Les transferts vers les États-Unis sont encadrés par les clauses contractuelles types adoptées par la Commission européenne, dont vous pouvez obtenir une copie sur demande.',
    ],
    'retention': [
      'Vos données sont conservées pendant trois ans à compter de notre dernier contact.',
      'Les données de facturation sont conservées dix ans conformément aux obligations comptables.',
      '## Durées\n\n| Catégorie de données | Durée de conservation |\n|---|---|\n| Prospects | 3 ans après le dernier contact |\n| Factures | 10 ans |',
    ],
    'right-access': [
      'Vous disposez d’un droit d’accès, de rectification et d’effacement de vos données.',
      'Vous pouvez nous demander de vous communiquer les données que nous détenons à votre sujet.',
    ],
    'right-rectification': [
      'Vous disposez d’un droit d’accès, de rectification et d’effacement de vos données.',
    ],
    'right-erasure': [
      'Vous disposez d’un droit d’accès, de rectification et d’effacement de vos données.',
      'Sur simple demande, nous supprimons vos données.',
    ],
    'right-restriction': [
      'Vous pouvez également demander la limitation du traitement de vos données.',
      'Vous disposez des droits suivants : droit d’accès ; droit de rectification ; droit à l’effacement ; droit à la limitation ; droit à la portabilité.',
    ],
    'right-objection': [
      'Vous pouvez vous opposer au traitement de vos données pour des motifs tenant à votre situation particulière.',
    ],
    'right-portability': [
      'Vous disposez également d’un droit à la portabilité de vos données.',
      'Vous disposez des droits suivants : droit d’accès ; droit de rectification ; droit à l’effacement ; droit à la limitation ; droit à la portabilité.',
    ],
    'withdraw-consent': [
      'Vous pouvez retirer votre consentement à tout moment en nous écrivant.',
    ],
    'complaint-authority': [
      'Si vous estimez, après nous avoir contactés, que vos droits « Informatique et Libertés » ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.',
      'Vous avez le droit d’introduire une réclamation auprès de la Commission nationale de l’informatique et des libertés.',
    ],
    'automated-decision-making': [
      'Vos données ne font l’objet d’aucune prise de décision automatisée.',
      'Aucune décision produisant des effets juridiques à votre égard n’est prise sur le seul fondement d’un traitement automatisé.',
    ],
    'statutory-contractual': [
      'Les champs marqués d’un astérisque sont obligatoires ; à défaut, votre demande ne pourra pas être traitée.',
      'La fourniture de ces données conditionne la conclusion du contrat.',
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
    ],
  },
  partly: {
    'controller-identity': [
      ['Le responsable du traitement est la société Boulangerie du Moulin SARL.', 'contact'],
      ['Le site est édité par Martinet SAS.', 'contact'],
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
    ],
    'right-objection': [
      ['Vous pouvez vous désinscrire de notre lettre d’information à tout moment via le lien figurant dans chaque courriel.', 'right'],
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
      'Martinet a désigné un délégué à la protection des données.',
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
    ],
    'right-access': [
      'L’application demande l’accès à votre appareil photo pour scanner les codes.',
      'Seules les personnes habilitées ont accès à vos données.',
    ],
    'right-rectification': [
      'Vous vous engagez à fournir des informations exactes et à jour.',
    ],
    'right-objection': [
      'Nous supprimons les contenus signalés comme répréhensibles.',
    ],
    'right-erasure': [
      'Les comptes inactifs depuis trois ans sont supprimés automatiquement.',
    ],
    'withdraw-consent': [
      'Votre consentement est recueilli au moyen d’une case à cocher.',
    ],
  },
};
