// Issue 13, session 24 (helper consent): held-out rows for withdraw-consent, statutory-contractual and
// data-source, by what a sentence says, in all four languages where the kind exists:
// - the withdrawal of the policy's one consent, named as consent, narrowed to that one use (a mailing,
//   push messages) with "at any time": the whole item where no other processing is said to rest on
//   consent; an unsubscribe that names no consent, or a withdrawal of one consent beside another consent
//   left unmentioned, stays partial;
// - consent named with an aside in brackets and withdrawn by a pronoun, or named by a synonym
//   ("permission", « autorisation », „Einverständnis“) in the passive; look-alikes where the verb
//   withdraws something else (money, an order, a listing);
// - statutory-contractual: a duty of giving data said of a class of readers ("sellers must supply …"),
//   what cannot be done without it said with a pronoun (« sans lui », „ohne ihn“), the data we need to
//   do something for the reader; look-alikes: our own duty to disclose, a need that is no data;
// - data-source: a one-person business's "I receive … from …", a source set against the data subject
//   ("not from the people named"), the reader's details from the sign-in platform with no verb;
//   look-alikes: the reader as the giver with words between ("if you'd rather not give us your …").
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en24a --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. the one consent, withdrawn by name ----
  ['en', 'withdraw-consent', 'present', 'Our monthly newsletter goes only to people who opted in. You can withdraw your consent to the newsletter at any time from the subscription page.'],
  ['en', 'withdraw-consent', 'present', 'We send promotional texts only with your consent, and you may withdraw that consent whenever you like by replying STOP.'],
  ['en', 'withdraw-consent', 'present', 'Push notifications about new classes are sent only if you agree to them. You may revoke this consent at any time in your phone settings.'],
  ['en', 'withdraw-consent', 'present', 'The only thing we ask your consent for is our marketing e-mail. Consent to it can be withdrawn at any time by writing to hello@ferncourt.example.'],
  ['de', 'withdraw-consent', 'present', 'Unseren Newsletter versenden wir nur mit Ihrer Einwilligung. Diese Einwilligung können Sie jederzeit über den Link in jeder Ausgabe widerrufen.'],
  ['nl', 'withdraw-consent', 'present', 'De nieuwsbrief sturen we alleen met je toestemming. Die toestemming kun je op elk moment intrekken via de link onderaan elke nieuwsbrief.'],
  ['fr', 'withdraw-consent', 'present', 'Nous vous envoyons notre lettre d’information uniquement avec votre consentement. Vous pouvez retirer ce consentement à tout moment grâce au lien présent dans chaque envoi.'],
  // look-alikes: an unsubscribe that names no consent, or another consent left out
  ['en', 'withdraw-consent', 'partial', 'We send our newsletter only with your consent. You can unsubscribe at any time using the link in each issue.'],
  ['en', 'withdraw-consent', 'partial', 'Analytics cookies are set only with your consent, and so is our newsletter. You can withdraw your consent to the newsletter at any time.'],
  ['en', 'withdraw-consent', 'partial', 'Precise location is used only with your permission. Your consent to marketing e-mails may be withdrawn at any time.'],
  ['de', 'withdraw-consent', 'partial', 'Den Newsletter erhalten Sie nur mit Ihrer Einwilligung. Sie können ihn jederzeit abbestellen.'],
  ['nl', 'withdraw-consent', 'partial', 'Voor de nieuwsbrief en voor analytische cookies vragen we je toestemming. Je toestemming voor de nieuwsbrief kun je op elk moment intrekken.'],
  ['fr', 'withdraw-consent', 'partial', 'Nous vous envoyons notre lettre d’information uniquement avec votre consentement. Vous pouvez vous désinscrire à tout moment.'],
  // ---- 2. consent with an aside, or by another word, withdrawn ----
  ['en', 'withdraw-consent', 'present', 'Where we rely on your consent (for reminder texts or class photos, say), you can withdraw it at any time by telling the front desk.'],
  ['en', 'withdraw-consent', 'present', 'We only film sessions with your written permission. That permission can be withdrawn at any time by a short note to the office.'],
  ['fr', 'withdraw-consent', 'present', 'Lorsque nous nous fondons sur votre consentement (rappels par SMS, photos de groupe), vous pouvez le retirer à tout moment en écrivant à l’accueil.'],
  ['fr', 'withdraw-consent', 'present', 'Nous ne filmons les cours qu’avec votre autorisation écrite. Cette autorisation peut être retirée à tout moment par un simple courriel au bureau.'],
  ['fr', 'withdraw-consent', 'present', 'Votre accord pour la diffusion des photos du spectacle peut être retiré à tout moment auprès de la direction.'],
  ['de', 'withdraw-consent', 'present', 'Soweit wir uns auf Ihre Einwilligung stützen (SMS-Erinnerungen, Fotos vom Sommerfest), können Sie diese jederzeit widerrufen.'],
  ['de', 'withdraw-consent', 'present', 'Ihr Einverständnis zur Veröffentlichung von Fotos kann jederzeit mit einer kurzen Nachricht an das Büro zurückgenommen werden.'],
  ['nl', 'withdraw-consent', 'present', 'Waar we op je toestemming steunen (voor sms-herinneringen of teamfoto’s), kun je die op elk moment intrekken door het secretariaat te mailen.'],
  // look-alikes: something else withdrawn
  ['en', 'withdraw-consent', 'notpresent', 'You can withdraw the balance of your wallet at any time.'],
  ['en', 'withdraw-consent', 'notpresent', 'We may withdraw a listing at any time if it breaks the house rules.'],
  ['fr', 'withdraw-consent', 'notpresent', 'Vous pouvez retirer votre commande en boutique à tout moment après 16 heures.'],
  ['fr', 'withdraw-consent', 'notpresent', 'Nous pouvons retirer une annonce à tout moment si elle enfreint le règlement.'],
  ['de', 'withdraw-consent', 'notpresent', 'Sie können Ihre Bestellung innerhalb von vierzehn Tagen widerrufen.'],
  ['nl', 'withdraw-consent', 'notpresent', 'Je kunt je inschrijving voor de cursus tot een week vooraf intrekken.'],
  // ---- 3. statutory-contractual: a class of readers' duty, "without it", what we need ----
  ['en', 'statutory-contractual', 'present', 'Sellers must supply their bank details and a copy of their ID before we can pay out their earnings.'],
  ['en', 'statutory-contractual', 'present', 'Tenants are required to give us proof of income, as the tenancy agreement depends on it.'],
  ['en', 'statutory-contractual', 'present', 'Volunteers have to provide two references before their first shift.'],
  ['en', 'statutory-contractual', 'present', 'We ask every rider for a photo licence. Insurance rules demand it, and without it a rental cannot be confirmed.'],
  ['en', 'statutory-contractual', 'present', '## What we ask for\n\n- We need a delivery address to send your parcel.\n- We need your date of birth to set up a junior membership.'],
  ['fr', 'statutory-contractual', 'present', 'Nous demandons un certificat médical. Le règlement fédéral l’impose pour toute compétition, et sans lui nous ne pouvons pas inscrire votre enfant.'],
  ['fr', 'statutory-contractual', 'present', 'Les vendeurs doivent fournir leurs coordonnées bancaires avant tout versement.'],
  ['de', 'statutory-contractual', 'present', 'Wir benötigen einen gültigen Spielerpass. Ohne ihn können wir Sie nicht zum Turnier anmelden.'],
  ['de', 'statutory-contractual', 'present', 'Verkäufer müssen ihre Bankverbindung angeben, bevor wir Erlöse auszahlen.'],
  ['nl', 'statutory-contractual', 'present', 'Verkopers moeten hun rekeningnummer opgeven voordat we iets uitbetalen.'],
  ['nl', 'statutory-contractual', 'present', 'We vragen om een geldig rijbewijs. Zonder dat kunnen we je geen bestelbus verhuren.'],
  // look-alikes: our own duty to disclose, a need that is no data, cookies refused
  ['en', 'statutory-contractual', 'notpresent', 'We must provide your details to the police when the law requires it.'],
  ['en', 'statutory-contractual', 'notpresent', 'Our processors must provide adequate protection for your data.'],
  ['en', 'statutory-contractual', 'notpresent', 'We need to update this notice from time to time.'],
  ['en', 'statutory-contractual', 'notpresent', 'Without cookies, some pages cannot be displayed properly.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Nous devons communiquer vos données aux autorités lorsque la loi l’exige.'],
  ['de', 'statutory-contractual', 'notpresent', 'Wir müssen Ihre Daten an das Finanzamt übermitteln, wenn das Gesetz es verlangt.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Wij moeten je gegevens aan de Belastingdienst doorgeven als de wet dat eist.'],
  // ---- 4. data-source: "I receive … from …", a source set against the person, the sign-in platform ----
  ['en', 'data-source', 'present', 'I receive these details from the agency that books me, not from you directly.'],
  ['en', 'data-source', 'present', 'As a tutor I get pupils’ reading levels from their school.'],
  ['en', 'data-source', 'present', '## What we hold\n\n- **Sign-in:** your display name and profile picture from Facebook, if you sign in that way.\n- **Orders:** what you bought and when.'],
  ['en', 'data-source', 'present', 'Letters I translate name other people. Their details reach me through my client, never from those people themselves.'],
  ['fr', 'data-source', 'present', 'Je reçois ces documents de mon client, et non des personnes qui y sont citées.'],
  ['de', 'data-source', 'present', 'Diese Angaben erhalte ich von meinem Auftraggeber, nicht von den betroffenen Personen selbst.'],
  ['nl', 'data-source', 'present', 'Deze gegevens krijg ik van mijn opdrachtgever, niet van de betrokkenen zelf.'],
  // look-alikes: the reader as the giver, words between
  ['en', 'data-source', 'notpresent', 'If you’d rather not give us your phone number, that’s fine, but we can’t call you back without it.'],
  ['en', 'data-source', 'notpresent', 'If you prefer not to send us your measurements, we will use standard sizes.'],
  ['en', 'data-source', 'notpresent', 'Whenever you choose to give us your feedback, we read it carefully.'],
  ['en', 'data-source', 'notpresent', 'I send you my invoice by e-mail after each session.'],
  ['de', 'data-source', 'notpresent', 'Wenn Sie uns Ihre Telefonnummer lieber nicht geben möchten, ist das in Ordnung.'],
  ['fr', 'data-source', 'notpresent', 'Si vous préférez ne pas nous donner votre numéro de téléphone, ce n’est pas grave.'],
];

/**
 * Batch b: written after batch a's changes and before the next ones: statutory-contractual in the shapes
 * a probe of everyday wording still missed — "we cannot … without your <data>", a law that makes us
 * collect the reader's data, "you will need to give us …", data "needed for" a service, data left out,
 * and the purpose put first in verb-second languages ("Für die Anmeldung benötigen wir …"); beside
 * look-alikes: a law that makes us keep or disclose, a need that is no data.
 */
export const BATCH_B: CrossRow[] = [
  ['en', 'statutory-contractual', 'present', 'We cannot process your order without your delivery address.'],
  ['en', 'statutory-contractual', 'present', 'The pharmacy can’t release a prescription without the patient’s date of birth.'],
  ['en', 'statutory-contractual', 'present', 'Tax law requires us to collect your national insurance number.'],
  ['en', 'statutory-contractual', 'present', 'Anti-money-laundering rules oblige us to record a copy of your passport.'],
  ['en', 'statutory-contractual', 'present', 'You will need to give us your card details to complete the purchase.'],
  ['en', 'statutory-contractual', 'present', 'Some details are needed to deliver the service, such as your address.'],
  ['en', 'statutory-contractual', 'present', 'Your phone number is essential for the driver to find you.'],
  ['en', 'statutory-contractual', 'present', 'If you leave out your date of birth, we cannot offer the junior rate.'],
  ['de', 'statutory-contractual', 'present', 'Das Steuerrecht verpflichtet uns, Ihre Steuer-ID zu erfassen.'],
  ['de', 'statutory-contractual', 'present', 'Für die Anmeldung benötigen wir Ihren Namen und Ihre E-Mail-Adresse.'],
  ['nl', 'statutory-contractual', 'present', 'Voor de inschrijving hebben we je naam en e-mailadres nodig.'],
  ['fr', 'statutory-contractual', 'present', 'Pour l’inscription, nous avons besoin de votre nom et de votre adresse e-mail.'],
  // look-alikes
  ['en', 'statutory-contractual', 'notpresent', 'Tax law requires us to keep invoices for ten years.'],
  ['en', 'statutory-contractual', 'notpresent', 'The law requires us to share your data with the police in some cases.'],
  ['en', 'statutory-contractual', 'notpresent', 'We cannot guarantee delivery without delays in winter.'],
  ['en', 'statutory-contractual', 'notpresent', 'Your feedback is essential for us to improve the app.'],
  ['en', 'statutory-contractual', 'notpresent', 'You will need to update the app to get the new features.'],
  ['de', 'statutory-contractual', 'notpresent', 'Das Steuerrecht verpflichtet uns, Rechnungen zehn Jahre aufzubewahren.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Voor de verzending hebben we een koerier nodig.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Pour la livraison, nous avons besoin d’un transporteur.'],
  // data-source, written after the statutory-contractual changes and before the data-source ones: data bought from a
  // broker, a record looked up in a register, another person who adds or refers the reader, "partly from you and partly
  // from …", a German perfect with the verb last; look-alikes: what the reader sends through our own form.
  ['en', 'data-source', 'present', 'Now and then we buy mailing lists from reputable list brokers.'],
  ['en', 'data-source', 'present', 'We may also look you up in the public register of licensed traders.'],
  ['en', 'data-source', 'present', 'When a colleague adds you to a shared workspace, we get your name and work e-mail.'],
  ['en', 'data-source', 'present', 'If you were referred to us by a charity, they will have passed on your contact details.'],
  ['en', 'data-source', 'present', 'Your repayment record comes partly from you and partly from your bank.'],
  ['de', 'data-source', 'present', 'Ihre Kontaktdaten haben wir von Ihrer Hausverwaltung erhalten.'],
  ['nl', 'data-source', 'present', 'Uw adres hebben wij van uw woningcorporatie gekregen.'],
  ['fr', 'data-source', 'present', 'Vos coordonnées nous ont été transmises par votre syndic.'],
  ['en', 'data-source', 'notpresent', 'We get your order details from the checkout form you fill in.'],
  ['en', 'data-source', 'notpresent', 'We receive questions from visitors through the contact form.'],
  ['en', 'data-source', 'notpresent', 'When you add a colleague to your workspace, we send them an invitation.'],
  ['en', 'data-source', 'notpresent', 'We buy our office supplies from local shops.'],
  ['de', 'data-source', 'notpresent', 'Ihre Nachricht haben wir über das Kontaktformular erhalten.'],
  // withdraw-consent, written after the data-source changes and before the next: a change of mind or a yes taken back at
  // any time, in the words of each language, as English's "change your mind" already reads; look-alikes: a change of mind
  // about an order or a booking, no consent.
  ['en', 'withdraw-consent', 'present', 'We only send reminder texts if you say yes. You can say no again whenever you like.'],
  ['fr', 'withdraw-consent', 'present', 'Nous publions votre portrait seulement si vous l’acceptez. Vous pouvez changer d’avis à tout moment.'],
  ['fr', 'withdraw-consent', 'present', 'Les cookies de mesure ne sont déposés qu’avec votre accord ; vous pouvez revenir sur votre choix à tout moment.'],
  ['de', 'withdraw-consent', 'present', 'Fotos veröffentlichen wir nur, wenn Sie zustimmen. Sie können es sich jederzeit anders überlegen.'],
  ['nl', 'withdraw-consent', 'present', 'We plaatsen je foto alleen als je daarmee instemt. Je kunt op elk moment van gedachten veranderen.'],
  ['fr', 'withdraw-consent', 'notpresent', 'Vous pouvez changer d’avis sur votre commande jusqu’à sa préparation.'],
  ['de', 'withdraw-consent', 'notpresent', 'Wenn Sie es sich bei der Buchung anders überlegen, erstatten wir den Preis bis drei Tage vorher.'],
];

export const LABEL = 'frames round 24 (consent)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at 31f8305 got 27 of 58 wrong).
  'We send promotional texts only with your consent, and you may withdraw that consent whenever you like by replying STOP.':
    'round 24, batch a: partial: the one sentence both says what rests on consent and withdraws it; `sole` asks for the consent to be named apart from the withdrawal (a single marketing withdrawal stays narrowed, as earlier rounds hold)',
  'We send our newsletter only with your consent. You can unsubscribe at any time using the link in each issue.':
    'round 24, batch a: missing, not partial: an unsubscribe that names no consent is no withdrawal statement to the cues; both count as not given (the conventions\' partial for a marketing-only opt-out resting on consent is not told apart)',
  'Den Newsletter erhalten Sie nur mit Ihrer Einwilligung. Sie können ihn jederzeit abbestellen.':
    'round 24, batch a: missing, not partial: as the English row (an unsubscribe that names no consent)',
  'Nous vous envoyons notre lettre d’information uniquement avec votre consentement. Vous pouvez vous désinscrire à tout moment.':
    'round 24, batch a: missing, not partial: as the English row (an unsubscribe that names no consent)',
};
