// English website policies in the style of large US, UK and EU company sites (a California
// section, "Do Not Sell", cookie banners described in prose, a privacy team, a privacy counsel or
// an EU representative as the contact, automated credit decisions), written blind in our own words
// with each whole report decided before the checker was run; the session's report gives the wrong
// lines they showed before their fixes. Stock phrases that ran seven words alike with the labelled
// sets were then reworded, keeping their meaning. Each: its whole eu-gdpr report, and no other rule's alarm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../server/out/engine/check.js';
import { expect } from './coverage-site-policies-r6.js';
import { assertReport } from './helpers/coverage-lang.js';

export const EN_SITES_S8: { name: string; text: string; expected: Record<string, string> }[] = [
  {
    name: 'a US streaming service with a California section and a cookie banner in prose',
    text: `# Lumenfield Privacy Policy

Effective date: February 2, 2026

## Introduction

Lumenfield Media, Inc. ("Lumenfield," "we," "us") operates the Lumenfield website and streaming apps.

## Information We Collect

- **Account information**: your name, email address, password and billing ZIP code.
- **Payment information**: processed by our payment vendor; we keep only the last four digits of your card.
- **Viewing activity**: the titles you watch, searches and ratings.
- **Device information**: IP address, device identifiers, browser type.

We also receive information about you from marketing partners and from social networks when you connect your account to them.

## How We Use Information

We use the information to provide and improve the service, recommend titles based on what you watch, process payments, prevent fraud and send you marketing messages where permitted.

## Cookies, Pixels and the Like

The first time you open our website, a banner lets you accept or reject non-essential cookies. We use essential cookies to keep you signed in, analytics cookies to understand how the site is used, and advertising cookies to show you relevant ads on other sites. You can change your choices at any time through "Cookie Preferences" in the footer.

## Sharing With Others

We share information with service providers that host our systems, process payments and deliver emails, with our affiliates, and with law enforcement when the law requires it.

## Your California Privacy Rights

Residents of California have the right to know what personal information we collect, to request deletion, to correct inaccurate information and to opt out of the "sale" or "sharing" of their personal information. The "Do Not Sell or Share" link in our site footer opts you out. Using these rights will not lead us to treat you differently.

## Children

Lumenfield is meant for adults; we never knowingly gather personal information about anyone under 13. Kids profiles contain no personal information other than a nickname chosen by the account holder.

## Security

We protect your information with encryption, access controls and regular security testing.

## Contact Us

Questions about this policy can be sent to our privacy team at privacy@lumenfield.example or by mail to Lumenfield Media, Inc., Attn: Privacy, 1200 Vine Street, Los Angeles, CA 90038.
`,
    // Written with dpo-contact present (a privacy team with an address, read as a department
    // responsible for privacy); revised to missing: goppc-dev's labels, two annotators agreeing and
    // not among the disputed ones, read a privacy office or a privacy team as no data protection
    // officer (goppc-009, goppc-014), and the conventions name a data-protection officer or department.
    // right-objection: only opting out of the sale or sharing (narrow). ADM: recommendations and ads, no word on decisions.
    expected: expect(['last-updated', 'controller-identity', 'data-categories', 'data-source', 'purposes', 'cookies', 'recipients', 'right-access', 'right-erasure', 'right-rectification', 'children', 'security'], { 'right-objection': 'right', 'automated-decision-making': 'whether' }),
  },
  {
    name: 'a UK retailer with a DPO, a table of bases and automated credit scoring',
    text: `# Privacy Notice

Last reviewed: 10 January 2026

## About us

Harrowgate & Finch plc is a home furnishings retailer with stores across the UK and an online shop. We are the controller of your personal data. Our registered office is 18 Canal Wharf, Leeds LS11 5PZ.

## Our DPO

A Data Protection Officer has been appointed and can be contacted at dpo@harrowgatefinch.example or by writing to the DPO at our registered office.

## The data we hold

We hold your contact details, delivery address, order history and, if you join our loyalty scheme, your points balance and shopping preferences. If you apply for store credit, we obtain your credit file from a credit reference agency.

## Why we use it

| Purpose | Lawful basis |
|---|---|
| Processing and delivering your orders | Contract |
| Running the loyalty scheme | Contract |
| Assessing store credit applications | Legitimate interests: lending responsibly and preventing fraud |
| Sending offers by email | Consent |
| Keeping tax records | Legal obligation |

## Store credit decisions

When you apply for store credit, our system scores your application automatically using your credit file. If it declines you, you can ask for a member of our credit team to review the decision and you can give us your point of view.

## Who we share it with

Delivery partners, our payment processor, the credit reference agency, and IT suppliers who host our systems.

## International transfers

Some of our IT suppliers are in the United States. Where your data is sent there, we rely on the UK International Data Transfer Addendum to the EU standard contractual clauses.

## How long we keep it

Order records are kept for six years after the end of the financial year in which the order was placed. Loyalty data is deleted two years after your last purchase.

## Your rights

You can ask for a copy of your data, ask us to correct or erase it, ask us to restrict its use, object to processing based on our legitimate interests, and ask for your data in a portable format. You can withdraw your consent to marketing emails at any time using the unsubscribe link. If you think we have mishandled your data, you can complain to the Information Commissioner's Office.

## Changes to this notice

Any update to this notice will appear on this page, and we will email you about significant ones.
`,
    // withdraw-consent: marketing e-mails only, by the unsubscribe link (partial, as earlier rounds).
    expected: expect(['last-updated', 'controller-identity', 'dpo-contact', 'data-categories', 'data-source', 'purposes', 'lawful-basis', 'legitimate-interests', 'automated-decision-making', 'recipients', 'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-objection', 'right-portability', 'complaint-authority', 'policy-changes'], { 'withdraw-consent': 'any-time' }),
  },
  {
    name: 'a US SaaS with an EU representative and a privacy counsel',
    text: `# Privacy Policy

Last updated: March 1, 2026

Tessellate, Inc. ("Tessellate") provides collaborative whiteboard software to businesses. This policy explains how we handle personal information about visitors to tessellate.example and people who sign up for our services.

## Information we collect

We collect the name, work email address, company name and job title you give us when you sign up, and usage data such as the features you use and the pages you visit. We collect usage data through cookies and similar technologies; see our Cookie Policy for details.

## How we use information

We use personal information to provide the service, to send service announcements, to answer support requests, and to understand how our product is used so we can improve it.

## Legal bases (EEA and UK)

We rely on three bases: performing our contract with you, our legitimate interests, and your consent where the law asks for it.

## Sharing

We use subprocessors for hosting, customer support and email delivery. A list of our subprocessors is available on our website. We do not sell personal information.

## Data transfers

Tessellate participates in the EU-U.S. Data Privacy Framework, the UK Extension and the Swiss-U.S. Data Privacy Framework.

## Retention

Personal information stays with us while we need it to run the service and for other essential purposes, such as meeting legal duties and settling disputes.

## Your rights

Where local law gives you these rights, you can ask to access, correct, delete or port your personal information, and object to or restrict some processing. To make a request, email privacy@tessellate.example. People in the EEA and the UK may also complain to their local data protection authority.

## EU and UK representatives

Our representative in the European Union under Article 27 GDPR is RepCo Europe B.V., Herengracht 100, 1015 BS Amsterdam, eurep@repco.example.

## Contact

For privacy questions, contact our Privacy Counsel at legal@tessellate.example.
`,
    // Written with dpo-contact present (a privacy counsel with an address); revised to missing, as
    // the privacy team above (goppc-019's label reads "Attn.: Privacy Counsel" as no DPO either).
    // cookies: a pointer to a cookie policy, with what they are for but not how to refuse them.
    expected: expect(['last-updated', 'controller-identity', 'data-categories', 'purposes', 'lawful-basis', 'recipients', 'international-transfers', 'right-access', 'right-rectification', 'right-erasure', 'right-portability', 'right-objection', 'right-restriction', 'complaint-authority'], { 'legitimate-interests': 'interests', retention: 'period', cookies: 'details' }),
  },
  {
    name: 'a German outdoor shop’s policy in English, in numbered sections',
    text: `# Privacy Policy of Nordwind Outdoor

Version of 12 December 2025

## 1. Controller

Nordwind Outdoor GmbH, Isartalstraße 44, 80469 Munich, Germany, e-mail: service@nordwind-outdoor.example, is responsible for processing your personal data on this website.

Our external data protection officer is Dr. Anja Weiss, DataSafe Consulting GmbH, reachable at dpo@datasafe-consulting.example.

## 2. Orders

To process your order we need your name, billing and delivery address, e-mail address and payment details (Art. 6(1)(b) GDPR). You are not obliged to provide these details, but without them we cannot accept or deliver your order. We keep order data for ten years because commercial and tax law require it.

## 3. Fraud prevention

For purchases on account, our payment provider checks your identity and creditworthiness with a credit agency and passes the result to us. We do this because we have a legitimate interest in protecting ourselves against payment default (Art. 6(1)(f) GDPR). The decision on which payment methods we offer you is made by a staff member, not solely by automated means.

## 4. Cookies

We only set cookies that are not strictly necessary, such as analytics cookies, if you agree in our cookie banner (Art. 6(1)(a) GDPR). Your consent can be withdrawn whenever you like, with effect for the future, via the "Privacy settings" link at the foot of each page.

## 5. Recipients

We pass your address to the shipping company that delivers your parcel. Our shop runs on servers of a hosting provider in Germany.

## 6. Your rights

You have the right of access, rectification, erasure, restriction of processing, data portability and objection. You may also complain to a supervisory authority, for example the Bavarian Data Protection Authority.

## 7. Children

Our shop is not intended for persons under 16.

## 8. Data security

We use TLS encryption for all data transmitted through this website.
`,
    expected: expect(['last-updated', 'controller-identity', 'dpo-contact', 'purposes', 'lawful-basis', 'legitimate-interests', 'statutory-contractual', 'retention', 'data-source', 'data-categories', 'automated-decision-making', 'cookies', 'withdraw-consent', 'recipients', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-portability', 'right-objection', 'complaint-authority', 'children', 'security']),
  },
  {
    name: 'a US lender: consumer reports, automated underwriting, California requests',
    text: `# Copperline Privacy Notice

Last Updated: January 20, 2026

Copperline Financial, Inc. ("Copperline") offers personal loans through its website and mobile app.

## Personal Information We Collect

We collect identifiers (name, address, email, phone, Social Security number), financial information (income, bank account details), and information about your device. We also obtain consumer reports from credit bureaus and verify your identity with identity verification services.

## How We Use Personal Information

We use this information to evaluate your loan application, verify your identity, service your loan, comply with law and prevent fraud.

## Automated Decisions

Our underwriting models evaluate your application using your credit report, income and other information you provide. Some applications are approved or declined automatically based on the model's results. If your application is declined, we will send you an adverse action notice explaining the main reasons.

## Disclosure of Personal Information

Service providers, credit bureaus, the bank partners that originate our loans, and government agencies where the law requires it receive personal information from us. We do not sell personal information and we do not share it for cross-context behavioral advertising.

## Retention

We retain loan records for at least seven years after the loan is paid off, as required by federal and state law.

## Your Choices and Rights

California residents may request access to and deletion of their personal information, and may request correction of inaccurate information. Submit a request through our online form at copperline.example/privacy-request or call 1-800-555-0142. Some information is exempt under the Gramm-Leach-Bliley Act.

## Security

Our safeguards for your information are physical, electronic and procedural, and they meet federal standards.

## Changes

This notice may change. Material changes will reach you by email or through the app.

## Contact

Copperline Financial, Inc., 400 Congress Avenue, Suite 900, Austin, TX 78701. Privacy questions: privacy@copperline.example.
`,
    // dpo-contact: a privacy address, described as no officer or team. lawful-basis: "comply with law" is a purpose named, no basis.
    expected: expect(['last-updated', 'controller-identity', 'data-categories', 'data-source', 'purposes', 'automated-decision-making', 'recipients', 'retention', 'right-access', 'right-erasure', 'right-rectification', 'security', 'policy-changes']),
  },
  {
    name: 'a French news publisher’s policy in English: consent or subscription',
    text: `# Privacy Policy

Updated on 5 February 2026

## Who is responsible

Le Quotidien Numérique SAS, 25 rue du Faubourg Montmartre, 75009 Paris, France ("we") publishes the news website lequotidien.example. Our Data Protection Officer can be reached at dpo@lequotidien.example.

## What we process and why

- Subscriber accounts: name, email, postal address and payment details, to manage your subscription (performance of the contract).
- Newsletters: your email address, with your consent.
- Audience measurement: pages viewed and device data, relying on our legitimate interest in knowing which articles are read.
- Personalised advertising: with your consent, our advertising partners use cookies to build a profile of your interests and show you ads that match it.

## Cookies and your choice

When you arrive on the site, you can accept advertising cookies, or subscribe to read without them. You can change your choice at any time through the "Cookie settings" link. Refusing cookies does not prevent you from reading the articles you have paid for.

## Recipients

Our advertising partners, our payment provider and our hosting provider receive the data they need for their task.

## Transfers outside the EU

Some partners may process data outside the European Union. We only allow this where adequate safeguards are in place.

## Retention

Subscriber data is kept for as long as your subscription lasts and for three years after it ends. Newsletter data is kept until you unsubscribe.

## Children

Readers under 15 need the agreement of a parent to sign up for our newsletters.

## Your rights

You may access, rectify and erase your data, restrict or object to its processing, and receive it in a structured, machine-readable format. Consent you have given can be withdrawn at any time. Write to our DPO to use your rights. Complaints may also go to the CNIL.
`,
    // statutory-contractual: what follows from refusing cookies is not it (conventions).
    expected: expect(['last-updated', 'controller-identity', 'dpo-contact', 'data-categories', 'purposes', 'lawful-basis', 'legitimate-interests', 'cookies', 'recipients', 'retention', 'children', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-objection', 'right-portability', 'withdraw-consent', 'complaint-authority'], { 'international-transfers': 'safeguard', 'automated-decision-making': 'whether' }),
  },
];

for (const p of EN_SITES_S8) {
  test(`en site policy (${p.name}): its whole report is right and no other rule fires`, () => {
    const res = check(p.text, { profiles: ['eu-gdpr'] });
    assertReport(res.coverage, p.expected, { text: p.text, profiles: ['eu-gdpr'] });
    assert.deepEqual(res.diagnostics.filter((d) => d.rule !== 'required-info').map((d) => `${d.rule} (line ${d.range.start.line + 1}): ${d.message}`), []);
  });
}
