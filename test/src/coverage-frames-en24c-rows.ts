// Issue 13, session 24 (helper basis): false alarms by kind, in the languages where each kind occurs,
// each beside look-alikes that share its words and must come out the other way:
// - automated-decision-making: the reader's request or transaction assessed by a machine (scored,
//   screened, rated, checked automatically) with a consequence for them, not any automatic chore;
// - security: the data kept on a device, in a folder or file that a PIN, passcode or password locks,
//   not the reader's own PIN at a till or a password they choose for their account;
// - dpo-contact: a person or unit said to handle, look after or be in charge of data protection, with
//   a way to reach them; not general enquiries, and not data protection "handled" under a law;
// - legitimate-interests: the activity itself as the subject of "is in our legitimate interest"
//   (the interest named), not the processing or "this" (the interest left open: partial);
// - recipients: an outside party that sees, receives or reviews what bears the reader's data
//   (invoices, bookings, files), not the reader seeing their own or our staff checking it;
// - lawful-basis: we ask the reader for their consent or permission (consent as the ground), not a
//   question about data or an invitation to ask us;
// - purposes: a list under a short label paragraph ("**Why.**", "**Pourquoi ?**"), its items the ends.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en24c --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. automated-decision-making: an automated assessment of the reader's request ----
  ['en', 'automated-decision-making', 'present', 'Every rental request is screened automatically against our risk rules, and a request that fails the screening is not confirmed.'],
  ['en', 'automated-decision-making', 'present', 'Insurance quotes are rated automatically from the answers you give us, and a high rating can mean we cannot offer cover.'],
  ['en', 'automated-decision-making', 'present', 'Each withdrawal from your wallet is checked automatically for signs of misuse and may be held back.'],
  ['en', 'automated-decision-making', 'present', 'Grant applications are scored by our software before a panel sees them.'],
  ['nl', 'automated-decision-making', 'present', 'Elke huuraanvraag wordt automatisch beoordeeld op basis van uw inkomen; bij een te lage score kunnen wij de aanvraag afwijzen.'],
  ['de', 'automated-decision-making', 'present', 'Jede Bestellung auf Rechnung wird automatisch auf ihr Ausfallrisiko geprüft; fällt die Prüfung negativ aus, bieten wir nur Vorkasse an.'],
  ['fr', 'automated-decision-making', 'present', 'Chaque demande de prêt est évaluée automatiquement à partir de vos revenus, et une note trop basse peut entraîner un refus.'],
  // look-alikes: an automatic chore decides nothing about the reader
  ['en', 'automated-decision-making', 'notpresent', 'Photos you upload are resized automatically so that the gallery loads quickly.'],
  ['en', 'automated-decision-making', 'notpresent', 'Invoices are numbered automatically and sent to you by e-mail.'],
  ['en', 'automated-decision-making', 'notpresent', 'Backups of the booking database are checked automatically every night.'],
  ['nl', 'automated-decision-making', 'notpresent', 'Uw facturen worden automatisch genummerd en per e-mail verstuurd.'],
  ['de', 'automated-decision-making', 'notpresent', 'Hochgeladene Bilder werden automatisch verkleinert, damit die Seite schneller lädt.'],
  ['fr', 'automated-decision-making', 'notpresent', 'Les sauvegardes de la base de données sont vérifiées automatiquement chaque nuit.'],
  // ---- 2. security: a store locked by a PIN, passcode or password ----
  ['en', 'security', 'present', 'The appointment book lives on a tablet with a passcode.'],
  ['en', 'security', 'present', 'Customer notes are kept on my laptop, which needs a password to open.'],
  ['en', 'security', 'present', 'Our member list is a spreadsheet behind a password that only the secretary knows.'],
  ['en', 'security', 'present', 'Delivery addresses are stored on the driver\'s phone, which is locked with a PIN and a fingerprint.'],
  ['nl', 'security', 'present', 'De ledenlijst staat op een laptop met een wachtwoord.'],
  ['nl', 'security', 'present', 'Uw dossier staat in een map die met een pincode is beveiligd.'],
  ['de', 'security', 'present', 'Die Kundenkartei liegt auf einem Tablet mit PIN-Sperre.'],
  ['fr', 'security', 'present', 'Le carnet de rendez-vous est sur une tablette protégée par un code.'],
  // look-alikes: the reader's own PIN or password, not a lock on our data
  ['en', 'security', 'notpresent', 'Please enter your PIN at the card reader when you pay in the shop.'],
  ['en', 'security', 'notpresent', 'If you forget your password, you can reset it from the sign-in page.'],
  ['en', 'security', 'notpresent', 'Gift cards come with a PIN that you need to redeem them.'],
  ['nl', 'security', 'notpresent', 'Bent u uw wachtwoord vergeten? Vraag dan een nieuw wachtwoord aan via de inlogpagina.'],
  ['de', 'security', 'notpresent', 'Ihre PIN geben Sie beim Bezahlen am Kartenterminal ein.'],
  ['fr', 'security', 'notpresent', 'Si vous avez oublié votre mot de passe, vous pouvez le réinitialiser depuis la page de connexion.'],
  // ---- 3. dpo-contact: someone in charge of data protection, and how to reach them ----
  ['en', 'dpo-contact', 'present', 'Privacy questions are dealt with by our head of operations, Lena Marsh, who looks after data protection for the group: privacy@quillfeather.example.'],
  ['en', 'dpo-contact', 'present', 'Data protection matters are handled by our practice manager, Tom Reyes (t.reyes@quillfeather.example, 01632 960 410).'],
  ['en', 'dpo-contact', 'present', 'Our IT manager, Sam Okafor, is in charge of data protection and can be reached at dataprotection@quillfeather.example.'],
  ['en', 'dpo-contact', 'present', 'You can write to Ruth Kell, the trustee who oversees data protection for the charity, at ruth.kell@quillfeather.example.'],
  ['nl', 'dpo-contact', 'present', 'Privacyzaken worden behandeld door onze office manager, Anja de Wit: privacy@kwikstaart.example.'],
  ['de', 'dpo-contact', 'present', 'Um den Datenschutz kümmert sich bei uns Frau Petra Lang, erreichbar unter datenschutz@kiebitzwerk.example.'],
  ['fr', 'dpo-contact', 'present', 'Les questions de protection des données sont traitées par notre responsable administrative, Mme Claire Roux : donnees@martinet.example.'],
  // look-alikes: a general desk, or data protection handled under a law
  ['en', 'dpo-contact', 'notpresent', 'Data protection matters are handled in line with the UK GDPR. For anything else, write to hello@quillfeather.example.'],
  ['en', 'dpo-contact', 'notpresent', 'All other enquiries are handled by our front desk: desk@quillfeather.example.'],
  ['en', 'dpo-contact', 'notpresent', 'Our operations manager handles bookings and refunds: bookings@quillfeather.example.'],
  ['nl', 'dpo-contact', 'notpresent', 'Algemene vragen worden behandeld door onze klantenservice: info@kwikstaart.example.'],
  ['de', 'dpo-contact', 'notpresent', 'Um Reklamationen kümmert sich unser Kundendienst, erreichbar unter service@kiebitzwerk.example.'],
  ['fr', 'dpo-contact', 'notpresent', 'Les réclamations sont traitées par notre service client : service@martinet.example.'],
  // ---- 4. legitimate-interests: the activity as the subject of the interest ----
  ['en', 'legitimate-interests', 'present', 'Reminding members when their subscription is about to lapse is in our legitimate interest as a club.'],
  ['en', 'legitimate-interests', 'present', 'Recording calls to our helpline for staff training is within our legitimate interests.'],
  ['en', 'legitimate-interests', 'present', 'Sending former pupils news of reunions falls within the school\'s legitimate interests.'],
  ['nl', 'legitimate-interests', 'present', 'Het versturen van herinneringen aan leden is in ons gerechtvaardigd belang als vereniging.'],
  ['de', 'legitimate-interests', 'present', 'Die Erinnerung an fällige Beiträge liegt in unserem berechtigten Interesse als Verein.'],
  ['fr', 'legitimate-interests', 'present', "L'envoi de rappels aux adhérents relève de notre intérêt légitime d'association."],
  // look-alikes: the processing or "this" as the subject leaves the interest open
  ['en', 'legitimate-interests', 'partial', 'Processing your data in this way is in our legitimate interest.'],
  ['en', 'legitimate-interests', 'partial', 'Some of this is in our legitimate interests.'],
  ['en', 'legitimate-interests', 'partial', 'Using your information for these purposes is within our legitimate interests.'],
  ['nl', 'legitimate-interests', 'partial', 'Het verwerken van uw gegevens is in ons gerechtvaardigd belang.'],
  ['de', 'legitimate-interests', 'partial', 'Die Verarbeitung Ihrer Daten liegt in unserem berechtigten Interesse.'],
  ['fr', 'legitimate-interests', 'partial', 'Le traitement de vos données relève de notre intérêt légitime.'],
  // ---- 5. recipients: an outside party sees what bears the reader's data ----
  ['en', 'recipients', 'present', 'Our bookkeeper sees the invoices we send you.'],
  ['en', 'recipients', 'present', 'Our payroll bureau receives the timesheets you fill in.'],
  ['en', 'recipients', 'present', 'Difficult cases may be reviewed by an outside mediator.'],
  ['en', 'recipients', 'present', 'The printer who produces our yearbook gets the entry forms.'],
  ['nl', 'recipients', 'present', 'Onze boekhouder ziet de facturen die wij u sturen.'],
  ['de', 'recipients', 'present', 'Unsere Steuerberaterin sieht die Rechnungen, die wir Ihnen ausstellen.'],
  ['fr', 'recipients', 'present', 'Notre expert-comptable voit les factures que nous vous adressons.'],
  // look-alikes: the reader sees their own, or our own staff check it
  ['en', 'recipients', 'notpresent', 'You can see the invoices we send you in your account.'],
  ['en', 'recipients', 'notpresent', 'Every booking is reviewed by our own team before it is confirmed.'],
  ['nl', 'recipients', 'notpresent', 'U ziet uw facturen in uw account.'],
  ['de', 'recipients', 'notpresent', 'Ihre Rechnungen sehen Sie in Ihrem Kundenkonto.'],
  ['fr', 'recipients', 'notpresent', 'Vous voyez vos factures dans votre espace client.'],
  // ---- 6. lawful-basis: we ask for the reader's consent ----
  ['en', 'lawful-basis', 'present', 'We ask for your consent before we film a rehearsal you take part in.'],
  ['en', 'lawful-basis', 'present', 'At registration we ask parents for permission to publish team photos.'],
  ['en', 'lawful-basis', 'present', 'Our nurses ask for your agreement before they share your notes with your GP.'],
  ['nl', 'lawful-basis', 'present', 'Wij vragen bij de inschrijving uw toestemming om foto\'s van de lessen te maken.'],
  ['nl', 'lawful-basis', 'present', 'Bij de aanmelding vragen wij ouders om toestemming voor het delen van foto\'s.'],
  ['de', 'lawful-basis', 'present', 'Wir bitten Sie bei der Anmeldung um Ihre Einwilligung, Fotos von den Kursen zu veröffentlichen.'],
  ['fr', 'lawful-basis', 'present', "Nous vous demandons votre accord avant de publier des photos des cours."],
  ['fr', 'lawful-basis', 'present', "Lors de l'inscription, nous demandons votre consentement pour utiliser ces photos."],
  // look-alikes: asking for data, or inviting the reader to ask
  ['en', 'lawful-basis', 'notpresent', 'We ask for your name and a phone number when you book a lesson.'],
  ['en', 'lawful-basis', 'notpresent', 'Ask us if you would like to know more about how consent works.'],
  ['nl', 'lawful-basis', 'notpresent', 'Wij vragen bij de inschrijving uw naam en telefoonnummer.'],
  ['de', 'lawful-basis', 'notpresent', 'Wir bitten Sie bei der Anmeldung um Ihren Namen und Ihre Telefonnummer.'],
  ['fr', 'lawful-basis', 'notpresent', "Nous vous demandons votre nom et votre numéro de téléphone lors de l'inscription."],
  // ---- 7. purposes: a list under a short label paragraph ----
  ['en', 'purposes', 'present', '**Why.**\n\n- book your lessons and remind you of them;\n- send you the invoice.'],
  ['en', 'purposes', 'present', '**What for?**\n\n- arranging your repair;\n- keeping our accounts.'],
  ['nl', 'purposes', 'present', '**Waarvoor?**\n\n- uw bestelling bezorgen;\n- onze boekhouding bijhouden.'],
  ['de', 'purposes', 'present', '**Wofür.**\n\n- Ihre Bestellung liefern;\n- unsere Buchhaltung führen.'],
  ['fr', 'purposes', 'present', '**Pourquoi ?**\n\n- livrer votre commande ;\n- tenir notre comptabilité.'],
  ['fr', 'purposes', 'present', '**Finalités.**\n\n- gérer vos réservations ;\n- vous envoyer les factures.'],
  // look-alikes: a label for another item
  ['en', 'purposes', 'notpresent', '**Where.**\n\n- on our own server in Leeds;\n- on the office laptop.'],
  ['nl', 'purposes', 'notpresent', '**Waar?**\n\n- op onze eigen server in Utrecht;\n- op de laptop van het kantoor.'],
  ['fr', 'purposes', 'notpresent', '**Où ?**\n\n- sur notre serveur à Lyon ;\n- sur l\'ordinateur du bureau.'],
];


// Batch b: written after batch a's changes, before reading what the checker makes of them: the same requirements in
// other shapes, and the sealed round's other kinds (data-categories, cookies, transfers) in small notices' words.
export const BATCH_B: CrossRow[] = [
  // ---- data-categories in the shapes small notices take ----
  ['en', 'data-categories', 'present', 'When you enrol, the school office records your child\'s name, date of birth, home address and any allergies.'],
  ['en', 'data-categories', 'present', 'The form asks for your name, the dog\'s name and breed, and a phone number we can reach you on.'],
  ['en', 'data-categories', 'present', 'All we hold is your email address and the date you signed up.'],
  ['en', 'data-categories', 'present', 'Members give us their name, postal address and bank details for the direct debit.'],
  ['en', 'data-categories', 'present', 'We note your car\'s registration number, the mileage and the work we carried out.'],
  ['nl', 'data-categories', 'present', 'Bij de inschrijving noteren wij uw naam, adres, geboortedatum en rekeningnummer.'],
  ['de', 'data-categories', 'present', 'Bei der Anmeldung erfassen wir Ihren Namen, Ihre Anschrift, Ihr Geburtsdatum und Ihre Bankverbindung.'],
  ['fr', 'data-categories', 'present', "Lors de l'inscription, nous notons votre nom, votre adresse, votre date de naissance et vos coordonnées bancaires."],
  ['en', 'data-categories', 'notpresent', 'Please do not send us medical records by e-mail.'],
  ['en', 'data-categories', 'notpresent', 'You can change your address in the app at any time.'],
  // ---- cookies: kinds, purpose and a way to refuse ----
  ['en', 'cookies', 'present', 'The site sets one cookie to remember your basket; you can block it in your browser, but the basket will then empty itself.'],
  ['en', 'cookies', 'present', 'We use analytics cookies to count visits, and they are only set if you click "Accept" on the banner; you can change your mind via the link in the footer.'],
  ['nl', 'cookies', 'present', 'Wij plaatsen alleen een cookie die uw taalkeuze onthoudt. U kunt cookies uitzetten in uw browser.'],
  ['de', 'cookies', 'present', 'Wir setzen nur ein Cookie, das Ihren Warenkorb speichert. Sie können Cookies in Ihrem Browser blockieren.'],
  ['en', 'cookies', 'partial', 'Our website uses cookies to measure how many people visit it.'],
  // ---- international transfers ----
  ['en', 'international-transfers', 'present', 'Our booking system is run from Canada, which the UK recognises as giving adequate protection.'],
  ['en', 'international-transfers', 'present', 'Everything we hold stays on servers in Germany and never leaves the EU.'],
  ['nl', 'international-transfers', 'present', 'Uw gegevens blijven binnen de Europese Unie.'],
  ['de', 'international-transfers', 'present', 'Ihre Daten verlassen die EU nicht.'],
  ['fr', 'international-transfers', 'present', "Vos données ne quittent pas l'Union européenne."],
  ['en', 'international-transfers', 'partial', 'Our mailing tool is based in the United States, so your address may be processed there.'],
  // ---- purposes in other shapes ----
  ['en', 'purposes', 'present', 'Your phone number is only there so the driver can call you if they cannot find the house.'],
  ['en', 'purposes', 'present', 'We need your shoe size to have the skates ready when you arrive.'],
  ['nl', 'purposes', 'present', 'Uw telefoonnummer hebben wij nodig zodat de bezorger u kan bellen.'],
  ['de', 'purposes', 'present', 'Ihre Telefonnummer brauchen wir, damit der Fahrer Sie anrufen kann.'],
  ['fr', 'purposes', 'present', 'Votre numéro nous sert à vous appeler si le livreur ne trouve pas votre adresse.'],
  // ---- recipients in other shapes ----
  ['en', 'recipients', 'present', 'The vet practice next door gets your pet\'s record if we refer you.'],
  ['en', 'recipients', 'present', 'Your address is passed on to the courier who brings the parcel.'],
  ['nl', 'recipients', 'present', 'De bezorger krijgt uw naam en adres.'],
  ['fr', 'recipients', 'present', 'Le transporteur reçoit votre nom et votre adresse.'],
  // ---- legitimate interests in other shapes ----
  ['en', 'legitimate-interests', 'present', 'We have a legitimate interest in knowing which of our classes are popular.'],
  ['en', 'legitimate-interests', 'present', 'CCTV in the car park is there to deter theft, which is our legitimate interest.'],
  ['en', 'legitimate-interests', 'partial', 'Where we rely on legitimate interests, we have weighed them against your rights.'],
  // ---- dpo-contact ----
  ['en', 'dpo-contact', 'present', 'Questions about your data? Our data protection lead, Priya Shah, answers them at data@quillfeather.example.'],
  ['en', 'dpo-contact', 'notpresent', 'We have not appointed a data protection officer. Write to us at hello@quillfeather.example.'],
  // ---- security ----
  ['en', 'security', 'present', 'Paper forms go into a locked drawer at the end of each day.'],
  ['en', 'security', 'present', 'Only the two of us can log in to the booking system.'],
  ['en', 'security', 'notpresent', 'Keep your login details to yourself.'],
  // ---- automated decisions ----
  ['en', 'automated-decision-making', 'present', 'A person, not a computer, decides whether your application is accepted.'],
  ['en', 'automated-decision-making', 'present', 'Loan requests below £500 are approved or refused by our system without anyone looking at them.'],
  ['en', 'automated-decision-making', 'partial', 'We build a profile of your interests to pick which offers to show you.'],
  // ---- lawful basis ----
  ['en', 'lawful-basis', 'present', 'We only send the newsletter to people who ticked the box to say yes.'],
  ['en', 'lawful-basis', 'present', 'We keep invoices because tax law says we must.'],
  // look-alikes added with batch b's changes: "it" that is no cookie, a system that checks no request
  ['en', 'cookies', 'partial', 'We use one cookie to keep you signed in. If your card is stolen, you can block it in the app.'],
  ['en', 'automated-decision-making', 'notpresent', 'Your password is checked by our system each time you sign in.'],
  ['en', 'international-transfers', 'notpresent', 'Our host is in Canada, which we consider a safe place for data.'],
];

export const LABEL = 'frames round 24 (basis)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at 31f8305 gets 38 of 86 wrong).
  'Every rental request is screened automatically against our risk rules, and a request that fails the screening is not confirmed.':
    'round 24, batch a: "request" is a modal word (ask, request) in the statement reader, so the passive\'s subject names no request of the reader\'s',
  'Jede Bestellung auf Rechnung wird automatisch auf ihr Ausfallrisiko geprüft; fällt die Prüfung negativ aus, bieten wir nur Vorkasse an.':
    'round 24, batch a: „Bestellung" is `not-data` in German (the reader\'s order is no data of theirs), so it cannot also be a request weighed up',
  'Difficult cases may be reviewed by an outside mediator.':
    'round 24, batch a: a passive review by an outside party ("reviewed by a mediator"): no reading of a review\'s agent as a recipient',
  'Unsere Steuerberaterin sieht die Rechnungen, die wir Ihnen ausstellen.':
    'round 24, batch a: „die Rechnungen" with no possessive is no object a German class knows (German has no `data-bearing` class); „Ihre Rechnungen" is read',
  // Batch b: written after batch a's changes (12 of 43 wrong then; cookies "it", adequacy with "recognises", "by our system",
  // "zodat de" / "damit der" were fixed with it, and three look-alikes added).
  "We note your car's registration number, the mileage and the work we carried out.":
    'round 24, batch b: a car\'s registration and mileage are no data kind the lists know ("note" is no collecting verb either)',
  'Our mailing tool is based in the United States, so your address may be processed there.':
    'round 24, batch b: "processed there" points back to the country; no transfer reading takes a place by "there"',
  'We need your shoe size to have the skates ready when you arrive.':
    'round 24, batch b: "to have" is no purpose infinitive ("have" is a class word: the causative)',
  "The vet practice next door gets your pet's record if we refer you.":
    'round 24, batch b: "the vet practice" is no recipient word and "your pet\'s record" no object of the reader\'s data',
  'Only the two of us can log in to the booking system.':
    'round 24, batch b: access kept to "the two of us": the access cue names staff nouns only',
  'We only send the newsletter to people who ticked the box to say yes.':
    'round 24, batch b: consent said as ticking a box, of "people who": no consent reading of a third-person subject',
  'We keep invoices because tax law says we must.':
    'round 24, batch b: a legal duty said as "the law says we must": no obligation reading across "says"',
};
