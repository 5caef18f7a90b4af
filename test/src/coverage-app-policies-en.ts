// Whole English privacy policies of small mobile apps, in the styles their developers publish
// (generator templates with a list of SDKs, one-paragraph policies, games for children, utilities
// that say they collect nothing, Firebase/AdMob lists with links, a GDPR rights list pasted with no
// contact, "as long as necessary", "unless adequate controls", a developer named only by a store
// name, an e-mail only at the end, CCPA and children's sections, non-native English), written for
// these tests in our own words. Each round was written, with its whole expected report (every item
// the UK GDPR profile reports: present, partial with the absent element, or missing), before the
// checker was run on it; corpus/coverage-app-policies-en.test.ts holds the checker to it.

export interface AppPolicy {
  name: string;
  text: string;
  /** Requirement id → 'present', 'missing' or 'partial: <absent elements>'. */
  expected: Record<string, string>;
}

/** Every item is missing unless the policy's own expectation says otherwise. */
const NONE: Record<string, string> = Object.fromEntries(
  [
    'controller-identity', 'dpo-contact', 'purposes', 'lawful-basis', 'legitimate-interests', 'recipients',
    'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-erasure',
    'right-restriction', 'right-objection', 'right-portability', 'withdraw-consent', 'complaint-authority',
    'statutory-contractual', 'automated-decision-making', 'data-source', 'data-categories', 'cookies',
    'children', 'security', 'policy-changes', 'last-updated',
  ].map((id) => [id, 'missing']),
);
const expect = (given: Record<string, string>): Record<string, string> => ({ ...NONE, ...given });
/** What a blanket "we collect nothing" gives (coverage-conventions.md). */
const BLANKET = {
  purposes: 'present', 'data-categories': 'present', recipients: 'present', retention: 'present',
  'international-transfers': 'present', 'automated-decision-making': 'present', 'lawful-basis': 'present',
  'legitimate-interests': 'present', 'statutory-contractual': 'present', 'data-source': 'present',
};
const ALL_RIGHTS = {
  'right-access': 'present', 'right-rectification': 'present', 'right-erasure': 'present',
  'right-restriction': 'present', 'right-objection': 'present', 'right-portability': 'present',
};

/** Round A: ten policies, written and given their expectations before the checker read them. */
export const APP_POLICIES_A: AppPolicy[] = [
  {
    name: 'a puzzle game for all ages on a generator-style template',
    text: `# Privacy Policy

Bluepeak Games made the Jelly Jumble app as a free, ad-supported game. We offer it at no charge and it is provided "as is".

This page tells players and parents what happens to information when the game is played.

## What we collect and why

The game itself does not ask you for your name, email or any account. Your progress and scores are saved on the phone only.

The game shows ads and uses outside services which may gather information that can identify your device:

- Google Play Services
- AdMob
- Unity Analytics

## Log Data

When the game crashes, our crash reporting tool sends us a report with your device model, Android version, the time of the crash and the game's state, so that we can fix bugs.

## Cookies

We do not set cookies ourselves. The ad and analytics libraries above may use cookies or similar identifiers to measure and personalise ads. You can reset your advertising ID or switch off personalised ads in your phone's Google settings.

## Service Providers

We work with outside companies to show ads, to count how the game is played and to receive crash reports. These companies can see the information needed for that task and may not use it for anything else.

## Security

We try to protect the little information we receive, but no transfer over the internet is completely safe.

## Children

Jelly Jumble is suitable for all ages. For players under 13 we ask AdMob to serve only non-personalised, child-directed ads, and we do not knowingly gather personal details of children. If a parent believes their child sent us personal information, they can write to us and we will remove it.

## Changes

We may change this policy. The new version will be posted on this page.

Effective from 2025-06-01.

## Contact Us

Questions? Email bluepeakgames.dev@gmail.com.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present',
      'automated-decision-making': 'partial: whether', 'data-categories': 'present', cookies: 'present',
      children: 'present', security: 'present', 'policy-changes': 'present', 'last-updated': 'present',
    }),
  },
  {
    name: 'a one-paragraph flashlight policy',
    text: `# Privacy Policy – Torchy Flashlight

Torchy Flashlight does not collect, store or share any personal information. The app only uses the camera flash to turn the light on and off, and it needs no internet connection; nothing you do in the app leaves your phone. There are no ads and no analytics in the app. If this policy changes we will update this page. Contact: torchy.apps@outlook.com
`,
    expected: expect({ ...BLANKET, 'controller-identity': 'partial: identity', 'policy-changes': 'present' }),
  },
  {
    name: 'a QR scanner that collects nothing itself but shows AdMob ads and uses Crashlytics',
    text: `# QR Scan Pro – Privacy Policy

Last updated: 12 February 2025

QR Scan Pro ("the app") is published on Google Play by the developer account "Kiwi Tools Studio".

## No personal data

We do not collect any personal data. Codes you scan are read on your device and are not sent to us. The camera is used only to read codes while the scanner is open.

## Third-party services

The app contains ads served by Google AdMob and uses Firebase Crashlytics to tell us when it crashes. These services may collect your advertising ID, IP address and device information, and crash logs, under their own privacy policies:

- AdMob: https://policies.google.com/privacy
- Firebase Crashlytics: https://firebase.google.com/support/privacy

## Permissions

- Camera: to scan codes.
- Internet: to load ads.

## Contact

kiwitools.studio@gmail.com
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present', 'data-categories': 'present',
      'last-updated': 'present',
    }),
  },
  {
    name: 'a recipe app listing Firebase services with links, "as long as necessary" and "unless adequate controls"',
    text: `# Privacy Policy for Recipe Box

Recipe Box is developed by Tomasz Nowak ("we", "us"), a solo developer based in Poland.

## Information we collect

- Account information: your e-mail address and a display name if you create an account to sync your recipes.
- Recipes and photos you save in the app.
- Usage and device information collected automatically by Firebase Analytics, such as the screens you open, your device model and your approximate country.

## How we use it

We use your account information to sync your recipes between devices, and usage information to find out which features are popular and to fix errors.

## Services we use

The app uses the following third-party services, each with its own privacy policy:

- Firebase Authentication and Cloud Firestore (Google): https://firebase.google.com/support/privacy
- Firebase Analytics: https://firebase.google.com/support/privacy
- AdMob: https://support.google.com/admob/answer/6128543

## Data transfers

Google may process data on servers located outside the European Union. We will not transfer your data to other countries unless adequate controls are in place to protect it.

## How long we keep it

Your information stays with us for as long as necessary for running the app and meeting our legal duties.

## Deleting your account

You can delete your account at any time from Settings > Account > Delete account. This removes your recipes from our servers.

## Contact

If you have questions, write to recipebox.app@proton.me.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present',
      'international-transfers': 'partial: safeguard', retention: 'partial: period', 'right-erasure': 'partial: right',
      'data-categories': 'present',
    }),
  },
  {
    name: 'a quotes app pasting a GDPR rights list with no contact at all',
    text: `# Privacy Policy

## Introduction

Welcome to the Daily Quotes Status app. We respect your privacy and look after the data the app handles.

## Data we collect

The app may gather the following kinds of data about you:

- Technical Data: your IP address, the kind of device, its operating system and the app version.
- Usage Data: how you use our app.

We do not collect any Special Categories of Personal Data about you.

## How we use your data

Technical and usage data helps us show you ads and improve the app. This processing rests on our legitimate interests.

## Your legal rights

Depending on where you live, data protection law gives you these rights:

- Access – get a copy of your personal data.
- Correction – have wrong or incomplete data fixed.
- Erasure – have your data deleted.
- Objection – object to how we process your data.
- Restriction – ask us to pause processing of your data.
- Transfer – receive your data in a format you can move to another service.
- Withdrawal of consent.

You will not have to pay a fee to access your personal data.
`,
    // Written before the checker ran: controller-identity 'partial: identity, contact' (the conventions'
    // "only an app name"; the checker says missing, and both count as not given) and withdraw-consent
    // 'partial: any-time' (the conventions do not ask for "at any time" where the right itself is
    // stated; the checker gives it, as it has since the element was made).
    expected: expect({
      purposes: 'present', 'lawful-basis': 'present', 'legitimate-interests': 'present', ...ALL_RIGHTS,
      'withdraw-consent': 'present', 'data-categories': 'present',
    }),
  },
  {
    name: 'a step counter by a US company with a California section and an EEA/UK section',
    text: `# StepSprout Privacy Policy

Effective date: March 3, 2025

StepSprout is an app by Greenway Labs LLC, 1200 Pine Street, Portland, OR 97205, USA ("Greenway", "we").

## Information We Collect

- Contact details you give us: name and email address.
- Health and fitness data: steps, distance, weight and sleep, read from Google Fit or Apple Health only if you allow it.
- Device data: device identifiers, app version and crash logs.

## How We Use Information

We use this information to show your activity charts, send you weekly summaries, answer support requests and keep the app working. We never use your health data for advertising.

## Sharing

We share information with vendors who host our servers (Amazon Web Services), send our emails (Mailgun) and analyze crashes (Sentry). We do not sell personal information.

## Retention

We keep your data until you delete your account. Backups are overwritten within 35 days after that.

## Security

Data is encrypted in transit with TLS and at rest.

## Your California Privacy Rights

California residents may ask us which personal information about them we hold, ask us to delete it and have wrong details fixed. Using these rights will not change the price or quality of what you get from us. To make a request, email privacy@stepsprout.example.

## Users in the EEA and UK

For people in the EEA or the UK, Greenway Labs LLC is the controller of their data. We rely on our contract with you to process your data, and on your explicit consent for health data, which you can take back at any time in the app's settings. Your data is stored in the United States; this transfer is covered by Standard Contractual Clauses from the European Commission. You may access, rectify, erase, restrict and port your data, object to processing, and complain to the data protection regulator where you live.

## Children

StepSprout is not meant for anyone under 16.

## Changes

We will notify you in the app before material changes take effect.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', 'lawful-basis': 'present', recipients: 'present',
      'international-transfers': 'present', retention: 'present', ...ALL_RIGHTS, 'withdraw-consent': 'present',
      'complaint-authority': 'present', 'data-source': 'present', 'data-categories': 'present', children: 'present',
      security: 'present', 'policy-changes': 'present', 'last-updated': 'present',
    }),
  },
  {
    name: 'a grocery delivery app in non-native English with a grievance officer',
    text: `# privacy policy

Sharma Grocers Pvt Ltd (hereinafter "Company") operate the FreshKart app.this policy is for users of FreshKart app .

1.INFORMATION WE COLLECT
when you register we collect your name ,mobile number ,delivery address and email id.we also collect your location for deliver the order to correct address.payment is done by Razorpay, we not store your card details.

2.USE OF INFORMATION
information is used for process your orders ,contact you about delivery , and for send offers and promotions.you can stop the promotion messages by reply STOP.

3.SHARING
we share your name ,address and mobile number with our delivery boys and with the shop which pack your order.we dont sell your data to any body.

4.DATA STORAGE
all data is stored in our servers in India.we keep order history for 5 years for the GST accounting purpose.

5.SECURITY
we use SSL and all reasonable measures for protect your data.

6.GRIEVANCE OFFICER
As per IT Act 2000 the grievance officer name is Mr. Rakesh Sharma , email grievance@freshkart.example , he will resolve complaint within 30 days.

7.CHANGES
company can change this policy any time without notice.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present',
      'international-transfers': 'partial: safeguard', retention: 'present', 'right-objection': 'partial: right',
      'complaint-authority': 'partial: authority', 'data-categories': 'present', security: 'present',
      // "can change this policy any time without notice": a change reserved, no word of how the reader learns of it.
      'policy-changes': 'partial: notice',
    }),
  },
  {
    name: 'an alphabet game for young children with a COPPA section and a parents\' account',
    text: `# Privacy Policy — Little Letters ABC

Last revised: January 2026

Little Letters ABC is an alphabet learning game for children aged 3 to 7, made by Owlet Learning Ltd, 14 Castle Street, Edinburgh EH2 3AH, United Kingdom.

## Children come first

The app is designed for young children. Children cannot create an account, chat or share anything, and we never ask them for their name, photo or location. The app contains no advertising and no in-app purchases outside the parents' area.

## Parents' area

A parent may create an optional account with an e-mail address to save progress across devices. We use that e-mail address only to run the account and to answer the parent's messages. Creating an account is necessary to use sync; without it the app still works on one device.

## Information collected automatically

To keep the app working we collect anonymous crash reports and the device type through Firebase Crashlytics. These reports do not include any identifier that could identify a child.

## COPPA

We follow COPPA, the US law on children's privacy online. A parent can review or delete their child's progress data, and refuse further collection, by e-mailing hello@owletlearning.example.

## Where data is kept

Parent accounts are stored in Google Cloud in Belgium. Crash reports may be processed by Google in the United States under standard contractual clauses.

## How long

Parent accounts are deleted 12 months after the last sign-in, or earlier at the parent's request.

## Your rights

Parents in the UK and EU may request a copy of their data, to correct it or to erase it, by writing to hello@owletlearning.example. If you are unhappy with our answer you can complain to the Information Commissioner's Office.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present', 'international-transfers': 'present',
      retention: 'present', 'right-access': 'present', 'right-rectification': 'present', 'right-erasure': 'present',
      'complaint-authority': 'present', 'statutory-contractual': 'present', 'data-categories': 'present',
      children: 'present', 'last-updated': 'present',
    }),
  },
  {
    name: 'a messenger in numbered plain-text sections, interests not named, transfer without safeguard',
    text: `# Chitchat Privacy Notice

1. Who we are
Chitchat Messenger is operated by Nimbus Social Oy, Mannerheimintie 10, 00100 Helsinki, Finland. Our Data Protection Officer is reachable at dpo@nimbussocial.example.

2. What data we process
2.1 Your phone number, profile name and profile photo.
2.2 Your contacts' phone numbers, if you allow access to your address book, to show which of your contacts use Chitchat.
2.3 Messages, which are end-to-end encrypted and which we cannot read; they are deleted from our servers as soon as they are delivered, or after 30 days if undelivered.
2.4 Technical data such as IP address and device type.

3. Legal bases
We process your data to provide the messaging service under our contract with you (Art. 6(1)(b) GDPR) and, for some processing, relying on our legitimate interests (Art. 6(1)(f) GDPR).

4. Recipients
We use service providers for hosting and for sending SMS verification codes. They act as processors under written agreements.

5. Transfers
Our SMS provider may process your phone number outside the EEA.

6. Storage period
Account data is kept while your account is active. If you do not use Chitchat for 180 days, your account is deleted automatically.

7. Automated decisions
We do not use automated decision-making.

8. Your rights
You have the right of access, rectification, erasure, restriction, data portability and objection. You can also file a complaint with the supervisory authority. To use your rights, contact our DPO.

9. Consent
Where processing is based on your consent (such as access to your address book), you can withdraw it at any time in your phone's settings.
`,
    expected: expect({
      'controller-identity': 'present', 'dpo-contact': 'present', purposes: 'present', 'lawful-basis': 'present',
      'legitimate-interests': 'partial: interests', recipients: 'present', 'international-transfers': 'partial: safeguard',
      retention: 'present', ...ALL_RIGHTS, 'withdraw-consent': 'present', 'complaint-authority': 'present',
      'automated-decision-making': 'present', 'data-categories': 'present', security: 'present',
    }),
  },
  {
    name: 'a VPN with a no-logs promise and data received from the app store',
    text: `# ShieldWay VPN – Privacy Policy

Updated: 2 September 2025

ShieldWay VPN is provided by ShieldWay Networks S.A., a company registered in Panama. Support: support@shieldway.example.

## Our no-logs promise

We do not log your browsing history, the websites you visit, DNS queries, your original IP address or the content of your traffic. We cannot hand over what we do not have.

## What we do collect

- Your e-mail address, if you create an account.
- Subscription status and the order number from Google Play. We never receive your card number.
- Aggregated bandwidth per server, which is not linked to you.
- Crash reports, if you enable them in settings.

We use this information to manage your subscription, to plan server capacity and to fix crashes.

## Sharing

We do not sell, rent or trade your data. Payments are handled by Google Play under Google's privacy policy.

## Where your account data is

Account data is stored on servers in Germany, and we do not transfer it outside the European Economic Area.

## Keeping data

Your e-mail address is kept as long as your subscription is active and for 90 days after it ends.

## Deleting your data

To have your account and everything linked to it deleted, write to support@shieldway.example.

## Children

ShieldWay is not directed at children under 13.

## Changes

Changes will appear on this page and the date at the top will change.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present', 'international-transfers': 'present',
      retention: 'present', 'right-erasure': 'present', 'data-source': 'present', 'data-categories': 'present',
      children: 'present', 'policy-changes': 'present', 'last-updated': 'present',
    }),
  },
];

/** Round B: ten more, in styles round A lacked, written after A's fixes and before the checker read them. */
export const APP_POLICIES_B: AppPolicy[] = [
  {
    name: 'a habit tracker on a third-person generator template ("the Service Provider")',
    text: `# Privacy Policy

This privacy policy covers the Habitly app (the "Application") for mobile devices, made by Orchard Byte Studio (the "Service Provider") as a freemium service.

## What the Application collects

Installing and running the Application lets it gather some details: the IP address of your phone, which screens of the Application you open and for how long, and your phone's operating system.

The Application does not collect precise location data.

The Service Provider may use the details you give it to send you important notices and, now and then, marketing promotions.

## Third-party access

Only aggregated, anonymised data is sent to outside services to help the Service Provider improve the Application. The Application uses these services, which have their own privacy policies:

- Google Analytics for Firebase
- Firebase Crashlytics
- RevenueCat

The Service Provider may disclose information when the law requires it, to protect its rights or your safety, or to trusted partners who work on its behalf and have agreed to follow this statement.

## Opt-Out Rights

Uninstalling the Application, the usual way for your phone or through the app store, ends every collection of data by it.

## Data Retention

Data you hand over is kept by the Service Provider while you keep using the Application and for a reasonable period after that. If you want the Service Provider to delete the data you have provided through the Application, write to orchardbyte.studio@gmail.com and they will reply within a reasonable time.

## Children

Orchard Byte Studio does not aim the Application at children below 13, nor knowingly ask them for data.

## Security

Physical, electronic and procedural safeguards protect the data the Service Provider handles.

## Changes

We may revise this policy now and then; an update of this page is how you will hear of it.

In force since 2025-04-18.

## Your Consent

Using the Application means you accept the handling of your data described above.

## Contact Us

Privacy questions about the Application go to orchardbyte.studio@gmail.com.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present', retention: 'present',
      'right-erasure': 'present', 'data-categories': 'present', children: 'present', security: 'present',
      'policy-changes': 'present', 'last-updated': 'present',
    }),
  },
  {
    name: 'a wallpaper app in broken English with upper-case headings',
    text: `# PRIVACY POLICY OF 4K NEON WALLPAPERS

LAST UPDATE : 05/11/2024

WE RESPECT YOUR PRIVACY

Our app 4K Neon Wallpapers is make by developer HuyTran Apps. We will never collect your personal informations like name, phone or email.

PERMISSION

The app need permission "Set Wallpaper" for apply the wallpaper to your home screen and permission "Storage" for save the image to your gallery. Only this.

ADVERTISING

The app show ads from Google AdMob and Unity Ads. This companies can use the advertising id of your device for show ads that fit you. Please read the privacy policy of Google and Unity.

CHILDREN

Our app is not for children below 13 year old.

CONTACT

If you have question please send mail to huytranapps@gmail.com , we will answer soon.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present',
      'automated-decision-making': 'partial: whether', 'data-categories': 'present', children: 'present',
      'last-updated': 'present',
    }),
  },
  {
    name: 'a prayer-times app whose location stays on the phone',
    text: `# Privacy Policy — Salah Times Pro

Salah Times Pro is developed by Noor Software Ltd, 3 Albion Court, Leicester LE1 6GB, United Kingdom (info@noorsoftware.example).

## Location

The app uses your location to work out the prayer times and the direction of the Qibla where you are. This is calculated on your phone; your location is never sent to us or to anyone else. You can type in your city instead if you do not want to give the app location access.

## Notifications

If you turn on the adhan reminders, the app schedules them on your device. No account is needed.

## Analytics

We use Firebase Analytics to count how many people open each screen. It receives an app-instance identifier and your device model, but not your location. Firebase data is kept for 14 months and then deleted. Google may process it in the United States under the EU-US Data Privacy Framework.

We rely on our legitimate interest in understanding which features are used in order to improve the app.

## Your rights

You may request a copy of the analytics data linked to your app instance or ask us to erase it, and you can object to analytics at any time by switching it off under Settings > Privacy or by writing to us. If you are not satisfied, you may complain to the ICO.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', 'lawful-basis': 'present', 'legitimate-interests': 'present',
      recipients: 'present', 'international-transfers': 'present', retention: 'present', 'right-access': 'present',
      'right-erasure': 'present', 'right-objection': 'present', 'complaint-authority': 'present',
      'statutory-contractual': 'present', 'data-categories': 'present',
    }),
  },
  {
    name: 'a mobile game with a US-only California section and in-app purchases',
    text: `# Privacy Notice – Dragon Merge Kingdom

Effective: July 1, 2025

Dragon Merge Kingdom is published by Fablefoundry Games, Inc., 500 Congress Ave, Austin, TX 78701. Contact: privacy@fablefoundry.example.

## What we collect

- Your player ID, the device you play on, your country and your in-game progress.
- Purchase records (what you bought and when); payment card details are handled by Apple or Google and never reach us.
- Chat messages you send to your guild.

## How we use it

To run the game and save your progress, to process purchases, to stop cheating and to show you offers inside the game that match how you play.

## Who we share it with

Our cloud host, our analytics provider and ad networks such as ironSource and AppLovin, which show rewarded video ads.

## Your California Privacy Rights

Californians may ask what personal information we hold about them and which kinds, ask for its deletion, and opt out of the "sale" or "sharing" of their personal information through the "Do Not Sell or Share" button in the game's settings. We will not treat you differently for making a request.

## Children

The game is rated for players 13 and older. We do not knowingly collect data from younger children.

## Data retention

We keep your player data while your account is active and delete it 24 months after your last login.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present', retention: 'present',
      'right-access': 'present', 'right-erasure': 'present', 'right-objection': 'partial: right',
      'automated-decision-making': 'partial: whether', 'data-categories': 'present', children: 'present',
      'last-updated': 'present',
    }),
  },
  {
    name: 'a Bible reading app that says it collects nothing but uses analytics',
    text: `# Privacy

Daily Psalms Reader does not require an account and no personally identifiable information is collected by us.

We use Google Analytics for Firebase to understand which reading plans are popular. This tool collects anonymous usage statistics and the type of device. You can turn analytics off in the app's settings.

Bookmarks and highlights are saved on your device only. If you uninstall the app, they are gone.

Questions or suggestions: Grace Lane Software, gracelane.software@gmail.com
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present', 'data-categories': 'present',
      'statutory-contractual': 'present',
    }),
  },
  {
    name: 'a sleep-sounds app whose policy is a list of questions and answers',
    text: `# Privacy FAQ – Hushwave

Last updated: 20 October 2025

Hushwave is made by Tidal Calm AB, Sveavägen 44, 111 34 Stockholm, Sweden. Reach us at privacy@tidalcalm.example.

## What do you collect?

Your e-mail address if you subscribe, your sleep-sound favourites, and crash reports.

## Why?

To run your subscription, to remember your favourites across devices, and to fix crashes.

## On what legal basis?

The subscription and your favourites are processed to perform our contract with you. Crash reports rest on our legitimate interest in a stable app.

## Do you sell my data?

No. We never sell or rent personal data.

## Who else sees it?

Our payment processor (Stripe) and our hosting provider (Hetzner, in Germany).

## Does my data leave Europe?

No. Everything is stored and processed in the EU.

## How long do you keep it?

Until you delete your account. Crash reports are deleted after 90 days.

## Can I get a copy or have it deleted?

Yes. E-mail us and we will send you your data or delete it within one month. You can also ask us to correct it, to restrict its use, or to send it to another service in a machine-readable file, and you can object to the crash reporting.

## Can I complain?

Yes, to us, or to the Swedish Authority for Privacy Protection (IMY).

## Do you make automated decisions about me?

No.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', 'lawful-basis': 'present', 'legitimate-interests': 'present',
      recipients: 'present', 'international-transfers': 'present', retention: 'present', ...ALL_RIGHTS,
      'complaint-authority': 'present', 'automated-decision-making': 'present', 'data-categories': 'present',
      'last-updated': 'present',
    }),
  },
  {
    name: 'a photo editor that works on the device and uses the Facebook SDK',
    text: `# Privacy Policy of Lumio Photo Editor

Lumio Photo Editor ("Lumio") is provided by Brightfold Labs Pte. Ltd., Singapore. Email: support@brightfold.example.

1. Your photos

All editing happens on your device. Your photos are never uploaded to our servers and we never see them.

2. Permissions

- Photos / media: to open the pictures you choose to edit.
- Camera: to take a new picture inside the app.

3. Facebook SDK

We use the Facebook SDK to measure whether our ads on Facebook lead to installs. Meta may receive your advertising ID and events such as "app opened" and use them for ad measurement and for targeting ads. You can limit this in your phone's settings by opting out of ad personalisation.

4. Purchases

Premium filters are sold through Google Play. We receive confirmation of your purchase from Google Play, but not your name or card number.

5. Changes

We will publish any change to this policy in the app.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present',
      'automated-decision-making': 'partial: whether', 'data-source': 'present', 'data-categories': 'present',
      'policy-changes': 'present',
    }),
  },
  {
    name: 'a non-custodial crypto wallet with servers in Frankfurt',
    text: `# Privacy Policy

Kitewallet is a self-custody wallet app operated by Kitewallet OÜ, Narva mnt 5, 10117 Tallinn, Estonia ("we"). For anything about your data write to privacy@kitewallet.example.

## What we never have

Your private keys and recovery phrase are created and stored only on your device. We cannot access them or your funds.

## What we process

- Public wallet addresses, to show your balances and history.
- Your IP address, when the app talks to our servers.
- Error reports sent through Sentry, if you allow them.

We process these to provide the wallet you asked for (performance of a contract) and, for error reports, with your consent, which the app's settings let you take back at any time.

## Where

Our servers are in Frankfurt, Germany. Sentry stores error reports in the EU. No personal data is transferred outside the EEA.

## How long

Server logs with IP addresses are deleted after 7 days. Error reports are kept for 30 days.

## Your rights

Under the GDPR you can ask for access to, correction of and deletion of your personal data, ask us to restrict processing or to hand your data over to you in a portable form, and object to processing. A complaint may also go to the supervisory authority of the country where you usually live.

We do not use your data for automated decision-making or profiling.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', 'lawful-basis': 'present', recipients: 'present',
      'international-transfers': 'present', retention: 'present', ...ALL_RIGHTS, 'withdraw-consent': 'present',
      'complaint-authority': 'present', 'automated-decision-making': 'present', 'data-categories': 'present',
    }),
    // Written before the checker ran with security 'present' ("keys … stored only on your device. We
    // cannot access them"); on reflection that keeps data from us rather than describing how data
    // is protected, and the checker's "missing" is kept.
  },
  {
    name: 'a courier app for delivery riders, with orders assigned by an algorithm',
    text: `# Rider App Privacy Notice

Swiftbox Logistics Limited (company no. 11223344), 90 Deansgate, Manchester M3 2QP, runs the Swiftbox Rider app. Our data protection officer is Priya Nair, dpo@swiftbox.example.

## Information about you

Your name, phone number, right-to-work documents, bank details for your payouts, and your live location while you are on shift.

## Why we need it

To check you can legally work in the UK, to offer you deliveries near you, to pay you, and to tell customers where their order is. You must share your location while you are on shift; if you switch it off you cannot receive orders. The right-to-work check is required by law.

## How orders are assigned

Orders are offered to riders automatically by our dispatch algorithm, based on distance and on how long each rider has waited. You can ask a member of our rider support team to review any decision to deactivate your account.

## Sharing

Customers see your first name and location during their delivery. Our payroll provider receives your bank details.

## Keeping it

We keep your records for six years after you stop riding with us, as tax law requires. Location history is deleted after 90 days.

## Your rights

You can ask for a copy of your data, for corrections, or for deletion where we are not required to keep it, by e-mailing the DPO. You may also complain to the Information Commissioner's Office.
`,
    expected: expect({
      'controller-identity': 'present', 'dpo-contact': 'present', purposes: 'present', recipients: 'present',
      retention: 'present', 'right-access': 'present', 'right-rectification': 'present', 'right-erasure': 'present',
      'complaint-authority': 'present', 'statutory-contractual': 'present', 'automated-decision-making': 'present',
      'data-categories': 'present',
    }),
  },
  {
    name: 'a cycle tracker that keeps data on the phone and names its legal grounds',
    text: `# Bloomcycle privacy notice

Bloomcycle is made by Bloomcycle Health GmbH, Torstraße 120, 10119 Berlin, Germany; privacy@bloomcycle.example.

## Your cycle data stays with you

Period dates, symptoms and notes are stored only on your phone. We do not receive them unless you turn on encrypted backup, and then we cannot read them because they are encrypted with a key only you hold.

## Data we do process

If you create a backup account we process your e-mail address and the encrypted backup file. Health data is special category data, so we only process your backup with your explicit consent under Art. 9(2)(a) GDPR. Deleting your backup in the app withdraws that consent, whenever you choose.

We also collect crash reports relying on our legitimate interest in finding and fixing errors.

## Storage and deletion

Backups are kept until you delete them or your account. Crash reports are deleted after 60 days.

## Service providers

Backups are hosted by a cloud provider in Germany under a data processing agreement.

## Your rights

Your rights: access, rectification and erasure of your data, restricting its processing, data portability and objection. Contact privacy@bloomcycle.example. You may also complain to a data protection authority.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', 'lawful-basis': 'present', 'legitimate-interests': 'present',
      recipients: 'present', retention: 'present', ...ALL_RIGHTS, 'withdraw-consent': 'present',
      'complaint-authority': 'present', 'data-categories': 'present', security: 'present',
    }),
  },
];

/** Round C: eight more, in styles neither A nor B had, written after B's fixes and before the checker read them. */
export const APP_POLICIES_C: AppPolicy[] = [
  {
    name: 'a budgeting app whose whole policy is pasted bullet lines',
    text: `Privacy – PennyJar

• Who we are: PennyJar is a budgeting app by Cobalt Finch Ltd, 41 Mill Lane, Leeds LS1 4AB. Contact: hello@cobaltfinch.example
• What we collect: your e-mail address, the budgets and transactions you type in, and basic device information.
• Why: to keep your budgets in sync between your devices and to answer support requests.
• Bank data: we never connect to your bank and never see your bank login.
• Sharing: our database is hosted by a cloud provider in Ireland; nobody else receives your data.
• How long: until you delete your account; backups roll over after 30 days.
• Your rights: by e-mail you may ask for a copy of what we hold, or for its correction or erasure.
• Complaints: you can complain to the ICO.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present', retention: 'present',
      'right-access': 'present', 'right-rectification': 'present', 'right-erasure': 'present',
      'complaint-authority': 'present', 'data-categories': 'present',
    }),
  },
  {
    name: 'an AI chat assistant whose conversations may train its models',
    text: `# Privacy Policy – Wordwise Companion

Updated 9 January 2026

Wordwise Companion is provided by Lanternwise Inc., 88 Howard Street, San Francisco, CA 94105, USA. EU representative: Lanternwise EU Rep Ltd, Dublin. Email: privacy@lanternwise.example.

## What we collect

Your account details (name, e-mail), the messages you send to the assistant and its replies, and technical data such as IP address and app version.

## How we use it

We use your messages to generate replies and, unless you turn this off, to improve and train our models. We use technical data to keep the service running and secure.

## Legal bases

We process your account and messages to provide the service under our contract with you. Model training relies on our legitimate interest in improving the assistant; you can object to it at any time by switching off "Improve the model" in Settings.

## Where your data goes

Your data is processed in the United States. Transfers from the EEA and UK rest on standard contractual clauses adopted by the European Commission, with the UK Addendum.

## Who we share it with

Cloud hosting and model-serving providers who process data for us, under contract.

## Retention

Chats are kept until you delete them; deleted chats are removed from our systems within 30 days.

## Automated decisions

The assistant's answers are generated automatically, but we do not make decisions about you that have legal or similarly significant effects based solely on automated processing.

## Your rights

You may access, correct, delete or export your data and restrict its processing by contacting privacy@lanternwise.example. Complaints may also go to the data protection authority where you live.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', 'lawful-basis': 'present', 'legitimate-interests': 'present',
      recipients: 'present', 'international-transfers': 'present', retention: 'present', ...ALL_RIGHTS,
      'complaint-authority': 'present', 'automated-decision-making': 'present', 'data-categories': 'present',
      'last-updated': 'present',
    }),
  },
  {
    name: 'a free weather app that shares location with data partners',
    text: `# SkyPeek Weather Privacy Policy

SkyPeek Weather is a free app from Driftline Media LLC (support@driftline.example).

## Location

With your permission, SkyPeek uses your precise location to show the forecast where you are, also in the background for severe weather alerts. You can change this permission at any time in your phone's settings.

## Sharing location with partners

We may share your precise location and advertising ID with advertising and data partners, who use it to show you relevant ads and for market research. You can opt out of this sharing in Settings > Privacy > "Share with partners".

## Ads

The app shows ads through Google AdMob, which may use your advertising ID for personalised advertising.

## Data retention

Location records shared with partners are kept by us for 13 months.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', 'lawful-basis': 'present', recipients: 'present',
      retention: 'present', 'right-objection': 'partial: right', 'withdraw-consent': 'present',
      'automated-decision-making': 'partial: whether', 'data-categories': 'present',
    }),
  },
  {
    name: 'a language-learning app with its legal bases in a table',
    text: `# Privacy notice – Linguaflock

Linguaflock Ltd, 12 Queen Street, Cardiff CF10 2BU, United Kingdom, is the controller. Data protection officer: dpo@linguaflock.example.

## What we do with your data

| Data | Purpose | Lawful basis | How long |
|---|---|---|---|
| Name and e-mail | Your account and login | Contract | Until you close your account |
| Lesson progress | Adapting the next lessons to you | Contract | Until you close your account |
| Voice recordings | Checking your pronunciation | Consent | Deleted straight after analysis |
| Device and usage data | Fixing bugs and preventing abuse | Legitimate interests (a safe, working app) | 12 months |

## Who receives it

Our hosting provider and our speech-recognition provider, both in the EU. We do not transfer personal data outside the UK and EEA.

## Your rights

You can ask for a copy of your data, have it corrected or deleted, restrict or object to its use, take it to another provider, and withdraw consent to voice analysis at any time in the app. You can complain to the ICO.

## Automated decisions

Lesson adaptation is automatic, but nothing it decides has legal or similarly significant effects for you.
`,
    expected: expect({
      'controller-identity': 'present', 'dpo-contact': 'present', purposes: 'present', 'lawful-basis': 'present',
      'legitimate-interests': 'present', recipients: 'present', 'international-transfers': 'present', retention: 'present',
      ...ALL_RIGHTS, 'withdraw-consent': 'present', 'complaint-authority': 'present', 'automated-decision-making': 'present',
      'data-categories': 'present',
    }),
  },
  {
    name: 'a "Terms & Privacy" page of a ludo game in non-native English',
    text: `# Terms & Privacy

Welcome to Ludo Royal Star. By download and play this game you agree to this terms and privacy.

## Terms

You must not cheat or use hack tools. We can ban your account if you break the rules. All coins are virtual and have no real money value.

## Privacy

We are collecting your device id and game progress for save your game and for show you ads. When you login with Facebook we get your name and profile picture from Facebook. We are not sharing your data with anybody except our ads partners Google AdMob and Facebook Audience Network.

Your data is keep in our server until you delete the game account. For delete account, email us at ludoroyalstar.team@gmail.com and we delete within 7 days.

Team Ludo Royal Star
`,
    expected: expect({
      'controller-identity': 'partial: identity', purposes: 'present', recipients: 'present', retention: 'present',
      'right-erasure': 'present', 'data-source': 'present', 'data-categories': 'present',
    }),
  },
  {
    name: 'a note-taking app on a definitions-first generator template',
    text: `# Privacy Policy

Last revised: February 2, 2025

## Interpretation and definitions

For this policy:

- **Company** (also "We", "Us" or "Our") means Marlow Notes Sp. z o.o., ul. Długa 5, 00-238 Warsaw, Poland.
- **Service Provider** means any person or company that processes data for the Company.
- **Usage Data** means data gathered automatically, such as the length of a visit.
- **You** means the person using the app.

## Kinds of data

We gather Usage Data and, if you register, your e-mail address. Your notes are end-to-end encrypted and we cannot read them.

## Use of your data

Your data lets us provide the app, manage your account and tell you about updates.

## Keeping your data

Personal Data stays with us while this policy's purposes need it, and longer where the law requires.

## Moving your data

Your data may be processed at the Company's offices and in any other place where those who process it are located, including countries outside Poland whose law may protect data less. We take reasonable steps to keep it secure wherever it is.

## Deleting your data

You can delete your notes and account inside the app at any time. You may also contact us to ask for the deletion of any personal data you have given us.

## Contact

E-mail: hello@marlownotes.example
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', 'international-transfers': 'partial: safeguard',
      retention: 'partial: period', 'right-erasure': 'present', 'data-categories': 'present', security: 'present',
      'last-updated': 'present',
    }),
  },
  {
    name: 'a meditation app with Sign in with Google or Apple',
    text: `# Stillpoint privacy notice

Stillpoint is made by Quiet Harbor ApS, Nørregade 7, 1165 Copenhagen, Denmark. Write to us at care@quietharbor.example.

## Signing in

You can sign in with Google or Apple. If you do, we receive your name and e-mail address from them; with Apple you may choose to hide your e-mail.

## What we store

Your sessions, streaks and favourite meditations, so you can continue on any device.

## Subscriptions

Payments go through the App Store or Google Play; we only learn whether your subscription is active.

## Legal basis

We need this data to provide the app you signed up for (contract).

## Keeping it

Until you delete your account in the app, or ask us to.

## Your rights

You may ask to see, fix, download or erase your data, or to restrict or object to our use of it. You can also complain to Datatilsynet, the Danish data protection authority.
`,
    expected: expect({
      'controller-identity': 'present', 'lawful-basis': 'present', recipients: 'present',
      retention: 'present', ...ALL_RIGHTS, 'complaint-authority': 'present', 'data-source': 'present',
      'data-categories': 'present', purposes: 'present',
    }),
    // Written with purposes 'present'; a known miss until the statement reader read "We need this
    // data to provide the app you signed up for" as data used to an end (session 10). "Your
    // sessions, … so you can continue on any device" (a fragment with no action) is still not read.

  },
  {
    name: 'a smart-plug companion app that links to voice assistants',
    text: `# Voltly Home App – Privacy

Voltly Home is the app for Voltly smart plugs, made by Voltly Electronics Co., Ltd., Shenzhen, China. Contact: privacy@voltly.example.

What the app collects: your e-mail address, the names you give your plugs and rooms, the plugs' on/off history and energy use, and your Wi-Fi network name during setup (never your Wi-Fi password).

Why: to let you control your plugs remotely, show energy charts and run your schedules.

Servers: our cloud runs in Frankfurt for European users and in Singapore for everyone else. European users' data stays in the EU.

Voice assistants: if you link your account to Amazon Alexa or Google Assistant, we send them your device names and states so they can switch your plugs, and they send us your commands.

Deleting: removing a plug deletes its history; deleting your account in the app erases everything within 15 days.
`,
    expected: expect({
      'controller-identity': 'present', purposes: 'present', recipients: 'present', 'international-transfers': 'present',
      retention: 'present', 'data-source': 'present', 'data-categories': 'present',
    }),
    // Written with right-erasure 'partial: right' (deleting the account in the app); the checker says
    // missing (its deletion "within 15 days" reads as a retention rule). Both count as not given.

  },
];

/** Every round, in order. */
export const APP_POLICIES: AppPolicy[] = [...APP_POLICIES_A, ...APP_POLICIES_B, ...APP_POLICIES_C];
