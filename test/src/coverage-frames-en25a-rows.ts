// Issue 13, session 25 (helper consent): held-out rows for withdraw-consent, statutory-contractual and
// data-source, by what a sentence says (who must give what to whom, or else what; where the data comes
// from; a consent taken back), in all four languages where the kind exists:
// - a question set in bold as a paragraph of its own, answered in the next paragraph, as pasted FAQs have
//   it ("**Must I share my address?**" over "No. …"): read as a question heading's answer;
//   look-alikes: a bold question about something else (a booking, a price);
// - a consent named in one sentence and withdrawn by a pronoun in the next ("You can withdraw it at any
//   time"); look-alikes: the pronoun stands for money or a deposit;
// - an opt-in feature switched off with the particle before it ("turn off error reports at any time");
// - the channel a consent is about ("consent to receive invoices by e-mail") is no way of withdrawing it;
// - statutory-contractual: a form or declaration the reader must complete and "if you'd rather not, we
//   can't …"; the refusal put first in Dutch and German ("Wilt u … niet …, dan kunnen wij … niet");
//   what cannot be confirmed without a certificate or proof, in the passive; look-alikes: a duty that is no
//   data, a code or password without which something cannot be opened, a newsletter declined;
// - data-source: an outside system or store that reports the reader's status, result or ID back to us, or
//   "tells us whether …"; other people's details that come from the reader "rather than from them";
//   look-alikes: we tell the reader, the reader tells us, a supplier's own invoice.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en25a --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. a bold question paragraph, its answer in the next paragraph ----
  ['en', 'statutory-contractual', 'present', '**Do I need to give you my details?**\n\nNo. You can browse the timetable without an account; only booking a class needs an e-mail address.'],
  ['en', 'statutory-contractual', 'present', '**Must I tell you my date of birth?**\n\nYes. We cannot insure a hire bike for a rider whose age we do not know.'],
  ['en', 'withdraw-consent', 'present', 'We send birthday offers only to members who opted in.\n\n**Can I change my mind later?**\n\nYes, whenever you like: untick the box in your profile or write to hello@pinecrest.example.'],
  ['nl', 'statutory-contractual', 'present', '**Moet ik mijn gegevens geven?**\n\nNee. Alleen voor een reservering hebben we je naam en telefoonnummer nodig.'],
  ['de', 'withdraw-consent', 'present', 'Fotos vom Vereinsfest veröffentlichen wir nur mit Ihrer Einwilligung.\n\n**Kann ich es mir anders überlegen?**\n\nJa, jederzeit – eine kurze Nachricht an den Vorstand genügt.'],
  ['fr', 'statutory-contractual', 'present', '**Suis-je obligé de vous donner ces informations ?**\n\nNon. Seule l’adresse de livraison est indispensable pour expédier votre commande.'],
  // look-alikes: a bold question about something else
  ['en', 'withdraw-consent', 'notpresent', '**Can I change my booking?**\n\nYes, up to two days before your visit, from the link in your confirmation e-mail.'],
  ['en', 'statutory-contractual', 'notpresent', '**Do I have to pay for the app?**\n\nNo. The app is free, and there are no adverts.'],
  ['fr', 'withdraw-consent', 'notpresent', '**Puis-je changer de créneau ?**\n\nOui, jusqu’à la veille, depuis votre espace client.'],
  // ---- 2. consent in one sentence, withdrawn by a pronoun in the next ----
  ['en', 'withdraw-consent', 'present', 'We ask for your consent before we put your pupil’s artwork on the school blog. You can withdraw it at any time by letting the class teacher know.'],
  ['en', 'withdraw-consent', 'present', 'Reminder texts are sent only with your permission. It can be withdrawn at any time by replying to any text or calling the surgery.'],
  ['en', 'withdraw-consent', 'present', 'Location sharing during a ride needs your consent. You may revoke this whenever you wish in the app.'],
  ['fr', 'withdraw-consent', 'present', 'Nous demandons votre consentement avant de publier les photos du tournoi. Vous pouvez le retirer à tout moment en écrivant au secrétariat.'],
  ['nl', 'withdraw-consent', 'present', 'Voor het delen van uw locatie vragen wij uw toestemming. U kunt deze op elk moment weer intrekken via de instellingen of per e-mail.'],
  // look-alikes: the pronoun stands for money or a deposit
  ['en', 'withdraw-consent', 'notpresent', 'We hold a deposit when you book a room. You can withdraw it at any time before check-in.'],
  ['en', 'withdraw-consent', 'notpresent', 'Your winnings are credited to your wallet. You may withdraw them at any time to your bank account.'],
  ['fr', 'withdraw-consent', 'notpresent', 'Votre colis est déposé au point relais. Vous pouvez le retirer à tout moment pendant dix jours.'],
  // ---- 3. an opt-in feature switched off, the particle first ----
  ['en', 'withdraw-consent', 'present', 'Usage statistics are shared with us only if you agree on first launch. You can switch off usage statistics at any time in Settings.'],
  ['en', 'withdraw-consent', 'present', 'Personalised recommendations rest on your consent. You can turn off personalisation whenever you like from your account page.'],
  ['en', 'withdraw-consent', 'notpresent', 'You can turn off dark mode at any time in Settings.'],
  ['en', 'withdraw-consent', 'notpresent', 'You can switch off sound effects whenever you like.'],
  // ---- 4. the channel a consent is about is no way of withdrawing it ----
  ['de', 'withdraw-consent', 'partial', 'Wenn Sie eingewilligt haben, dass wir Ihnen Rechnungen per E-Mail zusenden, können Sie diese Einwilligung widerrufen.'],
  ['de', 'withdraw-consent', 'partial', 'Haben Sie uns Ihre Einwilligung zur Terminerinnerung per SMS gegeben, können Sie diese widerrufen.'],
  ['en', 'withdraw-consent', 'partial', 'If you have consented to receive your statements by email instead of by post, you can withdraw that consent.'],
  ['nl', 'withdraw-consent', 'partial', 'Hebt u toestemming gegeven om uw facturen per e-mail te ontvangen, dan kunt u die toestemming intrekken.'],
  ['fr', 'withdraw-consent', 'partial', 'Si vous avez consenti à recevoir vos factures par e-mail, vous pouvez retirer ce consentement.'],
  // look-alikes: the channel is the way to withdraw
  ['de', 'withdraw-consent', 'present', 'Ihre Einwilligung in die Fotoveröffentlichung können Sie per E-Mail an den Vorstand widerrufen.'],
  ['en', 'withdraw-consent', 'present', 'You can withdraw your consent to the photo gallery by email to the office.'],
  // ---- 5. a form the reader must complete; "if you'd rather not, we can't" ----
  ['en', 'statutory-contractual', 'present', 'Every diver must fill in the medical questionnaire before the first dive. If you would rather not, we cannot take you into the water.'],
  ['en', 'statutory-contractual', 'present', 'Guests have to complete the registration card on arrival. If you prefer not to, we are unable to give you a room.'],
  ['en', 'statutory-contractual', 'present', 'You will need to complete the allergy form before your child joins the holiday club; if you don’t, we can’t accept the booking.'],
  ['en', 'statutory-contractual', 'notpresent', 'You must complete the safety briefing before you climb.'],
  ['en', 'statutory-contractual', 'notpresent', 'Our volunteers must complete a data protection course each spring.'],
  // ---- 6. the refusal put first ----
  ['nl', 'statutory-contractual', 'present', 'Wilt u uw identiteitsbewijs niet tonen, dan kunnen we u helaas geen auto verhuren.'],
  ['nl', 'statutory-contractual', 'present', 'Wil je je geboortedatum liever niet geven, dan kunnen we je niet inschrijven voor de jeugdcompetitie.'],
  ['de', 'statutory-contractual', 'present', 'Möchten Sie Ihre Versichertennummer nicht angeben, können wir die Behandlung nicht über die Krankenkasse abrechnen.'],
  ['fr', 'statutory-contractual', 'present', 'Si vous ne souhaitez pas nous communiquer votre date de naissance, nous ne pourrons pas inscrire votre enfant au championnat.'],
  ['en', 'statutory-contractual', 'present', 'Should you prefer not to show photo ID, we will not be able to release the parcel.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Wilt u onze nieuwsbrief niet meer ontvangen, dan kunt u zich afmelden via de link onderaan.'],
  ['de', 'statutory-contractual', 'notpresent', 'Möchten Sie keine Werbung mehr erhalten, können Sie dem jederzeit widersprechen.'],
  // ---- 7. without a certificate or proof, something cannot be confirmed (passive) ----
  ['fr', 'statutory-contractual', 'present', 'Un certificat médical est demandé pour la licence : sans ce certificat, l’inscription ne peut pas être validée.'],
  ['en', 'statutory-contractual', 'present', 'We ask for proof of address. Without this proof, the account cannot be opened.'],
  ['de', 'statutory-contractual', 'present', 'Wir benötigen einen Impfnachweis. Ohne diesen Nachweis kann die Aufnahme in die Kita nicht bestätigt werden.'],
  ['nl', 'statutory-contractual', 'present', 'Wij vragen een verklaring omtrent gedrag. Zonder deze verklaring kan de aanstelling niet worden bevestigd.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Sans ce code, la porte du local ne peut pas être ouverte.'],
  ['en', 'statutory-contractual', 'notpresent', 'Without the password, the backup cannot be opened.'],
  // ---- 8. an outside system or store reports the reader's status or result to us ----
  ['en', 'data-source', 'present', 'After each race, the timing company’s system sends us back your finishing time and chip number.'],
  ['en', 'data-source', 'present', 'Apple’s app store tells us whether your subscription has been renewed.'],
  ['en', 'data-source', 'present', 'Premium is billed through Google Play or the App Store. They let us know when your trial ends, but not your card details.'],
  ['en', 'data-source', 'present', 'Once your licence is checked, the national federation’s database returns your membership status and licence number to us.'],
  // look-alikes: we tell the reader, the reader tells us, a supplier's own invoice
  ['en', 'data-source', 'notpresent', 'We tell you whether your order has been dispatched.'],
  ['en', 'data-source', 'notpresent', 'Please tell us whether your address has changed.'],
  ['en', 'data-source', 'notpresent', 'Our printing firm sends us an invoice each month.'],
  // ---- 9. other people's details from the reader, not from them ----
  ['en', 'data-source', 'present', 'Your passengers’ names come to us from you and not from them, when you book for a group.'],
  ['en', 'data-source', 'present', 'The emergency contact’s details come to us from you, not from that person directly.'],
  ['fr', 'data-source', 'present', 'Les coordonnées de vos invités nous parviennent par vous, et non par eux-mêmes.'],
  ['de', 'data-source', 'present', 'Die Namen Ihrer Gäste erhalten wir von Ihnen und nicht von den Gästen selbst.'],
  ['nl', 'data-source', 'present', 'De namen van je gasten krijgen we van jou, niet van de gasten zelf.'],
  ['en', 'data-source', 'notpresent', 'Your parcel reaches you from our warehouse rather than from the maker.'],
];

/**
 * Batch b: written after batch a's changes (data as it then stood), the same kinds in other words and
 * domains, with look-alikes.
 */
export const BATCH_B: CrossRow[] = [
  ['de', 'withdraw-consent', 'present', 'Sie können Ihre Einwilligung jederzeit zurückziehen, über den Link im Newsletter oder per E-Mail an den Verein.'],
  ['en', 'withdraw-consent', 'present', 'If you agreed to get appointment reminders by text, that consent can be withdrawn whenever you wish: just call reception.'],
  ['en', 'withdraw-consent', 'present', 'We only post team photos with your permission. You can withdraw it whenever you like by messaging your coach.'],
  ['en', 'withdraw-consent', 'notpresent', 'Your signed consent form is kept on file. You can withdraw cash at the front desk.'],
  ['en', 'statutory-contractual', 'present', 'Couriers have to upload a copy of their driving licence before the first delivery. Should you prefer not to, we can’t give you any jobs.'],
  ['en', 'statutory-contractual', 'notpresent', 'You must complete the online induction before your first shift. If you don’t, we can’t give you shifts.'],
  ['nl', 'statutory-contractual', 'present', 'Wilt u uw e-mailadres niet opgeven, dan kunnen wij u de uitslag niet toesturen.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Wilt u niet gebeld worden, dan kunt u dat bij de inschrijving aangeven.'],
  ['de', 'statutory-contractual', 'present', 'Wollen Sie Ihr Geburtsdatum nicht angeben, können wir Ihnen keinen Seniorentarif gewähren.'],
  ['fr', 'statutory-contractual', 'present', 'Sans cette attestation, votre dossier ne pourra pas être traité.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Sans ce badge, la salle ne peut pas être ouverte.'],
  ['en', 'data-source', 'present', 'After each match, the league’s results service sends us back the scores and player ratings.'],
  ['en', 'data-source', 'present', 'When you book through a travel agent, they tell us whether you need a wheelchair.'],
  ['en', 'data-source', 'present', 'Your children’s details come to us from you, not from the children themselves.'],
  ['en', 'data-source', 'notpresent', 'We tell the app store whether your refund was approved.'],
];

export const LABEL = 'frames round 25 (consent)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at fd39fe5 got 30 of 59 wrong).
  'Fotos vom Vereinsfest veröffentlichen wir nur mit Ihrer Einwilligung.\n\n**Kann ich es mir anders überlegen?**\n\nJa, jederzeit – eine kurze Nachricht an den Vorstand genügt.':
    'round 25, batch a: missing: the question is now the answer\'s, but German\'s swap makes "es mir" "es Ihnen", not the reflexive "es sich" the change-of-mind cue reads',
  // Batch b: written after batch a's changes (4 of 15 wrong then; the courier row passes since "upload" joined the form cue).
  'Sie können Ihre Einwilligung jederzeit zurückziehen, über den Link im Newsletter oder per E-Mail an den Verein.':
    'round 25, batch b: partial: narrowed to the newsletter; "per E-Mail an den Verein" names the controller by its kind, and only "an uns" is read as a request that widens it (as on main)',
  'After each match, the league’s results service sends us back the scores and player ratings.':
    'round 25, batch b: missing: scores and ratings said with "the" are no class of the reader\'s data',
  'When you book through a travel agent, they tell us whether you need a wheelchair.':
    'round 25, batch b: missing: "they" for the agent named in the same sentence is no subject of a class',
};
