// The cues added for the blind whole-policy rounds of coverage-site-policies-s8.ts, each with a
// sentence that gives its item and a look-alike that shares its words but does not give it (tested
// not to count). Written in our own words. Each row: [language, requirement, expected, body].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageOf, englishCoverageOf, show, type Lang } from './helpers/coverage-lang.js';

type Row = [lang: Lang | 'en', requirement: string, expected: 'present' | 'partial' | 'notpresent', body: string];

const ROWS: Row[] = [
  // The rights cited by their article of the GDPR, in a sentence about rights.
  ['de', 'right-access', 'present', 'Jedem Mitglied stehen die Rechte aus Art. 15, 16 und 17 DSGVO zu.'],
  ['de', 'right-erasure', 'present', 'Jedem Mitglied stehen die Rechte aus Art. 15, 16 und 17 DSGVO zu.'],
  ['de', 'right-restriction', 'notpresent', 'Jedem Mitglied stehen die Rechte aus Art. 15, 16 und 17 DSGVO zu.'],
  ['de', 'right-objection', 'present', 'Die in den Artikeln 15 bis 21 DSGVO genannten Rechte können Sie beim Vorstand geltend machen.'],
  ['de', 'right-access', 'notpresent', 'Unsere Pflichten nach Art. 15 bis 21 DSGVO nehmen wir ernst.'],
  ['de', 'right-access', 'notpresent', 'Die Rechte aus Art. 13 und 14 DSGVO betreffen die Information bei der Erhebung.'],
  ['nl', 'right-erasure', 'present', 'Je hebt de rechten uit de artikelen 15 tot en met 17 van de AVG.'],
  ['nl', 'right-portability', 'notpresent', 'Je hebt de rechten uit de artikelen 15 tot en met 17 van de AVG.'],
  ['fr', 'right-restriction', 'present', 'Vous bénéficiez des droits des articles 16 à 18 du RGPD.'],
  ['fr', 'right-access', 'notpresent', 'Vous bénéficiez des droits des articles 16 à 18 du RGPD.'],
  ['fr', 'right-access', 'notpresent', 'L’article 15 du RGPD s’applique aussi aux sous-traitants.'],
  ['en', 'right-objection', 'present', 'You have the rights set out in Articles 15 to 21 of the GDPR.'],
  ['en', 'right-portability', 'notpresent', 'Articles 15 to 21 of the GDPR bind every controller in the Union.'],
  // Recipients in other words.
  ['nl', 'recipients', 'present', 'Je bestelling gaat naar de vervoerder die het pakket bezorgt.'],
  ['nl', 'recipients', 'notpresent', 'Je gaat naar de website van de winkel om te betalen.'],
  ['de', 'recipients', 'present', 'Die Namen der Spielerinnen melden wir an den Landesverband.'],
  ['de', 'recipients', 'present', 'Für Videokonferenzen nutzen wir einen Anbieter aus Irland.'],
  ['de', 'recipients', 'notpresent', 'Wir sind ein Anbieter von Kassensoftware für Bäckereien.'],
  ['fr', 'recipients', 'present', 'Le paiement passe par Stripe, qui reçoit vos coordonnées bancaires.'],
  ['fr', 'recipients', 'notpresent', 'Le bureau qui reçoit les adhérents est ouvert le mardi soir.'],
  ['fr', 'recipients', 'present', 'Un hébergeur qui intervient pour notre compte conserve le site.'],
  ['fr', 'recipients', 'notpresent', 'Nous travaillons pour notre compte depuis 2010.'],
  // The lawful basis in other words.
  ['nl', 'lawful-basis', 'present', 'Dit doen we omdat het nodig is voor de huurovereenkomst.'],
  ['nl', 'lawful-basis', 'notpresent', 'Een handtekening is nodig voor de overeenkomst.'],
  ['fr', 'lawful-basis', 'present', 'Le traitement repose sur votre adhésion à l’association.'],
  ['fr', 'lawful-basis', 'notpresent', 'Votre adhésion repose sur le paiement de la cotisation annuelle.'],
  ['fr', 'lawful-basis', 'present', 'Nous enregistrons votre position seulement si vous y consentez.'],
  ['fr', 'lawful-basis', 'notpresent', 'Vous pouvez annuler seulement si vous acceptez les frais du séjour.'],
  // Portability in other words.
  ['de', 'right-portability', 'present', 'Sie können verlangen, dass wir Ihnen Ihre Daten in einem maschinenlesbaren Format übermitteln.'],
  ['de', 'right-portability', 'notpresent', 'Bitte schicken Sie uns Ihre Bewerbungsunterlagen in einem gängigen Format.'],
  ['nl', 'right-portability', 'present', 'U kunt uw gegevens laten inzien, laten wissen of laten overdragen.'],
  ['nl', 'right-portability', 'notpresent', 'Je kunt je abonnement laten overdragen aan een huisgenoot.'],
  // What follows when data is not given.
  ['de', 'statutory-contractual', 'present', 'Ohne Telefonnummer können wir Sie nicht zurückrufen.'],
  ['de', 'statutory-contractual', 'present', 'Ohne sie können wir Ihnen keinen Termin geben.'],
  ['de', 'statutory-contractual', 'notpresent', 'Ohne Voranmeldung können wir Sie leider nicht empfangen.'],
  // No program decides about people.
  ['nl', 'automated-decision-making', 'present', 'Er is geen software die aanvragen automatisch afwijst.'],
  ['nl', 'automated-decision-making', 'notpresent', 'Er is geen software die je zelf hoeft te installeren.'],
  ['de', 'automated-decision-making', 'present', 'Es gibt keine Software, die Bewerbungen automatisch aussortiert.'],
  ['de', 'automated-decision-making', 'notpresent', 'Keine Software, die automatisch Updates installiert, läuft auf unseren Kassen.'],
  ['fr', 'automated-decision-making', 'present', 'Aucun logiciel ne rejette automatiquement une candidature.'],
  ['fr', 'automated-decision-making', 'notpresent', 'Aucun logiciel ne s’installe automatiquement sur votre ordinateur.'],
  // Data that comes from someone else.
  ['nl', 'data-source', 'present', 'Soms krijgen we je naam van een collega die je aanbeveelt.'],
  ['nl', 'data-source', 'notpresent', 'We krijgen je naam van jou bij de inschrijving.'],
  ['fr', 'data-source', 'present', 'Nous recevons vos données de vous, mais aussi de sites partenaires.'],
  ['fr', 'data-source', 'notpresent', 'Nous recevons vos demandes par courriel mais aussi par téléphone.'],
  // The kinds of data.
  ['fr', 'data-categories', 'present', 'Nous recueillons votre courriel et votre pseudonyme.'],
  ['fr', 'data-categories', 'notpresent', 'Nous utilisons des véhicules électriques pour nos livraisons.'],
  // A minimum age.
  ['de', 'children', 'present', 'Unsere App ist für Nutzer ab 16 Jahren bestimmt.'],
  ['de', 'children', 'notpresent', 'Eine Ermäßigung gibt es für Personen ab 65 Jahren.'],
  ['nl', 'children', 'present', 'De app is bedoeld voor mensen vanaf 16 jaar.'],
  ['nl', 'children', 'notpresent', 'Korting geldt voor mensen vanaf 65 jaar.'],
  // Quebec's person in charge of personal information, with a way to reach them.
  ['fr', 'dpo-contact', 'present', 'Notre responsable de la protection des renseignements personnels répond à vieprivee@martinet.example.'],
  ['fr', 'dpo-contact', 'notpresent', 'Chaque employé est responsable de la protection des renseignements qu’il consulte.'],
  // A statement of absence with an exception denies nothing: a transfer with no safeguard named.
  ['nl', 'international-transfers', 'partial', 'Wij geven je gegevens niet door buiten de EER, tenzij er passende waarborgen zijn.'],
  ['nl', 'international-transfers', 'present', 'Wij geven je gegevens niet door buiten de EER.'],
  ['nl', 'international-transfers', 'present', 'Wij geven je gegevens niet door buiten de EER. Tenzij je erom vraagt, sturen we geen nieuwsbrief.'],
  ['de', 'international-transfers', 'partial', 'Eine Übermittlung außerhalb der EU findet nicht statt, es sei denn, es bestehen geeignete Garantien.'],
  ['en', 'international-transfers', 'partial', 'We do not transfer personal data outside the EEA unless appropriate safeguards are in place.'],
  ['en', 'international-transfers', 'present', 'We do not transfer personal data outside the EEA.'],
  // Round B's cues.
  ['nl', 'recipients', 'present', 'Een softwarebedrijf dat je gegevens voor ons verwerkt, levert de app.'],
  ['nl', 'recipients', 'notpresent', 'Wij zijn een familiebedrijf dat al veertig jaar voor ons dorp werkt.'],
  ['nl', 'recipients', 'present', 'Bij de overstap geven we een overdrachtsformulier mee aan de nieuwe school.'],
  ['nl', 'recipients', 'notpresent', 'We geven elke deelnemer een tas mee aan het eind van de cursus.'],
  ['nl', 'statutory-contractual', 'present', 'Zonder e-mailadres kunnen wij geen account aanmaken.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Zonder afspraak kunnen wij geen patiënten ontvangen.'],
  ['de', 'recipients', 'present', 'Beim Abspielen wird deine IP-Adresse an Vimeo übertragen.'],
  ['de', 'recipients', 'notpresent', 'Die Aufgaben werden an Mitarbeitende übertragen, die dafür geschult sind.'],
  ['de', 'lawful-basis', 'present', 'Fotos veröffentlichen wir nur mit deinem Einverständnis.'],
  ['de', 'data-categories', 'present', 'Wir speichern deine Telefonnummer und deinen Vornamen.'],
  ['de', 'data-categories', 'notpresent', 'Bitte nutzen Sie unsere Adresse für Rücksendungen.'],
  ['de', 'automated-decision-making', 'present', 'Die Punktzahl ist nur eine Empfehlung; rechtliche Wirkung hat sie für dich nicht.'],
  ['de', 'automated-decision-making', 'notpresent', 'Die englische Fassung dieser Erklärung hat keine rechtliche Wirkung.'],
  ['fr', 'right-access', 'present', 'Tu peux accéder à tes données.'],
  ['fr', 'right-access', 'notpresent', 'Tu peux accéder à tes favoris depuis le menu.'],
  ['fr', 'right-rectification', 'present', 'Vous pouvez consulter vos données et les rectifier.'],
  ['fr', 'right-rectification', 'notpresent', 'Nos données de stock, nous pouvons les corriger chaque semaine.'],
  ['fr', 'automated-decision-making', 'partial', 'Nous analysons tes achats pour te proposer des articles.'],
  ['fr', 'automated-decision-making', 'notpresent', 'Nous analysons les achats de l’année pour proposer de nouveaux produits.'],
  ['fr', 'controller-identity', 'present', 'Cabinet dentaire Dubois, 5 place du Marché, 13100 Aix-en-Provence.'],
  ['fr', 'controller-identity', 'notpresent', 'Le cabinet de notre comptable reçoit les factures chaque mois.'],
  ['fr', 'data-categories', 'present', 'Nous tenons un dossier contenant vos antécédents et vos coordonnées.'],
  ['fr', 'data-categories', 'notpresent', 'Un dossier avec vos questions est préparé avant le rendez-vous.'],
  ['nl', 'legitimate-interests', 'present', 'Om misbruik te voorkomen, loggen we inlogpogingen; dat doen we op basis van ons gerechtvaardigd belang.'],
  ['nl', 'legitimate-interests', 'partial', 'Dat doen we op basis van ons gerechtvaardigd belang.'],
  ['de', 'legitimate-interests', 'present', 'Um Betrug zu verhindern, prüfen wir Bestellungen; das tun wir auf Grundlage unseres berechtigten Interesses.'],
  ['de', 'legitimate-interests', 'partial', 'Das tun wir auf Grundlage unseres berechtigten Interesses.'],
  ['fr', 'legitimate-interests', 'present', 'Pour prévenir la fraude, nous vérifions les commandes ; nous le faisons sur la base de notre intérêt légitime.'],
  ['fr', 'legitimate-interests', 'partial', 'Nous le faisons sur la base de notre intérêt légitime.'],
  // A clause before a semicolon is part of the statement's sentence: its safeguard counts.
  ['de', 'international-transfers', 'present', 'Die Übermittlung stützen wir auf Standardvertragsklauseln; die Daten liegen bei einem Anbieter in den USA.'],
  ['de', 'international-transfers', 'partial', 'Wir prüfen unsere Anbieter sorgfältig. Die Daten liegen bei einem Anbieter in den USA.'],
  // Round C's cues.
  ['nl', 'controller-identity', 'present', 'Korfbalvereniging De Linde, Parkweg 4, 7411 AB Deventer, is verantwoordelijk voor de gegevens van haar leden. Mail: bestuur@kvdelinde.example.'],
  ['nl', 'recipients', 'present', 'Je naam en geboortedatum melden we bij de sportbond.'],
  ['nl', 'recipients', 'notpresent', 'Je kunt je melden bij de receptie van het sportpark.'],
  ['nl', 'statutory-contractual', 'present', 'Zonder die inschrijving kun je niet meedoen aan wedstrijden.'],
  // Written present; revised (session 14): a parent's telephone number is a data category, not a
  // statement about children (the labelled rounds s13-B/C read it so).
  ['nl', 'children', 'notpresent', 'Van jeugdleden vragen we ook het telefoonnummer van een ouder.'],
  ['nl', 'children', 'notpresent', 'Onze jeugdleden trainen op woensdagmiddag.'],
  ['nl', 'right-objection', 'partial', 'Wil je niet op een foto op de website, laat het ons weten.'],
  ['nl', 'right-objection', 'notpresent', 'Wil je een foto van je team, mail dan de secretaris.'],
  ['de', 'legitimate-interests', 'present', 'Wir haben ein berechtigtes Interesse daran, Angriffe auf die Website zu erkennen.'],
  ['de', 'legitimate-interests', 'partial', 'Wir haben daran ein berechtigtes Interesse.'],
  ['de', 'recipients', 'present', 'Unser Hoster speichert die Zugriffsdaten für sieben Tage.'],
  ['de', 'recipients', 'notpresent', 'Wir sind Hoster für Vereinswebsites in der Region.'],
  ['fr', 'right-access', 'present', 'Vous pouvez demander si nous traitons des données vous concernant.'],
  ['fr', 'right-access', 'notpresent', 'Vous pouvez demander si nous avons bien reçu votre dossier de candidature.'],
  // The English website round's cues.
  ['en', 'automated-decision-making', 'present', 'Our system scores each loan application automatically using your credit file.'],
  ['en', 'automated-decision-making', 'notpresent', 'Our system saves your application automatically every few minutes.'],
  ['en', 'automated-decision-making', 'present', 'Most claims are approved automatically within minutes.'],
  ['en', 'automated-decision-making', 'notpresent', 'Cookies are accepted automatically when you keep browsing.'],
  ['en', 'automated-decision-making', 'partial', 'Our partners use cookies to show you more relevant ads.'],
  ['en', 'automated-decision-making', 'partial', 'We recommend shows based on your viewing history.'],
  ['en', 'automated-decision-making', 'notpresent', 'We recommend updating the app regularly.'],
  ['en', 'automated-decision-making', 'present', 'Each refund decision is taken by a staff member, not solely by automated means.'],
  ['en', 'automated-decision-making', 'notpresent', 'Refunds are processed by our staff within a week.'],
  ['en', 'right-objection', 'notpresent', 'California residents may opt out of the sale or sharing of their personal information.'],
  ['en', 'right-objection', 'present', 'You may object to processing based on our legitimate interests.'],
  ['en', 'right-portability', 'present', 'You may ask us to port your personal data to another provider.'],
  ['en', 'right-portability', 'notpresent', 'You can port your phone number to another carrier.'],
  ['en', 'last-updated', 'present', 'Version of 3 March 2026'],
  ['en', 'last-updated', 'notpresent', 'Version of the app: 3.2'],
  ['en', 'security', 'notpresent', 'We only allow this where adequate safeguards are in place.'],
  ['en', 'security', 'present', 'We have put appropriate safeguards in place to protect your information.'],
  ['en', 'data-source', 'present', 'The credit agency checks your score and passes the result to us.'],
  ['en', 'data-source', 'notpresent', 'You can pass the results to us by email.'],
  ['en', 'purposes', 'present', 'Loyalty members: name and email address, to send you points statements.'],
  ['en', 'purposes', 'notpresent', 'Note: on public holidays, to reach us call the hotline.'],
  // An association named by its legal status.
  ['fr', 'controller-identity', 'present', 'Les Amis du Lavoir, association régie par la loi du 1er juillet 1901, 3 rue du Pont, 21000 Dijon, est responsable du traitement.'],
];

for (const [lang, requirement, expected, body] of ROWS) {
  test(`${lang} ${requirement} ${expected}: "${body.length > 70 ? `${body.slice(0, 67)}...` : body}"`, () => {
    const c = lang === 'en' ? englishCoverageOf(body, requirement) : coverageOf(lang, body, requirement);
    if (expected === 'notpresent') {
      assert.notEqual(c.status, 'present', show(c));
      if (requirement === 'withdraw-consent' || requirement === 'international-transfers') assert.notEqual(c.status, 'partial', show(c));
    } else assert.equal(c.status, expected, show(c));
  });
}
