// Issue 13, coverage by meaning, tenth round (session 17): held-out English rows in the shapes whole
// app and website policies take for the items fresh policies were most often misread on (automated
// decisions, recipients, erasure, children, sources, purposes, rectification, whether data must be
// given, the officer, the operator, transfers, retention), each beside look-alikes that share the
// words but not the meaning. Written in our own words. Batch a was written BEFORE this round's
// changes, batch b AFTER them with the data frozen (the generalisation figure). `node
// scripts/score-rows.js <checkout> --rows=en10 --batch=a|b` counts the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH_A: FrameRow[] = [
  // automated decisions
  ['automated-decision-making', 'present', 'Your information is not subject to automated decision-making.'],
  ['automated-decision-making', 'present', 'None of the decisions we make about your membership are taken by a computer alone: a member of staff always looks at them.'],
  ['automated-decision-making', 'partial', 'We use your browsing history to build a profile of your interests, so the ads you see suit you better.'],
  ['automated-decision-making', 'notpresent', 'Our booking system automatically sends you a reminder the day before your visit.'],
  // recipients
  ['recipients', 'present', 'Your order details are passed to the courier who delivers your parcel.'],
  ['recipients', 'present', 'We do not pass your personal information on to anyone else.'],
  ['recipients', 'present', 'Our hosting provider stores the data on its servers in Frankfurt.'],
  ['recipients', 'notpresent', 'Please never share your password with anyone.'],
  ['recipients', 'notpresent', 'You can share your playlists with friends from the Library tab.'],
  // erasure
  ['right-erasure', 'present', 'You may request that we erase every detail we hold on you by e-mailing support@tidewatch.example.'],
  ['right-erasure', 'present', 'Once you would rather we kept nothing about you, get in touch and we will remove it.'],
  ['right-erasure', 'partial', 'You can delete your account at any time from the Profile screen.'],
  ['right-erasure', 'notpresent', 'Server logs are deleted automatically after 30 days.'],
  // children
  ['children', 'present', 'Our services are not aimed at anyone under 16.'],
  ['children', 'present', 'If we find out that a child under 13 has sent us information, we will delete it.'],
  ['children', 'notpresent', "Children's books make up half of our catalogue."],
  // sources
  ['data-source', 'present', 'We collect information directly from you when you register, and from the way you use the app.'],
  ['data-source', 'present', 'Some information comes from other services, such as a social network you sign in with.'],
  ['data-source', 'notpresent', 'Our recipes come from home cooks across the country.'],
  // purposes
  ['purposes', 'present', 'We use your e-mail address to send you order confirmations.'],
  ['purposes', 'present', 'Your location lets us show you the nearest charging points.'],
  ['purposes', 'notpresent', 'We use recycled packaging for every order.'],
  // rectification
  ['right-rectification', 'present', 'If any of your details are wrong, tell us and we will put them right.'],
  ['right-rectification', 'present', 'You can ask us to update information about you that is out of date.'],
  ['right-rectification', 'partial', 'You can edit your profile information in the app settings at any time.'],
  ['right-rectification', 'notpresent', 'Please make sure the information you give us is accurate.'],
  // must the data be given
  ['statutory-contractual', 'present', 'You do not have to give us any personal information, but without an e-mail address we cannot open an account for you.'],
  ['statutory-contractual', 'present', 'Giving us your phone number is optional.'],
  ['statutory-contractual', 'notpresent', 'We are required by law to keep invoices for seven years.'],
  // the officer
  ['dpo-contact', 'present', 'You can reach our Data Protection Officer at dpo@tidewatch.example.'],
  ['dpo-contact', 'present', 'Unhappy with our answer? You may write to our data protection officer at privacy@tidewatch.example.'],
  ['dpo-contact', 'notpresent', 'Our customer service officer can be reached at help@tidewatch.example.'],
  // the operator
  ['controller-identity', 'present', 'This app is made and run by Kestrel Apps Ltd. Questions: hello@kestrelapps.example.'],
  ['controller-identity', 'notpresent', 'This policy applies to the Tidewatch app.'],
  // transfers
  ['international-transfers', 'partial', 'Your information may end up being processed in countries other than the one you live in.'],
  ['international-transfers', 'present', "Where we send data outside the EEA, we rely on the Commission's standard contractual clauses."],
  // retention
  ['retention', 'partial', 'We keep your data only for as long as we need it.'],
  ['retention', 'present', 'We keep your account data until you delete your account.'],
  ['retention', 'notpresent', "You can clear the app's cache in your phone settings."],
  // the basis
  ['lawful-basis', 'present', 'We process your data because we need it to carry out our contract with you.'],
  ['lawful-basis', 'notpresent', 'By downloading the app you accept these terms.'],
  // withdrawal, complaint, objection, portability, restriction
  ['withdraw-consent', 'present', 'Consent you gave can be withdrawn at any time, in Settings or by contacting us.'],
  ['complaint-authority', 'present', "You are also free to complain to the Information Commissioner's Office."],
  ['complaint-authority', 'notpresent', 'If you are unhappy with our service, please write to our customer care team.'],
  ['right-objection', 'present', 'Where we rely on our legitimate interests, you can object to our use of your data.'],
  ['right-objection', 'partial', 'You can opt out of marketing e-mails at any time by clicking unsubscribe.'],
  ['right-portability', 'present', 'You can ask us to send your data to another company in a machine-readable format.'],
  ['right-restriction', 'present', 'It is open to you to have us stop using your data for a while, for example while we check whether it is accurate.'],
  // interests, cookies, security
  ['legitimate-interests', 'present', 'We rely on our legitimate interest in preventing fraud.'],
  ['cookies', 'present', 'We use cookies to remember your preferences; you can block them in your browser settings.'],
  ['cookies', 'partial', 'We use cookies. See our Cookie Policy for details.'],
  ['security', 'present', 'We protect your data with encryption in transit and at rest.'],
  ['security', 'notpresent', 'Keep your phone locked with a PIN when you are not using it.'],
];

export const BATCH_B: FrameRow[] = [
  // automated decisions
  ['automated-decision-making', 'present', 'Members are never subject to decisions made by automated means alone.'],
  ['automated-decision-making', 'present', 'No computer decides on your application: a trustee reads every one.'],
  ['automated-decision-making', 'notpresent', 'Invoices are sent automatically at the end of each month.'],
  // recipients
  ['recipients', 'present', '## Who sees your information\n\nThe Diocesan Office, for safeguarding checks. Our insurer, if there is an accident.'],
  ['recipients', 'present', 'Your delivery address goes to the courier that brings your order.'],
  ['recipients', 'notpresent', 'Never give your one-time code to anybody who phones you.'],
  // sources
  ['data-source', 'present', 'Some of your details come from the league you play in, when it registers you.'],
  ['data-source', 'notpresent', 'Most of our customers come from the local area.'],
  // erasure and restriction
  ['right-erasure', 'present', 'Write to us and we will wipe everything we have about you.'],
  ['right-erasure', 'notpresent', 'Old photos are deleted from the gallery every January.'],
  ['right-restriction', 'present', 'While we check a complaint about your data, you are free to have us stop using it.'],
  ['right-restriction', 'notpresent', 'You can ask the driver to stop for a while on long trips.'],
  // must the data be given
  ['statutory-contractual', 'present', 'No member has to give us a phone number; e-mail is enough.'],
  ['statutory-contractual', 'present', 'The planner works the same whether you sign in or not.'],
  ['statutory-contractual', 'notpresent', 'Nobody has to queue at the front desk any more.'],
  // cookies
  ['cookies', 'present', 'This site contains no cookies and no tracking scripts.'],
  ['cookies', 'present', "We don't set cookies of any kind on this website."],
  ['cookies', 'notpresent', 'The shop contains no cookies made with nuts.'],
  // transfers
  ['international-transfers', 'present', 'Our mailing service stores your address in Canada, which both the EU and the UK regard as giving adequate protection.'],
  ['international-transfers', 'partial', 'Our support team in the Philippines can see your tickets.'],
  // objection
  ['right-objection', 'notpresent', 'You can object to any review that you think is unfair; our team will check it.'],
  ['right-objection', 'present', 'You can object at any time to our use of your data for analytics.'],
  // changes of the notice
  ['policy-changes', 'notpresent', 'The committee looks at this notice every two years.'],
  ['policy-changes', 'present', 'Parents are told about important changes by letter.'],
  ['policy-changes', 'present', 'The newest version of this policy is always published on our site.'],
  ['policy-changes', 'notpresent', 'Players are told about fixture changes by text.'],
  // the date
  ['last-updated', 'present', '**Version date:** 5 March 2025\n**Contact:** the office'],
  ['last-updated', 'notpresent', '**Match date:** 5 March 2025\n**Venue:** the home ground'],
  // the operator
  ['controller-identity', 'present', 'Elmstead Community Choir ("we"), 12 Church Road, Norwich NR2 4AB, keeps this list. Questions: choir@elmstead.example.'],
  // withdrawal
  ['withdraw-consent', 'present', 'Crash reports are sent only if you switch them on, and you can switch crash reports off again at any time.'],
  ['withdraw-consent', 'notpresent', 'You can turn the night light off again whenever you like.'],
  // interests
  ['legitimate-interests', 'present', 'Where we use legitimate interests, the interests we rely on are keeping our hall safe and planning our events.'],
  ['legitimate-interests', 'present', '| Why | Basis |\n|---|---|\n| Keeping the club accounts in order | (f) legitimate interests |'],
  // rectification and access
  ['right-rectification', 'present', 'If we have anything wrong about you, let us know and we will fix it.'],
  ['right-access', 'present', 'You can ask us what we hold about you and get a copy.'],
  ['right-access', 'notpresent', 'You can ask us what time the office opens.'],
];

/**
 * Rows written WITH this round's fixes (not held out): each kind fixed, in our own words, beside
 * look-alikes that share its words and must not give the item.
 */
export const KINDS: FrameRow[] = [
  // a bold label line before another label line in one paragraph
  ['last-updated', 'present', '**Effective date:** 2 June 2025\n**Replaces:** the version of 4 May 2024'],
  ['last-updated', 'present', '**Last revised:** 9 April 2025 · **Owner:** the data team'],
  ['last-updated', 'notpresent', '**Delivery date:** 2 June 2025\n**Courier:** our usual van'],
  // nobody has to give anything; the app the same without it
  ['statutory-contractual', 'present', 'Nobody needs to give us their name to use the map.'],
  ['statutory-contractual', 'present', '### Does my son have to tell you anything?\n\nNo. The app asks for nothing.'],
  ['statutory-contractual', 'present', 'The app works just the same if you decline location access.'],
  ['statutory-contractual', 'notpresent', 'Nobody has to tell us when they are running late.'],
  ['statutory-contractual', 'notpresent', 'No one has to share their locker code with friends.'],
  ['statutory-contractual', 'notpresent', 'The lift works normally if the power fails.'],
  // no cookies, said with "has", "contains" or "of any sort"
  ['cookies', 'present', 'The website has no cookies, pixels or other trackers.'],
  ['cookies', 'present', 'We do not use cookies of any sort.'],
  ['cookies', 'notpresent', 'The site has no advertising cookies.'],
  ['cookies', 'notpresent', 'The tin holds no cookies after the party.'],
  // a country both the EU and the UK deem adequate
  ['international-transfers', 'present', 'Our booking system is hosted in New Zealand, a country the EU and the UK recognise as giving adequate protection.'],
  ['international-transfers', 'notpresent', 'The UK and the EU consider these rules adequate for banks.'],
  // objecting to someone's content or to a person is no objection to processing
  ['right-objection', 'notpresent', 'You can flag or object to any post that breaks the forum rules.'],
  ['right-objection', 'notpresent', 'Members may object to a proposed new member before the vote.'],
  ['right-objection', 'present', 'You can object to any processing of your data that rests on our legitimate interests.'],
  // how changes are made known; a review alone says nothing of it
  ['policy-changes', 'notpresent', 'We check this notice every six months.'],
  ['policy-changes', 'present', 'We check this notice every six months and publish any changes on this page.'],
  ['policy-changes', 'present', 'Members are informed of significant changes by e-mail.'],
  ['policy-changes', 'present', 'The latest version of this notice is always posted on our website.'],
  ['policy-changes', 'present', 'If this ever changes (say, if we add accounts), we will update this page first.'],
  ['policy-changes', 'notpresent', 'Members are informed of timetable changes by e-mail.'],
  // recipients named as fragments under a heading about who gets the data
  ['recipients', 'present', '## Who gets your details\n\nThe Pension Office, for your contributions. Our payroll bureau, which prints the payslips.'],
  ['recipients', 'notpresent', '## Who gets your details\n\nOccasionally, for big events, we hire extra staff.'],
  // a club by its name and postal address
  ['controller-identity', 'present', 'Meadowbank Bowls Club ("the Club"), 3 Green Lane, Keswick CA12 5DJ, runs this website. Write to secretary@meadowbank.example.'],
  // an opt-in switched off again
  ['withdraw-consent', 'present', 'Usage statistics are only sent if you opt in, and you can switch usage statistics off again at any time.'],
  ['withdraw-consent', 'present', 'Backups are off by default; you can turn them on under Privacy and off again whenever you want.'],
  ['withdraw-consent', 'notpresent', 'You can switch the torch off again at any time.'],
  // the interests listed after "the interests we pursue are", and a basis cell "(f) legitimate interests"
  ['legitimate-interests', 'present', 'Where we rely on legitimate interests, the interests we pursue are: keeping the booking system secure and learning which classes are popular.'],
  ['legitimate-interests', 'present', '| Purpose | Legal basis |\n|---|---|\n| Preventing fraud on the booking system | (f) legitimate interests |'],
  ['legitimate-interests', 'partial', 'Some processing rests on (f) legitimate interests.'],
  // batch a's kinds: the data "not subject to" automated decisions, information that "comes from" other services,
  // a pause while something is checked, and advice not to share one's own login
  ['automated-decision-making', 'present', 'None of your details will ever be subject to automated decisions.'],
  ['automated-decision-making', 'notpresent', 'Your parcel is subject to automated sorting.'],
  ['data-source', 'present', 'Part of your profile comes from other apps you connect, such as your running watch.'],
  ['data-source', 'notpresent', 'The money for the prizes comes from other companies.'],
  ['right-restriction', 'present', 'You may ask us to pause processing your records while we look into your complaint.'],
  ['right-restriction', 'notpresent', 'You can ask us to stop the music for a while.'],
  ['recipients', 'notpresent', 'Do not share your login code with anyone, not even our staff.'],
  ['recipients', 'present', 'We never share your password or your data with anyone.'],
  // look-alikes of the kinds above found by the session's review: another subject "has no cookies", a denied
  // posting, data from the reader's own use of our service, a sentence adverb where a name would open the line
  ['cookies', 'notpresent', 'Our bakery has no cookies left on a Sunday afternoon.'],
  ['cookies', 'present', 'This app contains no cookies or similar trackers.'],
  ['policy-changes', 'notpresent', 'We do not post changes here.'],
  ['data-source', 'notpresent', 'Your profile information comes from your use of our services.'],
  ['recipients', 'notpresent', '## Sharing your data\n\nTherefore, the team checks each request by hand.'],
  ['recipients', 'present', '## Who gets your details\n\nParcelwise, for delivering your orders.'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames round 10';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at 066fd35 gets these wrong).
  'We use recycled packaging for every order.': 'round 10, batch a: "we use X for Y" with no data word is read as a purpose',
  'Keep your phone locked with a PIN when you are not using it.': "round 10, batch a: advice to the reader about their own phone is read as the controller's security",
  // Batch a rows reworded after the fixes (own-words: they shared 7-word runs with the eval corpus); main misses them too.
  'You may request that we erase every detail we hold on you by e-mailing support@tidewatch.example.': 'round 10, batch a (reworded): "every detail we hold on you" is no object of the reader-data class and no cue reads "request that we erase"',
  'Once you would rather we kept nothing about you, get in touch and we will remove it.': 'round 10, batch a (reworded): "it" stands for nothing named (the wish "kept nothing about you" names no data object), so "we will remove it" is no erasure of the reader\'s data',
  'It is open to you to have us stop using your data for a while, for example while we check whether it is accurate.': 'round 10, batch a (reworded): the pause cue wants "ask", "request", "right", "you can" or "you may" before "stop"; "it is open to you to have us" is none',
  // Batch b: written after the changes, data frozen (main at 066fd35: 14 of 36 wrong; this branch: 5).
  'No computer decides on your application: a trustee reads every one.': 'round 10, batch b: "no computer decides" is no cue (the denial cues want "no decision … by a computer alone" or "solely automated")',
  'While we check a complaint about your data, you are free to have us stop using it.': 'round 10, batch b: the pause cue wants the data named after "stop using" and the check after it; here the check comes first and the data is "it"',
  'The planner works the same whether you sign in or not.': 'round 10, batch b: the "works the same whether or not" cue names its subjects (app, game, service, site, it); "the planner" is none of them',
  'Our mailing service stores your address in Canada, which both the EU and the UK regard as giving adequate protection.': 'round 10, batch b: the adequacy cue takes "the EU and the UK" but not with "both" before them',
};
