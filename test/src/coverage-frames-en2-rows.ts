// Issue 13, the statement reader's second round (session 10): held-out English sentences for the
// requirements that had no frames (purposes, lawful-basis, legitimate-interests,
// controller-identity, automated-decision-making), recipients and the right of access in other
// words, objects no class names ("your saved routes"), and two known over-fires (self-service edits
// as rectification, a newsletter unsubscribe as withdrawal). Written in our own words, in the kinds
// of English app and website policies use (small developers, games, health apps, shops, SaaS,
// charities). Batch 1 was written BEFORE the frames of its requirement, batch 2 AFTER, without
// changing the data afterwards (the generalisation figure). Same shape as coverage-frames-en-rows.ts;
// `node scripts/score-rows.js <checkout> --rows=en2 --batch=1|2` counts the wrong rows.
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH1: FrameRow[] = [
  // purposes
  ['purposes', 'present', 'Your location helps us show nearby cafés on the map.'],
  ['purposes', 'present', 'The app reads your step count so you can follow your weekly progress.'],
  ['purposes', 'present', 'Your phone number lets our drivers call you when they arrive.'],
  ['purposes', 'present', 'We need your date of birth to check that you are old enough to play.'],
  ['purposes', 'present', 'Your order history is analysed to suggest products you might like.'],
  ['purposes', 'present', 'Your saved routes are synced so that they appear on all your devices.'],
  ['purposes', 'present', 'What your details are for:\n\n- sending your booking confirmation\n- keeping your account safe'],
  ['purposes', 'present', 'Crash reports go to our developer so bugs get found and fixed sooner.'],
  ['purposes', 'notpresent', 'You can use the app without creating an account.'],
  ['purposes', 'notpresent', 'Our volunteers help local charities raise money.'],
  ['purposes', 'notpresent', 'To play online, you need a stable connection.'],
  // lawful-basis
  ['lawful-basis', 'present', 'We need your address to fulfil your order.'],
  ['lawful-basis', 'present', 'The law requires us to keep your invoices for six years.'],
  ['lawful-basis', 'present', 'We only send you the newsletter if you have said yes to it.'],
  ['lawful-basis', 'present', 'Your heart rate readings are handled because you explicitly agreed to it when you set up the app.'],
  ['lawful-basis', 'present', 'Tax rules oblige us to hold on to payment records.'],
  ['lawful-basis', 'present', 'In an emergency we may pass your details to paramedics to protect your life.'],
  ['lawful-basis', 'notpresent', 'You accept these terms by downloading the game.'],
  ['lawful-basis', 'notpresent', 'The law requires drivers to wear seat belts.'],
  ['lawful-basis', 'notpresent', 'We need your help to make the app better.'],
  // legitimate-interests
  ['legitimate-interests', 'present', 'It is in our interest to keep the platform free of fraud, so we check payments for unusual patterns.'],
  ['legitimate-interests', 'present', 'We have a legitimate reason to keep server logs: they let us spot attacks.'],
  ['legitimate-interests', 'present', 'Our legitimate interest here is making sure the app works well on every phone.'],
  ['legitimate-interests', 'present', 'We study how visitors move around the site, which lies in our legitimate interest to make navigation simpler.'],
  ['legitimate-interests', 'partial', 'Where the law allows it, we rely on our legitimate interests.'],
  ['legitimate-interests', 'notpresent', 'It is in your interest to choose a strong password.'],
  ['legitimate-interests', 'notpresent', 'We have a good reason to think you will enjoy the new levels.'],
  // controller-identity
  ['controller-identity', 'present', 'Pinewick Studio runs this app. You can reach us at hello@pinewick.example.'],
  ['controller-identity', 'present', 'This site is operated by Harrow Lane Books, 14 Mill Street, Leeds LS1 4AB.'],
  ['controller-identity', 'present', 'The party in charge of your data is Fennel Health Ltd, whom you can e-mail at care@fennel.example.'],
  ['controller-identity', 'present', 'Amira Haddad, an indie developer, looks after this game and reads every message sent to amira@dunebyte.example.'],
  ['controller-identity', 'notpresent', 'Our app runs on Android and iOS.'],
  ['controller-identity', 'notpresent', 'The site is hosted by a cloud provider in Frankfurt.'],
  // recipients
  ['recipients', 'present', 'Nobody outside our company sees your personal data.'],
  ['recipients', 'present', 'Our courier gets your address so the parcel reaches you.'],
  ['recipients', 'present', 'Your passenger lists are sent to the ferry operator before departure.'],
  ['recipients', 'present', 'Only our small team and our e-mail provider ever see what you send us.'],
  ['recipients', 'present', 'We let our analytics provider see how you use the app.'],
  ['recipients', 'present', 'We do not give your details to anybody else.'],
  ['recipients', 'notpresent', 'Nobody likes spam, so we keep our e-mails short.'],
  ['recipients', 'notpresent', 'The courier gets a signature when it delivers.'],
  ['recipients', 'notpresent', 'Our team sends out a newsletter every month.'],
  // right-access
  ['right-access', 'present', 'You can find out what we hold about you.'],
  ['right-access', 'present', 'Request from us a copy of the personal details we hold and it will arrive within a month.'],
  ['right-access', 'present', 'You may see everything we store about you.'],
  ['right-access', 'present', 'If you want to know which details we have on record, write to us and we will tell you.'],
  ['right-access', 'present', 'Members can ask us for a full list of the information we keep on them.'],
  ['right-access', 'present', 'We will send you your full order history if you ask.'],
  ['right-access', 'notpresent', 'You can find out more about our prices on our website.'],
  ['right-access', 'notpresent', 'Ask us for a copy of the terms.'],
  ['right-access', 'notpresent', 'Our staff can see your booking.'],
  // automated-decision-making
  ['automated-decision-making', 'present', 'No decisions are made automatically.'],
  ['automated-decision-making', 'present', 'A person always reviews what our fraud checks flag before anything happens to your account.'],
  ['automated-decision-making', 'present', 'Every application is checked by a member of our team, never by a computer alone.'],
  ['automated-decision-making', 'present', "Our system automatically decides whether a driver's account is suspended."],
  ['automated-decision-making', 'present', 'We do not use algorithms to decide anything that affects you.'],
  ['automated-decision-making', 'partial', 'We build a profile of your interests to show you relevant ads.'],
  ['automated-decision-making', 'missing', 'Your progress is saved automatically.'],
  ['automated-decision-making', 'missing', 'Reminders are sent automatically each morning.'],
  ['automated-decision-making', 'missing', 'You decide which notifications you get.'],
  // objects no class names, after a data action
  ['right-erasure', 'present', 'Users may request that we erase their saved routes.'],
  ['right-erasure', 'present', "Tell us and we'll erase your order history."],
  ['right-erasure', 'notpresent', 'You can delete the sample routes that come with the app.'],
  ['recipients', 'present', 'We share passenger lists with the port authority.'],
  ['recipients', 'notpresent', 'We share recipes with our readers every week.'],
  ['data-source', 'present', 'Your match results are supplied to us by the tournament organiser.'],
  ['retention', 'present', 'Your chat history is deleted 30 days after you close your account.'],
  // self-service edits and a newsletter unsubscribe
  ['right-rectification', 'partial', 'You can update some details on your profile page.'],
  ['right-rectification', 'partial', 'Most of your details can be changed in the account screen.'],
  ['right-rectification', 'present', 'If anything we hold about you is wrong, ask us and we will put it right.'],
  ['withdraw-consent', 'notpresent', 'Each marketing e-mail has a link you can use to withdraw from future mailings.'],
  ['withdraw-consent', 'notpresent', 'If you no longer want our offers, you can opt out at any time.'],
  ['withdraw-consent', 'present', 'Where we asked for your consent, you can withdraw it whenever you like.'],
];

/** Written after each requirement's frames were finished; its data was not changed afterwards. */
export const BATCH2: FrameRow[] = [
  // purposes
  ['purposes', 'present', 'Your e-mail address lets us send you a receipt after each purchase.'],
  ['purposes', 'present', 'We keep your shoe size so that we can suggest the right fit next time.'],
  ['purposes', 'present', 'Donor details are used to claim Gift Aid on your donations.'],
  ['purposes', 'notpresent', 'So you can relax, the app plays calm music at bedtime.'],
  ['purposes', 'notpresent', 'In order to win, collect three golden keys.'],
  // lawful-basis
  ['lawful-basis', 'present', 'Accounting law requires us to hold on to your invoices for ten years.'],
  ['lawful-basis', 'present', 'We only use your photos for our gallery if you have said yes to that.'],
  ['lawful-basis', 'present', 'Your contact details are processed to carry out our contract with you.'],
  ['lawful-basis', 'notpresent', 'Our contract with the venue ends in June.'],
  ['lawful-basis', 'notpresent', 'By signing up you agree to our terms of service.'],
  // legitimate-interests
  ['legitimate-interests', 'present', 'It is in our interest to stop spam accounts, so new sign-ups are checked for bot patterns.'],
  ['legitimate-interests', 'present', 'We have a legitimate reason to log sign-ins: it keeps accounts secure.'],
  ['legitimate-interests', 'notpresent', 'It is in your interest to back up your notes.'],
  // recipients
  ['recipients', 'present', 'No one outside the company gets to see your health diary.'],
  ['recipients', 'present', 'Your booking details are sent to the hotel you chose.'],
  ['recipients', 'present', 'Our delivery partner sees your name and address.'],
  ['recipients', 'notpresent', 'No one outside the team has tried the beta yet.'],
  ['recipients', 'notpresent', 'The hotel sends its welcome pack to every guest.'],
  // right-access
  ['right-access', 'present', 'You may ask to see everything we keep about you.'],
  ['right-access', 'present', 'Request a copy of your training history and we will e-mail it to you.'],
  ['right-access', 'notpresent', 'You can see the weather forecast for your route.'],
  ['right-access', 'notpresent', 'Request a copy of your invoice from the billing page.'],
  // automated-decision-making
  ['automated-decision-making', 'present', 'Nothing about your account is decided automatically; a member of staff looks at every case.'],
  ['automated-decision-making', 'present', 'Claims are checked by a person, not by software alone.'],
  ['automated-decision-making', 'missing', 'The app reminds you automatically when a bill is due.'],
  // objects no class names
  ['right-erasure', 'present', 'You can have us wipe your workout logs at any time.'],
  ['right-erasure', 'notpresent', 'You can delete the demo playlists.'],
  ['recipients', 'present', 'We pass your delivery notes to the courier.'],
  // self-service edits and newsletter unsubscribe
  ['right-rectification', 'partial', 'You can change most details on your account page.'],
  ['withdraw-consent', 'notpresent', 'Click unsubscribe at the foot of any newsletter to stop getting it.'],
];
