// Issue 13, session 28 (helper consent): held-out rows for withdraw-consent, retention and legitimate-interests,
// by what a sentence says, in all four languages where the kind exists:
// - a withdrawal that is not marketing's alone although it names the mailing: a consent to the mailing or to
//   something else, each with a preposition of its own ("consent to promotional e-mails or to the use of your
//   fitness data"), a general withdrawal followed by a list of means where one item is long ("… or switch off
//   location sharing from the privacy menu at the bottom of every screen"), and a mailing's consent withdrawn
//   "at any time" beside another consent that has a withdrawal of its own; look-alikes where every object or
//   means is the mailing's, or the other consent is left without one;
// - a feature that rests on consent switched off at any time ("Reminders by text are sent only with your
//   consent. You can switch the reminders off at any time"): the withdrawal of that consent in other words;
//   look-alikes where the feature switched off is not one that consent was given for (dark mode, sounds);
// - retention: "as long as necessary for the purposes described above" stays partial in every language
//   beside an erasure on request with its time ("ask us to erase …: we delete them within 14 days") and
//   cookies that keep a basket filled or the reader signed in; look-alikes with a real period or criterion;
// - legitimate interests named as a basis with no interest ("when a legitimate interest of ours allows it") stay partial beside a
//   "we keep nothing about you" said only of one kind of visit or with an exception ("if you only browse …
//   beyond what your card provider holds"): no blanket statement.
// Written in our own words. BATCH_A was written BEFORE this helper's changes.
// `node scripts/score-rows.js . --rows=en28consent --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

const OTHER_EN = '\n\nWith your consent we also use your location to show nearby shops.';
const OTHER_DE = '\n\nMit Ihrer Einwilligung nutzen wir außerdem Ihren Standort, um Filialen in der Nähe anzuzeigen.';
const OTHER_NL = '\n\nMet je toestemming gebruiken we ook je locatie om winkels in de buurt te tonen.';
const OTHER_FR = '\n\nAvec votre consentement, nous utilisons aussi votre position pour afficher les magasins proches.';

export const BATCH_A: CrossRow[] = [
  // ---- 1. a withdrawal that names the mailing and something else, or several means ----
  ['en', 'withdraw-consent', 'present', 'You can withdraw your consent to promotional e-mails or to the use of your fitness data at any time, through your profile, the unsubscribe link or a message to our support team.'],
  ['en', 'withdraw-consent', 'present', 'Consent to our newsletter and to the storing of your allergy notes can be withdrawn at any time using the unsubscribe link or by telling the counter staff.'],
  ['en', 'withdraw-consent', 'present', 'You can withdraw consent whenever you like: adjust your mailing preferences in your account, use the unsubscribe link in any newsletter, or switch off location sharing from the privacy menu at the bottom of every screen.'],
  ['en', 'withdraw-consent', 'present', "You may withdraw consent at any time: update your newsletter settings on the profile page, click unsubscribe in any e-mail, or turn off personalised recommendations with the toggle on the app's privacy settings screen."],
  ['de', 'withdraw-consent', 'present', 'Ihre Einwilligung in den Newsletter oder in die Speicherung Ihrer Allergiedaten können Sie jederzeit widerrufen, über Ihr Kundenkonto, den Abmeldelink oder eine Nachricht an uns.'],
  ['de', 'withdraw-consent', 'present', 'Sie können Ihre Einwilligung jederzeit widerrufen: Newsletter-Einstellungen im Kundenkonto ändern, den Abmeldelink in jeder E-Mail nutzen oder die Standortfreigabe über das Datenschutzmenü am unteren Rand jeder Seite ausschalten.'],
  ['nl', 'withdraw-consent', 'present', 'Je toestemming voor de nieuwsbrief of voor het bewaren van je allergiegegevens kun je op elk moment intrekken, via je account, de afmeldlink of een bericht aan ons.'],
  ['nl', 'withdraw-consent', 'present', 'Je kunt je toestemming altijd intrekken: pas je nieuwsbriefvoorkeuren aan in je account, gebruik de afmeldlink in elke e-mail, of zet het delen van je locatie uit via het privacymenu onderaan elk scherm.'],
  ['fr', 'withdraw-consent', 'present', 'Vous pouvez retirer à tout moment votre consentement à la newsletter ou à la conservation de vos données d’allergies, depuis votre compte, par le lien de désinscription ou par un message à notre équipe.'],
  ['fr', 'withdraw-consent', 'present', 'Vous pouvez retirer votre consentement à tout moment : modifiez vos préférences de newsletter dans votre compte, utilisez le lien de désinscription de chaque courriel, ou désactivez le partage de position depuis le menu de confidentialité en bas de chaque écran.'],
  // the mailing's consent withdrawn at any time, the other consent withdrawn in its own words
  ['en', 'withdraw-consent', 'present', 'Our bulletin goes out only with your consent, and you may take it back whenever you like through the link at its foot or by e-mailing us.\n\nWith your permission we also set statistics cookies to count visits; you can change your choice at any time through "Cookie choices" at the bottom of each page.'],
  ['de', 'withdraw-consent', 'present', 'Unseren Rundbrief erhalten Sie nur mit Ihrer Einwilligung, die Sie jederzeit über den Link darin oder per E-Mail an uns widerrufen können.\n\nMit Ihrer Einwilligung setzen wir außerdem Statistik-Cookies; Ihre Auswahl können Sie jederzeit über „Cookie-Einstellungen“ am Seitenende ändern.'],
  // look-alikes: every object or means is the mailing's, or the other consent has no withdrawal
  ['en', 'withdraw-consent', 'partial', `You can withdraw your consent to promotional e-mails or to marketing texts at any time, using the unsubscribe link or by replying STOP.${OTHER_EN}`],
  ['en', 'withdraw-consent', 'partial', `You can withdraw consent at any time: change your newsletter preferences in your account, use the unsubscribe link in any e-mail, or reply STOP to any of our promotional text messages you receive.${OTHER_EN}`],
  ['en', 'withdraw-consent', 'partial', 'Our bulletin goes out only with your consent, and you may take it back whenever you like through the link at its foot or by e-mailing us.\n\nWith your permission we also set statistics cookies to count visits.'],
  ['de', 'withdraw-consent', 'partial', `Ihre Einwilligung in den Newsletter oder in Werbe-SMS können Sie jederzeit über den Abmeldelink widerrufen.${OTHER_DE}`],
  ['nl', 'withdraw-consent', 'partial', `Je toestemming voor de nieuwsbrief of voor reclame per sms kun je op elk moment intrekken via de afmeldlink.${OTHER_NL}`],
  ['fr', 'withdraw-consent', 'partial', `Vous pouvez retirer à tout moment votre consentement à la newsletter ou aux SMS promotionnels grâce au lien de désinscription.${OTHER_FR}`],
  // ---- 2. a feature that rests on consent, switched off at any time ----
  ['en', 'withdraw-consent', 'present', 'Workout reminders by text are sent only with your consent. You can switch the reminders off at any time in your profile.'],
  ['en', 'withdraw-consent', 'present', 'With your consent, the app records sleep sounds to score your rest. You can turn sleep recording off at any time under Settings.'],
  ['en', 'withdraw-consent', 'present', 'Location-based offers rest on your consent. If you switched on location-based offers, you can switch them off at any time in the app.'],
  ['en', 'withdraw-consent', 'present', 'Tailored meal plans use your health data, and we only make them with your consent. You can turn off tailored meal plans whenever you like on the profile page.'],
  ['de', 'withdraw-consent', 'present', 'Erinnerungen per SMS schicken wir nur mit Ihrer Einwilligung. Sie können die Erinnerungen jederzeit in den Einstellungen abschalten.'],
  ['nl', 'withdraw-consent', 'present', 'Herinneringen per sms sturen we alleen met je toestemming. Je kunt de herinneringen op elk moment uitzetten in de instellingen.'],
  ['fr', 'withdraw-consent', 'present', 'Les rappels par SMS reposent sur votre consentement. Vous pouvez désactiver les rappels à tout moment dans les réglages.'],
  // look-alikes: the feature switched off is not what consent was given for
  ['en', 'withdraw-consent', 'missing', `You can switch dark mode off at any time in the settings.${OTHER_EN}`],
  ['en', 'withdraw-consent', 'missing', `We send booking reminders as part of the service. You can turn the reminders off at any time in your profile.${OTHER_EN}`],
  ['en', 'withdraw-consent', 'missing', 'With your consent we send you a weekly summary e-mail. You can turn off the sound effects at any time in the settings.'],
  ['de', 'withdraw-consent', 'missing', `Sie können den Dunkelmodus jederzeit in den Einstellungen abschalten.${OTHER_DE}`],
  ['nl', 'withdraw-consent', 'missing', `Je kunt het geluid op elk moment uitzetten in de instellingen.${OTHER_NL}`],
  ['fr', 'withdraw-consent', 'missing', `Vous pouvez désactiver le mode sombre à tout moment dans les réglages.${OTHER_FR}`],
  // ---- 3. retention: "as long as necessary for the purposes above", with look-alikes of a period beside it ----
  ['en', 'retention', 'partial', 'We keep your records for as long as necessary for the purposes set out above. You can also ask us to erase your details: send us a note and we delete them within 14 days.'],
  ['en', 'retention', 'partial', 'Account data is kept as long as needed for the purposes in this notice. You may ask me to remove everything, and I remove it within a week.'],
  ['en', 'retention', 'partial', 'We keep your order history as long as necessary for these purposes, including to meet our tax duties. Our essential cookies keep your basket filled while you shop and keep you signed in.'],
  ['en', 'retention', 'partial', 'Your profile is retained for as long as necessary for the purposes described above.'],
  ['de', 'retention', 'partial', 'Wir speichern Ihre Daten so lange, wie es für die oben genannten Zwecke erforderlich ist.'],
  ['nl', 'retention', 'partial', 'We bewaren je gegevens zolang dat nodig is voor de doelen die hierboven staan.'],
  ['fr', 'retention', 'partial', 'Nous conservons vos données aussi longtemps que nécessaire pour les finalités décrites plus haut.'],
  ['fr', 'retention', 'partial', 'Nous conservons vos données aussi longtemps que nécessaire. Vous pouvez aussi nous demander d’effacer vos données : nous les supprimons sous 30 jours.'],
  // look-alikes: a period or a criterion a reader can apply
  ['en', 'retention', 'present', 'We keep your records for as long as necessary for these purposes, and delete them 30 days after you close your account.'],
  ['en', 'retention', 'present', 'Ask us and we erase your account; otherwise we keep it for three years after your last order.'],
  ['en', 'retention', 'present', 'Your profile is kept for as long as your membership is active.'],
  ['de', 'retention', 'present', 'Wir speichern Ihre Daten, bis Sie den Newsletter abbestellen.'],
  ['nl', 'retention', 'present', 'We bewaren je gegevens zolang je lid bent.'],
  ['fr', 'retention', 'present', 'Nous conservons vos données tant que votre compte est ouvert.'],
  // ---- 4. legitimate interests named without the interests, beside a "we keep nothing" of one kind of visit ----
  ['en', 'legitimate-interests', 'partial', 'If you only browse in our shop, we do not keep anything about you beyond what your card provider already holds.\n\nWe may also use your order history when a legitimate interest of ours allows it.'],
  ['en', 'legitimate-interests', 'partial', 'Apart from the receipt, we do not keep anything about you when you pay at the till. Some of what we do rests on our legitimate interests.'],
  ['en', 'legitimate-interests', 'partial', 'Your details may also be used when a legitimate interest of ours allows it.'],
  ['en', 'automated-decision-making', 'missing', 'If you only browse in our shop, we do not keep anything about you beyond what your card provider already holds.\n\nMembers get a stamp card with their name on it.'],
  // look-alikes: the interest named, or a blanket that holds
  ['en', 'legitimate-interests', 'present', 'We rely on our legitimate interest in keeping the shop safe from card fraud.'],
  ['en', 'legitimate-interests', 'present', 'The game does not collect anything about you or your child.'],
];

export const LABEL = 'frames round 28 (consent)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at 2d57c22 gets 21 of 51 wrong).
  'Consent to our newsletter and to the storing of your allergy notes can be withdrawn at any time using the unsubscribe link or by telling the counter staff.':
    'round 28, batch a: missing: twelve words stand between "Consent" and "withdrawn", and the phrase that reads a consent before its withdrawal reaches ten',
  'Our bulletin goes out only with your consent, and you may take it back whenever you like through the link at its foot or by e-mailing us.\n\nWith your permission we also set statistics cookies to count visits.':
    'round 28, batch a: present, not partial: "bulletin" is no narrowing word (`narrow` knows newsletters, marketing, promotional), so the withdrawal is read as general; left, as widening `narrow` was not measured',
};
