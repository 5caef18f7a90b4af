// Coverage in Dutch, German and French, third blind round: styles the earlier rounds did not cover
// — German Impressum pages with a Datenschutzerklärung, craft businesses and an employer's notice
// to staff, Dutch municipalities and primary schools, French "mentions légales" in the CNIL manner,
// a medical practice and an employer's note to its employees; webshops and associations in each.
// Written for these tests, in our own words, with each expected status taken from the coverage
// conventions before the language data was read; the failures they showed are in the session's
// report. gives / partly / never as in coverage-corpus-nl.ts.
import type { Corpus } from './helpers/coverage-lang.js';

export const DE_R3: Corpus = {
  gives: {
    'controller-identity': [
      'Verantwortliche im Sinne der DSGVO ist die Praxis Dr. med. Lena Vogt, Am Stadtgarten 12, 50667 Köln, Tel. 0221 555 3340.',
      'Verantwortlich für diese Website ist der Turnverein Blau-Weiß Hochdorf e.V., vertreten durch den Vorstand, Sportplatzweg 5, 73269 Hochdorf (vorstand@tv-hochdorf.example).',
    ],
    'dpo-contact': [
      'Unseren betrieblichen Datenschutzbeauftragten erreichen Sie per E-Mail unter datenschutz@holzwurm.example oder per Post an unsere Anschrift mit dem Zusatz „Datenschutzbeauftragter“.',
      'Datenschutzbeauftragter: Herr Jonas Brandt, Brandt Datenschutzberatung, Tel. +49 40 555 7781',
    ],
    purposes: [
      'Die Daten unserer Beschäftigten verarbeiten wir, um das Arbeitsverhältnis durchzuführen, die Gehälter abzurechnen und die Arbeitszeit zu erfassen.',
    ],
    'lawful-basis': [
      'Wir verarbeiten diese Daten zur Erfüllung des Arbeitsvertrags (Art. 6 Abs. 1 lit. b DSGVO).',
      'Soweit Sie uns eine Einwilligung erteilt haben, ist diese die Rechtsgrundlage der Verarbeitung.',
    ],
    'legitimate-interests': [
      'Die Videoüberwachung unseres Ladeneingangs stützen wir auf unser berechtigtes Interesse, Einbrüche und Diebstähle aufklären zu können.',
    ],
    recipients: [
      'Für die Lohnabrechnung geben wir Ihre Daten an unser Steuerbüro, an Ihre Krankenkasse und an das Finanzamt weiter.',
    ],
    retention: [
      'Bewerbungsunterlagen vernichten wir sechs Monate nach Abschluss des Auswahlverfahrens.',
      'Patientenakten heben wir zehn Jahre nach dem Ende der Behandlung auf.',
    ],
    'international-transfers': [
      'Für den Versand des Newsletters nutzen wir einen Anbieter mit Sitz in den USA; die Übermittlung ist durch die Standardvertragsklauseln der EU-Kommission abgesichert.',
      'Ihre Daten werden ausschließlich auf Servern innerhalb der Europäischen Union verarbeitet.',
    ],
    'right-access': [
      'Sie können jederzeit erfragen, welche Daten wir über Sie gespeichert haben.',
    ],
    'right-rectification': [
      'Sind Ihre Angaben unrichtig, können Sie von uns verlangen, dass wir sie korrigieren.',
    ],
    'right-erasure': [
      'Auf Ihren Wunsch löschen wir Ihre Daten, sofern keine gesetzliche Aufbewahrungspflicht entgegensteht.',
    ],
    'right-restriction': [
      'Sie können verlangen, dass wir die Verarbeitung Ihrer Daten vorübergehend einschränken, etwa solange wir deren Richtigkeit prüfen.',
    ],
    'right-portability': [
      'Daten, die Sie uns selbst bereitgestellt haben, händigen wir Ihnen auf Anfrage in einem gängigen, maschinenlesbaren Format aus.',
    ],
    'right-objection': [
      'Gegen jede Verarbeitung, die auf unseren berechtigten Interessen beruht, können Sie Widerspruch einlegen.',
    ],
    'withdraw-consent': [
      'Ihr Einverständnis zur Veröffentlichung von Fotos auf der Vereinsseite können Sie jederzeit zurücknehmen; eine kurze Nachricht an den Vorstand genügt.',
    ],
    'complaint-authority': [
      'Sie können sich außerdem an den Landesbeauftragten für Datenschutz wenden, wenn Sie meinen, dass wir Ihre Daten unrechtmäßig verarbeiten.',
    ],
    'statutory-contractual': [
      'Die Angabe Ihrer Steuer-Identifikationsnummer ist gesetzlich vorgeschrieben; ohne sie müssen wir die Lohnsteuer nach Steuerklasse VI abführen.',
    ],
    'automated-decision-making': [
      'Wir treffen keine Entscheidungen, die allein auf einer automatisierten Verarbeitung beruhen.',
    ],
    'data-source': [
      'Die Kontaktdaten der Erziehungsberechtigten erhalten wir vom Schulamt.',
    ],
    'data-categories': [
      'Wir verarbeiten folgende Daten:\n\n- Name und Anschrift\n- Geburtsdatum\n- Bankverbindung',
    ],
    cookies: [
      'Unsere Seite setzt nur technisch notwendige Cookies, die Ihren Warenkorb speichern; Sie können sie in Ihrem Browser blockieren, dann funktioniert die Bestellung allerdings nicht.',
    ],
    children: [
      'Kinder unter 16 Jahren dürfen sich nur mit Zustimmung ihrer Eltern für den Newsletter anmelden.',
    ],
    security: [
      'Unsere Website ist TLS-verschlüsselt, und auf die Mitgliederdaten hat nur der Vorstand Zugriff.',
    ],
    'policy-changes': [
      'Wir passen diese Datenschutzerklärung an, sobald sich unsere Verarbeitung ändert; es gilt die jeweils hier veröffentlichte Fassung.',
    ],
  },
  partly: {
    // A named officer with no way to reach them: the contact is absent (the profile's element).
    'dpo-contact': [
      ['Wir haben einen Datenschutzbeauftragten bestellt.', 'contact'],
    ],
    retention: [
      ['Wir bewahren Ihre Daten auf, solange dies für unsere Aufgaben notwendig ist oder gesetzliche Pflichten es verlangen.', 'period'],
    ],
    'international-transfers': [
      ['Einige unserer Dienstleister sitzen in den USA, sodass Ihre Daten auch dorthin gelangen können.', 'safeguard'],
    ],
    'legitimate-interests': [
      ['Einzelne Verarbeitungen stützen wir auf unsere berechtigten Interessen gemäß Art. 6 Abs. 1 lit. f DSGVO.', 'interests'],
      // Look-alike of the cue for interests named before the basis (added after the fixes).
      ['Soweit dies erforderlich ist, stützen wir uns dabei auf berechtigte Interessen.', 'interests'],
    ],
    'complaint-authority': [
      ['Beschwerden zum Umgang mit Ihren Daten nimmt unser Vorstand entgegen.', 'authority'],
    ],
    'right-erasure': [
      ['Ihr Kundenkonto können Sie in den Kontoeinstellungen selbst löschen.', 'right'],
    ],
    'right-objection': [
      ['Der Zusendung unseres Newsletters können Sie jederzeit widersprechen.', 'right'],
    ],
    'automated-decision-making': [
      ['Anhand Ihres Surfverhaltens zeigen wir Ihnen personalisierte Werbung an.', 'whether'],
    ],
    cookies: [
      ['Informationen zu Cookies finden Sie in unserer gesonderten Cookie-Richtlinie.', 'details'],
    ],
    'right-access': [
      ['In Ihrem Kundenkonto können Sie Ihre gespeicherten Daten jederzeit einsehen.', 'right'],
    ],
  },
  never: {
    // Look-alikes of cues added after the round (a call-back; mailing offers to customers).
    'data-source': [
      'Bei Rückfragen rufen wir Sie unter der von Ihnen angegebenen Nummer an.',
    ],
    'right-access': [
      'Der Zugang zur Praxis ist barrierefrei.',
    ],
    'right-erasure': [
      'Inaktive Kundenkonten werden nach drei Jahren automatisch gelöscht.',
      'Diese Erklärung enthält folgende Abschnitte:\n\n- Ihre Rechte\n- Löschung Ihrer Daten\n- Beschwerde bei der Aufsichtsbehörde',
    ],
    'complaint-authority': [
      'Wir arbeiten bei Anfragen eng mit den Datenschutzbehörden zusammen.',
      'Diese Erklärung enthält folgende Abschnitte:\n\n- Ihre Rechte\n- Löschung Ihrer Daten\n- Beschwerde bei der Aufsichtsbehörde',
    ],
    'right-objection': [
      'Einwände gegen eine Rechnung richten Sie bitte innerhalb von 14 Tagen an unsere Buchhaltung.',
    ],
    'right-rectification': [
      'Bitte prüfen Sie Ihre Bestellung vor dem Absenden auf Tippfehler.',
    ],
    retention: [
      'Cookies können Sie jederzeit in Ihrem Browser löschen.',
    ],
    children: [
      'Unser Sortiment umfasst auch Spielzeug für Kinder ab drei Jahren.',
    ],
    'automated-decision-making': [
      'Die Rechnung wird automatisch erstellt und per E-Mail versandt.',
    ],
    'international-transfers': [
      'Wir liefern auch in die Schweiz und nach Österreich.',
    ],
  },
};

export const NL_R3: Corpus = {
  gives: {
    'controller-identity': [
      'De gemeente Waterland-Oost, Raadhuisplein 1, 1456 AB Oosthuizen, is verantwoordelijk voor de verwerking van uw persoonsgegevens. U bereikt ons via privacy@waterland-oost.example.',
      'Basisschool De Klimop (Stichting Primair Onderwijs Lindeveld), Schoolstraat 14, 7411 KL Deventer, telefoon 0570 555 123, is verwerkingsverantwoordelijke.',
    ],
    'dpo-contact': [
      'De functionaris voor gegevensbescherming (FG) van de gemeente is bereikbaar via fg@waterland-oost.example.',
      'Heb je een vraag over privacy? Mail dan onze privacy officer via privacy@klimop.example.',
    ],
    purposes: [
      'We gebruiken de gegevens van leerlingen om het onderwijs te organiseren, hun vorderingen te volgen en ouders te informeren.',
    ],
    'lawful-basis': [
      'Wij verwerken uw gegevens omdat dit nodig is voor de uitvoering van een wettelijke taak van de gemeente.',
      'Voor het plaatsen van foto’s op de website vragen wij vooraf toestemming aan de ouders.',
    ],
    'legitimate-interests': [
      'Camerabeelden in de winkel bewaren we op grond van ons gerechtvaardigd belang om diefstal te voorkomen en de veiligheid van personeel te beschermen.',
    ],
    recipients: [
      'Wij delen de gegevens alleen met de GGD, de leerplichtambtenaar en ons administratiekantoor.',
    ],
    retention: [
      'Het leerlingdossier bewaren we tot twee jaar nadat de leerling van school is gegaan.',
      'Uw aanvraag voor een vergunning bewaren wij zeven jaar na het besluit.',
    ],
    'international-transfers': [
      'Onze leveranciers verwerken gegevens alleen binnen de Europese Unie; wij geven geen gegevens door naar landen daarbuiten.',
      'Onze nieuwsbriefdienst zit in de Verenigde Staten; voor die doorgifte hebben wij de modelcontractbepalingen van de Europese Commissie afgesloten.',
    ],
    'right-access': [
      'Je mag altijd vragen welke gegevens wij van je hebben vastgelegd.',
    ],
    'right-rectification': [
      'Kloppen uw gegevens niet, dan kunt u ons vragen ze aan te passen.',
    ],
    'right-erasure': [
      'U kunt ons verzoeken uw persoonsgegevens te wissen.',
    ],
    'right-restriction': [
      'Je kunt ons vragen het gebruik van je gegevens tijdelijk stop te zetten zolang we een klacht onderzoeken.',
    ],
    'right-portability': [
      'Op verzoek sturen wij u de gegevens die u zelf aan ons hebt gegeven in een gangbaar digitaal bestand, zodat u ze aan een andere partij kunt geven.',
    ],
    'right-objection': [
      'Bent u het niet eens met het gebruik van uw gegevens op basis van ons gerechtvaardigd belang, dan kunt u daartegen bezwaar maken.',
    ],
    'withdraw-consent': [
      'Ouders kunnen hun toestemming voor het gebruik van beeldmateriaal op elk moment intrekken bij de directeur.',
    ],
    'complaint-authority': [
      'Ben je niet tevreden over hoe wij met je gegevens omgaan? Dan kun je een klacht indienen bij de Autoriteit Persoonsgegevens.',
    ],
    'statutory-contractual': [
      'Het verstrekken van uw burgerservicenummer is wettelijk verplicht; zonder dit nummer kunnen wij uw aanvraag niet in behandeling nemen.',
    ],
    'automated-decision-making': [
      'Wij nemen geen besluiten over u die alleen door een computer worden genomen, zonder dat een medewerker ernaar kijkt.',
    ],
    'data-source': [
      'Adresgegevens ontvangen wij uit de Basisregistratie Personen (BRP).',
    ],
    'data-categories': [
      'Wij verwerken de volgende gegevens:\n\n- naam en adres\n- geboortedatum\n- telefoonnummer van de ouders',
    ],
    cookies: [
      'Onze website plaatst alleen functionele cookies om je inlogsessie te onthouden. Je kunt ze in je browser uitzetten, maar dan kun je niet inloggen.',
    ],
    children: [
      'Voor leerlingen jonger dan 16 jaar vragen wij toestemming aan hun ouders of verzorgers.',
    ],
    security: [
      'Wij beveiligen uw gegevens met versleutelde verbindingen, toegangsrechten per medewerker en regelmatige back-ups.',
    ],
    'policy-changes': [
      'Deze privacyverklaring kan worden aangepast; de nieuwste versie staat altijd op onze website.',
    ],
  },
  partly: {
    // A named officer with no way to reach them: the contact is absent (the profile's element).
    'dpo-contact': [
      ['De gemeente heeft een functionaris voor gegevensbescherming aangesteld.', 'contact'],
    ],
    retention: [
      ['Wij bewaren je gegevens zolang dat nodig is voor het doel waarvoor we ze hebben gekregen.', 'period'],
    ],
    'international-transfers': [
      ['Sommige van onze leveranciers zijn gevestigd buiten de Europese Unie.', 'safeguard'],
    ],
    'legitimate-interests': [
      ['Soms verwerken wij gegevens op basis van ons gerechtvaardigd belang.', 'interests'],
    ],
    'complaint-authority': [
      ['Klachten over privacy kun je melden bij de klachtencommissie van de school.', 'authority'],
    ],
    'right-erasure': [
      ['In Mijn Account kunt u uw account zelf verwijderen.', 'right'],
    ],
    'right-objection': [
      ['Wil je geen nieuwsbrief meer ontvangen, dan kun je je op elk moment afmelden.', 'right'],
    ],
    'automated-decision-making': [
      ['Op basis van uw klikgedrag tonen wij u gepersonaliseerde advertenties.', 'whether'],
    ],
    cookies: [
      ['Meer over cookies lees je in onze cookieverklaring.', 'details'],
    ],
    'controller-identity': [
      ['Deze website wordt beheerd door Bloemenhuis Margriet.', 'contact'],
    ],
  },
  never: {
    'right-access': [
      'Toegang tot het schoolplein is na 18.00 uur niet toegestaan.',
    ],
    'right-erasure': [
      'Accounts die twee jaar niet zijn gebruikt, verwijderen wij automatisch.',
      'In deze verklaring lees je over:\n\n- je rechten\n- het verwijderen van je gegevens\n- een klacht bij de Autoriteit Persoonsgegevens',
    ],
    'complaint-authority': [
      'De gemeente werkt nauw samen met de Autoriteit Persoonsgegevens.',
      'In deze verklaring lees je over:\n\n- je rechten\n- het verwijderen van je gegevens\n- een klacht bij de Autoriteit Persoonsgegevens',
    ],
    'right-objection': [
      'Tegen een besluit op uw aanvraag kunt u binnen zes weken bezwaar maken bij het college.',
    ],
    retention: [
      'Cookies kun je op elk moment zelf verwijderen in je browser.',
    ],
    'automated-decision-making': [
      'Je ontvangt automatisch een bevestiging van je aanmelding per e-mail.',
    ],
    children: [
      'Onze kinderboeken zijn geschikt voor kinderen vanaf zes jaar.',
    ],
    'international-transfers': [
      'Wij verzenden bestellingen ook naar België en Duitsland.',
    ],
  },
};

export const FR_R3: Corpus = {
  gives: {
    'controller-identity': [
      'Le responsable du traitement est la société Atelier Coquelicot SARL, 8 rue des Tanneurs, 69002 Lyon, joignable à contact@coquelicot.example.',
      'Éditeur du site : Cabinet du Dr Claire Martin, médecin généraliste, 14 avenue Foch, 33000 Bordeaux, tél. 05 56 55 01 02.',
    ],
    'dpo-contact': [
      'Vous pouvez joindre notre délégué à la protection des données (DPO) par courriel à dpo@coquelicot.example.',
      'Pour toute question relative à vos données, écris à notre référente RGPD : rgpd@asso-lesvoiles.example.',
    ],
    purposes: [
      'Les données des salariés sont utilisées pour la gestion de la paie, le suivi des congés et la gestion des carrières.',
    ],
    'lawful-basis': [
      'Ce traitement repose sur l’exécution du contrat de travail.',
      'Le traitement est fondé sur votre consentement, que vous donnez en cochant la case prévue à cet effet.',
    ],
    'legitimate-interests': [
      'Nous utilisons la vidéoprotection dans nos locaux sur la base de notre intérêt légitime à assurer la sécurité des biens et des personnes.',
    ],
    recipients: [
      'Vos données sont transmises à notre prestataire de paie, à l’URSSAF et aux organismes de prévoyance.',
    ],
    retention: [
      'Les données des candidats non retenus sont conservées deux ans après le dernier contact.',
      'Le dossier médical est conservé vingt ans à compter de la dernière consultation.',
    ],
    'international-transfers': [
      'Aucune donnée n’est transférée en dehors de l’Union européenne.',
      'Notre outil d’envoi de lettres d’information est hébergé aux États-Unis ; ce transfert est encadré par les clauses contractuelles types de la Commission européenne.',
    ],
    'right-access': [
      'Vous pouvez nous demander une copie des informations que nous détenons sur vous.',
    ],
    'right-rectification': [
      'Si vos informations sont inexactes, tu peux nous demander de les corriger.',
    ],
    'right-erasure': [
      'Vous pouvez demander l’effacement de vos données à tout moment, sauf obligation légale de conservation.',
    ],
    'right-restriction': [
      'Vous pouvez demander que nous gelions temporairement l’utilisation de vos données, par exemple pendant la vérification de leur exactitude.',
    ],
    'right-portability': [
      'Vous pouvez récupérer les données que vous nous avez fournies dans un format lisible par machine.',
    ],
    'right-objection': [
      'Vous pouvez vous opposer à tout moment au traitement de vos données fondé sur notre intérêt légitime.',
    ],
    'withdraw-consent': [
      'Tu peux retirer ton accord à tout moment en écrivant au bureau de l’association.',
    ],
    'complaint-authority': [
      'Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.',
    ],
    'statutory-contractual': [
      'La communication de votre numéro de sécurité sociale est obligatoire pour la déclaration préalable à l’embauche.',
    ],
    'automated-decision-making': [
      'Aucune décision vous concernant n’est prise sur le seul fondement d’un traitement automatisé.',
    ],
    'data-source': [
      'Certaines informations nous sont communiquées par votre ancien employeur et par France Travail.',
    ],
    'data-categories': [
      'Nous collectons les données suivantes :\n\n- nom et prénom\n- adresse postale\n- coordonnées bancaires',
    ],
    cookies: [
      'Ce site utilise des cookies de mesure d’audience. Vous pouvez les refuser à tout moment via le bandeau de gestion des cookies.',
    ],
    children: [
      'Les mineurs de moins de 15 ans doivent obtenir l’accord d’un parent pour s’inscrire à l’association.',
    ],
    security: [
      'Nous protégeons vos données par le chiffrement des échanges et une gestion stricte des habilitations.',
    ],
    'policy-changes': [
      'Nous pouvons modifier la présente politique ; la version en vigueur est toujours celle publiée sur cette page.',
    ],
  },
  partly: {
    // A named officer with no way to reach them: the contact is absent (the profile's element).
    'dpo-contact': [
      ['Nous avons désigné un délégué à la protection des données.', 'contact'],
    ],
    retention: [
      ['Vos données sont conservées pendant la durée nécessaire aux finalités pour lesquelles elles ont été collectées.', 'period'],
    ],
    'international-transfers': [
      ['Certains de nos sous-traitants sont situés hors de l’Union européenne.', 'safeguard'],
    ],
    'legitimate-interests': [
      ['Certains traitements reposent sur notre intérêt légitime.', 'interests'],
      // Look-alike of the cue for interests named before the basis (added after the fixes).
      ['Pour les traitements qui reposent sur notre intérêt légitime, vous pouvez vous opposer à tout moment.', 'interests'],
    ],
    'complaint-authority': [
      ['Toute réclamation peut être adressée à notre service client.', 'authority'],
    ],
    'right-erasure': [
      ['Tu peux supprimer ton compte toi-même depuis ton espace personnel.', 'right'],
    ],
    'right-objection': [
      ['Vous pouvez vous désinscrire de notre lettre d’information à tout moment.', 'right'],
    ],
    'automated-decision-making': [
      ['Nous analysons votre navigation pour vous proposer des publicités personnalisées.', 'whether'],
    ],
    cookies: [
      ['Pour en savoir plus sur les cookies, consultez notre politique cookies.', 'details'],
    ],
    'controller-identity': [
      ['Ce site est édité par la boulangerie Au Pain Doré.', 'contact'],
    ],
  },
  never: {
    // Look-alike of a cue added after the round.
    recipients: [
      'Nous communiquons à nos clients les horaires d’ouverture par courriel.',
    ],
    'right-access': [
      'L’accès au cabinet se fait uniquement sur rendez-vous.',
    ],
    'right-erasure': [
      'Les comptes inactifs depuis trois ans sont supprimés automatiquement.',
      'Cette politique comprend les rubriques suivantes :\n\n- Vos droits\n- L’effacement de vos données\n- Réclamation auprès de la CNIL',
    ],
    'complaint-authority': [
      'Nous coopérons pleinement avec la CNIL en cas de contrôle.',
      'Cette politique comprend les rubriques suivantes :\n\n- Vos droits\n- L’effacement de vos données\n- Réclamation auprès de la CNIL',
    ],
    'right-objection': [
      'Vous pouvez contester une facture dans un délai de trente jours.',
    ],
    retention: [
      'Vous pouvez effacer les cookies à tout moment dans votre navigateur.',
    ],
    'automated-decision-making': [
      'Un courriel de confirmation vous est envoyé automatiquement après votre commande.',
    ],
    children: [
      'Nos ateliers sont ouverts aux enfants à partir de huit ans.',
    ],
    'international-transfers': [
      'Nous livrons en Belgique, en Suisse et au Luxembourg.',
    ],
  },
};
