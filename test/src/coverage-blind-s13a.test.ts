// The mechanisms a held-out round of whole policies (session 13, round A) found missing, each with
// sentences that give the item and look-alikes that share its words but do not. Written in our own
// words, never a sentence of the round. Each row: [language, requirement, expected, body]; a body
// that opens with its own "## " heading stands under it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageOf, coverageReport, englishCoverageOf, show, type Lang } from './helpers/coverage-lang.js';

type Row = [lang: Lang | 'en', requirement: string, expected: 'present' | 'partial' | 'notpresent' | 'missing', body: string];

const ROWS: Row[] = [
  // A negated transfer abroad is a statement of absence, whatever verb and however the negation stands.
  ['en', 'international-transfers', 'present', 'We not send your information outside of the EEA.'],
  ['en', 'international-transfers', 'partial', 'We not transfer your data outside of the EEA unless safeguards are in place.'],
  ['en', 'international-transfers', 'partial', 'We send your data outside of the EU to our helpdesk provider.'],
  ['nl', 'international-transfers', 'present', 'Wij sturen je gegevens nooit naar landen buiten de Europese Unie.'],
  ['de', 'international-transfers', 'present', 'Wir geben deine Daten nicht in Länder außerhalb von Europa weiter.'],
  ['fr', 'international-transfers', 'present', 'Nous n’envoyons jamais vos données hors de l’Union européenne.'],
  // A list item under a lead-in that offers the request is not narrowed by its own self-service words.
  ['en', 'right-portability', 'present', 'You can ask us to:\n\n- send your details in a machine-readable file to you or to another provider (you can also download it yourself under Profile > Download).'],
  ['en', 'right-access', 'present', 'You can ask us to:\n\n- send you a copy of your data (you can also see most of it in your Profile settings).'],
  ['en', 'right-portability', 'partial', 'You can download your data as a machine-readable file from the Settings menu.'],
  // "Mail us" offers the request.
  ['en', 'right-access', 'present', '## Can I get my data?\n\nYes. Mail us at help@owlpost.example with your member code (Menu > Help) and we will send you a copy of everything we keep on you.'],
  // A named app narrows to self-service.
  ['en', 'right-rectification', 'partial', 'You can look at and edit your details in the Fitly app whenever you like.'],
  ['en', 'right-erasure', 'partial', 'You can delete your profile in the Fitly app.'],
  ['nl', 'right-access', 'partial', 'In de Ledenlijst-app kun je je eigen gegevens bekijken en wijzigen.'],
  ['nl', 'right-rectification', 'partial', 'In de Ledenlijst-app kun je je eigen gegevens bekijken en wijzigen.'],
  ['nl', 'right-access', 'partial', 'Via de KNVB app kun je je gegevens inzien.'],
  ['de', 'right-rectification', 'partial', 'In der Vereinsheim-App kannst du deine Daten jederzeit einsehen und ändern.'],
  // A general withdrawal with marketing as its example stays general.
  ['en', 'withdraw-consent', 'present', 'Where we rely on your consent, for example for text alerts, you can withdraw it at any time by clicking unsubscribe or by phoning us.'],
  ['en', 'withdraw-consent', 'partial', 'You can withdraw your consent to our newsletter at any time by clicking unsubscribe.'],
  // A complaint to a data protection inspectorate or a supervision office, the article perhaps missing.
  ['en', 'complaint-authority', 'present', 'Customer have right to see his data and remove them, and also can send complaint to supervision office for data protection.'],
  ['en', 'complaint-authority', 'present', 'You can complain to the national Data Protection Inspectorate.'],
  ['en', 'complaint-authority', 'notpresent', 'Please send complaint to our customer service.'],
  ['en', 'complaint-authority', 'missing', 'Complaints to the Inspectorate of Schools about lessons should go through the head teacher.'],
  // A data protection lead with a way to reach them.
  ['en', 'dpo-contact', 'present', 'Our Data Protection Lead, Tom Baker, makes sure we handle your data properly. You can reach him at privacy@owlpost.example.'],
  ['en', 'dpo-contact', 'missing', 'Our marketing lead answers questions at hello@owlpost.example.'],
  ['nl', 'dpo-contact', 'present', 'Onze privacycoördinator is bereikbaar via privacy@kwikstaart.example.'],
  ['de', 'dpo-contact', 'present', 'Unsere Datenschutzverantwortliche erreichen Sie unter datenschutz@kiebitz.example.'],
  // The notice named by where it stands.
  ['en', 'policy-changes', 'present', 'If we change this page, we will announce it in the app before the change applies.'],
  ['en', 'policy-changes', 'missing', 'If you want to change this page’s language, use the menu.'],
  ['en', 'policy-changes', 'missing', 'When your order ships, we update this page with the tracking number.'],
  ['nl', 'policy-changes', 'present', 'Als we deze pagina aanpassen, zetten we dat in de nieuwsbrief.'],
  ['de', 'policy-changes', 'present', 'Wenn wir diese Seite ändern, informieren wir Sie per E-Mail.'],
  ['fr', 'policy-changes', 'present', 'Si nous modifions cette page, nous vous préviendrons par courriel.'],
  // Someone else hands us the reader's data.
  ['en', 'data-source', 'present', 'When you log in with Steam, those services hand us your username and a player number.'],
  ['en', 'data-source', 'missing', 'You hand us your username when you register.'],
  ['de', 'data-source', 'present', 'Auch können uns andere Praxen Ihre Befunde zur Verfügung stellen.'],
  ['de', 'data-source', 'present', 'Behandelnde Fachärzte können uns Befunde übermitteln.'],
  ['de', 'data-source', 'missing', 'Wir übermitteln Ihre Befunde an andere Ärzte, wenn Sie zustimmen.'],
  ['de', 'data-source', 'present', 'Einige Angaben erhalten wir nicht direkt von Ihnen, sondern von Ihrer Krankenkasse.'],
  ['nl', 'data-source', 'present', 'Sommige gegevens krijgen we niet van jou zelf maar van je sportbond.'],
  // An operator named after a label before a colon, the label perhaps in bold.
  ['fr', 'controller-identity', 'present', '**Éditrice** : Léa Morel, développeuse – contact : lea@morel-apps.example'],
  ['en', 'controller-identity', 'present', '**Publisher**: Sam Reed, independent developer – contact: sam@reedapps.example'],
  ['en', 'controller-identity', 'notpresent', 'Publisher: Google Play. Contact: sam@gmail.com'],
  ['de', 'controller-identity', 'present', '**Betreiberin:** Jana Wolf, Gartenweg 2, 01067 Dresden'],
  ['nl', 'controller-identity', 'present', '**Uitgever:** Bram de Vries, bram@devries-apps.example'],
  // The policy's date: a month and year in numbers, "Last <word>:", adopted by a body on a date.
  ['en', 'last-updated', 'present', '*Last touched: 3 Mar 2026*'],
  ['en', 'last-updated', 'missing', 'Last orders: 3 Mar 2026 for the sale.'],
  ['de', 'last-updated', 'present', 'Stand: 03/2026'],
  ['de', 'last-updated', 'missing', 'Rechnungen vom 03/2026 bewahren wir auf.'],
  ['nl', 'last-updated', 'present', 'Vastgesteld door het bestuur op 3 maart 2025.'],
  ['fr', 'last-updated', 'present', 'Adoptée par l’assemblée générale le 3 mai 2025.'],
  ['en', 'last-updated', 'present', 'Adopted by the members’ meeting on 3 May 2025.'],
  // Purposes: a purpose clause in nl/de/fr, and list items that open with their end under a purposes heading.
  ['de', 'purposes', 'present', 'Wenn Sie uns eine Anfrage schicken, speichern wir Ihren Namen, Ihre Adresse und die Angaben zu Ihrem Vorhaben, damit wir Ihnen ein Angebot machen können.'],
  ['de', 'purposes', 'missing', 'Wir speichern Ihre Daten um 10 Uhr.'],
  ['nl', 'purposes', 'present', 'We bewaren je telefoonnummer, zodat we je kunnen terugbellen.'],
  ['fr', 'purposes', 'present', 'Nous conservons votre numéro afin de vous rappeler.'],
  ['fr', 'purposes', 'present', '## Pourquoi ?\n\n- organiser les sorties du club ;\n- envoyer la convocation à l’assemblée.'],
  ['fr', 'purposes', 'missing', '## Vos droits\n\n- accéder à vos données ;\n- les rectifier.'],
  ['de', 'purposes', 'present', '## Wozu?\n\n- Organisation der Vereinsfahrten;\n- zur Einladung zur Versammlung.'],
  ['nl', 'purposes', 'present', '## Waarvoor?\n\n- het plannen van de uitjes;\n- om de uitnodiging te sturen.'],
  // The lawful basis in other words.
  ['nl', 'lawful-basis', 'present', 'We gebruiken deze gegevens omdat dat nodig is voor je abonnement, de overeenkomst die je met ons sluit.'],
  ['nl', 'lawful-basis', 'missing', 'Een pasfoto is nodig voor je lidmaatschap.'],
  ['en', 'lawful-basis', 'present', 'We send the newsletter only if you have given consent by ticking the box.'],
  ['en', 'lawful-basis', 'present', '- To text you reminders, but only once you’ve given your consent in the app.'],
  ['en', 'lawful-basis', 'missing', 'You can use the forum only after you have given permission to the moderators to edit posts.'],
  ['en', 'lawful-basis', 'missing', 'You may post only once you have given consent to the forum rules.'],
  // Security: only some people reach a store of data.
  ['nl', 'security', 'present', 'Alleen de trainers en de secretaris hebben toegang tot de ledenlijst.'],
  ['nl', 'security', 'missing', 'Alleen leden hebben toegang tot het clubhuis.'],
  ['en', 'security', 'present', 'Only the treasurer and the secretary have access to the members’ list.'],
  ['en', 'security', 'missing', 'Only members have access to the clubhouse.'],
  ['de', 'security', 'present', 'Nur der Vorstand und die Kassiererin haben Zugriff auf die Mitgliederliste.'],
  ['de', 'security', 'missing', 'Nur Mitglieder haben Zugang zum Vereinsheim.'],
  ['fr', 'security', 'present', 'Seuls la présidente et le trésorier ont accès au fichier des membres.'],
  ['fr', 'security', 'missing', 'Seuls les adhérents ont accès à l’atelier.'],
  // Whether data must be given.
  ['de', 'statutory-contractual', 'present', 'Die Angabe Ihrer Versichertendaten ist Voraussetzung für die Abrechnung.'],
  ['de', 'statutory-contractual', 'present', 'Werden die nötigen Unterlagen nicht vorgelegt, können wir den Antrag nicht bearbeiten.'],
  ['de', 'statutory-contractual', 'missing', 'Eine gute Zusammenarbeit ist Voraussetzung für den Erfolg.'],
  ['en', 'statutory-contractual', 'present', '## Do I need an account?\n\nNo. You can use every feature without signing up. If you skip sign-up, your notes stay only on your phone.'],
  ['en', 'statutory-contractual', 'missing', '## Do I need a ticket?\n\nNo. Entry is free.'],
  // Recipients: a third party that receives named data.
  ['fr', 'recipients', 'present', 'La réservation passe par la plateforme Tixly, qui reçoit vos nom et adresse e-mail.'],
  ['fr', 'recipients', 'missing', 'Le secrétariat, qui reçoit les nouveaux adhérents, est ouvert le mardi.'],
];

for (const [lang, requirement, expected, body] of ROWS) {
  test(`${lang} ${requirement} ${expected}: "${body.length > 70 ? `${body.slice(0, 67)}...` : body}"`, () => {
    const c = lang === 'en' ? englishCoverageOf(body, requirement) : coverageOf(lang, body, requirement);
    if (expected === 'notpresent') assert.notEqual(c.status, 'present', show(c));
    else assert.equal(c.status, expected, show(c));
  });
}

// Batch 2: written after the changes above, with the data frozen, to score them honestly (scored on
// main and on this branch; a row still wrong runs as a todo with what it lacks).
const BATCH2: [...Row, string?][] = [
  ['en', 'international-transfers', 'present', 'Our company not moves personal data out of the EEA.', "“out of the EEA” is no abroad phrase; “our company” no controller"],
  ['nl', 'international-transfers', 'present', 'Je gegevens worden niet buiten de Europese Unie opgeslagen.'],
  ['en', 'right-erasure', 'present', 'Just ask us to:\n\n- erase your account and everything in it (you can also do this yourself in Settings).'],
  ['de', 'right-access', 'partial', 'In der Kurs-App siehst du jederzeit, welche Daten wir über dich gespeichert haben.', "“siehst du, welche Daten” is not read as access at all"],
  ['en', 'withdraw-consent', 'present', 'If we rely on your consent, such as for birthday messages, you can take it back whenever you like by unsubscribing or telling us.'],
  ['en', 'complaint-authority', 'present', 'You may complain also to national data protection office.'],
  ['en', 'dpo-contact', 'present', 'Questions about privacy go to our Privacy Lead at privacy@fernleaf.example.'],
  ['fr', 'controller-identity', 'present', '**Développeur** : Hugo Lambert – hugo@lambert-dev.example'],
  ['de', 'controller-identity', 'present', '**Herausgeber:** Felix Braun, Am Markt 3, 99084 Erfurt'],
  ['en', 'last-updated', 'present', 'Last tweaked: 14 Apr 2026'],
  ['nl', 'last-updated', 'present', 'Stand van zaken: 04/2026'],
  ['fr', 'last-updated', 'present', 'Approuvée par le bureau le 2 avril 2026.'],
  ['de', 'purposes', 'present', 'Ihre Telefonnummer notieren wir, damit wir Sie bei Verspätungen erreichen können.', "“notieren” is in no action class of the German frames"],
  ['fr', 'purposes', 'present', '## À quoi servent vos données ?\n\n- gérer les inscriptions aux stages ;\n- vous rembourser en cas d’annulation.', "« À quoi servent » is no purposes heading in French"],
  ['nl', 'security', 'present', 'Alleen de penningmeester heeft toegang tot de contributieadministratie.'],
  ['de', 'data-source', 'present', 'Manche Daten bekommen wir nicht von Ihnen selbst, sondern vom Jugendamt.'],
  ['en', 'data-source', 'present', 'If you sign in with Apple, Apple hands us your name and a relay e-mail address.'],
  ['fr', 'recipients', 'present', 'Les paiements passent par SumUp, qui reçoit vos nom et numéro de carte.'],
  ['en', 'policy-changes', 'present', 'Whenever we edit this document, the new date appears at the top.', "“edit” is no change verb of the statement reader"],
  ['de', 'statutory-contractual', 'present', 'Die Angabe einer Notfallnummer ist Voraussetzung für die Teilnahme.'],
  ['en', 'lawful-basis', 'present', 'Photos of members go on the website only if you have given consent on the form.'],
];

for (const [lang, requirement, expected, body, why] of BATCH2) {
  test(`batch 2: ${lang} ${requirement} ${expected}: "${body.length > 60 ? `${body.slice(0, 57)}...` : body}"`, why ? { todo: why } : {}, () => {
    const c = lang === 'en' ? englishCoverageOf(body, requirement) : coverageOf(lang, body, requirement);
    if (expected === 'notpresent') assert.notEqual(c.status, 'present', show(c));
    else assert.equal(c.status, expected, show(c));
  });
}

// A mail domain that spells the app's own name (from the title) names no operator.
test('controller-identity: the app named in the title and spelled by the mail domain is no operator', () => {
  const report = coverageReport('# Pebble Tides – Privacy\n\nThe app stores nothing about you.\n\nQuestions? Write to help@pebbletides.app.\n');
  const c = report.find((x) => x.requirement === 'controller-identity')!;
  assert.equal(c.status, 'partial', show(c));
  assert.deepEqual(c.absent, ['identity']);
});
test('controller-identity: an operator named besides the app still counts', () => {
  const report = coverageReport('# Pebble Tides – Privacy\n\nThe app stores nothing about you.\n\nQuestions? Write to help@pebbletides.app.\n\nPebble Tides is made by Kestrel Apps.\n');
  assert.equal(report.find((x) => x.requirement === 'controller-identity')!.status, 'present');
});
