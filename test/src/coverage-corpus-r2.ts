// Coverage in Dutch, German and French, in styles the other corpora under-represent: associations,
// municipalities, doctors' practices and webshops; rights listed under a lead-in that ends on a
// preposition ("Sie haben das Recht auf:" then "- Löschung"); cookies refused by pronoun in the next
// sentence ("Vous pouvez les refuser"); complaints made only to the organisation (partial, the
// `authority` element absent: not given). Written for these tests, before the language data was read.
// gives / partly / never as in coverage-corpus-nl.ts.
import type { Corpus } from './helpers/coverage-lang.js';

export const DE_R2: Corpus = {
  gives: {
    'right-erasure': [
      'Sie haben das Recht auf:\n\n- Auskunft\n- Berichtigung\n- Löschung\n- Einschränkung der Verarbeitung',
      'Sie haben das Recht auf:\n\n- Löschung\n- Berichtigung',
    ],
    'right-restriction': [
      'Sie haben das Recht auf:\n\n- Auskunft\n- Berichtigung\n- Löschung\n- Einschränkung der Verarbeitung',
    ],
    'right-access': [
      'Ihnen stehen folgende Rechte zu:\n\n- Auskunft über Ihre gespeicherten Daten\n- Datenübertragbarkeit',
    ],
    'right-portability': [
      'Ihnen stehen folgende Rechte zu:\n\n- Auskunft über Ihre gespeicherten Daten\n- Datenübertragbarkeit',
    ],
    'complaint-authority': [
      'Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.',
    ],
    'controller-identity': [
      'Verantwortlich für die Datenverarbeitung ist die Gemeinde Lindenfeld, Rathausplatz 1, 79100 Lindenfeld, E-Mail: datenschutz@lindenfeld.example.',
    ],
    'retention': [
      'Mitgliederdaten löschen wir zwei Jahre nach Ende der Mitgliedschaft.',
    ],
    'recipients': [
      'Ihre Bestelldaten geben wir an den beauftragten Versanddienstleister und an unseren Zahlungsdienstleister weiter.',
    ],
    'purposes': [
      'Wir verarbeiten Ihre Gesundheitsdaten zur Durchführung der Behandlung und zur Abrechnung mit Ihrer Krankenkasse.',
    ],
    'lawful-basis': [
      'Die Verarbeitung erfolgt auf Grundlage von Art. 9 Abs. 2 lit. h DSGVO in Verbindung mit § 22 BDSG.',
    ],
    'cookies': [
      'Wir verwenden Cookies. Sie können diese in den Einstellungen Ihres Browsers ablehnen.',
      'Wir setzen Cookies ein, um die Nutzung unserer Website zu analysieren. Sie können diese jederzeit ablehnen.',
    ],
    'withdraw-consent': [
      'Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen.',
    ],
    'international-transfers': [
      'Eine Übermittlung in Drittländer findet nicht statt.',
    ],
    'data-source': [
      'Ihre Daten erhalten wir von Ihrem überweisenden Arzt.',
    ],
    'statutory-contractual': [
      'Die Angabe Ihrer Versichertendaten ist für die Abrechnung erforderlich; ohne sie können wir Sie nur als Privatpatient behandeln.',
    ],
    'right-objection': [
      'Sie können der Verarbeitung Ihrer Daten, die auf unserem berechtigten Interesse beruht, jederzeit widersprechen.',
      'Als Mitglied des Vereins haben Sie das Recht auf:\n\n- Auskunft\n- Widerspruch gegen die Verarbeitung',
    ],
    'dpo-contact': [
      'Den Datenschutzbeauftragten der Stadt erreichen Sie unter dsb@stadt.example.',
    ],
    'right-rectification': [
      'Sie haben jederzeit ein Recht auf:\n\n- Löschung\n- Berichtigung',
    ],
  },
  partly: {
    'complaint-authority': [
      ['Beschwerden richten Sie bitte an unseren Kundenservice unter service@shop.example.', 'authority'],
    ],
    'retention': [
      ['Wir speichern Ihre Daten nur so lange, wie es für die genannten Zwecke erforderlich ist.', 'period'],
    ],
    'cookies': [
      ['Wir verwenden Cookies. Eine Liste finden Sie unten.', 'details'],
      ['Wir verwenden Cookies. Sie können diese Seite jederzeit verlassen.', 'details'],
    ],
  },
  never: {
    'right-access': [
      'Der Zugang zum Mitgliederbereich ist passwortgeschützt.',
    ],
    'right-erasure': [
      'Unsere Geschäftsstelle ist geöffnet am:\n\n- Montag\n- Mittwoch',
    ],
  },
};

export const NL_R2: Corpus = {
  gives: {
    'right-erasure': [
      'U heeft het recht op:\n\n- inzage\n- rectificatie\n- verwijdering van uw gegevens',
      'Je hebt recht op:\n\n- inzage\n- verwijdering\n- overdraagbaarheid',
    ],
    'right-access': [
      'U heeft het recht op:\n\n- inzage\n- rectificatie\n- verwijdering van uw gegevens',
    ],
    'complaint-authority': [
      'U heeft het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens.',
    ],
    'controller-identity': [
      'De gemeente Waterdam, Stadhuisplein 1, 1234 AB Waterdam, is verantwoordelijk voor de verwerking van uw persoonsgegevens. U bereikt ons via privacy@waterdam.example.',
    ],
    'retention': [
      'Wij bewaren uw medisch dossier twintig jaar, zoals de wet voorschrijft.',
    ],
    'recipients': [
      'Wij delen uw adres met PostNL om uw bestelling te bezorgen.',
    ],
    'purposes': [
      'Wij gebruiken uw gegevens om uw lidmaatschap te beheren en de contributie te innen.',
    ],
    'lawful-basis': [
      'Wij verwerken deze gegevens omdat dat nodig is om de overeenkomst met u uit te voeren.',
    ],
    'cookies': [
      'Wij gebruiken cookies. U kunt ze weigeren via de instellingen van uw browser.',
      'Wij gebruiken analytische cookies. U kunt deze uitzetten in uw browser.',
      'Onze website plaatst functionele cookies. Je kunt ze verwijderen wanneer je wilt.',
    ],
    'withdraw-consent': [
      'U kunt uw toestemming altijd weer intrekken.',
    ],
    'international-transfers': [
      'Wij geven uw gegevens niet door aan landen buiten de Europese Unie.',
    ],
    'right-portability': [
      'U kunt ons vragen uw gegevens in een gangbaar digitaal formaat naar u of een andere partij te sturen.',
      'Je hebt recht op:\n\n- inzage\n- verwijdering\n- overdraagbaarheid',
    ],
    'data-categories': [
      'Wij verwerken uw naam, adres, geboortedatum en bankrekeningnummer.',
    ],
    'right-objection': [
      'U kunt bezwaar maken tegen het gebruik van uw gegevens op grond van ons gerechtvaardigd belang.',
    ],
    'dpo-contact': [
      'Onze functionaris gegevensbescherming is bereikbaar via fg@waterdam.example.',
    ],
    'statutory-contractual': [
      'Zonder uw adres kunnen wij uw bestelling niet leveren.',
    ],
  },
  partly: {
    'complaint-authority': [
      ['Een klacht over het gebruik van uw gegevens kunt u melden bij het bestuur van de vereniging.', 'authority'],
    ],
    'retention': [
      ['Wij bewaren uw gegevens niet langer dan nodig is.', 'period'],
    ],
  },
  never: {
    'complaint-authority': [
      'Heeft u een klacht? Meld die dan bij het bestuur van de vereniging.',
    ],
    'right-access': [
      'Alleen de penningmeester heeft toegang tot de ledenadministratie.',
    ],
  },
};

export const FR_R2: Corpus = {
  gives: {
    'right-erasure': [
      'Vous disposez des droits suivants :\n\n- droit d\'accès\n- droit de rectification\n- effacement',
      'Vous avez le droit :\n\n- d\'accéder à vos données\n- de les faire rectifier\n- de les faire supprimer',
      'Vous avez le droit de :\n\n- accéder à vos données\n- les faire effacer',
      'Conformément au RGPD, vous disposez d\'un droit :\n\n- d\'accès\n- d\'effacement\n- de rectification',
    ],
    'right-rectification': [
      'Vous disposez des droits suivants :\n\n- droit d\'accès\n- rectification\n- effacement',
    ],
    'complaint-authority': [
      'Vous pouvez introduire une réclamation auprès de la CNIL.',
    ],
    'cookies': [
      'Nous utilisons des cookies pour mesurer l\'audience du site. Vous pouvez les refuser à tout moment depuis le bandeau de gestion des cookies.',
      'Nous utilisons des traceurs de mesure d\'audience. Vous pouvez les refuser à tout moment.',
    ],
    'controller-identity': [
      'Le responsable du traitement est la mairie de Belleville-sur-Loire, 1 place de la Mairie, 45000 Belleville, contact@belleville.example.',
    ],
    'retention': [
      'Les données des adhérents sont conservées pendant trois ans après la fin de l\'adhésion.',
    ],
    'recipients': [
      'Vos données sont transmises à notre transporteur et à notre prestataire de paiement.',
    ],
    'purposes': [
      'Vos données sont utilisées pour la gestion du dossier médical et la prise de rendez-vous.',
    ],
    'lawful-basis': [
      'Ce traitement repose sur votre consentement.',
    ],
    'withdraw-consent': [
      'Vous pouvez retirer votre consentement à tout moment.',
    ],
    'international-transfers': [
      'Vos données ne sont pas transférées en dehors de l\'Union européenne.',
    ],
    'data-categories': [
      'Nous collectons vos nom, prénom, adresse postale, adresse e-mail et numéro de téléphone.',
    ],
    'right-objection': [
      'Vous pouvez vous opposer à tout moment au traitement de vos données fondé sur notre intérêt légitime.',
    ],
    'dpo-contact': [
      'Notre délégué à la protection des données est joignable à dpo@boutique.example.',
    ],
    'statutory-contractual': [
      'Les champs marqués d\'un astérisque sont obligatoires ; à défaut, nous ne pourrons pas traiter votre commande.',
    ],
    'data-source': [
      'Certaines données nous sont transmises par votre mutuelle.',
    ],
  },
  partly: {
    'complaint-authority': [
      ['Pour toute réclamation, contactez notre service client à service@boutique.example.', 'authority'],
    ],
    'cookies': [
      ['Nous utilisons des cookies pour mesurer l\'audience du site.', 'details'],
      ['Nous utilisons des cookies. Vous pouvez les consulter dans la liste ci-dessous.', 'details'],
    ],
    'retention': [
      ['Vos données sont conservées le temps nécessaire à la gestion de votre commande.', 'period'],
    ],
  },
  never: {
    'right-access': [
      'L\'accès au cabinet se fait par la rue des Lilas.',
    ],
  },
};

