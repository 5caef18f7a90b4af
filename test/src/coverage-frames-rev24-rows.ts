// Session 24 review (rev-data): look-alikes of the cues and frames session 24 added, in other domains, that share
// the words but do not give the item (by the coverage conventions), and beside each a row that does give it.
// Written in our own words. BATCH_A was written BEFORE the review's fixes (main is scored on it).
// `node scripts/score-rows.js . --rows=rev24 --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- automated-decision-making: a request of the reader weighed by a machine vs traffic and files screened ----
  ['en', 'automated-decision-making', 'present', 'Every payout request is scored automatically for signs of fraud before it is released.'],
  ['en', 'automated-decision-making', 'notpresent', 'Requests to our web server are rate-limited automatically by our system to keep the site fast.'],
  ['en', 'automated-decision-making', 'notpresent', 'Incoming requests are screened automatically by our firewall for malicious code.'],
  ['en', 'automated-decision-making', 'notpresent', 'Support requests are rated automatically by our system so that urgent ones reach a technician first.'],
  // ---- dpo-contact: a person or unit in charge of data protection vs a role in charge of something else ----
  ['en', 'dpo-contact', 'present', 'Our practice manager, Tom Reed, looks after data protection here. You can reach him at tom@reedvets.example.'],
  ['en', 'dpo-contact', 'notpresent', 'Our office manager is in charge of bookings and invoices. Call her on 01632 960 123 or write to office@reedvets.example.'],
  ['en', 'dpo-contact', 'notpresent', 'The club secretary is accountable for the kit budget; questions go to secretary@harriers.example.'],
  ['en', 'dpo-contact', 'notpresent', 'The head groundsman is in charge of the pitches. Contact him at grounds@harriers.example.'],
  // ---- lawful-basis: consent of the reader asked for vs permission from someone else ----
  ['en', 'lawful-basis', 'present', 'We ask for your consent before we put your photo on the club website.'],
  ['en', 'lawful-basis', 'notpresent', 'We get permission from the landowner before every shoot, and we leave the field as we found it.'],
  ['en', 'lawful-basis', 'notpresent', 'We ask the venue for permission to put up our banners a day early.'],
  ['en', 'lawful-basis', 'notpresent', 'We always obtain the council permission needed for street parties.'],
  // ---- children: a minimum age vs a number over a threshold ----
  ['en', 'children', 'present', 'You must be at least 18 to hire a van from us.'],
  ['en', 'children', 'notpresent', 'The water in the pool is always at least 18 degrees, and the sauna is over 20 minutes from the changing rooms.'],
  ['en', 'children', 'notpresent', 'Delivery is free when your basket is over 20.'],
  // ---- security: the store of the data locked vs the reader paying or logging in ----
  ['en', 'security', 'present', 'I keep the client list on a laptop that needs a password to open.'],
  ['en', 'security', 'notpresent', 'At the till you can pay with your phone or with a card and your PIN.'],
  // ---- policy-changes: the notice changing vs something on the page changing ----
  ['en', 'policy-changes', 'present', 'This page may be revised from time to time; the date at the top shows the latest version.'],
  ['en', 'policy-changes', 'notpresent', 'Prices shown on this page may change without notice.'],
  ['en', 'policy-changes', 'notpresent', 'Our returns policy may change over the holiday season, so check the shop floor signs.'],
  ['nl', 'policy-changes', 'notpresent', 'De prijzen op deze pagina kunnen zonder aankondiging wijzigen.'],
  ['de', 'policy-changes', 'notpresent', 'Die Preise auf dieser Seite können sich jederzeit ändern.'],
  ['fr', 'policy-changes', 'notpresent', 'Les tarifs affichés sur cette page peuvent évoluer sans préavis.'],
  // ---- withdraw-consent: a change of mind about consent vs about a booking ----
  ['de', 'withdraw-consent', 'notpresent', 'Wenn Sie es sich anders überlegen, können Sie Ihre Buchung bis zwei Tage vorher kostenlos stornieren.'],
  ['nl', 'withdraw-consent', 'notpresent', 'Als u van gedachten verandert, kunt u uw bestelling binnen veertien dagen terugsturen.'],
  // ---- right-access: the right named (to cancel) beside self-service viewing ----
  ['en', 'right-access', 'partial', 'You can view your profile details in your account, and you have the right to cancel any order within 14 days.'],
  // ---- recipients: an outside party seeing what bears the reader's data vs order as sequence ----
  ['en', 'recipients', 'present', 'Our bookkeeper sees the invoices we send you.'],
  // ---- data-source (nl): received from someone else, but no data ----
  ['nl', 'data-source', 'notpresent', 'Wij hebben via de gemeente een subsidie voor het nieuwe clubhuis gekregen.'],
  // ---- right-rectification (de): something wrong in a text, not in the reader's data ----
  ['de', 'right-rectification', 'notpresent', 'Ist etwas an der Übersetzung auf unserer Website falsch, korrigieren wir es gern.'],
];

// Batch b: written after batch a's fixes, more look-alikes of the same and of other session-24 cues.
export const BATCH_B: CrossRow[] = [
  ['en', 'recipients', 'notpresent', 'Examiners see the answers in random order, never the candidate numbers.'],
  ['en', 'recipients', 'present', 'The printer gets the entry forms so that the programme can be printed.'],
  ['en', 'automated-decision-making', 'notpresent', 'Uploaded forms are checked automatically by our system for viruses.'],
  ['en', 'automated-decision-making', 'notpresent', 'Orders are screened by the system for missing stock before they are packed.'],
  ['en', 'security', 'notpresent', 'You can log in from any computer with your password.'],
  ['en', 'legitimate-interests', 'partial', 'Sharing it with them is in our legitimate interest.'],
  ['en', 'dpo-contact', 'notpresent', 'Our support team handles privacy requests along with everything else: help@lanternbooks.example.'],
  ['en', 'lawful-basis', 'notpresent', 'We ask for your agreement to the quote before any work starts.'],
  ['en', 'children', 'notpresent', 'Parcels that are over 20 kilos go by a separate courier.'],
  ['de', 'right-access', 'partial', 'Ihre Profildaten können Sie in Ihrem Konto einsehen; Sie haben das Recht, jede Bestellung binnen 14 Tagen zu widerrufen.'],
  ['de', 'withdraw-consent', 'notpresent', 'Sie können es sich bis zum Vortag anders überlegen und den Termin absagen.'],
  ['de', 'dpo-contact', 'notpresent', 'Um den Datenschutz ihrer Server kümmert sich unsere Hosting-Firma selbst.'],
  ['nl', 'withdraw-consent', 'notpresent', 'Verandert u van gedachten, dan kunt u de reis tot een week voor vertrek kosteloos annuleren.'],
  ['fr', 'policy-changes', 'present', 'Cette page peut évoluer ; la date en haut indique sa dernière version.'],
];

export const KNOWN: Record<string, string> = {};
export const LABEL = 'rev24';
