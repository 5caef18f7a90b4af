// Issue 13, the statement reader's third round (session 12): the data subject's rights and the items
// beside them (right-access … right-portability, withdraw-consent, complaint-authority,
// automated-decision-making) in the words real policies use: other verbs and nouns for each right,
// rights given as list items after a lead-in ("You may:", "Your rights include:"), a question
// heading answered "Yes." or "No.", profiling for ads with no word on automated decisions, and
// look-alikes (staff access, retention deletes, marketing unsubscribes, complaints to the company).
// Written in our own words. Batch 1 was written BEFORE the changes of this round, batch 2 AFTER
// them, without changing the data afterwards (the generalisation figure). Same shape as
// coverage-frames-en-rows.ts; `node scripts/score-rows.js <checkout> --rows=en3 --batch=1|2`.
import type { FrameRow } from './coverage-frames-en-rows.js';

const RIGHTS_INCLUDE =
  'Your rights include:\n\n- getting a copy of your information\n- having mistakes fixed\n- having your data erased\n- limiting how we use it\n- objecting to how we use it\n- moving your data to another service';
const UK_RIGHTS =
  'Under UK data protection law you have several rights.\n\n- Access: ask what we hold about you.\n- Correction: ask us to fix errors.\n- Deletion: ask us to erase your data.\n- Portability: ask us to pass your data to another organisation.';
const YOU_MAY = 'You may:\n\n- ask for a copy of your data\n- ask us to correct mistakes in it\n- ask us to delete it';
const YOU_HAVE = 'You have these rights:\n\n- to find out which personal data of yours we keep\n- to have it corrected if it is wrong';
const ASK_US_TO = 'You can ask us to:\n\n- send you what we hold about you\n- remove your account and everything in it';
const CONSENT_COMPLAIN = 'You may:\n\n- withdraw your consent whenever you choose\n- complain to a supervisory authority';

export const BATCH1: FrameRow[] = [
  // right-access
  ['right-access', 'present', 'Members can get a copy of the personal details we keep on them by asking us.'],
  ['right-access', 'present', 'You are entitled to obtain a copy of your data.'],
  ['right-access', 'present', 'Want to know what we have on file about you? Drop us a line and we will send it over.'],
  ['right-access', 'present', YOU_HAVE],
  ['right-access', 'present', '### Can I get a copy of my data?\n\nYes. Write to privacy@quillfeather.example and we will send it within 30 days.'],
  ['right-access', 'present', 'On request, we will tell you whether we process your personal data and provide you with a copy.'],
  ['right-access', 'present', 'You may request access to the information we store about you.'],
  ['right-access', 'present', 'Subject access requests can be sent to our privacy team.'],
  ['right-access', 'present', YOU_MAY],
  ['right-access', 'present', ASK_US_TO],
  ['right-access', 'partial', 'You can view the details in your profile at any time under Settings.'],
  ['right-access', 'notpresent', 'Only authorised staff have access to your data.'],
  ['right-access', 'notpresent', 'Anyone can request a printed copy of our terms and conditions.'],
  ['right-access', 'notpresent', 'Access to the app requires an internet connection.'],
  ['right-access', 'notpresent', 'We may request access to your camera to scan receipts.'],
  ['right-access', 'notpresent', '### Can I see what you hold about me?\n\nNo personal data is kept on our side, so there is nothing to show.'],
  // right-rectification
  ['right-rectification', 'present', 'If any of your details are out of date, let us know and we will update them.'],
  ['right-rectification', 'present', 'You can ask us to fix anything that is inaccurate.'],
  ['right-rectification', 'present', 'You have the right to have incomplete information about you completed.'],
  ['right-rectification', 'present', 'We will amend your records on request.'],
  ['right-rectification', 'present', YOU_MAY],
  ['right-rectification', 'present', YOU_HAVE],
  ['right-rectification', 'present', '### What if my details are wrong?\n\nJust tell us and we will put them right.'],
  ['right-rectification', 'partial', 'You can edit your name and e-mail address in the app settings.'],
  ['right-rectification', 'notpresent', 'We correct typos in our blog posts.'],
  ['right-rectification', 'notpresent', 'Please make sure the address you give us is correct.'],
  ['right-rectification', 'notpresent', 'You can update the app from the store.'],
  // right-erasure
  ['right-erasure', 'present', 'You can ask us to wipe your data from our servers.'],
  ['right-erasure', 'present', 'You may request that we remove your personal information.'],
  ['right-erasure', 'present', 'If you want us to forget you, e-mail us and we will erase your details.'],
  ['right-erasure', 'present', YOU_MAY],
  ['right-erasure', 'present', ASK_US_TO],
  ['right-erasure', 'present', '### Can you delete my data?\n\nYes. Email us and we will remove it within a month.'],
  ['right-erasure', 'partial', 'You can delete your account at any time from the settings screen.'],
  ['right-erasure', 'partial', '### Can I delete my account?\n\nYes, from the settings screen.'],
  ['right-erasure', 'notpresent', 'Inactive accounts are erased after 24 months.'],
  ['right-erasure', 'notpresent', 'If we learn that we hold data about a child under 13, we will delete it.'],
  ['right-erasure', 'notpresent', 'You can remove items from your basket.'],
  ['right-erasure', 'notpresent', 'Uninstalling the app removes it from your phone.'],
  // right-restriction
  ['right-restriction', 'present', 'You can ask us to limit how we use your information.'],
  ['right-restriction', 'present', 'You are entitled to have us restrict processing of your data.'],
  ['right-restriction', 'present', 'You can ask us to pause the use of your data while we look into a complaint about its accuracy.'],
  ['right-restriction', 'present', 'In some cases you can ask us to keep your data but stop using it.'],
  ['right-restriction', 'present', 'You may have us suspend processing of your details while a dispute is resolved.'],
  ['right-restriction', 'present', 'You have the right to:\n\n- restriction of processing\n- data portability'],
  ['right-restriction', 'notpresent', 'We restrict access to your data to staff who need it.'],
  ['right-restriction', 'notpresent', 'Some features are limited in the free version.'],
  ['right-restriction', 'notpresent', 'You can limit the number of notifications you receive.'],
  ['right-restriction', 'notpresent', 'Access to our offices is restricted.'],
  // right-objection
  ['right-objection', 'present', 'You can object to our use of your data for our legitimate interests.'],
  ['right-objection', 'present', "Where we rely on our legitimate interests, you can let us know that you don't want us to process your data that way."],
  ['right-objection', 'present', 'You can say no to processing that is based on our interests.'],
  ['right-objection', 'present', 'You may opt out of any processing we carry out on the basis of legitimate interests.'],
  ['right-objection', 'present', 'On grounds that relate to your own situation, you may at any moment object to us processing your details.'],
  ['right-objection', 'present', 'If you disagree with how we use your information for analytics, you can ask us to stop.'],
  ['right-objection', 'present', '### Can I stop you using my data?\n\nYes, you can object at any time by writing to us.'],
  ['right-objection', 'partial', 'You can opt out of marketing e-mails at any time by clicking unsubscribe.'],
  ['right-objection', 'partial', 'You may object to us using your data for direct marketing.'],
  ['right-objection', 'notpresent', 'We object to all forms of spam.'],
  ['right-objection', 'notpresent', 'If you object to these terms, please do not use the app.'],
  ['right-objection', 'notpresent', 'Users can opt out of the beta programme.'],
  // right-portability
  ['right-portability', 'present', 'You can ask us to send your data to another provider.'],
  ['right-portability', 'present', 'You are entitled to get your data back in a structured, machine-readable format.'],
  ['right-portability', 'present', 'If you want to take your data elsewhere, we will give it to you in a format other services can read.'],
  ['right-portability', 'present', 'You may ask us to move your information to another company.'],
  ['right-portability', 'present', '### Can I move my data to another app?\n\nYes, ask us and we will send it to you in a machine-readable file.'],
  ['right-portability', 'present', 'You have the right to:\n\n- restriction of processing\n- data portability'],
  ['right-portability', 'partial', 'You can export your notes as a CSV file from the settings menu.'],
  ['right-portability', 'partial', 'The Download my data button in your account lets you save a copy of everything in JSON.'],
  ['right-portability', 'notpresent', 'You can move your subscription to another device.'],
  ['right-portability', 'notpresent', 'We transfer your data to our hosting provider in Ireland.'],
  ['right-portability', 'notpresent', 'Admins can import data from a spreadsheet.'],
  // withdraw-consent
  ['withdraw-consent', 'present', 'You can change your mind and take back your consent whenever you want.'],
  ['withdraw-consent', 'present', 'Where we process your data on the strength of your consent, you may withdraw it at any time.'],
  ['withdraw-consent', 'present', 'You can withdraw your consent by e-mailing us.'],
  ['withdraw-consent', 'present', 'You are free to pull your consent back later; this does not affect what we did before.'],
  ['withdraw-consent', 'present', 'Consent can be withdrawn at any moment by contacting us.'],
  ['withdraw-consent', 'present', CONSENT_COMPLAIN],
  ['withdraw-consent', 'present', 'If you no longer agree to us processing your health data, you can tell us whenever you like and we will stop.'],
  ['withdraw-consent', 'notpresent', 'You can unsubscribe from our newsletter at any time.'],
  ['withdraw-consent', 'notpresent', 'By using the app, you consent to this policy.'],
  ['withdraw-consent', 'notpresent', 'We may withdraw the offer at any time.'],
  ['withdraw-consent', 'notpresent', 'You can withdraw money from your wallet at any time.'],
  // complaint-authority
  ['complaint-authority', 'present', 'You are free to lodge a complaint with the ICO.'],
  ['complaint-authority', 'present', "Unhappy with the way we handle your data? You can raise a concern with the Information Commissioner's Office."],
  ['complaint-authority', 'present', 'You may in addition take your complaint to a data protection authority near you.'],
  ['complaint-authority', 'present', 'You may contact the data protection regulator in your country if you think we have broken the law.'],
  ['complaint-authority', 'present', 'If we cannot resolve your concern, you can take it to the supervisory authority where you live.'],
  ['complaint-authority', 'present', 'Not happy with our answer? You can report us to the data protection authority.'],
  ['complaint-authority', 'present', CONSENT_COMPLAIN],
  ['complaint-authority', 'notpresent', 'If you have a complaint, please contact our support team.'],
  ['complaint-authority', 'notpresent', 'We cooperate with the data protection authorities.'],
  ['complaint-authority', 'notpresent', 'Complaints about deliveries should be sent to the courier.'],
  ['complaint-authority', 'notpresent', 'We will report any breach to the regulator within 72 hours.'],
  // automated-decision-making
  ['automated-decision-making', 'present', 'We do not make decisions about you based solely on automated processing.'],
  ['automated-decision-making', 'present', 'No automated decision-making takes place.'],
  ['automated-decision-making', 'present', "We don't use automated decision-making or profiling."],
  ['automated-decision-making', 'present', 'Your loan application is assessed automatically by our scoring system, and you can ask for a person to review the outcome.'],
  ['automated-decision-making', 'present', 'None of our decisions about you are made by a machine without human involvement.'],
  ['automated-decision-making', 'present', 'Our algorithm decides automatically whether your account is flagged for fraud; you may contest this decision.'],
  ['automated-decision-making', 'partial', 'We use your browsing history to personalise the ads you see.'],
  ['automated-decision-making', 'partial', 'Our advertising partners build a profile of your interests to show you tailored adverts.'],
  ['automated-decision-making', 'partial', 'We analyse your activity to recommend content you might enjoy.'],
  ['automated-decision-making', 'missing', 'Backups run automatically every night.'],
  ['automated-decision-making', 'missing', 'The app updates automatically.'],
  ['automated-decision-making', 'missing', 'We make decisions about new features based on user feedback.'],
  // a lead-in that opens a list of rights, its items in the policy's own words
  ['right-access', 'present', RIGHTS_INCLUDE],
  ['right-rectification', 'present', RIGHTS_INCLUDE],
  ['right-erasure', 'present', RIGHTS_INCLUDE],
  ['right-restriction', 'present', RIGHTS_INCLUDE],
  ['right-objection', 'present', RIGHTS_INCLUDE],
  ['right-portability', 'present', RIGHTS_INCLUDE],
  ['right-access', 'present', UK_RIGHTS],
  ['right-rectification', 'present', UK_RIGHTS],
  ['right-erasure', 'present', UK_RIGHTS],
  ['right-portability', 'present', UK_RIGHTS],
];

/** Written after this round's changes; the data was not changed for them. */
export const BATCH2: FrameRow[] = [
  // right-access
  ['right-access', 'present', 'Curious what our records say about you? Ask and we will e-mail you everything we have.'],
  ['right-access', 'present', 'Every member is entitled to a copy of the personal data the club keeps about them.'],
  ['right-access', 'present', 'We will confirm, if you ask, whether we process any information about you.'],
  ['right-access', 'present', '### Can I see the data you store about me?\n\nYes. Send a request through our contact form.'],
  ['right-access', 'partial', 'Your full ride history is visible in the app at any time.'],
  ['right-access', 'notpresent', 'Our contractors may access your data only to provide their services.'],
  ['right-access', 'notpresent', 'Shoppers can request a copy of their receipt at the till.'],
  // right-rectification
  ['right-rectification', 'present', 'Spotted a mistake in what we hold about you? Let us know and we will correct it.'],
  ['right-rectification', 'present', 'You are entitled to have wrong or incomplete details about you put right.'],
  ['right-rectification', 'present', 'Our team will update your records when you tell us they have changed.'],
  ['right-rectification', 'partial', 'You can change your display name and photo in your profile.'],
  ['right-rectification', 'notpresent', 'We fix bugs in every release.'],
  // right-erasure
  ['right-erasure', 'present', 'Should you no longer want us to have your details, ask and we will wipe them.'],
  ['right-erasure', 'present', 'Patients may ask the clinic to erase their records where the law allows.'],
  ['right-erasure', 'present', 'You have the following rights:\n\n- to have your information deleted\n- to see what we store'],
  ['right-erasure', 'partial', 'You can remove your account yourself under Profile > Delete account.'],
  ['right-erasure', 'notpresent', 'Log files are deleted automatically after 14 days.'],
  ['right-erasure', 'notpresent', 'You can delete saved drafts from the editor.'],
  // right-restriction
  ['right-restriction', 'present', 'You can ask that we stop using your data for a while, for instance while you contest its accuracy.'],
  ['right-restriction', 'present', 'In certain cases you may require us to limit the processing of your information.'],
  ['right-restriction', 'present', 'Your rights include:\n\n- restricting how we process your details'],
  ['right-restriction', 'notpresent', 'We limit the number of staff who can see your file.'],
  ['right-restriction', 'notpresent', 'You can restrict who sees your posts.'],
  // right-objection
  ['right-objection', 'present', 'Where our processing rests on legitimate interests, you can object to it.'],
  ['right-objection', 'present', 'You may tell us to stop processing what we hold on you for fraud analytics.'],
  ['right-objection', 'present', 'You can:\n\n- object to our use of your data for statistics'],
  ['right-objection', 'partial', 'You can turn off promotional e-mails at any time.'],
  ['right-objection', 'notpresent', 'If you object to a charge, call your bank.'],
  // right-portability
  ['right-portability', 'present', 'If you switch to another provider, we will hand your data over to them at your request.'],
  ['right-portability', 'present', 'You can ask for your data in a machine-readable file so you can reuse it elsewhere.'],
  ['right-portability', 'present', '### Can I take my data to another service?\n\nYes. Ask us and we will transfer it.'],
  ['right-portability', 'partial', 'Use the Export button in the app to download your entries as a CSV file.'],
  ['right-portability', 'notpresent', 'You can move your booking to another date.'],
  ['right-portability', 'notpresent', 'Your data is transferred to our servers when you sync.'],
  // withdraw-consent
  ['withdraw-consent', 'present', 'Changed your mind? You can withdraw your consent whenever you like.'],
  ['withdraw-consent', 'present', 'The consent you gave can be revoked at any moment; just write to us.'],
  ['withdraw-consent', 'present', 'You can take back the permission you gave us at any time.'],
  ['withdraw-consent', 'notpresent', 'You may cancel your order within 14 days.'],
  ['withdraw-consent', 'notpresent', 'Tap unsubscribe in any of our newsletters to stop receiving them.'],
  // complaint-authority
  ['complaint-authority', 'present', 'You may also complain to the Information Commissioner about how we handle your data.'],
  ['complaint-authority', 'present', 'If you believe we have not respected your rights, you can bring a complaint before your national supervisory authority.'],
  ['complaint-authority', 'present', 'You are free to contact the data protection regulator where you live.'],
  ['complaint-authority', 'notpresent', 'Send any complaint to our customer care team.'],
  ['complaint-authority', 'notpresent', 'We share data with the authorities when the law requires it.'],
  // automated-decision-making
  ['automated-decision-making', 'present', 'We never rely on automated decisions that have legal effects for you.'],
  ['automated-decision-making', 'present', 'Decisions about your claim are always taken by a human being.'],
  ['automated-decision-making', 'present', 'Automated decision-making does not happen in this app.'],
  ['automated-decision-making', 'partial', 'Our partners may show you personalised ads built on your interests.'],
  ['automated-decision-making', 'missing', 'The screen turns off automatically after one minute.'],
  ['automated-decision-making', 'missing', 'You decide how often we remind you.'],
];
