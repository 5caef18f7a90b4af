// English policies in the styles the labelled sets under-represent (hotel and travel, fitness and
// health apps, news sites, SaaS, shops, charities, games, dating; banks, universities, councils,
// data processing agreements, recruitment; children's education, marketplaces, non-profits, B2B
// SaaS, US policies with an EEA section, FAQ question headings, tables, telehealth, smart-home
// devices, ride-hailing, job boards, clubs, parishes; crypto with identity checks, schools' notices,
// numbered legal clauses, "in short" summaries, open-source apps; insurers, libraries, betting, vets),
// written for this test in nine rounds, each before
// looking at what the data matched: sentences that give an item, give it in part, or must never
// be its evidence; and whole short policies with their full expected report.
// Each row: [requirement, expected, body]; expected `present`, `partial` (the item is addressed, an
// element is absent) or `notpresent` (missing or partial: the sentence does not give the item).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';
import { englishCoverageOf } from './helpers/coverage-lang.js';

type Row = [requirement: string, expected: 'present' | 'partial' | 'notpresent', body: string];

const coverageOf = englishCoverageOf;

const ROUNDS: Record<string, Row[]> = {
  first: [
    // hotel / travel
    ['retention','present','We keep booking records for seven years after your stay to meet tax rules, then delete them.'],
    ['retention','partial','Guest profiles are kept only for as long as we need them for the purposes described here.'],
    ['retention','notpresent','Room keys are deactivated automatically when you check out.'],
    ['international-transfers','present','When you book a partner hotel outside the EEA, we transfer your reservation details under the standard contractual clauses adopted by the European Commission.'],
    ['international-transfers','partial','Your booking may be passed to hotels in other countries so that they can welcome you.'],
    ['international-transfers','notpresent','We offer trips to more than forty countries worldwide.'],
    ['recipients','present','We share your name and arrival date with the hotel you booked and with our payment processor.'],
    ['recipients','notpresent','Other travellers can read the reviews you publish on our site.'],
    ['purposes','present','We use your passport details to complete check-in as required by local law and to manage your reservation.'],
    ['data-categories','present','We collect your name, e-mail address, phone number, passport number and payment card details.'],
    ['controller-identity','present','Seabright Hotels B.V., Kade 12, 1011 AB Amsterdam, is responsible for processing your data; you can reach us at privacy@seabright.example.'],
    ['controller-identity','partial','Seabright Hotels B.V. is the controller of the data described in this notice.'],
    ['statutory-contractual','present','You must give us a valid passport number because the law of the country you visit requires hotels to register guests.'],
    ['statutory-contractual','notpresent','We disclose information to border authorities when required by law.'],
    ['right-access','present','You can ask our guest services team for a copy of the personal data we hold about your stays.'],
    ['right-access','notpresent','Housekeeping staff need access to your room to clean it each day.'],
    ['right-erasure','present','You may request that we erase your guest profile at any time.'],
    ['right-erasure','notpresent','CCTV footage in our lobbies is overwritten automatically after 30 days.'],
    // fitness / health
    ['lawful-basis','present','We process your heart-rate and sleep data only with your explicit consent under Article 9(2)(a) GDPR.'],
    ['withdraw-consent','present','You can withdraw your consent to health data processing at any time in the app settings, without affecting earlier processing.'],
    ['withdraw-consent','notpresent','You can cancel your gym membership at any time with one month\'s notice.'],
    ['right-objection','notpresent','Members may object to a class being cancelled by contacting the front desk.'],
    ['right-objection','present','Whenever we process your data because of our legitimate interests, you may object to this processing at any time.'],
    ['right-rectification','present','If your weight or height is recorded wrongly, you can ask us to correct it.'],
    ['right-rectification','notpresent','Please make sure the information you enter about your workouts is accurate.'],
    ['right-portability','present','You may receive your activity history in a structured, commonly used, machine-readable format and have it sent to another provider.'],
    ['right-portability','notpresent','You can export your workout as a GPX file to share it with a friend.'],
    ['automated-decision-making','present','We do not use automated decision-making, including profiling, that produces legal effects for you.'],
    ['automated-decision-making','notpresent','Our app automatically syncs your steps every hour.'],
    ['security','present','All health data is encrypted in transit and at rest, and access is limited to staff who need it.'],
    ['security','notpresent','For your safety, please warm up before every workout.'],
    ['children','present','Our app is not intended for children under 16 and we do not knowingly collect their data.'],
    ['data-source','present','If you connect a smartwatch, we receive your step count and heart rate from the watch maker\'s service.'],
    ['data-source','notpresent','The source code of our app is available on GitHub.'],
    // news / publisher
    ['cookies','present','We use analytics cookies to count page views and advertising cookies to show relevant ads; you can refuse them in our cookie banner or your browser.'],
    ['cookies','partial','For information about the cookies we use, please see our Cookie Policy.'],
    ['legitimate-interests','present','We analyse how readers use our site, relying on our legitimate interest in improving our journalism.'],
    ['legitimate-interests','partial','Some processing is based on our legitimate interests.'],
    ['legitimate-interests','notpresent','Our reporters have a legitimate interest in protecting their sources.'],
    ['complaint-authority','present','If our handling of your data upsets you, you can complain to the Information Commissioner\'s Office.'],
    ['complaint-authority','notpresent','Complaints about our editorial content can be sent to the Independent Press Standards Organisation.'],
    ['complaint-authority','notpresent','If you have a complaint about our service, please contact our customer team first.'],
    ['dpo-contact','present','You can reach our Data Protection Officer at dpo@dailyherald.example.'],
    ['dpo-contact','notpresent','Our editor-in-chief can be reached at editor@dailyherald.example.'],
    ['right-restriction','present','While we check a complaint you made about its accuracy, you can ask us to restrict how we process your data.'],
    ['right-restriction','notpresent','Access to some articles is restricted to paying subscribers.'],
    // startups / SaaS
    ['controller-identity','present','Lumenstack Inc. ("we") operates this service. Contact: legal@lumenstack.example.'],
    ['recipients','present','We use sub-processors such as Amazon Web Services for hosting and Stripe for billing.'],
    ['recipients','notpresent','Your team members can see the projects you share with them in your workspace.'],
    ['international-transfers','present','Customer data is hosted in the United States; transfers from the EU rely on the EU-U.S. Data Privacy Framework.'],
    ['international-transfers','partial','Data may be stored on servers in the United States.'],
    ['retention','present','Workspace data is deleted 90 days after you cancel your subscription.'],
    ['retention','partial','Customer data is retained while we still need it to meet legal duties, settle disputes and enforce contracts.'],
    ['retention','notpresent','You can delete individual projects from your dashboard.'],
    ['purposes','present','We use account information to provide the service, send billing notices and respond to support requests.'],
    ['data-categories','present','We collect the content you upload, usage logs, IP addresses and browser type.'],
    ['right-access','present','You can request access to whatever personal information we keep on you.'],
    ['right-erasure','present','It is your right to have us delete your personal data.'],
    ['right-erasure','partial','You can delete your account at any time from the settings page.'],
    ['lawful-basis','present','We process your data because we need it for our contract with you and, where you agree, because you consented.'],
    ['lawful-basis','notpresent','Using the service means you accept this privacy policy.'],
    ['automated-decision-making','present','No decisions with legal or similarly significant effects are made about you solely by automated means.'],
    // e-commerce
    ['retention','present','We keep your order details as long as the account remains open, and for six years after it is closed.'],
    ['retention','present','We keep your e-mail address on our mailing list until you unsubscribe.'],
    ['retention','notpresent','Items in your basket are saved for 30 days.'],
    ['recipients','present','We pass your delivery address to the courier who delivers your parcel.'],
    ['recipients','notpresent','Your personal information is never sold by us.'],
    ['withdraw-consent','notpresent','You can unsubscribe from marketing e-mails at any time by clicking the link in any newsletter.'],
    ['right-objection','partial','You can opt out of marketing e-mails at any time.'],
    ['right-objection','present','You can object to our use of your data for direct marketing and to any processing based on legitimate interests.'],
    ['statutory-contractual','present','If you do not give us your delivery address we cannot deliver your order.'],
    ['statutory-contractual','notpresent','If you block cookies, some parts of the shop may not work.'],
    ['data-source','present','We receive information about you from credit reference agencies when you choose to pay later.'],
    ['security','present','Payments are processed over an encrypted TLS connection and we never store your full card number.'],
    ['security','notpresent','Secure your parcel by choosing a safe place for delivery.'],
    ['right-access','notpresent','You can access your order history in your account.'],
    ['right-rectification','partial','You can update your delivery address and contact details in your account at any time.'],
    // charities
    ['controller-identity','present','Hope Harbour Trust, a registered charity (no. 1234567), is the data controller. Write to us at 3 Church Street, York YO1 7HH.'],
    ['purposes','present','We use your details to process your donation, claim Gift Aid and keep you informed about our work if you agree.'],
    ['lawful-basis','present','We rely on legitimate interests to send you postal updates and on consent for e-mail updates.'],
    ['legitimate-interests','present','We send supporters postal updates about our work because we have a legitimate interest in fundraising for our cause.'],
    ['data-source','present','We sometimes receive your details from fundraising platforms such as JustGiving when you donate through them.'],
    ['data-source','notpresent','Our funding comes from individual donors and trusts.'],
    ['children','notpresent','We support children and families across the north of England.'],
    ['complaint-authority','present','You are entitled to complain to a supervisory authority for data protection.'],
    ['right-objection','notpresent','We object strongly to the closure of local youth services.'],
    ['right-erasure','notpresent','We erase graffiti from community buildings as part of our volunteering days.'],
    ['recipients','present','We share your Gift Aid declaration with HMRC.'],
    ['dpo-contact','partial','A data protection officer has been appointed to oversee our compliance.'],
    ['retention','present','Gift Aid records are kept for six years as HMRC requires.'],
    // negatives
    ['recipients','present','We never share your personal data with anyone.'],
    ['international-transfers','present','Your data never leaves the European Union.'],
    ['automated-decision-making','present','We do not carry out any automated decision-making.'],
    ['lawful-basis','present','We only process your data when a lawful basis allows it, such as your consent or our contract with you.'],
  ],
  second: [
    // following sentence completes
    ['international-transfers','present','Some of our suppliers are based in the United States. These transfers are covered by standard contractual clauses.'],
    ['retention','present','We keep the recordings of your coaching calls. They are deleted 60 days after the call.'],
    ['retention','partial','We store your data on our servers. We keep it only as long as we need it.'],
    ['international-transfers','partial','We may transfer your data to countries outside the EEA. We take steps to protect it.'],
    // lists with lead-ins
    ['right-access','present','Under data protection law you have the following rights:\n\n- to get a copy of your personal data;\n- to have it corrected.'],
    ['right-rectification','present','Under data protection law you have the following rights:\n\n- to get a copy of your personal data;\n- to have it corrected.'],
    ['recipients','present','We share your data with:\n\n- our payment provider, to take your payment;\n- our cloud host, which stores our database.'],
    ['purposes','present','We use your information to:\n\n- run your account;\n- send you reminders you asked for;\n- keep the app safe.'],
    ['purposes','present','This policy explains how we use your data:\n\n- to process your orders;\n- to answer your questions.'],
    // table-of-contents lead-in: not evidence
    ['right-portability','notpresent','This notice covers:\n\n- What we collect\n- Your right to data portability\n- How to contact us'],
    ['retention','notpresent','In this policy:\n\n1. Information we collect\n2. How long we keep it\n3. Your rights'],
    ['complaint-authority','notpresent','Contents:\n\n- Who we are\n- Complaints to a supervisory authority\n- Changes'],
    // DPO
    ['dpo-contact','partial','We have a Data Protection Officer who oversees how we handle your data.'],
    ['dpo-contact','present','Our Data Protection Officer: Jane Holt, dpo@quillfeather.example.'],
    ['dpo-contact','notpresent','Our customer support team is available at support@quillfeather.example.'],
    // controller variants
    ['controller-identity','present','This app is published by Pinecrest Games Ltd. You can contact us at hello@pinecrestgames.example.'],
    ['controller-identity','partial','This app is developed by Pinecrest Games.'],
    ['controller-identity','present','The data controller is Quillfeather Ltd, 4 Mill Lane, Leeds LS1 4AB.'],
    // lawful basis
    ['lawful-basis','present','We need your address to fulfil our contract with you.'],
    ['lawful-basis','present','Where the law requires us to keep invoices, we process your billing data to meet that legal obligation.'],
    ['lawful-basis','notpresent','Please read our terms and conditions carefully before using the app.'],
    // legitimate interests
    ['legitimate-interests','present','We process log data to keep our systems secure; this is in our legitimate interests.'],
    ['legitimate-interests','partial','We may process your data on the basis of legitimate interests.'],
    // rights with "ask"/"request"
    ['right-erasure','present','Just e-mail us if you want your personal data removed and we will take care of it.'],
    ['right-erasure','notpresent','We remove spam comments from our blog every week.'],
    ['right-rectification','present','Tell us if anything we hold about you is wrong and we will fix it.'],
    ['right-rectification','notpresent','We correct typos in published articles as soon as we notice them.'],
    ['right-restriction','present','You may ask us to pause the use of your data while a dispute is resolved.'],
    ['right-portability','present','You can ask us to move your data directly to another service provider.'],
    ['right-access','present','You can find out what personal data we have about you by writing to privacy@quillfeather.example.'],
    ['right-access','notpresent','Only authorised employees can access customer records.'],
    ['right-objection','present','You can tell us to stop using your data for purposes based on our legitimate interests.'],
    ['right-objection','notpresent','If you disagree with a decision by our moderators, you can appeal it.'],
    ['withdraw-consent','present','Where you gave us permission to use your location, you can take it back at any time in your phone settings.'],
    ['withdraw-consent','notpresent','You can cancel your subscription at any time.'],
    ['complaint-authority','present','You can also complain to the data protection authority where you live.'],
    ['complaint-authority','present','If you think we have broken data protection law, you can report us to the ICO.'],
    ['complaint-authority','notpresent','Our complaints procedure is available on request.'],
    // transfers
    ['international-transfers','present','We rely on an adequacy decision of the European Commission when we send data to the UK.'],
    ['international-transfers','present','We store and process all data in Germany and never transfer it outside the EU.'],
    ['international-transfers','notpresent','We ship orders to customers in over 100 countries.'],
    // retention
    ['retention','present','Account data is kept while your account is active and erased within 30 days of closure.'],
    ['retention','present','Log files are deleted after 14 days.'],
    ['retention','partial','We retain personal data as required by applicable law.'],
    ['retention','notpresent','You can delete your posts whenever you like.'],
    // ADM
    ['automated-decision-making','partial','We use your browsing history to build a profile of your interests so we can show you targeted ads.'],
    ['automated-decision-making','present','We do not use your data for automated decision-making.'],
    ['automated-decision-making','notpresent','The app automatically backs up your notes every night.'],
    // statutory-contractual
    ['statutory-contractual','present','Providing your phone number is optional.'],
    ['statutory-contractual','present','You need an account to book a class, so we ask for your name and e-mail address.'],
    ['statutory-contractual','notpresent','We may disclose your data if required by law.'],
    // data source
    ['data-source','present','When a friend refers you, they give us your name and e-mail address.'],
    ['data-source','present','Your employer may provide us with your work e-mail address when they set up your account.'],
    ['data-source','notpresent','We get lots of questions from users about exporting data.'],
    // security
    ['security','present','We use two-factor authentication for staff and regular penetration tests.'],
    ['security','notpresent','Use a strong password and never share it with anyone.'],
    // children
    ['children','present','Children under 13 may only use the app with a parent\'s consent.'],
    ['children','notpresent','Our hotel has a playground for kids.'],
    // cookies
    ['cookies','partial','We use cookies.'],
    ['cookies','present','We use essential cookies to keep you signed in and analytics cookies to see which pages are popular; you can turn off analytics cookies in our cookie settings.'],
    // recipients
    ['recipients','present','Our hosting provider, Hetzner, stores your data on our behalf.'],
    ['recipients','present','We disclose your information to law enforcement agencies when the law requires it.'],
    ['recipients','notpresent','Nobody likes spam, so we keep our newsletter short.'],
    // data categories
    ['data-categories','present','When you sign up we ask for your name, e-mail address and date of birth.'],
    ['data-categories','notpresent','Welcome to our website!'],
    // purposes
    ['purposes','present','We analyse how you use the app so we can improve it.'],
    ['purposes','notpresent','We are a small team based in Bristol.'],
  ],
  third: [
    ['right-access','present','Members can request a full copy of the information we store about them.'],
    ['right-access','notpresent','Premium members get early access to new features.'],
    ['right-erasure','present','You can ask us at any time to wipe your profile and all messages from our systems.'],
    ['right-erasure','notpresent','Matches you have unmatched are removed from your list.'],
    ['right-rectification','present','You are entitled to have inaccurate personal data about you corrected.'],
    ['right-rectification','notpresent','Teachers can correct homework submitted through the app.'],
    ['right-portability','present','You may obtain the data you provided to us in a format that another service can read.'],
    ['right-restriction','present','You can require us to limit the processing of your data in certain circumstances.'],
    ['right-objection','present','Where we process your data for our legitimate interests, you can object to that processing.'],
    ['right-objection','notpresent','Players can report other players for offensive names.'],
    ['withdraw-consent','present','You are free to revoke the consent you gave for location tracking at any moment.'],
    ['withdraw-consent','notpresent','You may revoke a shared link at any time.'],
    ['complaint-authority','present','If you think we got it wrong, you can complain to the data protection authority where you live.'],
    ['complaint-authority','notpresent','Please direct any complaints about your flight to our customer relations team.'],
    ['controller-identity','present','Brightlane Health GmbH, Torstraße 12, 10119 Berlin, is the controller for the processing described here.'],
    ['controller-identity','partial','This game was made by an independent developer.'],
    ['dpo-contact','present','You can contact our DPO by writing to dpo@brightlane.example.'],
    ['dpo-contact','partial','Our group has appointed a Data Protection Officer.'],
    ['international-transfers','present','When your data is transferred to our support team in India, we use the EU standard contractual clauses.'],
    ['international-transfers','partial','Our support team in India may access your data to help you.'],
    ['international-transfers','notpresent','We fly to destinations across Asia and the Americas.'],
    ['retention','present','Chat messages are stored for 12 months and then permanently deleted.'],
    ['retention','present','Consultation notes are kept for ten years after your last appointment, as medical records law requires.'],
    ['retention','partial','We hold on to your information as long as a legitimate business need remains.'],
    ['retention','notpresent','Your streak resets if you skip a day.'],
    ['lawful-basis','present','Our legal basis for processing your health data is your explicit consent.'],
    ['lawful-basis','present','We process booking data because it is necessary to carry out the contract of carriage.'],
    ['legitimate-interests','present','We use your IP address to prevent fraud, which is our legitimate interest.'],
    ['legitimate-interests','partial','Processing may also rest on legitimate interests pursued by us.'],
    ['recipients','present','We share your results with your doctor if you ask us to.'],
    ['recipients','present','Your payment details go to our payment processor, Stripe.'],
    ['recipients','notpresent','Other players can see your username on the leaderboard.'],
    ['purposes','present','Your location is used to show nearby matches.'],
    ['purposes','notpresent','Thanks for downloading our game!'],
    ['data-categories','present','We process your symptoms, medication list and appointment history.'],
    ['data-source','present','We obtain your flight details from the travel agent who booked your trip.'],
    ['data-source','notpresent','Our source of inspiration is our community of learners.'],
    ['statutory-contractual','present','We cannot book your flight if you do not give us the passenger\'s full name as shown on the passport.'],
    ['statutory-contractual','present','You are not obliged to provide any information, but without it we cannot create your account.'],
    ['statutory-contractual','notpresent','Some features may not be available in your region.'],
    ['automated-decision-making','present','Our matching algorithm suggests profiles, but it does not take decisions that have legal or similarly significant effects on you.'],
    ['automated-decision-making','notpresent','The game saves your progress automatically.'],
    ['security','present','We protect your data with encryption and strict access controls.'],
    ['security','notpresent','For security reasons, please log out after each session on a shared device.'],
    ['children','present','Users must be at least 18 to create a dating profile.'],
    ['children','notpresent','Children\'s fares are available for travellers under 12.'],
    ['cookies','present','We use cookies to remember your login and to measure traffic; you can block them in your browser settings.'],
    ['recipients','present','We do not share your data with any third party.'],
    ['international-transfers','present','All data is stored on servers located in the EU and is never transferred elsewhere.'],
    ['right-erasure','present','You can have your account and all related data deleted by sending a request to support@brightlane.example.'],
  ],
  fourth: [
    ['right-access','present','You are entitled to find out what information we hold on you and to receive a copy of it.'],
    ['right-access','notpresent','Guests can access the spa between 7am and 10pm.'],
    ['right-erasure','present','To have your personal information deleted, send us a message through the contact form.'],
    ['right-erasure','notpresent','Cancelled bookings are removed from your dashboard after 24 hours.'],
    ['right-erasure','notpresent','You can remove your saved payment cards in the wallet section of your account.'],
    ['right-rectification','present','If any of your details change or are wrong, let us know and we will update our records.'],
    ['right-portability','present','On request, we will provide your personal data in CSV format so that you can take it to another provider.'],
    ['right-restriction','present','While we look into a complaint, you can ask us to restrict the use of your data to storing it.'],
    ['right-objection','present','You are free to object to processing of your details that relies on our legitimate interests.'],
    ['right-objection','notpresent','Readers may submit objections to an article via our corrections page.'],
    ['withdraw-consent','present','You can withdraw any consent you have given us at any time by e-mailing privacy@quillfeather.example.'],
    ['withdraw-consent','partial','You can stop receiving marketing messages that you agreed to by unsubscribing.'],
    ['complaint-authority','present','You can raise a concern with the Information Commissioner.'],
    ['complaint-authority','notpresent','Complaints about a hotel stay should be sent to the hotel first.'],
    ['controller-identity','present','Trailwise Ltd (company number 09876543), 1 Quay Street, Manchester M3 3JE, is responsible for your personal data.'],
    ['controller-identity','notpresent','Trailwise is committed to protecting your privacy.'],
    ['dpo-contact','present','Data Protection Officer, Trailwise Ltd, 1 Quay Street, Manchester M3 3JE.'],
    ['dpo-contact','notpresent','Questions about bookings go to bookings@trailwise.example.'],
    ['international-transfers','present','Where our suppliers process data in the US, they are certified under the EU-U.S. Data Privacy Framework.'],
    ['international-transfers','partial','Your data may be accessed by our developers in Ukraine.'],
    ['international-transfers','notpresent','We run walking tours in Spain, Italy and Morocco.'],
    ['retention','present','We delete CCTV footage after 31 days unless it is needed for an investigation.'],
    ['retention','present','We keep your donation records for six years, as required by tax law.'],
    ['retention','partial','We will keep your data only for the time needed for the purposes above.'],
    ['retention','notpresent','Your basket will be emptied if you do not check out.'],
    ['lawful-basis','present','We send you our newsletter because you gave us your consent.'],
    ['lawful-basis','present','We must keep invoices to comply with our legal obligations under tax law.'],
    ['legitimate-interests','present','We have a legitimate interest in understanding how visitors use our website so that we can improve it.'],
    ['legitimate-interests','notpresent','Researchers with a legitimate interest may request access to our archive.'],
    ['recipients','present','Your booking details are passed to the tour operator who runs your trip.'],
    ['recipients','present','We use Mailchimp to send our newsletter.'],
    ['recipients','notpresent','Share your favourite trails with friends using the share button.'],
    ['purposes','present','We use your location to suggest walks near you.'],
    ['data-categories','present','We collect the following information: your name, your phone number and your booking references.'],
    ['data-source','present','We may also obtain details about you from the hotels you stay at, such as your check-out date.'],
    ['data-source','notpresent','Data from your device is sent to us when the app crashes.'],
    ['statutory-contractual','present','We are required by law to ask for your date of birth before selling you alcohol; without it we cannot complete the order.'],
    ['statutory-contractual','notpresent','Cookies are required for the site to work properly.'],
    ['automated-decision-making','present','We do not carry out automated decision-making or profiling that has a legal effect on you.'],
    ['automated-decision-making','partial','We use your purchase history to build profiles for targeted marketing.'],
    ['security','present','Access to personal data is restricted to trained staff and protected by strong passwords and encryption.'],
    ['security','notpresent','Our stores are monitored by security guards at night.'],
    ['children','present','We never knowingly gather personal information from anyone under 16.'],
    ['children','notpresent','Kids eat free on Sundays.'],
    ['cookies','present','We use session cookies to keep your basket and Google Analytics cookies to measure visits. You can reject analytics cookies in our cookie banner.'],
    ['recipients','present','We will never sell your data, but we do share it with the couriers who deliver your orders.'],
    ['data-categories','present','We do not collect any personal data other than your e-mail address.'],
    ['lawful-basis','notpresent','By downloading the app, you accept these terms.'],
    ['right-erasure','present','You have the right to request erasure of your personal data.'],
    ['retention','present','Server logs are overwritten every 7 days.'],
  ],
  // Fifth round (written blind): banks and fintech, schools and universities, councils and charities,
  // B2B data processing agreements, recruitment sites; rights listed after "You have the right to:";
  // cookies refused by pronoun in the next sentence.
  fifth: [
    ['retention','present','We retain account-opening records, including identity documents, for five years after the end of our relationship with you, as anti-money-laundering rules require.'],
    ['retention','partial','Transaction data is stored as long as our payment services require and as long as the law obliges us to keep it.'],
    ['retention','notpresent','Your card will be blocked automatically after three wrong PIN entries.'],
    ['statutory-contractual','present','We are legally required to verify your identity before opening an account; if you do not provide proof of identity, we cannot open the account.'],
    ['automated-decision-making','present','Our credit decisions are made automatically using your income and repayment history; you can ask for a member of staff to review any decision and contest it.'],
    ['automated-decision-making','notpresent','Our automated teller machines are available around the clock.'],
    ['recipients','present','We share your details with credit reference agencies, fraud prevention agencies and the card networks that process your payments.'],
    ['data-source','present','We obtain information about you from credit reference agencies and from public registers such as the electoral roll.'],
    ['right-objection','present','Where legitimate interests are our basis, including for fraud-scoring, you can object to this processing whenever you wish.'],
    ['right-access','notpresent','You can access your statements online at any time by logging in.'],
    ['purposes','present','We use student records to manage admissions, teaching, assessment and the award of degrees.'],
    ['recipients','present','We disclose students\' results to the Higher Education Statistics Agency and to your sponsor where you have one.'],
    ['lawful-basis','present','We process student data because we need it to perform a public task, one we carry out in the public interest (Article 6(1)(e) UK GDPR).'],
    ['right-rectification','present','If any of your student details are wrong, you can ask the Registry to correct them.'],
    ['right-rectification','notpresent','Teachers correct homework within a week of submission.'],
    ['right-erasure','notpresent','Graduates\' e-mail accounts are deleted six months after graduation.'],
    ['data-categories','present','We hold your name, date of birth, home address, nationality, qualifications and disability information you choose to share.'],
    ['complaint-authority','present','Not satisfied with our answer? The Information Commissioner\'s Office will also hear your complaint.'],
    ['complaint-authority','notpresent','If you are unhappy with our service, you can make a complaint to the council using our corporate complaints procedure.'],
    ['complaint-authority','notpresent','Complaints about how your data has been handled should be sent to our Data Protection Officer, who will investigate them.'],
    ['controller-identity','present','Riverside District Council is the data controller for the information you give us. You can write to us at Town Hall, Market Street, Riverside RV1 2AB.'],
    ['dpo-contact','present','You can reach our Data Protection Officer by e-mail at dpo@riverside.example or by phone on 01234 567890.'],
    ['withdraw-consent','present','Where you have agreed to hear about our fundraising appeals, you can change your mind at any time by calling our supporter care team.'],
    ['right-objection','partial','You can tell us at any time that you no longer want to receive fundraising letters.'],
    ['lawful-basis','present','We rely on your consent to send you our newsletter and on our legitimate interests to keep a record of your donations.'],
    ['legitimate-interests','present','We rely on legitimate interests to analyse our supporter database so that we can understand who supports us and send appeals that are relevant.'],
    ['legitimate-interests','partial','Some processing is based on our legitimate interests.'],
    ['international-transfers','present','Where Customer Personal Data is transferred to a country outside the EEA that has no adequacy decision, the parties agree to the Standard Contractual Clauses (Module Two).'],
    ['international-transfers','partial','Sub-processors may process Customer Personal Data in the United States and India.'],
    ['recipients','present','The Processor engages the sub-processors listed in Annex III, including hosting and e-mail delivery providers.'],
    ['right-erasure','notpresent','At the end of the Services the Processor shall delete all Customer Personal Data unless storage is required by law.'],
    ['retention','present','The Processor deletes Customer Personal Data within 30 days of the termination of the Agreement.'],
    ['retention','present','If your application is unsuccessful, we keep your CV for six months and then delete it.'],
    ['purposes','present','We use your CV to assess your suitability for the role you applied for and to arrange interviews.'],
    ['recipients','present','We pass your CV to the employers whose vacancies you apply for.'],
    ['automated-decision-making','present','We do not make recruitment decisions by automated means alone; a recruiter reviews every application.'],
    ['right-access','present','Candidates may write to our recruitment team to request a copy of all personal information we keep about them.'],
    ['right-portability','present','You can ask us to send your candidate profile to you or to another recruitment agency in a machine-readable format.'],
    ['right-erasure','present','You can ask us to remove your candidate profile and all related data from our systems.'],
    ['data-source','present','We may also obtain information on you from your referees and from background-check providers.'],
    ['cookies','present','We use cookies to remember your job searches. You can refuse them by changing your browser settings.'],
    ['right-erasure','present','You have the right to:\n\n- access\n- erasure\n- portability'],
    // Look-alikes of this round's new cues.
    ['international-transfers','notpresent','We host webinars in Canada and the United States every spring.'],
    ['recipients','notpresent','We provide our application to clients in the financial sector.'],
    ['right-objection','notpresent','Tell us if a paper copy of your bill is no longer wanted.'],
    ['purposes','present','This policy explains how we use your data:\n\n- to run the service for you\n- to send you receipts'],
    ['cookies','present','We place analytics cookies on your device. You can block them at any time.'],
  ],
  // Large website policies (media, retail, travel and tech sites), the goppc-dev style, written blind
  // by the session that worked on issue 13's Dutch, German and French coverage.
  websites: [
    ['automated-decision-making','present','We do not use your information to make decisions about you that are based solely on automated processing and that have legal or similarly significant effects.'],
    ['automated-decision-making','present','Some loan pre-approvals on our site are produced by an algorithm; you can ask for a member of our credit team to review any outcome.'],
    ['automated-decision-making','partial','We build interest segments from the articles you read so that advertisers can show you ads that match them.'],
    ['automated-decision-making','notpresent','Our newsletter is sent automatically every Monday morning.'],
    ['automated-decision-making','notpresent','Automated systems scan uploads for malware.'],
    ['children','present','Our websites are meant for adults; we never knowingly gather personal information from anyone under 16, and we delete it if we learn that we have.'],
    ['children','present','Teen accounts for users aged 13 to 17 have more private default settings, and a parent can review them.'],
    ['children','notpresent','Our stores carry clothing and shoes for children of all ages.'],
    ['children','notpresent','Our editors choose the best gifts for kids every holiday season.'],
    ['data-source','present','We also obtain information about you from data brokers, public records and social networks when you link your account.'],
    ['data-source','present','If a friend refers you, they give us your name and e-mail address.'],
    ['data-source','notpresent','We source our coffee beans directly from farmers in Colombia and Ethiopia.'],
    ['data-source','present','Partners who run events with us share their attendee lists with us.'],
    ['dpo-contact','present','You can reach our Data Protection Officer by writing to: Data Protection Officer, Ridgeway Media GmbH, Alte Gasse 4, 10115 Berlin, Germany.'],
    ['dpo-contact','present','EU residents may contact our DPO using the web form at quillfeather.example/dpo.'],
    ['dpo-contact','notpresent','Questions about this policy? Email our customer care team at help@quillfeather.example.'],
    ['dpo-contact','partial','Our Group Data Protection Officer reports to the board every quarter.'],
    ['security','present','We protect payment details with tokenisation and keep our systems under round-the-clock monitoring.'],
    ['security','present','Access to customer records is limited to staff who need it, and all laptops are encrypted.'],
    ['security','notpresent','Please choose a strong password and never share it with anyone.'],
    ['security','notpresent','Security cameras operate in our stores for the safety of customers and staff.'],
    ['retention','partial','We keep your information as long as the purposes of this policy need it and to meet legal requirements.'],
    ['complaint-authority','present','EEA residents may complain to the data protection regulator where they live.'],
    ['international-transfers','partial','Because we operate globally, your information may be processed in countries other than the one where you live.'],
    ['right-objection','partial','You can opt out of our promotional e-mails by clicking "unsubscribe" in any of them.'],
    ['withdraw-consent','present','Where we rely on your consent, you may withdraw it at any time by changing your preferences in the privacy center or by contacting us.'],
  ],
  // Sixth round: children's education apps, games, health trackers, marketplaces, non-profits,
  // B2B SaaS with a DPA, US-style policies with a GDPR section, FAQ-style question headings and
  // tables; an objection limited to one use, a pronoun two sentences away, "we do not sell".
  sixth: [
    // children's education
    ['data-categories','present','When a teacher sets up a class, we store each pupil\'s first name, year group and the answers they give in quizzes.'],
    ['recipients','present','Quiz scores are visible to the pupil\'s teacher and to the school that bought the licence; a hosting company stores them for us.'],
    ['children','present','Pupils under 13 can only join through a school, which gives consent on behalf of parents.'],
    ['right-erasure','present','Parents can ask us to delete everything we hold about their child by emailing privacy@owlcrest.example.'],
    ['right-erasure','notpresent','Unfinished homework is cleared from the pupil\'s screen at the end of each term.'],
    ['retention','present','Pupil accounts are removed twelve months after the school\'s subscription ends.'],
    ['lawful-basis','present','Where a school uses our app, the school relies on its public task to process pupil data and we act as its processor.'],
    ['right-access','notpresent','Teachers can access their class dashboard from any browser.'],
    // games
    ['purposes','present','We use your device identifier to save your progress, match you with other players and stop cheating.'],
    ['recipients','present','Our ad partners, such as AppLovin and Unity Ads, receive your advertising ID to show you ads between levels.'],
    ['automated-decision-making','partial','We and our ad partners build a profile of your interests from how you play so that the ads you see suit you.'],
    ['right-objection','notpresent','You can mute other players, or report them if you object to their behaviour in chat.'],
    ['withdraw-consent','present','You can switch off personalised ads at any time in the privacy menu, which withdraws the consent you gave when you first opened the game.'],
    ['data-categories','notpresent','Collect all 40 gems to unlock the secret world!'],
    ['retention','notpresent','Daily rewards expire at midnight if you do not claim them.'],
    ['statutory-contractual','present','You do not have to sign in to play, but without an account your progress cannot be restored on a new phone.'],
    // health and fitness trackers
    ['lawful-basis','present','Because your cycle and symptom logs are health data, we only process them with your explicit consent.'],
    ['international-transfers','present','Our cloud provider stores backups in Ireland and Germany, so your data stays within the EEA.'],
    ['international-transfers','partial','Your readings are synced to servers run by our partner in Singapore.'],
    ['right-portability','present','From Settings > Export, or by asking us, you can get all your logs as a CSV file that other apps can import.'],
    ['security','notpresent','Keep your phone locked so that others cannot see your stats.'],
    ['right-rectification','present','If a reading synced from your scale is wrong, tell us and we will correct it in your history.'],
    ['data-source','present','If you link Apple Health or Google Fit, we read your step count and workouts from them.'],
    // marketplaces
    ['recipients','present','When you buy an item, we pass your name and shipping address to the seller so they can post it to you.'],
    ['recipients','notpresent','We do not sell your personal data to third parties.'],
    ['recipients','notpresent','We never sell or rent your information to anyone.'],
    ['purposes','present','Sellers\' bank details are used only to pay out their earnings.'],
    ['data-source','present','To check a seller\'s identity, we receive information about them from our verification partner.'],
    ['retention','present','Listings you delete are removed at once, but records of completed sales are kept for seven years for tax purposes.'],
    ['right-erasure','notpresent','Sellers can delete a listing at any time before it sells.'],
    ['legitimate-interests','present','We scan messages between buyers and sellers for scams, relying on our legitimate interest in keeping the marketplace safe.'],
    ['complaint-authority','notpresent','If a seller does not respond, you can open a dispute with our resolution centre.'],
    // non-profits
    ['right-objection','partial','You may object to your photo appearing in our newsletter.'],
    ['right-objection','partial','Volunteers who do not want their names listed in our annual report can object by telling the volunteer coordinator.'],
    ['withdraw-consent','present','If you signed up for text messages, you can take back your consent whenever you like by replying STOP.'],
    ['data-categories','present','For volunteers we hold emergency contact details, the results of background checks and any access needs you tell us about.'],
    ['lawful-basis','present','We keep Gift Aid declarations because the law obliges us to, so our basis is legal obligation.'],
    ['dpo-contact','notpresent','Our trustees meet four times a year and can be contacted through the chair.'],
    // B2B SaaS with a DPA
    ['recipients','present','An up-to-date list of our sub-processors, with what each one does, is published on our trust page.'],
    ['international-transfers','present','For customers in the EU, any transfer to our US parent company is made under the Standard Contractual Clauses incorporated in our Data Processing Addendum.'],
    ['retention','present','After the contract ends, customers have 30 days to export their data; we then erase it from live systems, and from backups within a further 60 days.'],
    ['security','present','We hold ISO 27001 certification and encrypt customer data with AES-256 at rest.'],
    ['right-access','present','Website visitors and sales contacts can ask us what personal data we hold about them.'],
    ['automated-decision-making','notpresent','The platform automatically routes each support ticket to the right queue.'],
    ['purposes','notpresent','Our platform helps finance teams close their books faster.'],
    // US-style policies with a GDPR section
    ['recipients','present','We may disclose personal information to service providers, to our affiliates and, in a merger, to the buyer.'],
    ['right-access','present','EEA and UK residents: you may request access to all personal data about you in our files.'],
    ['right-objection','present','In the EEA, you may object to processing that relies on legitimate interests.'],
    ['complaint-authority','present','Residents of the EEA may also complain to the data protection authority in their own country.'],
    ['right-erasure','notpresent','California residents: using your privacy rights will never lead us to treat you worse.'],
    ['lawful-basis','present','Legal bases (EEA users only): we process your data to carry out our contract with you, to comply with the law, and with your consent where we ask for it.'],
    ['data-categories','notpresent','We never knowingly gather personal information from children under 13.'],
    ['retention','notpresent','Your California privacy rights are described below.'],
    // FAQ-style question headings
    ['right-erasure','present','## Can I have my data deleted?\n\nYes. Send a request to privacy@cobaltfern.example and we will delete it within 30 days.'],
    ['retention','present','## How long do you keep my information?\n\nUntil you close your account, plus 90 days while backups roll over.'],
    ['international-transfers','present','## Does my data leave Europe?\n\nNo. All our servers are in Frankfurt.'],
    ['right-portability','notpresent','## Can I move my subscription to another device?\n\nYes, sign in with the same account on the new device.'],
    ['dpo-contact','present','## Who is your data protection officer?\n\nAnna Brandt, reachable at dpo@cobaltfern.example.'],
    ['automated-decision-making','present','## Do you make automated decisions about me?\n\nNo, a person always takes the decisions that affect you.'],
    ['right-objection','notpresent','## Can I object to a parking fine?\n\nYes, use the appeal form within 28 days.'],
    // tables
    ['retention','present','| Data | How long we keep it |\n|---|---|\n| Account details | Until you delete your account |\n| Payment records | 7 years |'],
    ['lawful-basis','present','| Purpose | Legal basis |\n|---|---|\n| Sending your order | Performance of a contract |\n| Newsletter | Consent |'],
    ['recipients','present','| Who we share with | Why |\n|---|---|\n| Courier companies | To deliver your parcel |\n| Payment provider | To take payment |'],
    ['legitimate-interests','present','| Purpose | Legal basis |\n|---|---|\n| Detecting fraud | Legitimate interests (keeping payments safe) |'],
    ['international-transfers','partial','| Recipient | Country |\n|---|---|\n| Helpdesk provider | United States |'],
    // a pronoun two sentences away
    ['cookies','present','We use cookies to remember your language and to count visits. Cookies are small text files. You can switch them off in your browser settings.'],
    ['retention','present','We keep copies of the ID documents you upload. We need them to verify who you are. They are destroyed 30 days after the check.'],
    // never evidence
    ['right-access','notpresent','Our app needs access to your microphone to record your pronunciation.'],
    ['right-rectification','notpresent','The app corrects your spelling as you type.'],
    ['withdraw-consent','notpresent','You can withdraw money from your wallet at any time.'],
    ['data-source','notpresent','The open-source libraries we use are listed in the app\'s About screen.'],
    ['complaint-authority','notpresent','We work closely with regulators and respond promptly to their inquiries.'],
    ['right-restriction','notpresent','Some levels stay restricted until you reach level 10.'],
    ['international-transfers','notpresent','You can transfer your game progress to a new phone with a QR code.'],
    ['purposes','notpresent','We care deeply about your privacy.'],    // Look-alikes of this round's new cues.
    ['retention','notpresent','## How long does it take to answer my request?\n\nWe reply within 30 days.'],
    ['data-source','notpresent','Once you connect your headphones, we get the audio ready in seconds.'],
    ['statutory-contractual','notpresent','Delivery is free on orders over 50 euros; everything else is optional.'],
    ['recipients','present','We do not sell your data, but we share it with our delivery partners.'],
    ['recipients','notpresent','We will never sell, rent or trade your e-mail address.'],
    ['right-access','notpresent','## Can I see my order history?\n\nYes, it is on your account page.'],
    ['automated-decision-making','notpresent','## Do you send automated emails?\n\nNo, every email is written by a person.'],
    ['international-transfers','notpresent','## Does my parcel leave the EU?\n\nNo, we only ship within the EU.'],
    ['legitimate-interests','partial','| Data | Legal basis |\n|---|---|\n| Name and e-mail | Legitimate interests |'],
    ['right-restriction','notpresent','You can ask us to pause your subscription for up to three months.'],
    ['right-portability','notpresent','You can download your invoices as a PDF.'],
    ['right-rectification','present','If the app shows your date of birth wrongly, you can ask us to correct it.'],
    ['right-erasure','notpresent','Should we find out that someone under 13 has signed up, we delete the account.'],
    ['right-erasure','present','You are entitled to have your data erased once we no longer need it.'],
    ['right-erasure','notpresent','When we no longer need your order details, we delete them.'],
    ['purposes','present','## What do you use my e-mail address for?\n\nTo send your receipts and, if you ask for it, our newsletter.'],
  ],
  // Seventh round, written after round six's fixes and before running them, to see whether the
  // fixes generalise: telehealth, smart-home devices, ride-hailing, job boards, sports clubs,
  // VPN and browser-extension makers, photo editors, churches; FAQ headings and tables again.
  seventh: [
    ['data-categories','present','For each consultation we record your symptoms, the clinician\'s notes and any prescriptions issued.'],
    ['recipients','present','Prescriptions are sent to the pharmacy you choose so it can prepare your medicine.'],
    ['lawful-basis','present','We process health information because it is necessary for the provision of health care (Article 9(2)(h) GDPR) and to perform our contract with you.'],
    ['retention','present','Medical records are kept for eight years after your last consultation, as the rules for health providers require.'],
    ['right-access','present','You can ask for a copy of your medical record at any time by writing to our records team.'],
    ['data-categories','present','The thermostat reports the room temperature, your heating schedule and whether anyone is at home.'],
    ['international-transfers','partial','Voice commands are processed by our speech partner on servers in the United States.'],
    ['security','present','Firmware updates are signed, and all traffic between the device and our cloud is encrypted.'],
    ['data-source','present','If you connect your energy supplier account, we import your meter readings from it.'],
    ['recipients','present','We share your pickup location and first name with the driver who accepts your ride.'],
    ['retention','present','Trip histories are deleted three years after the trip unless a dispute is open.'],
    ['purposes','present','Your location is used to find nearby drivers and to calculate the fare.'],
    ['automated-decision-making','present','Fares are calculated automatically, but no decision that significantly affects you is made without a person being able to review it.'],
    ['recipients','present','Employers who post jobs can see the CV you send with your application.'],
    ['right-erasure','present','Job seekers can ask us to erase their profile and CV by contacting support.'],
    ['statutory-contractual','present','A CV is required to apply for a job through our site; all other profile fields are optional.'],
    ['data-categories','present','Members give us their name, date of birth, emergency contact and any medical conditions relevant to training.'],
    ['recipients','present','We pass members\' names and dates of birth to the national governing body to register them for competitions.'],
    ['right-objection','partial','Members who would rather not appear in match photos on our website can object by telling the club secretary.'],
    ['legitimate-interests','present','We keep a list of former members, relying on our legitimate interest in inviting them to reunion events.'],
    ['data-categories','present','Our VPN does not log the sites you visit; we only store your e-mail address and payment status.'],
    ['international-transfers','present','Our company and all our servers that hold account data are in Switzerland, which the European Commission recognises as providing adequate protection.'],
    ['purposes','present','The extension reads the page you are on only to find coupon codes for that shop.'],
    ['recipients','notpresent','We do not sell, rent or trade the browsing history of our users.'],
    ['retention','present','Photos you upload for editing are deleted from our servers within 24 hours.'],
    ['right-access','notpresent','The editor needs access to your photo library to open your pictures.'],
    ['withdraw-consent','present','You can take back your permission for us to use your photos in our showcase at any moment.'],
    ['controller-identity','present','St Aidan\'s Parish Church, 12 Vicarage Road, Durham DH1 3AB, is the data controller for the parish directory.'],
    // An Art. 9(2) condition alone names no Art. 6 ground (coverage conventions: lawful-basis).
    ['lawful-basis','notpresent','We process information about your religious beliefs as a not-for-profit body with a religious aim, under Article 9(2)(d).'],
    ['right-objection','partial','If you would rather your name was not read out in the prayer list, please tell the parish office.'],
    // FAQ headings
    ['right-portability','present','## Can I take my data to another app?\n\nYes. Ask us and we will send it to you as a CSV file.'],
    ['international-transfers','present','## Is my data stored outside the EU?\n\nNo, all of it stays in our data centre in Dublin.'],
    ['withdraw-consent','present','## Can I change my mind about location tracking?\n\nYes: in Settings, or by emailing us, you can withdraw your consent, whenever you like.'],
    ['automated-decision-making','present','## Does an algorithm decide whether I get a ride?\n\nNo. We do not make decisions about you based solely on automated processing.'],
    ['dpo-contact','present','## How do I reach your data protection officer?\n\nE-mail dpo@ridewell.example.'],
    ['retention','notpresent','## How long does a refund take?\n\nRefunds reach your account within 10 days.'],
    // tables
    ['retention','present','| Record | Kept for |\n|---|---|\n| Consultation notes | 8 years |\n| Appointment reminders | 30 days |'],
    ['lawful-basis','present','| Why we use it | Our basis |\n|---|---|\n| Booking your appointment | Contract |\n| Reminders by SMS | Consent |'],
    ['legitimate-interests','present','| Purpose | Lawful basis |\n|---|---|\n| Keeping our app secure | Legitimate interests |'],
    ['international-transfers','partial','| Provider | Location |\n|---|---|\n| Video call service | Canada |'],
    // negatives
    ['right-rectification','notpresent','The photo editor can correct red-eye and straighten horizons.'],
    ['right-restriction','notpresent','Access to the members\' area is restricted to paid-up members.'],
    ['data-source','notpresent','If you connect your phone to the car, we show your route on the dashboard.'],
    ['complaint-authority','notpresent','Complaints about a driver can be made in the app after each trip.'],
    ['right-portability','notpresent','You can move the thermostat to another room at any time.'],
    ['children','notpresent','Our junior section trains on Saturday mornings.'],
    // Look-alikes of this round's new cues.
    ['recipients','notpresent','Drivers can see the route on their own phones.'],
    ['data-categories','notpresent','The app reports the weather, traffic and news for your area.'],
    ['right-access','notpresent','The billing page lets you download a copy of your invoice history.'],
    ['right-objection','notpresent','If you would rather we did not call you, tell us your preferred contact method.'],
    ['lawful-basis','notpresent','| Plan | Basis of charge |\n|---|---|\n| Premium | Contract price |'],
    ['international-transfers','notpresent','Our members travel to Switzerland, which the club considers the best place for training camps.'],
    ['recipients','present','Your test results are sent to the doctor who ordered them.'],
    ['legitimate-interests','partial','| Data | Lawful basis |\n|---|---|\n| Device identifiers | Legitimate interests |'],
  ],
  // Eighth round, written before running it and before reading what the data matches, in styles
  // the earlier rounds lack: crypto and fintech with identity checks, dating apps, schools'
  // notices to parents, job applicants, robot vacuums and doorbells, browser extensions and
  // open-source apps with minimal policies, numbered legal clauses with a definitions section,
  // plain-language "in short" summaries; and round seven's known misses.
  eighth: [
    // round seven's known misses
    ['automated-decision-making','present','A member of staff always checks decisions on refunds.'],
    ['automated-decision-making','present','Every decision on a loan application is taken by one of our credit officers, not by a machine.'],
    ['purposes','notpresent','The scanner reads barcodes only to find the price.'],
    ['purposes','notpresent','The app reads the QR code on the ticket only to find your seat.'],
    ['retention','present','| What we keep | Why | How long | Who sees it |\n|---|---|---|---|\n| Your e-mail address | To send your receipts | Until you close your account | Our e-mail provider |'],
    ['purposes','present','| What we keep | Why | How long | Who sees it |\n|---|---|---|---|\n| Your e-mail address | To send your receipts | Until you close your account | Our e-mail provider |'],
    ['recipients','present','| What we keep | Why | How long | Who sees it |\n|---|---|---|---|\n| Your e-mail address | To send your receipts | Until you close your account | Our e-mail provider |'],
    ['retention','present','| Information | Reason | Stored for |\n|---|---|---|\n| Delivery address | Shipping your order | Two years after the order |'],
    ['data-categories','notpresent','To use the app you must provide the required account information.'],
    ['data-categories','present','The required account information is your name, e-mail address and a password.'],
    // crypto and fintech with identity checks
    ['data-categories','present','To verify your identity we ask for a photo of your passport or identity card, a short selfie video and proof of your home address.'],
    ['statutory-contractual','present','Anti-money-laundering law obliges us to verify who you are; if you do not complete verification, you cannot open a wallet.'],
    ['retention','present','Verification documents are kept for five years after our business relationship ends, as anti-money-laundering rules require.'],
    ['recipients','present','We send your identity documents to our verification provider, which compares your selfie with the photo in your ID.'],
    ['data-source','present','We also obtain information about you from sanctions lists and databases of politically exposed persons.'],
    ['automated-decision-making','present','Our onboarding system automatically rejects an application whose name matches a sanctions list; you can ask a compliance officer to review that decision.'],
    ['lawful-basis','present','We check your identity because we are under a legal obligation to do so.'],
    ['security','present','Most customer funds are held in cold storage, and staff can open identity documents only with two-factor authentication.'],
    ['recipients','notpresent','You can send crypto to any wallet address in seconds.'],
    ['withdraw-consent','notpresent','Withdrawals to your linked bank account are processed at any time of day.'],
    ['international-transfers','notpresent','You can transfer tokens to wallets in other countries without fees.'],
    ['purposes','notpresent','Trading crypto-assets carries a high risk of losing your money.'],
    // dating apps
    ['data-categories','present','Your profile shows the photos you upload, your age, your gender, the gender you are looking for and a short bio.'],
    ['lawful-basis','present','Your sexual orientation is processed only with your explicit consent, which you give when you add it to your profile.'],
    ['recipients','present','Our moderation contractor reviews photos that other members report.'],
    ['purposes','present','We use your location to suggest people nearby and your stated preferences to decide whom to show you.'],
    ['automated-decision-making','partial','Our matching algorithm ranks profiles from your swipes and messages to predict who you will like.'],
    ['right-erasure','present','If you want us to erase your data rather than just hide your profile, write to privacy@lovelark.example.'],
    ['retention','present','Once you delete your account, your profile disappears at once and your messages are erased within 28 days.'],
    ['children','present','You must be at least 18 to use the app, and we remove accounts that we find belong to minors.'],
    ['right-objection','notpresent','You can block or unmatch anyone you do not want to hear from.'],
    ['security','notpresent','Never send money to someone you have only met on the app.'],
    ['data-categories','notpresent','Add up to six photos to make your profile stand out.'],
    // schools' notices to parents
    ['controller-identity','present','Hillside Primary School, Oak Lane, Norwich NR2 4XY, is the data controller for pupil information; contact the school office at office@hillside.example.'],
    ['lawful-basis','present','We collect pupil information to carry out our public task of educating your child, and because education law requires it.'],
    ['recipients','present','We share pupil records with the local authority, with the Department for Education and with the school your child moves to.'],
    ['statutory-contractual','present','Most of the pupil information you give us is mandatory; we will tell you when providing something is optional.'],
    ['data-categories','present','The information we hold includes attendance records, assessment results, special educational needs and medical conditions.'],
    ['retention','present','We keep the admissions register until the pupil turns 25.'],
    ['dpo-contact','present','Our data protection officer is provided by the county council and can be reached at dpo@county.example.'],
    ['right-access','present','Parents can ask to see the information we hold about their child by contacting the school office.'],
    ['complaint-authority','present','If you are worried about how we use pupil data, you can raise it with the Information Commissioner\'s Office.'],
    ['children','notpresent','Children in Year 6 go on a residential trip each summer.'],
    ['right-rectification','notpresent','Teachers correct homework within a week.'],
    // job applicants
    ['data-categories','present','When you apply, we collect your CV, cover letter, employment history, qualifications and the answers you give in interviews.'],
    ['retention','present','If you are not hired, we delete your application six months after the vacancy closes, unless you ask us to keep it for future roles.'],
    ['data-source','present','With your permission we ask your referees for a reference, and we may obtain a criminal record check.'],
    ['recipients','present','A background-check company receives your details if we offer you the job.'],
    ['automated-decision-making','present','No application is rejected by software alone; a recruiter reads every CV.'],
    ['purposes','present','We use the information in your application only to assess whether you suit the role and to keep in touch with you about it.'],
    ['right-objection','notpresent','Candidates who disagree with the outcome of an interview can ask for feedback.'],
    ['statutory-contractual','present','You do not have to give us equal-opportunities information, and leaving it out does not affect your application.'],
    // robot vacuums and doorbells
    ['data-categories','present','The robot vacuum makes a map of your home\'s floor plan and records where it has cleaned.'],
    ['purposes','present','Doorbell video clips are stored so that you can see who came to your door.'],
    ['recipients','notpresent','Anyone who rings the doorbell hears a chime inside the house.'],
    ['retention','present','Video clips stay in the cloud for 30 days on the free plan and 60 days on the premium plan.'],
    ['international-transfers','present','Device data is stored in our data centre in Frankfurt and does not leave the EU.'],
    ['security','notpresent','Keep the camera lens clean for the best picture.'],
    ['withdraw-consent','notpresent','You can turn off the motion light at any time.'],
    // browser extensions and open-source apps
    ['recipients','present','The extension sends nothing to us or to anyone else; all processing happens in your browser.'],
    ['purposes','present','The extension reads the addresses of the pages you open only to compare them with your block list.'],
    ['right-access','notpresent','The extension needs access to the websites you visit to block trackers on them.'],
    ['recipients','present','The app has no server of its own and shares nothing with us or with third parties.'],
    ['data-source','notpresent','Contributions are welcome: fork the repository and open a pull request.'],
    ['purposes','notpresent','The software comes with no warranty and is released under the MIT licence.'],
    ['retention','present','Crash reports you choose to send us are deleted after 90 days.'],
    ['controller-identity','partial','This app is maintained by volunteers of the Quillnote project.'],
    // numbered legal clauses with a definitions section
    ['data-categories','notpresent','1.1 "Personal Data" means any information about a living person who can be identified from it.'],
    ['controller-identity','notpresent','1.2 "Controller" means the person who decides why and how Personal Data is processed.'],
    ['retention','present','4.2 We shall retain Personal Data for no longer than twelve (12) months after the termination of the Agreement.'],
    ['recipients','present','5.1 The Company may disclose Personal Data to its Affiliates and to Sub-processors engaged under clause 7.'],
    ['international-transfers','present','6.1 Where Personal Data is transferred to a Third Country, the Company shall ensure that the transfer is subject to the Standard Contractual Clauses.'],
    ['right-erasure','present','8.3 The Data Subject may request the erasure of his or her Personal Data in accordance with Article 17 GDPR.'],
    ['security','present','9.1 The Company shall implement appropriate technical and organisational measures, including encryption and access controls, to protect Personal Data.'],
    ['right-objection','notpresent','10.2 Either party may object to an amendment of this Agreement within 14 days of notice.'],
    // plain-language "in short" summaries
    ['recipients','present','In short: we share your data only with the companies that help us run the app, and we never sell it.'],
    ['retention','partial','In short: we keep your data only as long as we need it.'],
    ['international-transfers','partial','In short: some of our providers are in the US, so your data may travel there.'],
    ['right-access','present','In short: you can ask us what we know about you, and we will tell you.'],
    ['purposes','notpresent','In short: we care about your privacy and wrote this policy in plain words.'],
    // Look-alikes of this round's new cues.
    ['automated-decision-making','notpresent','Our spam filter automatically blocks junk e-mail before it reaches you.'],
    ['automated-decision-making','notpresent','Not every bug can be found by software alone, so our testers try each release by hand.'],
    ['automated-decision-making','notpresent','Photos in our catalogue are taken by our own staff, not by a machine.'],
    ['automated-decision-making','partial','Our model scores each customer on how likely they are to cancel, so that we can offer them a discount.'],
    ['recipients','notpresent','Contractors working in our office must follow our code of conduct.'],
    ['recipients','notpresent','The app sends nothing but a daily reminder to your phone.'],
    ['international-transfers','notpresent','Our offices are in Canada and the United Kingdom.'],
    ['retention','notpresent','Loyalty points stay in your account for twelve months.'],
    ['purposes','notpresent','The checkout scans the discount code only to calculate the new total.'],
    ['data-categories','notpresent','Bring your booking reference to the check-in desk.'],
    ['right-access','notpresent','Ask us what we know about the history of the building.'],
    ['data-source','notpresent','Our referees at the match are qualified by the national association.'],
    ['controller-identity','notpresent','Thank you to the volunteers of the town library for their help.'],
    // A name line under a contact heading names the operator (a developer's or studio's name).
    ['controller-identity','present','## Contact us\n\nAny questions? Write to us:\n\nBrightpixel Games\n\nEmail: hello@brightpixel.example'],
    ['controller-identity','partial','## Contact us\n\nAny questions? Write to us:\n\nCustomer Support\n\nEmail: help@brightpixel.example'],
    ['controller-identity','notpresent','## Our games\n\nBrightpixel Games\n\nWe make puzzle games for phones.'],
  ],
  // A second probe, written after round eight's fixes and before running it, in styles no round
  // has used (insurers with telematics, libraries, period trackers, betting, letting agents,
  // ticketing, podcasts, food delivery, vets, accountants): do the fixes generalise?
  ninth: [
    ['data-categories','present','The black box in your car records your speed, braking, mileage and the times of day you drive.'],
    ['purposes','present','We use your driving data to work out your premium and to handle any claim you make.'],
    ['automated-decision-making','present','Your renewal price is set automatically from your driving score; you can ask one of our underwriters to look at it again.'],
    ['recipients','present','If you make a claim, we share the details with the garage that repairs your car and with our claims handling company.'],
    ['statutory-contractual','present','We cannot give you a quote unless you tell us about any previous claims and motoring convictions.'],
    ['retention','present','Library loan records are deleted four weeks after the item is returned.'],
    ['data-categories','present','For each member we keep the name, address, library card number and any fines owed.'],
    ['right-access','present','Members may ask the library to show them the records it holds about them.'],
    ['lawful-basis','present','Your cycle data is processed only with your explicit consent, and our basis for sending account e-mails is our contract with you.'],
    ['international-transfers','present','Your cycle data stays on servers in Sweden and is never sent outside the European Economic Area.'],
    ['right-erasure','present','You can ask us to delete all your cycle history, and we will confirm once it is gone.'],
    ['withdraw-consent','present','At any time, in Settings or by writing to us, you may withdraw the consent you gave for your symptom notes.'],
    ['statutory-contractual','present','Gambling law requires us to check your age and identity before you can place a bet.'],
    ['retention','present','Records of your bets and deposits are kept for five years after your account is closed, as the gambling regulator requires.'],
    ['automated-decision-making','present','Our system automatically suspends accounts that show signs of problem gambling, and a member of our safer-gambling team then reviews each case.'],
    ['recipients','present','We pass tenants\' references and deposit details to the landlord and to the deposit protection scheme.'],
    ['data-source','present','We obtain a credit report about prospective tenants from a credit reference agency.'],
    ['purposes','present','Your ticket details are used to let you into the venue and to tell you if the event is moved.'],
    ['recipients','present','The event organiser receives your name and e-mail address so that it can contact you about the show.'],
    ['cookies','present','We use cookies to remember which podcasts you follow and to measure how many people listen; you can turn off the measuring cookies in our cookie settings.'],
    ['data-categories','present','We collect your delivery address, your order history and, while a courier is on the way, the courier\'s location.'],
    ['recipients','present','Restaurants see your first name and your order, and couriers see your delivery address.'],
    ['controller-identity','present','Paws & Claws Veterinary Practice Ltd, 14 Market Street, Ely CB7 4LS, is responsible for your data and your pet\'s records; contact us at 01353 000000.'],
    ['retention','present','Client and animal records are kept for seven years after your last visit.'],
    ['complaint-authority','present','You are also entitled to complain to the ICO about how we handle your information.'],
    ['dpo-contact','present','Our data protection officer, Sam Reed, can be contacted at dpo@brightledger.example or on 020 7946 0000.'],
    ['lawful-basis','present','We process our clients\' financial records because we must keep them under accounting and anti-money-laundering law.'],
    ['right-rectification','present','If any detail we hold about you is out of date, let us know and we will correct it.'],
    // never evidence
    ['retention','notpresent','Tickets go on sale 30 days before each event.'],
    ['recipients','notpresent','You can share your playlist with friends by sending them a link.'],
    ['right-erasure','notpresent','You can remove a dish from your basket before you pay.'],
    ['security','notpresent','Please keep your dog on a lead in the waiting room.'],
    ['withdraw-consent','notpresent','You can withdraw your bet before the race starts.'],
    ['children','notpresent','Our children\'s section has picture books for all ages.'],
    ['data-source','notpresent','We source our ingredients from local farms.'],
    // half given
    ['retention','partial','We keep your claim file for as long as we need it.'],
    ['international-transfers','partial','Our podcast hosting provider is based in the United States.'],
    ['legitimate-interests','partial','We may also process your data when our legitimate interests call for it.'],
    ['right-rectification','partial','You can update your delivery address in the app at any time.'],
  ],
  // A tenth probe, written after round nine's fixes and before running it: the small utility apps
  // that make up most app stores (flashlights, wallpapers, keyboards, QR scanners, weather,
  // calculators, ringtones), online courses, museums, airlines and newspaper subscriptions.
  // (The newsletter row was first written 'present'; the conventions make a marketing-only withdrawal partial.)
  tenth: [
    ['recipients','present','The app shows ads served by Google AdMob, which may use your device\'s advertising ID to choose them.'],
    ['data-categories','present','The only data the keyboard sends us are anonymous crash logs and the language packs you download.'],
    ['purposes','present','The flashlight app asks for camera permission solely to switch the LED on and off.'],
    ['recipients','notpresent','Wallpapers are downloaded from our own server and saved to your gallery.'],
    ['retention','present','Scanned QR codes are kept in the app\'s history on your phone until you clear it.'],
    ['data-categories','present','To show the local forecast, the app uses your approximate location, which is never stored.'],
    ['retention','present','To show the local forecast, the app uses your approximate location, which is never stored.'],
    ['security','notpresent','The calculator keeps working even when your phone is offline.'],
    ['children','present','This app is suitable for all ages, but we do not knowingly collect information from children under 13.'],
    ['automated-decision-making','notpresent','The ringtone maker automatically trims silence at the start of your recording.'],
    ['data-categories','present','Learners provide their name, e-mail address and country when they enrol, and we record their quiz scores and course progress.'],
    ['recipients','present','If you take a course for a certificate, your name and final grade are shared with the partner university that awards it.'],
    ['right-erasure','present','At any time you can have us delete your learner account and all your course data.'],
    ['automated-decision-making','present','Quizzes are marked automatically; if you think a mark is wrong, a tutor will review it.'],
    ['purposes','present','We use your ticket booking to admit you to the museum and, if you agree, to send you news about exhibitions.'],
    ['data-source','present','If you book through a travel agent, we receive your booking details from them.'],
    ['recipients','present','We give your passport details to border authorities of the country you fly to, as their law requires.'],
    ['statutory-contractual','present','We need your passport details before you can check in; without them you cannot board.'],
    ['international-transfers','present','Passenger data sent to authorities outside the EU is transferred under Article 49 GDPR because it is necessary for your journey.'],
    ['retention','present','Subscriber payment records are kept for six years to meet tax rules.'],
    ['withdraw-consent','partial','You may change your mind about receiving our newsletter and take back your consent at any time with the link at the bottom of each issue.'],
    ['right-objection','present','You may object to how we use your reading history for recommendations, and we will stop unless we have compelling grounds.'],
    ['lawful-basis','present','We rely on your consent for personalised recommendations and on our contract with you for delivering your subscription.'],
    // never evidence
    ['data-categories','notpresent','Choose from more than 5,000 wallpapers in HD quality.'],
    ['recipients','notpresent','Share your favourite wallpaper with friends on social media.'],
    ['right-access','notpresent','Premium users get access to all filters and no ads.'],
    ['retention','notpresent','Your subscription renews automatically every month until you cancel it.'],
    ['international-transfers','notpresent','Our flights connect 80 cities in Europe and North America.'],
    ['complaint-authority','notpresent','If your flight is delayed, you can file a complaint with the airline\'s customer relations team.'],
    ['lawful-basis','notpresent','Use of this app is subject to our Terms of Service.'],
    // half given
    ['controller-identity','partial','This app is developed by Sunbeam Studio.'],
    ['retention','partial','Course data is retained by us for as long as necessary for our services.'],
    ['international-transfers','partial','By using the app, you consent to your information being transferred to and processed in countries other than your own.'],
  ],
  // An eleventh probe, written after round ten's fixes and before running it: car rental, DNA and
  // family-tree services, password managers, language-learning apps, alumni offices, streaming TV,
  // photo printing, pet-sitting marketplaces.
  // (The fundraising row was first written 'present'; an objection to fundraising only is partial by the conventions.)
  eleventh: [
    ['data-categories','present','When you rent a car we record your driving licence number, the car\'s mileage and fuel level, and any damage found on return.'],
    ['recipients','present','If you get a parking or speeding fine during the rental, we pass your name and address to the authority that issued it.'],
    ['retention','present','Your DNA sample is destroyed within 60 days of the lab finishing its analysis.'],
    ['lawful-basis','present','Genetic data is processed only on the basis of your explicit consent, which you give separately before we test your sample.'],
    ['recipients','notpresent','You can invite relatives to view your family tree.'],
    ['security','present','Your vault is encrypted on your device with your master password, so we cannot read it.'],
    ['data-categories','notpresent','Use a long master password that you do not use anywhere else.'],
    ['purposes','present','We use your lesson history to choose which words you should practise next.'],
    ['automated-decision-making','partial','Our recommendation engine builds a picture of your tastes from what you watch to suggest new shows.'],
    ['data-source','present','Alumni records come from the student files the university kept while you studied here.'],
    ['right-objection','partial','You can object at any time to our use of your data for alumni fundraising by contacting the alumni office.'],
    ['retention','present','Uploaded photos are deleted 30 days after your prints are delivered.'],
    ['recipients','present','Your order and delivery address go to the print lab that produces your photos.'],
    ['recipients','present','Pet owners and sitters see each other\'s first name, photo and reviews once a booking is confirmed.'],
    ['statutory-contractual','present','Sitters must provide a valid ID and pass a background check before they can accept bookings.'],
    ['right-portability','present','You may ask us to send your viewing history in a machine-readable file to you or to another provider.'],
    ['international-transfers','partial','Customer support for our streaming service is provided by a team in the Philippines.'],
    ['complaint-authority','present','You may also complain to the data protection authority in the country where you live or work.'],
    ['controller-identity','present','Wayfarer Car Hire Ltd (company number 01234567), 9 Station Road, Crewe CW1 2AB, is the controller; email privacy@wayfarer.example.'],
    // never evidence
    ['retention','notpresent','Free cancellation is possible up to 48 hours before pick-up.'],
    ['right-erasure','notpresent','Delete a word from your review list by swiping left.'],
    ['data-source','notpresent','Our lessons come from native speakers in 30 countries.'],
    ['withdraw-consent','notpresent','You can cancel a sitting up to 24 hours before it starts.'],
    ['security','notpresent','Every rental car is checked for safety before it leaves the depot.'],
  ],
};

// Rows the checker gets wrong, with why: each runs as a todo, seen, not hidden.
const KNOWN: Record<string, string> = {
  'Our reporters have a legitimate interest in protecting their sources.': 'raised by the model (session 38): "legitimate interest" scores above its τ whoever holds the interest',
};

for (const [round, rows] of Object.entries(ROUNDS)) {
  for (const [requirement, expected, body] of rows) {
    test(`${round} round: ${requirement} ${expected} on "${body.replace(/\n+/g, ' / ')}"`, KNOWN[body] ? { todo: KNOWN[body] } : {}, () => {
      const c = coverageOf(body, requirement);
      const said = `${c.status}${c.absent ? ` (absent: ${c.absent.join(', ')})` : ''}: ${c.evidence.map((e) => e.text).join(' | ')}`;
      if (expected === 'notpresent') assert.notEqual(c.status, 'present', said);
      else assert.equal(c.status, expected, said);
    });
  }
}

/** Whole short policies: every listed item's status (partial with its absent element), eu-gdpr. */
const POLICIES: { name: string; text: string; expect: Record<string, string> }[] = [
{
name: 'fitness app',
text: `# Privacy policy for StrideLoop

Last updated: 4 March 2026

## Who we are

StrideLoop is made by Northfell Apps Ltd, 22 Harbour Road, Bristol BS1 5TY. You can contact us at privacy@northfellapps.example.

## What we collect

To open an account, you give us your name, e-mail address and date of birth. While you train, the app records your routes, pace and heart rate if you connect a heart-rate strap.

## Why we use it and on what basis

We use your account details to run your account, which our contract with you needs. We use your heart-rate data only with your explicit consent, and at any time you can withdraw your consent in the app's privacy settings. You must give us an e-mail address to create an account; everything else is optional.

## Who receives it

Our hosting provider stores the data on our behalf in Ireland. We do not sell your data. We do not send your data outside the European Economic Area.

## How long we keep it

We keep your training history while your account is open and delete it within 30 days after you close your account.

## Your rights

You have the right to access, correct and delete your personal data, to restrict or object to its processing, and to receive it in a portable format. Write to privacy@northfellapps.example to use these rights. You may also complain to a data protection supervisory authority.

We do not make decisions about you by automated means alone.

## Security

Your data is encrypted in transit and at rest.
`,
expect: {
  'controller-identity': 'present', 'dpo-contact': 'missing', purposes: 'present', 'lawful-basis': 'present',
  'legitimate-interests': 'missing', recipients: 'present', 'international-transfers': 'present', retention: 'present',
  'right-access': 'present', 'right-rectification': 'present', 'right-erasure': 'present', 'right-restriction': 'present',
  'right-objection': 'present', 'right-portability': 'present', 'withdraw-consent': 'present', 'complaint-authority': 'present',
  'statutory-contractual': 'present', 'automated-decision-making': 'present', 'data-source': 'missing', 'data-categories': 'present',
  security: 'present', 'last-updated': 'present',
},
},
{
name: 'news site with half-given items',
text: `# Privacy notice

## About us

The Moorside Courier is a local news website. Contact us with questions at newsdesk@gmail.com.

## Information we collect

We collect your e-mail address when you sign up for our newsletter, and your IP address and browser type when you read our pages.

## How we use your information

We send the newsletter to your e-mail address and use your browsing data to understand which stories our readers like. We rely on our legitimate interests for the analysis of our readers.

## Sharing

Our newsletter is sent through an e-mail service provider. Your data may be processed on servers in the United States.

## Keeping your data

We hold on to what you send us only for as long as necessary.

## Your choices

You can unsubscribe from the newsletter at any time with the link in every issue.

We have a data protection officer who checks our compliance.
`,
expect: {
  'controller-identity': 'partial:identity', 'dpo-contact': 'partial:contact', purposes: 'present', 'lawful-basis': 'present',
  'legitimate-interests': 'partial:interests', recipients: 'present', 'international-transfers': 'partial:safeguard', retention: 'partial:period',
  'right-access': 'missing', 'right-rectification': 'missing', 'right-erasure': 'missing', 'right-restriction': 'missing',
  'right-objection': 'partial:right', 'right-portability': 'missing', 'complaint-authority': 'missing',
  'statutory-contractual': 'missing', 'automated-decision-making': 'missing', 'data-categories': 'present',
},
},
{
name: 'charity',
text: `# How Hollin Hope Trust uses your information

Hollin Hope Trust is a registered charity in England (no. 1190000) and the controller of your personal data. Our office is at 5 Chapel Lane, York YO1 7HH.

## What we hold and why

We hold the name, address and donation history of our supporters. We use them to process donations, claim Gift Aid and send you updates about our work. We send postal updates because we have a legitimate interest in telling supporters how their gifts are used; e-mail updates are sent only with your consent.

Some supporters' details reach us from fundraising platforms when they give through them.

## Who sees it

We share Gift Aid declarations with HMRC. Our mailing house prints and posts our updates on our behalf. We never transfer your data outside the UK.

## How long

We keep Gift Aid records for six years after the tax year of the gift, as HMRC requires.

## Your rights

You may ask for a copy of your data, ask us to correct or erase it, to limit how we use it, or to move it to another organisation. You can object at any time where we use your data for our legitimate interests, including postal updates. Where you agreed to e-mails, you can withdraw your consent whenever you wish. If you are unhappy, you can complain to the Information Commissioner's Office.

Giving us your details is voluntary, but we cannot claim Gift Aid without your address.

No decisions about you are made by automated means.
`,
expect: {
  'controller-identity': 'present', purposes: 'present', 'lawful-basis': 'present', 'legitimate-interests': 'present',
  recipients: 'present', 'international-transfers': 'present', retention: 'present', 'right-access': 'present',
  'right-rectification': 'present', 'right-erasure': 'present', 'right-restriction': 'present', 'right-objection': 'present',
  'right-portability': 'present', 'withdraw-consent': 'present', 'complaint-authority': 'present', 'statutory-contractual': 'present',
  'automated-decision-making': 'present', 'data-source': 'present', 'data-categories': 'present',
},
},
{
name: 'children\'s spelling app, questions and answers',
text: `# Owlcrest Spelling: privacy questions and answers

Last updated: 2 February 2026

## Who runs Owlcrest Spelling?

Owlcrest Learning Ltd, 4 Mill Lane, Leeds LS2 8PQ, United Kingdom. Email us at privacy@owlcrest.example.

## What do you collect about my child?

The pupil's first name, class, and the words they practise with their scores. Teachers enter the first names when they set up a class. We do not ask for surnames, photos or locations.

## Why do you need it?

To set spelling lists, track progress and show teachers which words the class finds hard.

## On what legal basis?

When a school uses the app, we process pupil data to perform our contract with the school. If a parent signs up at home, we rely on the parent's consent.

## Who can see it?

The child's teacher and parent. Our hosting provider stores the data for us. We never show advertising to children.

## Is data sent abroad?

No. Everything stays on servers in the United Kingdom, and we do not transfer it to other countries.

## How long do you keep it?

Until the school ends its subscription, and then for 60 days more so that a returning school can pick up where it left off.

## What can parents ask for?

Parents can ask to see their child's data, to have mistakes corrected, to have it deleted, or to receive it as a spreadsheet they can take to another app. They can also ask us to pause its use while a complaint is looked at, and object to any use they disagree with. Write to privacy@owlcrest.example.

Parents who gave consent can withdraw it at any time in the parent area or by email. If our answer does not satisfy you, you can complain to the Information Commissioner's Office.

## Do I have to provide the information?

A first name is needed so that the teacher can see who is who; everything else is optional.

## Do you make automated decisions?

The app picks the next words to practise from earlier mistakes, but nothing it does has legal or similar effects on a child.
`,
expect: {
  'controller-identity': 'present', 'dpo-contact': 'missing', purposes: 'present', 'lawful-basis': 'present', 'legitimate-interests': 'missing',
  recipients: 'present', 'international-transfers': 'present', retention: 'present', 'right-access': 'present',
  'right-rectification': 'present', 'right-erasure': 'present', 'right-restriction': 'present', 'right-objection': 'present',
  'right-portability': 'present', 'withdraw-consent': 'present', 'complaint-authority': 'present', 'statutory-contractual': 'present',
  'automated-decision-making': 'present', 'data-source': 'present', 'data-categories': 'present',
},
},
{
name: 'B2B invoicing SaaS, US style with an EEA section',
text: `# Ledgerkite Privacy Policy

Effective January 5, 2026

Ledgerkite, Inc. ("Ledgerkite", "we") provides invoicing software to businesses. This policy covers visitors to ledgerkite.example and the people who sign up for our service. Questions: privacy@ledgerkite.example or Ledgerkite, Inc., 500 Pine Street, Suite 300, Seattle, WA 98101.

## Information we collect

Account information (name, work email, company name, billing address), payment information handled by our payment processor, and usage information such as IP address, browser type and pages viewed. We also receive company names and job titles from business directories we license.

## How we use information

We use it to provide and bill for the service, to answer support requests, to secure our systems, and to send product updates, which you can unsubscribe from at any time.

## How we share information

Service providers that host our platform, process payments and send e-mail receive information from us, and so would a buyer if Ledgerkite were sold. We do not sell personal information.

## Customer data

Invoices and the data in them belong to our customers. We process that data as a processor under our Data Processing Addendum, and our customers decide how it is used.

## Data retention

We keep account information while your subscription is active and delete it within 90 days after it ends, except billing records, which we keep for seven years.

## Cookies

We use essential cookies to keep you signed in and analytics cookies to understand how the site is used. You can block analytics cookies in your browser.

## Additional information for users in the EEA and UK

Ledgerkite, Inc. is the controller of account and website data. Our legal bases are performing our contract with you, our legitimate interests in securing and improving the service and in telling business customers about new features, and your consent for analytics cookies.

We transfer personal data to the United States under the Standard Contractual Clauses; you can request a copy by emailing privacy@ledgerkite.example.

You have the right to access, correct, delete, restrict the processing of or object to processing of your data, and to data portability. Consent you gave can be withdrawn at any time. You may also complain to the supervisory authority where you live.

We do not make decisions about you based solely on automated processing.
`,
expect: {
  'controller-identity': 'present', 'dpo-contact': 'missing', purposes: 'present', 'lawful-basis': 'present', 'legitimate-interests': 'present',
  recipients: 'present', 'international-transfers': 'present', retention: 'present', 'right-access': 'present',
  'right-rectification': 'present', 'right-erasure': 'present', 'right-restriction': 'present', 'right-objection': 'present',
  'right-portability': 'present', 'withdraw-consent': 'present', 'complaint-authority': 'present', 'statutory-contractual': 'missing',
  'automated-decision-making': 'present', 'data-source': 'present', 'data-categories': 'present', cookies: 'present',
},
},
{
name: 'marketplace set out in tables',
text: `# Stallmarket privacy notice

Stallmarket is an online marketplace for handmade goods, run by Stallmarket B.V., Oudegracht 101, 3511 AB Utrecht, the Netherlands (privacy@stallmarket.example).

## What we use your data for

| What we use | Why | Legal basis |
|---|---|---|
| Name, address, e-mail | To run your account and deliver your orders | Contract |
| Payment details | To take payment and pay sellers | Contract |
| Messages between buyers and sellers | To detect scams and keep the marketplace safe | Legitimate interests |
| Invoices | To meet bookkeeping duties | Legal obligation |

## Who receives it

| Recipient | What they get | Where |
|---|---|---|
| The seller you buy from | Your name and delivery address | Usually the EU |
| Payment service Adyen | Payment details | Netherlands |
| Customer support tool | Messages you send us | United States, under the EU-U.S. Data Privacy Framework |

## How long we keep it

| Data | Period |
|---|---|
| Account data | Until you close your account |
| Invoices | Seven years (tax law) |
| Buyer and seller messages | Two years after the order |

## Your rights

You may ask us to send you a copy of your data, to correct or erase it, to restrict its use, to object to our use of it based on legitimate interests, and to take your data to another service. Send your request to privacy@stallmarket.example. You can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).

We need your name and address to deliver your orders; without them you cannot buy.

We do not take decisions about you by automated means only.
`,
expect: {
  'controller-identity': 'present', 'dpo-contact': 'missing', purposes: 'present', 'lawful-basis': 'present', 'legitimate-interests': 'present',
  recipients: 'present', 'international-transfers': 'present', retention: 'present', 'right-access': 'present',
  'right-rectification': 'present', 'right-erasure': 'present', 'right-restriction': 'present', 'right-objection': 'present',
  'right-portability': 'present', 'withdraw-consent': 'missing', 'complaint-authority': 'present', 'statutory-contractual': 'present',
  'automated-decision-making': 'present', 'data-source': 'missing', 'data-categories': 'present',
},
},
// Round eight's whole policies, written blind like its sentences.
{
name: 'crypto exchange in numbered clauses with a definitions section',
text: `# Privacy Notice of Kestrel Digital Assets UAB

## 1. Definitions

1.1 "Personal Data" means any information about a living person who can be identified from it.

1.2 "We", "us" and "Kestrel" mean Kestrel Digital Assets UAB, company code 305000000, Gedimino pr. 9, 01103 Vilnius, Lithuania.

1.3 "Services" means the Kestrel exchange app and website.

## 2. Who is responsible

2.1 Kestrel acts as controller for the Personal Data described here. You can write to us at privacy@kestrel.example or at the address in clause 1.2.

2.2 Our data protection officer can be reached at dpo@kestrel.example.

## 3. What we collect

3.1 Identity data: your name, date of birth, nationality, a copy of your passport or identity card and a selfie.

3.2 Financial data: your bank account number, wallet addresses and transaction history.

3.3 Technical data: IP address, device model and login times.

## 4. Why we use it and our legal grounds

4.1 We verify your identity and screen you against sanctions lists because anti-money-laundering law requires it (legal obligation).

4.2 We execute your trades and keep your account to perform our contract with you.

4.3 We monitor logins for unusual patterns, relying on our legitimate interest in preventing fraud and account takeovers.

## 5. Must you give us your data?

5.1 Identity data is required by law. If you do not provide it, we cannot open an account for you.

## 6. Where we get data

6.1 Besides what you give us, we receive results from our identity verification provider and from sanctions screening databases.

## 7. Who we share it with

7.1 We share Personal Data with our identity verification provider, our banking partners, our cloud host and, when the law requires, with the Financial Crime Investigation Service.

## 8. Transfers

8.1 Our identity verification provider is located in the United Kingdom, which benefits from an adequacy decision of the European Commission. We make no other transfers outside the EEA.

## 9. How long we keep it

9.1 We keep identity and transaction data for eight years after the end of our business relationship, as anti-money-laundering law requires. Technical data is deleted after 12 months.

## 10. Automated decisions

10.1 Our screening software may automatically block an account whose details match a sanctions list. Such a block is a decision taken solely by automated processing; you may ask a member of our compliance team to review it and to explain the reasons.

## 11. Your rights

11.1 You may ask us for access to your Personal Data, its rectification or erasure, restriction of processing, and to receive it in a portable format. You may object to processing based on our legitimate interests (clause 4.3).

11.2 A complaint may be lodged with the State Data Protection Inspectorate of Lithuania or another supervisory authority.
`,
expect: {
  'controller-identity': 'present', 'dpo-contact': 'present', purposes: 'present', 'lawful-basis': 'present', 'legitimate-interests': 'present',
  recipients: 'present', 'international-transfers': 'present', retention: 'present', 'right-access': 'present',
  'right-rectification': 'present', 'right-erasure': 'present', 'right-restriction': 'present', 'right-objection': 'present',
  'right-portability': 'present', 'withdraw-consent': 'missing', 'complaint-authority': 'present', 'statutory-contractual': 'present',
  'automated-decision-making': 'present', 'data-source': 'present', 'data-categories': 'present',
},
},
{
name: 'dating app with "in short" summaries',
text: `# Lovelark privacy policy

Lovelark is run by Lovelark Labs Ltd, 8 Quay Street, Dublin 2, Ireland. Questions about privacy: privacy@lovelark.example.

## What we collect

**In short:** what you put in your profile, roughly where you are, and how you use the app.

When you sign up you give us your phone number, first name, date of birth, gender and photos. You can add more, such as your job, height or religion. The app uses your approximate location to find people near you.

## Why

**In short:** to find you matches and keep the app safe.

We use your profile and location to show you to people nearby and to suggest matches. We look at message patterns to find fake accounts and scams. We process your profile to perform our contract with you; we detect fraud relying on our legitimate interest in a safe community; and we process religion or sexual orientation you choose to add only with your explicit consent.

## Who sees it

**In short:** other members, and companies that work for us.

Other members see your profile. Our hosting provider, our SMS provider and our moderation contractor process data for us. We do not sell your data.

## Abroad

**In short:** some of it goes to the US, with safeguards.

Our moderation contractor works from the United States; we rely on Standard Contractual Clauses for that transfer.

## Keeping

**In short:** until you leave, and a little longer.

We keep your data while your account exists. After you delete it, we erase your profile at once and your messages within 28 days. Records of banned accounts are kept for three years to stop them returning.

## Matching

**In short:** an algorithm suggests, you decide.

Our algorithm ranks profiles from your preferences and activity. It only decides whom we suggest; it makes no decision with legal or similarly significant effects on you.

## Your choices and rights

**In short:** you are in control.

You can ask for a copy of your data, to correct it, to erase it, to restrict or object to our use of it, or to take it with you to another service: write to privacy@lovelark.example. You can withdraw your consent for sensitive details at any time by removing them from your profile. You can also complain to the Data Protection Commission in Ireland.

You must give us a phone number and date of birth to create an account; the rest is up to you.
`,
expect: {
  'controller-identity': 'present', 'dpo-contact': 'missing', purposes: 'present', 'lawful-basis': 'present', 'legitimate-interests': 'present',
  recipients: 'present', 'international-transfers': 'present', retention: 'present', 'right-access': 'present',
  'right-rectification': 'present', 'right-erasure': 'present', 'right-restriction': 'present', 'right-objection': 'present',
  'right-portability': 'present', 'withdraw-consent': 'present', 'complaint-authority': 'present', 'statutory-contractual': 'present',
  'automated-decision-making': 'present', 'data-source': 'missing', 'data-categories': 'present',
},
},
{
name: 'open-source notes app, a minimal policy',
text: `# Privacy

Inkpad is a free, open-source note-taking app for Android, maintained by Mara Lindqvist (mara@inkpad.example).

Inkpad does not collect any personal data. Your notes are stored only on your phone, and the app has no server of its own. It has no ads and no analytics.

If you turn on sync, your notes go to the WebDAV server you choose; we never see them.

The app asks for the storage permission only so that you can import and export notes.

Questions? Open an issue on our code repository or e-mail mara@inkpad.example.
`,
expect: {
  'controller-identity': 'present', 'dpo-contact': 'missing', purposes: 'present', 'lawful-basis': 'present', 'legitimate-interests': 'present',
  recipients: 'present', 'international-transfers': 'present', retention: 'present', 'right-access': 'missing',
  'right-rectification': 'missing', 'right-erasure': 'missing', 'right-restriction': 'missing', 'right-objection': 'missing',
  'right-portability': 'missing', 'withdraw-consent': 'missing', 'complaint-authority': 'missing', 'statutory-contractual': 'present',
  'automated-decision-making': 'present', 'data-source': 'present', 'data-categories': 'present',
},
},
];

for (const p of POLICIES) {
  test(`whole policy (${p.name}): its coverage report is right and no other rule fires`, () => {
    const res = check(p.text, { profiles: ['eu-gdpr'] });
    const wrong: string[] = [];
    for (const [id, want] of Object.entries(p.expect)) {
      const c = res.coverage.find((x) => x.requirement === id);
      assert.ok(c, id);
      const got = c.status === 'partial' ? `partial:${(c.absent ?? []).join(',')}` : c.status === 'not-applicable' ? 'na' : c.status;
      if (got !== want) wrong.push(`${id}: expected ${want}, got ${got}`);
    }
    assert.deepEqual(wrong, []);
    // No other rule raises an alarm on these plain policies.
    assert.deepEqual(res.diagnostics.filter((d) => d.rule !== 'required-info').map((d) => `${d.rule}: ${d.message}`), []);
  });
}
