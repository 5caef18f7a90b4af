// Issue 13, session 26 (helper rights): held-out rows for the rights (access, rectification, erasure,
// restriction, objection, portability), by the kinds of failure that recurred across eight writers:
// - a right in a list under one "you have the right to", with its own condition ("where we no longer
//   need it", "where there is no reason left to keep it"): the condition is the right's, not a
//   retention rule; look-alikes: the same condition in a statement of what we do on our own;
// - a right named by a noun with its article in brackets ("erasure (Article 17)", „Löschung (Art. 17)“);
//   look-alikes: an article cited for something that is no right;
// - the object of a right a noun phrase no class knows, about the reader ("the recordings in which you
//   can be seen", "what we hold on you", « ce que nous savons de vous »); look-alikes: the same verbs
//   on something that is not the reader's;
// - "ask to see", a series of requested verbs (« de voir, de corriger ou d'effacer »), a question that
//   offers the rights ("Want to know what we hold on you or have it removed? Just ask.");
// - self-service: a page, a button, a portal or a named menu ("from the 'Your profile' page", "with
//   the Clear history button", « depuis votre espace ») makes access, correction and erasure partial;
//   look-alikes: a request to us offered beside it;
// - words that are no right: "we revise this notice", "in the correct age group".
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en26rights --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. a right in a list with its own condition ----
  ['en', 'right-erasure', 'present', 'You have the right to:\n\n- see the details we hold on you;\n- have mistakes put right;\n- have your details erased where we no longer need them;\n- take your details to another provider.'],
  ['en', 'right-erasure', 'present', 'Members have the right to get a copy of their data; to have it amended; to have it wiped where there is no lawful reason to keep it; and to object to our use of it.'],
  ['en', 'right-erasure', 'present', 'You are entitled to:\n\n1. a copy of your records;\n2. have your records deleted, where the library has no need to keep them;\n3. complain to the regulator.'],
  ['en', 'right-erasure', 'present', 'You have the right to see your file, to have it amended if it is out of date and, in some cases, to have it deleted.'],
  ['en', 'right-erasure', 'present', 'You have the right to see your data, to have it corrected when it is wrong and, where the law allows, to have it removed.'],
  // look-alikes: our own deletion once no longer needed
  ['en', 'right-erasure', 'notpresent', 'Booking records are deleted where we no longer need them.'],
  ['en', 'right-erasure', 'notpresent', 'We erase application forms once there is no reason to keep them.'],
  ['en', 'right-erasure', 'notpresent', 'Old lesson notes are removed when they are no longer needed for teaching.'],
  // ---- 2. a right named by a noun and its article ----
  ['en', 'right-erasure', 'present', 'Under data protection law you may ask us for access (Art. 15), rectification (Art. 16), erasure or deletion (Art. 17) and portability (Art. 20). E-mail the office to do so.'],
  ['en', 'right-erasure', 'present', 'You can ask the kennel for a copy of your data (Article 15), correction (Article 16), deletion (Article 17) or restriction (Article 18).'],
  ['en', 'right-restriction', 'present', 'You can ask the kennel for a copy of your data (Article 15), correction (Article 16), deletion (Article 17) or restriction (Article 18).'],
  ['de', 'right-erasure', 'present', 'Sie haben die Rechte auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17) und Einschränkung (Art. 18 DSGVO).'],
  ['de', 'right-restriction', 'present', 'Sie haben die Rechte auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17) und Einschränkung (Art. 18 DSGVO).'],
  ['de', 'right-objection', 'present', 'Ihnen stehen die Rechte auf Auskunft (Art. 15), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21 DSGVO) zu.'],
  ['fr', 'right-erasure', 'present', 'Vous disposez des droits d’accès (art. 15), de rectification (art. 16) et d’effacement (art. 17 du RGPD).'],
  ['nl', 'right-erasure', 'present', 'Je hebt recht op inzage (art. 15), correctie (art. 16) en verwijdering (art. 17 AVG).'],
  // look-alikes: an article cited for no right
  ['en', 'right-erasure', 'notpresent', 'Deleted files are kept in backups for 30 days (see Art. 5 on storage limits).'],
  ['de', 'right-restriction', 'notpresent', 'Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. b DSGVO (Vertrag).'],
  // ---- 3. the object of a right a noun phrase about the reader ----
  ['en', 'right-access', 'present', 'You have the right to request copies of any recordings in which you can be heard.'],
  ['en', 'right-access', 'present', 'You are entitled to request copies of the photographs in which you appear.'],
  ['en', 'right-access', 'present', 'If you want to know what we have got on you, just ask at the front desk.'],
  ['en', 'right-access', 'present', 'You can request copies of the notes we keep about your lessons.'],
  ['en', 'right-erasure', 'present', 'You can ask us to delete the video clips of you at any time.'],
  ['en', 'right-erasure', 'present', 'Email me and I will wipe what I have got on you.'],
  ['fr', 'right-access', 'present', 'Vous pouvez nous demander ce que nous savons de vous.'],
  ['fr', 'right-erasure', 'present', 'Vous pouvez nous demander ce que nous avons conservé sur vous, et nous demander de l’effacer.'],
  ['nl', 'right-access', 'present', 'Je kunt ons altijd vragen wat we over je hebben bewaard.'],
  ['nl', 'right-erasure', 'present', 'Je kunt ons vragen welke gegevens we over jou bewaren en ze laten wissen.'],
  // look-alikes: the same verbs on what is not the reader's
  ['en', 'right-access', 'notpresent', 'You can ask for a copy of the timetable at reception.'],
  ['en', 'right-erasure', 'notpresent', 'You can ask us to delete the sample photographs from our shop window display.'],
  ['en', 'right-access', 'notpresent', 'Visitors can see the recordings of the concerts in our archive room.'],
  // ---- 4. "ask to see", a series of requested verbs ----
  ['en', 'right-access', 'present', 'Learners, or a parent on their behalf, can ask to see the file we keep on them.'],
  ['en', 'right-access', 'present', 'Tenants may ask to see their tenancy file at any time.'],
  ['fr', 'right-access', 'present', 'Vous pouvez nous demander de consulter, de modifier ou d’effacer les informations que nous avons sur vous.'],
  ['fr', 'right-rectification', 'present', 'Vous pouvez nous demander de consulter, de modifier ou d’effacer les informations que nous avons sur vous.'],
  ['fr', 'right-access', 'present', 'Vous pouvez demander à voir la fiche de votre adhésion à tout moment.'],
  // look-alikes: seeing something that is not about the reader
  ['en', 'right-access', 'notpresent', 'Parents can ask to see the menu before the trip.'],
  ['fr', 'right-access', 'notpresent', 'Vous pouvez demander à voir la salle avant de réserver.'],
  // ---- 5. a question that offers the rights ----
  ['en', 'right-erasure', 'present', 'Want to see what we hold on you, put something right or have it wiped? Pop in or give us a call.'],
  ['en', 'right-access', 'present', 'Would you like a copy of what we have on you? Just send us an email.'],
  ['nl', 'right-erasure', 'present', 'Wil je dat we je gegevens wissen? Stuur ons gewoon een berichtje.'],
  // look-alikes: a question about something else
  ['en', 'right-erasure', 'notpresent', 'Want to have your old bike taken away? We can arrange it for a small fee.'],
  // ---- 6. self-service: a page, a button, a portal, a named menu ----
  ['en', 'right-erasure', 'partial', 'You can delete your profile from the "Settings & privacy" page.'],
  ['en', 'right-erasure', 'notpresent', 'You can clear your reading list with the "Empty list" button.'],
  ['en', 'right-rectification', 'partial', 'Staff can view their rota and update their phone number in the HR portal.'],
  ['en', 'right-erasure', 'partial', 'You can edit your profile under Account > Details. You can also remove your account on that same page.'],
  ['en', 'right-access', 'partial', 'You can view your details, or close your account, on the "My bookings" page.'],
  ['en', 'right-rectification', 'partial', 'You can view and change your details, or close your account, on the "My bookings" page.'],
  ['fr', 'right-erasure', 'partial', 'Dans « Mon espace », vous pouvez changer vos informations et effacer votre profil sur la même page.'],
  ['fr', 'right-rectification', 'partial', 'Depuis « Mon espace », vous pouvez consulter vos réservations et modifier vous-même vos coordonnées.'],
  ['en', 'right-erasure', 'notpresent', 'You can remove saved recipes from your favourites whenever you like.'],
  // look-alikes: a request to us offered beside it
  ['en', 'right-erasure', 'present', 'You can delete your profile from the "Settings" page, or ask us to erase your data by e-mail.'],
  ['en', 'right-rectification', 'present', 'Staff can ask HR to correct any of their personal details that are wrong.'],
  // ---- 7. words that are no right ----
  ['en', 'right-rectification', 'notpresent', 'We update this notice every spring and post the new text on our website.'],
  ['en', 'right-rectification', 'notpresent', 'We need your date of birth to place your child in the correct age group.'],
  ['fr', 'right-objection', 'partial', 'Vous pouvez vous opposer à la réception de notre lettre d’information.'],
  ['en', 'right-objection', 'present', 'You have the right to restrict or object to how we use your data (you can also object to marketing at any time).'],
];

export const LABEL = 'frames round 26 (rights)';

/** Rows the checker still gets wrong: body → what it lacks. */
export const KNOWN: Record<string, string> = {
  'Members have the right to get a copy of their data; to have it amended; to have it wiped where there is no lawful reason to keep it; and to object to our use of it.':
    'a semicolon item read with its lead-in across the colon: English reads no subject across it, and "it" there has no object before it in its own clause',
  'You are entitled to:\n\n1. a copy of your records;\n2. have your records deleted, where the library has no need to keep them;\n3. complain to the regulator.':
    'the same list with "-" items gives the right; numbered items after an item with no verb do not (not found why in this session)',
  'You have the right to see your data, to have it corrected when it is wrong and, where the law allows, to have it removed.':
    '"where the law allows" gives the later verb a subject of its own (the law): a leading subordinate clause after a comma is not skipped',
  'If you want to know what we have got on you, just ask at the front desk.': '"know what" leaves the object unread after "want to" read as the request condition (the about-reader marks "on you", "about you" were taken out: they took the subject "you" from later verbs)',
  'You can request copies of the notes we keep about your lessons.': '"about your lessons" is no about-reader mark ("about you" is); "notes" no data class',
  'Vous pouvez nous demander ce que nous savons de vous.': '« de vous » is no about-reader mark (too common: « de vous contacter »)',
  'Je kunt ons altijd vragen wat we over je hebben bewaard.': '"over je" is no about-reader mark: it would take the possessive "je" of "over je gegevens"',
  'You can ask us to delete the sample photographs from our shop window display.': 'photographs are read as data the reader may have erased; nothing says whose (as on main)',
  'Visitors can see the recordings of the concerts in our archive room.': 'recordings are in the data class; "in our archive room" is no self-service place (as on main)',
  'Staff can view their rota and update their phone number in the HR portal.': '"staff" is no reader class: the reading has no reader as its subject',
};
