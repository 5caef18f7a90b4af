// Issue 13, session 30 (helper rights): held-out rows for the rights and the document items, by the kinds of error that
// recurred on unseen writers' policies:
// - a right offered as what we will do once the reader writes to an address ("Write to help@… and we will …"): the
//   address stands where "us" stood; look-alikes: the same offer with no request, or about what is not the reader's;
// - the right to restriction asked for of a pronoun in a series of rights' verbs ("ask us to correct, erase or limit it");
//   look-alikes: limiting what is not the reader's;
// - the notice's change said of "this page" or of a single "change", and made known ("Keep an eye on it"); Dutch, German and
//   French: important changes made known to the reader; look-alikes: changes to a service or a timetable;
// - the policy's date as an adoption at a place ("Adopted at Leeds on 4 May 2026", "Vastgesteld te …"); look-alikes: a
//   meeting's date at a place;
// - a privacy team as the contact for data protection; look-alikes: a support team (not changed: see KNOWN);
// - children: a service for adults only by its age mark ("18+", "adults only"); look-alikes: an age for a product;
// - a legitimate interest named by the processing in the same sentence; look-alikes: "our legitimate interests" alone;
// - misses: a stay in the EU with a transfer said after "apart from" (no safeguard: partial); a denial of cookies of one
//   kind in Dutch (not an absence); a child's safety (no data security); a withdrawal of cookie consent only.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en30rights --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. an offer once the reader writes to an address ----
  ['en', 'right-access', 'present', 'Write to records@meadowvet.example and we will send you a copy of what we hold on you.'],
  ['en', 'right-erasure', 'present', 'Email help@tinyloom.example and we will erase your details.'],
  ['en', 'right-rectification', 'present', 'Drop a line to office@hillchoir.example and we will correct your record.'],
  ['en', 'right-access', 'present', 'Send a note to data@rowanbakery.example and we\'ll:\n\n- send you a copy of your details;\n- put right anything we have wrong.'],
  // look-alikes: no request of the reader's, or not the reader's data
  ['en', 'right-erasure', 'notpresent', 'Email help@tinyloom.example and we will delete the old photos of the shop from the gallery.'],
  ['en', 'right-access', 'notpresent', 'Email orders@tinyloom.example and we will send you a copy of our price list.'],
  // ---- 2. restriction of a pronoun in a series of rights ----
  ['en', 'right-restriction', 'present', 'We keep your booking notes. You can ask us to correct, erase or restrict them.'],
  ['en', 'right-restriction', 'present', 'Your file stays with us for five years. You may also ask us to limit it or to delete it.'],
  // look-alike: limiting what is not the reader's
  ['en', 'right-restriction', 'notpresent', 'The newsletter comes out weekly. You can ask us to limit it to one issue a month.'],
  // ---- 3. the notice's change said of this page, or a single change ----
  ['en', 'policy-changes', 'present', 'We\'ll post any change on this page and mention it in our monthly email.'],
  ['en', 'policy-changes', 'present', 'We will put any update here and flag it in the release notes.'],
  ['en', 'policy-changes', 'partial', 'We may update this page now and then.'],
  ['nl', 'policy-changes', 'present', 'Bij grote wijzigingen laten we het u vooraf weten per e-mail.'],
  ['nl', 'policy-changes', 'present', 'Veranderen we iets belangrijks aan deze verklaring, dan laten we je dat weten met een bericht in de app.'],
  ['de', 'policy-changes', 'present', 'Bei wesentlichen Änderungen geben wir Ihnen vorher per E-Mail Bescheid.'],
  ['fr', 'policy-changes', 'present', 'En cas de changement important, nous vous préviendrons par un message dans l\'application.'],
  // look-alikes: changes to a service, a timetable
  ['en', 'policy-changes', 'notpresent', 'We\'ll post any change to the opening hours on our noticeboard.'],
  ['nl', 'policy-changes', 'notpresent', 'Bij grote wijzigingen in het rooster laten we het je weten per sms.'],
  ['de', 'policy-changes', 'notpresent', 'Bei Änderungen des Stundenplans geben wir Ihnen per SMS Bescheid.'],
  ['fr', 'policy-changes', 'notpresent', 'En cas de changement d\'horaire, nous vous préviendrons par SMS.'],
  // ---- 4. the policy's date as an adoption at a place ----
  ['nl', 'last-updated', 'present', 'Wij bewaren uw gegevens zo kort mogelijk.\n\n*Vastgesteld te Utrecht op 3 februari 2026.*'],
  ['nl', 'last-updated', 'present', 'Wij bewaren uw gegevens zo kort mogelijk.\n\nAldus vastgesteld door het bestuur op 14 mei 2025.'],
  ['de', 'last-updated', 'present', 'Wir speichern Ihre Daten so kurz wie möglich.\n\n*Beschlossen in Kassel am 3. Februar 2026.*'],
  ['fr', 'last-updated', 'present', 'Nous conservons vos données le moins longtemps possible.\n\n*Fait à Nantes, le 3 février 2026.*'],
  ['en', 'last-updated', 'present', 'We keep your details for as short a time as we can.\n\n*Adopted at Leeds on 3 February 2026.*'],
  // look-alikes: a meeting's or an event's date at a place
  ['nl', 'last-updated', 'notpresent', 'De jaarvergadering is vastgesteld op 3 februari 2026 en vindt plaats te Utrecht.\n\nWij bewaren uw gegevens zo kort mogelijk.\n\nVragen? Mail ons.'],
  ['fr', 'last-updated', 'notpresent', 'La fête du club aura lieu à Nantes, le 3 février 2026.\n\nNous conservons vos données le moins longtemps possible.\n\nDes questions ? Écrivez-nous.'],
  // ---- 5. a privacy team as the contact for data protection ----
  ['en', 'dpo-contact', 'present', 'Our privacy team can be reached at privacy@quaystores.example or on 0161 400 4000.'],
  ['en', 'dpo-contact', 'present', 'Questions about your data? Our privacy office answers at privacy@fernhill.example.'],
  // look-alikes: a support team, a privacy team with no contact
  ['en', 'dpo-contact', 'notpresent', 'Our support team can be reached at help@quaystores.example or on 0161 400 4000.'],
  ['en', 'dpo-contact', 'notpresent', 'Our privacy team reviews every new feature before launch.'],
  // ---- 6. children: a service for adults only by its age mark ----
  ['en', 'children', 'present', 'Tandemly is 18+. We close any profile of someone younger.'],
  ['en', 'children', 'present', 'This service is for adults only (18 and over).'],
  // look-alikes: an age mark for a product or an event
  ['en', 'children', 'notpresent', 'Some of the wines we sell are 18+ and need an ID check on delivery.'],
  ['en', 'children', 'notpresent', 'The late-night screening is 18+.'],
  // ---- 7. a legitimate interest named by the processing in its sentence ----
  ['en', 'legitimate-interests', 'present', 'We may post members our yearly appeal letter based on our legitimate interests.'],
  ['en', 'legitimate-interests', 'present', 'We rely on our legitimate interests to film the car park with CCTV.'],
  ['nl', 'legitimate-interests', 'present', 'Voor het versturen van onze jaarlijkse giftenbrief beroepen wij ons op ons gerechtvaardigd belang.'],
  ['nl', 'legitimate-interests', 'present', 'Voor het beveiligen van onze winkel met camera\'s beroepen wij ons op ons gerechtvaardigd belang.'],
  // look-alikes: the basis named, no interest said
  ['en', 'legitimate-interests', 'partial', 'We may handle your personal details, relying on our legitimate interests.'],
  ['nl', 'legitimate-interests', 'partial', 'Voor sommige verwerkingen beroepen wij ons op ons gerechtvaardigd belang.'],
  // ---- 8. misses ----
  // a stay in the home area, a transfer said after "apart from": no safeguard named
  ['en', 'international-transfers', 'partial', 'Your records stay in the UK, apart from our booking tool, whose servers are in the United States.'],
  ['en', 'international-transfers', 'partial', 'Everything is kept in the EU, except the mailing list, which our provider stores in Canada.'],
  // look-alike: the exception inside the home area stays an absence
  ['en', 'international-transfers', 'present', 'All your data stays in the EU. We do not transfer it outside the EU.'],
  // Dutch: no cookies of one kind is no absence of cookies
  ['nl', 'cookies', 'notpresent', 'We gebruiken geen cookies om je te volgen of om advertenties te tonen.'],
  ['nl', 'cookies', 'present', 'Deze website plaatst helemaal geen cookies.'],
  // a child's safety is no data security
  ['fr', 'security', 'notpresent', 'Les informations sur les allergies sont utilisées pour garantir la sécurité de l\'enfant pendant le repas.'],
  ['en', 'security', 'notpresent', 'We use the allergy details to ensure the safety of your child during lunch.'],
  ['fr', 'security', 'present', 'Nous garantissons la sécurité de vos données grâce au chiffrement et à des accès limités.'],
  // a withdrawal of cookie consent only
  ['fr', 'withdraw-consent', 'partial', 'Les cookies de mesure ne sont déposés qu\'avec votre accord ; vous pouvez revenir sur votre choix à tout moment via le lien « Cookies ».'],
  ['en', 'withdraw-consent', 'partial', 'Analytics cookies are only set with your consent, and you can change your choice at any time in the cookie banner.'],
];

// Written after the changes: look-alikes of what they read, and the Dutch shapes they added.
export const BATCH_B: CrossRow[] = [
  ['nl', 'right-erasure', 'present', 'Wil je dat we je gegevens weggooien? Stuur ons een bericht.'],
  ['nl', 'right-erasure', 'notpresent', 'Wil je dat we het oude onderdeel weggooien? Dat kost niets.'],
  ['nl', 'right-erasure', 'notpresent', 'Wil je dat we alles van je oude fiets weggooien? Dat doen we gratis.'],
  ['nl', 'right-rectification', 'notpresent', 'Klopt er iets niet met je bestelling? Laat het ons weten, dan regelen we het.'],
  ['nl', 'controller-identity', 'present', 'Wij zijn Bloemenhuis Verbeek v.o.f., Marktstraat 4, 1234 AB Ergens. Vragen? Mail naar info@verbeek.example.'],
  ['en', 'legitimate-interests', 'partial', 'We do this in reliance on our legitimate interests.'],
  ['en', 'legitimate-interests', 'partial', 'We may share your information with partners based on our legitimate interests.'],
  ['nl', 'legitimate-interests', 'partial', 'Voor de verwerkingen hierboven beroepen wij ons op ons gerechtvaardigd belang.'],
  ['en', 'international-transfers', 'present', 'All data stays in the EU. Nothing is sent outside it.'],
  ['en', 'children', 'notpresent', 'Our cider is 18+ and we check ID at the door.'],
  ['en', 'policy-changes', 'notpresent', 'We will update this page\'s photos every season.'],
  ['en', 'right-access', 'notpresent', 'Email orders@tinyloom.example and we will send you our catalogue.'],
];

export const LABEL = 'frames round 30 (rights)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  'Our privacy team can be reached at privacy@quaystores.example or on 0161 400 4000.':
    'round 30, batch a: a privacy team or office as the dpo contact was tried and taken out: goppc-dev\'s annotators label two such teams no DPO contact (recall .902 to .882); label doubt between the writers and that set',
  'We keep your booking notes. You can ask us to correct, erase or restrict them.':
    'round 30, batch a: "them" now stands for "your booking notes", but notes are `data-bearing`, not the reader\'s data, and restriction\'s frames ask for the reader\'s data',
  'We may update this page now and then.':
    'round 30, batch a: the notice element reads "update this page" as the new version posted where the reader looks (session 25), so a reservation said of the page is whole; disputable (the conventions call a reservation alone partial)',
  'Everything is kept in the EU, except the mailing list, which our provider stores in Canada.':
    'round 30, batch a: the exception now voids the denial, but "stores in Canada" names no transfer the cues or frames read (Canada is no third-country word)',
  "Les cookies de mesure ne sont déposés qu'avec votre accord ; vous pouvez revenir sur votre choix à tout moment via le lien « Cookies ».":
    'round 30, batch a: a withdrawal of the only consent the text names (cookies) is whole by the `sole` reading; a writer\'s house rule calls cookie-only withdrawal partial (label doubt, not changed)',
  'Analytics cookies are only set with your consent, and you can change your choice at any time in the cookie banner.':
    'round 30, batch a: "change your choice" is no withdrawal word in English outside `soleOwn`; the row asks partial by the same disputed house rule',
};
