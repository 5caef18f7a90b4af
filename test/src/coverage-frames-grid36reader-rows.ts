// Issue 13, session 36 (helper reader): misreadings in the statement reader that every requirement shares, by class, in
// four languages, written in our own words from the classes (not from any policy):
//  1. Ditransitive objects: in "VERB you a NOUN" (sell / send / give / offer / show you a ticket, an invoice, the results;
//     « vous envoyer un billet », "je een kaartje sturen", „Ihnen ein Ticket zuschicken“) the reader is the indirect object
//     and the noun after it is what is sold or sent, not the data named before the verb: "We need your name, e-mail and date
//     of birth to sell you a ticket" says what the reader must give for a ticket (statutory-contractual), not that we sell
//     their data. Look-alikes: "we can send you a reminder" is no data sharing; "we sell your e-mail address to
//     advertisers" still names recipients.
//  2. List length: the same need read with two listed items must be read with three or four.
//  3. Automated decisions: a human review said first, then "and no decision … is taken on the basis of solely automated
//     processing", says whether (present, not partial).
// BATCH_A was written BEFORE this session's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=grid36reader --batch=a --list` lists the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const LABEL = 'frames grid36reader';

export const BATCH_A: CrossRow[] = [
  // 1 and 2. What the reader must give for what they ask, the data listed before "VERB you a NOUN", any list length.
  ['en', 'statutory-contractual', 'present', 'We need your name and address to sell you a ticket.'],
  ['en', 'statutory-contractual', 'present', 'We need your name, email and address to sell you a ticket.'],
  ['en', 'statutory-contractual', 'present', 'We need your full name, phone number, postcode and date of birth to send you a membership card.'],
  ['en', 'statutory-contractual', 'present', 'I need your name, your street address and your phone number to give you a quote.'],
  ['en', 'statutory-contractual', 'present', 'We need your email address, billing address and card details to send you the invoice and deliver the order.'],
  ['en', 'statutory-contractual', 'present', 'We need your name, email and date of birth to sell you a season pass, send it to you and check it at the door.'],
  ['en', 'recipients', 'notpresent', 'We need your name, email and date of birth to sell you a ticket, send it to you and check it at the gate.'],
  ['en', 'recipients', 'notpresent', 'We can send you a reminder the day before your appointment.'],
  ['en', 'recipients', 'notpresent', 'We use your name, address and phone number to offer you a repair slot and send you the bill.'],
  ['en', 'recipients', 'present', 'We sell your e-mail address to advertisers.'],
  ['en', 'recipients', 'present', 'We send your name, address and phone number to the courier who delivers your parcel.'],
  ['en', 'statutory-contractual', 'notpresent', 'We can send you a reminder the day before your appointment.'],
  ['de', 'statutory-contractual', 'present', 'Wir brauchen Ihren Namen und Ihre Adresse, um Ihnen ein Ticket zu verkaufen.'],
  ['de', 'statutory-contractual', 'present', 'Wir brauchen Ihren Namen, Ihre E-Mail-Adresse und Ihr Geburtsdatum, um Ihnen ein Ticket zu verkaufen.'],
  ['de', 'statutory-contractual', 'present', 'Wir benötigen Ihren Namen, Ihre Anschrift, Ihre Telefonnummer und Ihr Geburtsdatum, um Ihnen die Mitgliedskarte zuzuschicken.'],
  ['de', 'recipients', 'notpresent', 'Wir benötigen Ihren Namen, Ihre Anschrift und Ihre Telefonnummer, um Ihnen die Rechnung zuzuschicken.'],
  ['de', 'recipients', 'notpresent', 'Wir können Ihnen eine Erinnerung schicken.'],
  ['de', 'recipients', 'present', 'Wir verkaufen Ihre E-Mail-Adresse an Werbefirmen.'],
  ['de', 'statutory-contractual', 'notpresent', 'Wir können Ihnen eine Erinnerung schicken.'],
  ['nl', 'statutory-contractual', 'present', 'We hebben je naam en adres nodig om je een kaartje te verkopen.'],
  ['nl', 'statutory-contractual', 'present', 'We hebben je naam, e-mailadres en geboortedatum nodig om je een kaartje te verkopen.'],
  ['nl', 'statutory-contractual', 'present', 'Wij hebben uw naam, adres, telefoonnummer en geboortedatum nodig om u een ledenpas te sturen.'],
  ['nl', 'recipients', 'notpresent', 'We hebben je naam, adres en telefoonnummer nodig om je de factuur te sturen.'],
  ['nl', 'recipients', 'notpresent', 'We kunnen je een herinnering sturen.'],
  ['nl', 'recipients', 'present', 'We verkopen je e-mailadres aan adverteerders.'],
  ['nl', 'statutory-contractual', 'notpresent', 'We kunnen je een herinnering sturen.'],
  ['fr', 'statutory-contractual', 'present', 'Nous avons besoin de votre nom et de votre adresse pour vous vendre un billet.'],
  ['fr', 'statutory-contractual', 'present', 'Nous avons besoin de votre nom, de votre adresse e-mail et de votre date de naissance pour vous vendre un billet.'],
  ['fr', 'statutory-contractual', 'present', 'Nous avons besoin de votre nom, de votre adresse, de votre numéro de téléphone et de votre date de naissance pour vous envoyer votre carte de membre.'],
  ['fr', 'recipients', 'notpresent', 'Nous avons besoin de votre nom, de votre adresse et de votre numéro de téléphone pour vous envoyer la facture.'],
  ['fr', 'recipients', 'notpresent', 'Nous pouvons vous envoyer un rappel.'],
  ['fr', 'recipients', 'present', 'Nous vendons votre adresse e-mail à des annonceurs.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Nous pouvons vous envoyer un rappel.'],
  // 3. A human review said first, then no decision solely by automated means: whether is said.
  ['en', 'automated-decision-making', 'present', 'Every application is read by a member of our team, and no decision about you is taken on the basis of solely automated processing.'],
  ['en', 'automated-decision-making', 'present', 'The shortlist is checked by a recruiter, and no decision about whether to invite you is made by automated means alone.'],
  ['en', 'automated-decision-making', 'present', 'We review every claim by hand and we make no decisions based solely on automated processing.'],
  ['en', 'automated-decision-making', 'present', 'Our matching tool suggests roles, but these suggestions are looked at by a consultant, and no decision is taken about you by software alone.'],
  ['en', 'automated-decision-making', 'notpresent', 'Every application is read by a member of our team.'],
  ['de', 'automated-decision-making', 'present', 'Die Vorschläge prüft eine Beraterin, und keine Entscheidung über Sie wird ausschließlich automatisiert getroffen.'],
  ['de', 'automated-decision-making', 'present', 'Jede Bewerbung wird von einer Person gelesen, und es werden keine Entscheidungen ausschließlich auf Grundlage einer automatisierten Verarbeitung getroffen.'],
  ['de', 'automated-decision-making', 'notpresent', 'Jede Bewerbung wird von einer Person gelesen.'],
  ['nl', 'automated-decision-making', 'present', 'De voorstellen worden door een consulent bekeken, en er wordt geen besluit over u genomen dat uitsluitend op geautomatiseerde verwerking berust.'],
  ['nl', 'automated-decision-making', 'present', 'Elke aanvraag wordt door een medewerker gelezen en we nemen geen besluiten die alleen op geautomatiseerde verwerking gebaseerd zijn.'],
  ['nl', 'automated-decision-making', 'notpresent', 'Elke aanvraag wordt door een medewerker gelezen.'],
  ['fr', 'automated-decision-making', 'present', 'Les suggestions sont examinées par un conseiller, et aucune décision vous concernant n\u2019est prise sur le seul fondement d\u2019un traitement automatisé.'],
  ['fr', 'automated-decision-making', 'present', 'Chaque candidature est lue par un membre de l\u2019équipe et aucune décision n\u2019est fondée exclusivement sur un traitement automatisé.'],
  ['fr', 'automated-decision-making', 'notpresent', 'Chaque candidature est lue par un membre de l\u2019équipe.'],
  // 3, the decision named with a long clause of what it is about before "is taken" (the cue's reach).
  ['en', 'automated-decision-making', 'present', 'Our software ranks the applicants. These rankings are checked by a recruiter, and no decision about whether to send you a job offer for a role is taken on the basis of solely automated processing.'],
  ['en', 'automated-decision-making', 'present', 'No decision about whether to put your name forward to one of our clients for an interview is ever made by automated means alone.'],
  ['en', 'automated-decision-making', 'present', 'A tutor reviews every essay, and no decision on the grade you receive for your final assignment in the course is taken solely by a computer.'],
  ['en', 'automated-decision-making', 'notpresent', 'We decide about your application for a role within two weeks of the interview.'],
  ['de', 'automated-decision-making', 'present', 'Die Software erstellt eine Rangliste. Eine Beraterin prüft diese, und keine Entscheidung darüber, ob wir Sie einem unserer Kunden für eine offene Stelle vorschlagen, wird ausschließlich automatisiert getroffen.'],
  ['de', 'automated-decision-making', 'notpresent', 'Über Ihre Bewerbung für eine offene Stelle entscheiden wir innerhalb von zwei Wochen nach dem Gespräch.'],
  ['nl', 'automated-decision-making', 'present', 'Onze software maakt een ranglijst. Een consulent bekijkt die, en er wordt geen besluit over de vraag of we je aan een van onze opdrachtgevers voorstellen voor een vacature uitsluitend geautomatiseerd genomen.'],
  ['nl', 'automated-decision-making', 'notpresent', 'Over je sollicitatie voor een vacature beslissen we binnen twee weken na het gesprek.'],
  ['fr', 'automated-decision-making', 'present', 'Notre logiciel établit un classement. Un conseiller le vérifie, et aucune décision sur la question de savoir si nous vous présentons à l\u2019un de nos clients pour un poste n\u2019est prise de manière entièrement automatisée.'],
  ['fr', 'automated-decision-making', 'notpresent', 'Nous prenons une décision sur votre candidature dans les deux semaines suivant l\u2019entretien.'],
];

// Written after a review of the change, from the over-reaches it found (each a class): a need's list that runs into another
// clause or names consent; a pronoun that opens its own clause after "que", "dat" (its subject, not a receiver); a comma after
// an object that ends a clause ("When you …, your courier …").
export const BATCH_B: CrossRow[] = [
  ['en', 'statutory-contractual', 'notpresent', 'We need your consent before we pass your email address to our partners.'],
  ['en', 'statutory-contractual', 'notpresent', 'We need your permission before we give your phone number to anyone.'],
  ['en', 'statutory-contractual', 'notpresent', 'We require that you keep your password and account details to yourself.'],
  ['en', 'statutory-contractual', 'notpresent', 'We need your agreement before we share your phone number to arrange a call back.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Nous avons besoin de votre nom et vous pouvez nous écrire à tout moment pour corriger vos données.'],
  ['fr', 'statutory-contractual', 'present', 'Nous avons besoin de votre nom, de votre adresse e-mail et de votre date de naissance pour vous vendre un billet.'],
  ['fr', 'withdraw-consent', 'present', 'Nous acceptons que vous retiriez le consentement à tout moment.'],
  ['fr', 'withdraw-consent', 'present', 'Nous vous rappelons que vous retirez le consentement à tout moment, par simple e-mail.'],
  ['nl', 'right-access', 'present', 'Wij zorgen ervoor dat u de gegevens kunt inzien.'],
  ['en', 'recipients', 'present', 'When you place your order, your courier gets your address.'],
];

/** Rows the checker still gets wrong: body → what it lacks. */
export const KNOWN: Record<string, string> = {
  'Wir verkaufen Ihre E-Mail-Adresse an Werbefirmen.': 'read missing on main too: "Werbefirmen" is no recipient word German knows (vocabulary, not the reader)',
};
