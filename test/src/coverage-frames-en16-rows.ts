// Issue 13, session 21 (helper cov-struct): held-out rows, in English and in Dutch, German and French, for
// the structure of a statement rather than its words: a limit to marketing or to self-service that
// belongs to an example ("including …", "such as …", "z. B.", "notamment", "zoals") or to a list of
// means after a colon or a dash, not to what the right is about; a self-service step placed before the
// verb ("sign in to your account … to change"); a compound heading ("Why, and on what basis"); how
// changes are made known said under a "Changes" heading; the document's own name as its title gives it
// ("this charter", "dit reglement"); "no cookies" at the end of a longer row; a cookie policy's title
// that is no means of refusing; no cookies in one product beside a pointer for another; a version mark
// before the date at the edge ("v2.3 — 2 June 2024"). Each beside look-alikes that share the words and
// must not be read so. Written in our own words. BATCH_A was written BEFORE this round's changes (main
// is scored on it), BATCH_B AFTER them with the data frozen: its figure is the generalisation figure.
// `node scripts/score-rows.js . --rows=en16 --batch=a|b|all` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- A limit in an example is no limit of the right ----
  ['en', 'right-objection', 'present', '## Your rights\n\nYou can object to us using your details, including for the supporter magazine and our appeals.'],
  ['en', 'withdraw-consent', 'present', '## Your rights\n\nYour consent can be withdrawn at any time, for instance for the newsletter or for location sharing in the app.'],
  ['en', 'right-objection', 'present', '## Your rights\n\nYou are entitled to object to the club processing your membership records, such as for promotional mailings.'],
  ['de', 'withdraw-consent', 'present', 'Ihre Einwilligung können Sie jederzeit widerrufen, z. B. für den Newsletter.'],
  ['fr', 'withdraw-consent', 'present', 'Vous pouvez retirer votre consentement à tout moment, notamment pour la lettre d’information.'],
  ['nl', 'withdraw-consent', 'present', 'Je kunt je toestemming altijd intrekken, zoals voor de nieuwsbrief.'],
  // look-alikes: the right itself limited to marketing, an example after it
  ['en', 'right-objection', 'partial', '## Your rights\n\nYou can object to direct marketing, including the postcards we send before the holidays.'],
  ['en', 'withdraw-consent', 'notpresent', '## Your rights\n\nYou can unsubscribe from our newsletters at any time, for example with the link in each email.'],
  ['fr', 'withdraw-consent', 'notpresent', 'Vous pouvez vous désabonner de la lettre d’information à tout moment, notamment par le lien en bas de chaque envoi.'],
  // ---- A list of means after a colon or a dash is how, not what ----
  ['en', 'withdraw-consent', 'present', '## Your rights\n\nYou can take back your consent whenever you like: switch off tracking in the settings, stop the reminder emails, or write to us.'],
  ['en', 'withdraw-consent', 'present', '## Your rights\n\nAny consent you gave can be withdrawn at any time — untick the boxes in your profile, unsubscribe from the mailing list or call the front desk.'],
  ['de', 'withdraw-consent', 'present', 'Sie können Ihre Einwilligung jederzeit widerrufen: Standortfreigabe ausschalten, Newsletter abbestellen oder uns eine E-Mail schreiben.'],
  // look-alikes: every means is a marketing one
  ['en', 'withdraw-consent', 'partial', '## Your rights\n\nYou can withdraw your consent to marketing at any time: just press unsubscribe at the foot of a newsletter.'],
  ['en', 'right-objection', 'partial', '## Your rights\n\nYou can object to marketing at any time: reply STOP to a text or click unsubscribe in an email.'],
  // ---- A self-service step before the verb ----
  ['en', 'right-rectification', 'partial', '## Your rights\n\nSign in to your account whenever you like to change your phone number or delivery address.'],
  ['en', 'right-erasure', 'partial', '## Your rights\n\nLog into the member portal to remove the photos you uploaded.'],
  ['nl', 'right-rectification', 'partial', 'Log in op je account om je adres of telefoonnummer aan te passen.'],
  ['de', 'right-rectification', 'partial', 'Melden Sie sich in Ihrem Kundenkonto an, um Ihre Anschrift zu ändern.'],
  // look-alike: signing in, then asking us
  ['en', 'right-rectification', 'present', '## Your rights\n\nYou can sign in to your account to see your details, and you can ask us to correct anything that is wrong.'],
  // ---- Compound headings ----
  ['en', 'purposes', 'present', '## Why, and on which legal ground\n\n- Running your membership: our contract with you.\n- Keeping the accounts: a legal duty.'],
  ['en', 'retention', 'present', '## How long, and where\n\n- Orders: six years after the sale.\n- Support tickets: 12 months.'],
  // look-alike: a heading part that is no purpose
  ['en', 'purposes', 'missing', '## Who, and where\n\n- Running the shop: Bramble Goods Ltd, Leeds.\n- Hosting: a data centre in Dublin.'],
  // ---- How changes are made known, under a "Changes" heading ----
  ['en', 'policy-changes', 'present', '## Changes\n\nWhen something here shifts, we will revise this page and the date at the top.'],
  ['en', 'policy-changes', 'present', '## Updates to this page\n\nWe will put the new text here and tell members in the next newsletter.'],
  ['nl', 'policy-changes', 'present', '## Wijzigingen\n\nVerandert er iets, dan passen we deze pagina en de datum bovenaan aan.'],
  ['de', 'policy-changes', 'present', '## Änderungen\n\nÄndert sich etwas, passen wir diese Seite und das Datum oben an.'],
  // look-alikes: changes of something else
  ['en', 'policy-changes', 'missing', '## Changes to your booking\n\nYou can update your booking on this page until the day before your stay.'],
  ['en', 'policy-changes', 'missing', '## Changes\n\nWe update the app every few weeks with new puzzles.'],
  // ---- The document's own name, as its title gives it ----
  ['en', 'policy-changes', 'present', '# Privacy charter of Alder Lane Allotments\n\n## About\n\nAny change to this charter will be announced in the members’ newsletter.'],
  ['nl', 'policy-changes', 'present', '# Privacyprotocol van Hockeyclub De Meeuwen\n\n## Algemeen\n\nWijzigingen in dit protocol maken we bekend in het clubblad.'],
  ['fr', 'policy-changes', 'present', '# Charte de confidentialité de l’Atelier Pivoine\n\n## Généralités\n\nToute modification de cette charte sera annoncée dans notre lettre d’information.'],
  // look-alike: a change of another document
  ['en', 'policy-changes', 'missing', '# Privacy charter of Alder Lane Allotments\n\n## About\n\nAny change to the plot rules will be announced in the members’ newsletter.'],
  // ---- Cookies ----
  ['en', 'cookies', 'present', 'There are no banner adverts on the site, no visitor statistics software and no cookies.'],
  ['en', 'cookies', 'notpresent', 'There are no adverts and no tracking cookies.'],
  ['fr', 'cookies', 'partial', 'Pour en savoir plus, lisez notre politique de gestion des cookies.'],
  ['en', 'cookies', 'partial', 'We use cookies on our website; see our Cookie Management Policy.'],
  ['en', 'cookies', 'present', 'We use cookies to count visits; you can block them in your browser settings, as our cookie policy explains.'],
  ['en', 'cookies', 'partial', 'Our mobile app uses no cookies. The online shop does use cookies, described in our cookie notice.'],
  ['en', 'cookies', 'present', 'The app uses no cookies, and neither does our website.'],
  // ---- A version mark before the date at the edge ----
  ['en', 'last-updated', 'present', '# Privacy notice of Fernhill Bikes\n\n_v1.4 — 3 March 2025_\n\n## Who we are\n\nFernhill Bikes Ltd repairs bicycles in Bristol.'],
  ['de', 'last-updated', 'present', '# Datenschutzerklärung der Kiebitzwerk GmbH\n\n## Wer wir sind\n\nWir reparieren Fahrräder in Kassel.\n\n_V3 · 1. Februar 2025_'],
  ['en', 'last-updated', 'missing', '# Privacy notice of Fernhill Bikes\n\n## Who we are\n\nFernhill Bikes Ltd repairs bicycles in Bristol. Version 2 of our booking app came out on 3 June 2024.'],
];

export const BATCH_B: CrossRow[] = [];
