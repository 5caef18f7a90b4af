// Issue 13, session 15 (helper cov-cross): held-out rows in all four languages for cookies,
// policy-changes, international-transfers and retention, and for statements of absence in general
// ("this site sets no cookies", "nothing we hold leaves the EU", "Eine Übermittlung in Drittländer
// findet nicht statt"). Each row a statement of the item in other words, a partial one, or a
// look-alike that shares its words but does not give it, written in our own words. BATCH_A was
// written BEFORE this round's changes (the base is scored on it); BATCH_B AFTER them, with the data
// frozen: its figure is the generalisation figure. `node scripts/score-rows.js . --rows=cross
// --batch=a|b|all` counts the wrong rows.
import type { RowExpectation, Lang } from './helpers/coverage-lang.js';

export type CrossRow = [lang: Lang | 'en', requirement: string, expected: RowExpectation, body: string];

export const BATCH_A: CrossRow[] = [
  // ---- English ----
  ['en', 'cookies', 'present', 'This website does not set any cookies and uses no other tracking technology.'],
  ['en', 'cookies', 'present', 'We use no cookies at all.'],
  ['en', 'cookies', 'notpresent', 'We do not use cookies for advertising.'],
  ['en', 'cookies', 'notpresent', 'If you do not want to see our weekly offers, untick the box at checkout.'],
  ['en', 'cookies', 'present', 'The app uses no browser cookies; instead it keeps a random installation ID for usage statistics, which you can turn off under Settings › Privacy.'],
  ['en', 'cookies', 'partial', 'We only use the cookies the site needs to work, for your login and your language.'],
  ['en', 'international-transfers', 'present', 'Nothing we store about you is sent outside the European Union.'],
  ['en', 'international-transfers', 'present', 'All of it is kept on servers in Ireland, and we do not move it anywhere else.'],
  ['en', 'international-transfers', 'missing', 'We do not send your data to anyone else.'],
  ['en', 'international-transfers', 'notpresent', 'Our support team in India can see the tickets you open.'],
  ['en', 'policy-changes', 'present', 'When this policy changes, we’ll put the new version on this page and tell you in the app.'],
  ['en', 'policy-changes', 'present', 'If I change the way I handle your data, I’ll email every subscriber first.'],
  ['en', 'policy-changes', 'missing', 'If you change your email address, we’ll send a confirmation to the new one.'],
  ['en', 'retention', 'partial', 'We hold on to your information for as long as our team needs it for the reasons set out above.'],
  ['en', 'retention', 'notpresent', '## Can you delete my data?\n\nYes. Email us and we will erase your profile within 14 days.'],
  ['en', 'retention', 'present', 'Invoices are kept for seven years because tax law requires it.'],
  ['en', 'retention', 'missing', 'The service is only for people aged 18 or over; if we learn that a user is under 18, we remove the account.'],
  // ---- Dutch ----
  ['nl', 'cookies', 'present', 'Wij plaatsen geen enkele cookie op uw apparaat.'],
  ['nl', 'cookies', 'notpresent', 'Een cookie is een klein tekstbestand dat uw browser bewaart.'],
  ['nl', 'international-transfers', 'present', 'Uw gegevens worden niet doorgegeven aan landen buiten de Europese Unie.'],
  ['nl', 'international-transfers', 'present', 'Doorgifte van persoonsgegevens naar een land buiten de EER vindt niet plaats.'],
  ['nl', 'policy-changes', 'present', 'Passen we deze verklaring aan, dan zetten we de nieuwe versie op de website en melden we dat in de nieuwsbrief.'],
  ['nl', 'retention', 'partial', 'We bewaren je gegevens zolang dat nodig is voor de doelen hierboven.'],
  ['nl', 'retention', 'missing', 'Blijkt een account van iemand jonger dan 16 jaar te zijn, dan verwijderen we het.'],
  // ---- German ----
  ['de', 'cookies', 'present', 'Unsere Website verwendet keine Cookies.'],
  ['de', 'cookies', 'notpresent', 'Cookies sind kleine Textdateien, die Ihr Browser speichert.'],
  ['de', 'international-transfers', 'present', 'Eine Weitergabe Ihrer Daten in Länder außerhalb der EU erfolgt nicht.'],
  ['de', 'international-transfers', 'present', 'Wir übermitteln keine Daten in Drittländer.'],
  ['de', 'international-transfers', 'notpresent', 'Unser Newsletterdienst sitzt in den USA und speichert dort die Adressen.'],
  ['de', 'policy-changes', 'present', 'Ändert sich diese Erklärung, veröffentlichen wir die neue Fassung auf dieser Seite.'],
  ['de', 'retention', 'partial', 'Wir speichern Ihre Daten nur so lange, wie es für die genannten Zwecke erforderlich ist.'],
  ['de', 'retention', 'missing', 'Konten von Personen unter 16 Jahren löschen wir, sobald wir davon erfahren.'],
  // ---- French ----
  ['fr', 'cookies', 'present', 'Notre site n’utilise aucun cookie.'],
  ['fr', 'cookies', 'present', 'L’application dépose un traceur de mesure d’audience sur votre téléphone pour compter les visites ; vous pouvez le désactiver à tout moment dans les réglages.'],
  ['fr', 'cookies', 'notpresent', 'Un cookie est un petit fichier texte enregistré par votre navigateur.'],
  ['fr', 'cookies', 'partial', 'Le site n’utilise que des cookies nécessaires à son fonctionnement.'],
  ['fr', 'international-transfers', 'present', 'Vos données ne font l’objet d’aucun transfert en dehors de l’Union européenne.'],
  ['fr', 'international-transfers', 'present', 'Aucune donnée n’est transférée hors de l’Union européenne.'],
  ['fr', 'policy-changes', 'present', 'En cas de modification de la présente politique, la nouvelle version sera publiée sur cette page.'],
  ['fr', 'retention', 'partial', 'Vos données sont conservées pendant la durée nécessaire aux finalités, puis supprimées conformément à la loi.'],
  ['fr', 'retention', 'missing', 'Nous supprimons le compte de toute personne de moins de 15 ans dont nous avons connaissance.'],
];

export const BATCH_B: CrossRow[] = [
  // ---- English ----
  ['en', 'cookies', 'present', 'No cookies are placed on your device when you visit this site.'],
  ['en', 'cookies', 'present', 'Our pages are cookie-free: nothing is stored in your browser.'],
  ['en', 'cookies', 'notpresent', 'We don’t use cookies to show you ads, but we do use them so that you stay signed in.'],
  ['en', 'cookies', 'missing', 'Our bakery sells oatmeal cookies on Saturdays.'],
  ['en', 'cookies', 'present', 'The app stores a unique ID on your phone to count active users; you can switch this off in the app’s settings.'],
  ['en', 'cookies', 'missing', 'You can switch off notifications in the app’s settings.'],
  ['en', 'international-transfers', 'present', 'None of your information leaves the European Economic Area.'],
  ['en', 'international-transfers', 'present', 'There are no transfers of personal data to countries outside the EU.'],
  ['en', 'international-transfers', 'missing', 'Nothing you upload is shared with advertisers.'],
  ['en', 'international-transfers', 'notpresent', 'We do not transfer your data outside the EEA unless the recipient has signed appropriate contracts.'],
  ['en', 'policy-changes', 'present', 'Should this notice change, we’ll publish the updated version on our website and note the date at the top.'],
  ['en', 'policy-changes', 'present', 'We will send you an updated version of this notice by email whenever it changes.'],
  ['en', 'policy-changes', 'missing', 'If your plans change, you can cancel the booking up to 24 hours before.'],
  ['en', 'retention', 'partial', 'Your details are retained only for as long as they are needed.'],
  ['en', 'retention', 'present', 'Chat transcripts are deleted 90 days after the conversation ends.'],
  ['en', 'retention', 'notpresent', 'Write to us and we will remove your photos within a week.'],
  ['en', 'retention', 'missing', 'Players must be 13 years old or older; accounts of younger players are closed.'],
  // ---- Dutch ----
  ['nl', 'cookies', 'present', 'Er worden op deze website geen cookies gebruikt.'],
  ['nl', 'cookies', 'notpresent', 'Wij gebruiken geen cookies van derden, alleen eigen analytische cookies.'],
  ['nl', 'international-transfers', 'present', 'Niets van wat u ons toevertrouwt gaat naar landen buiten de EU.'],
  ['nl', 'international-transfers', 'present', 'Wij geven uw gegevens nooit door aan partijen buiten de Europese Economische Ruimte.'],
  ['nl', 'policy-changes', 'present', 'Wijzigt deze privacyverklaring, dan vindt u de nieuwe versie altijd op onze website.'],
  ['nl', 'retention', 'partial', 'Wij bewaren uw gegevens niet langer dan nodig.'],
  ['nl', 'retention', 'missing', 'Gebruikers moeten ouder dan 16 jaar zijn.'],
  // ---- German ----
  ['de', 'cookies', 'present', 'Auf dieser Website werden keine Cookies gesetzt.'],
  ['de', 'cookies', 'notpresent', 'Wir setzen keine Cookies zu Werbezwecken ein.'],
  ['de', 'cookies', 'present', 'Die App legt eine zufällige Kennung auf Ihrem Gerät ab, um Abstürze zu zählen. Sie können dies jederzeit in den Einstellungen abschalten.'],
  ['de', 'international-transfers', 'present', 'Eine Übermittlung personenbezogener Daten an Empfänger in Drittstaaten erfolgt nicht.'],
  ['de', 'international-transfers', 'present', 'Ihre Daten verlassen zu keinem Zeitpunkt die Europäische Union.'],
  ['de', 'international-transfers', 'notpresent', 'Unser Hosting-Anbieter betreibt seine Rechenzentren in Kanada.'],
  ['de', 'policy-changes', 'present', 'Über wesentliche Änderungen dieser Datenschutzhinweise informieren wir Sie per E-Mail.'],
  ['de', 'retention', 'partial', 'Ihre Daten werden gelöscht, sobald der Zweck entfällt.'],
  ['de', 'retention', 'present', 'Rechnungen bewahren wir zehn Jahre lang auf.'],
  // ---- French ----
  ['fr', 'cookies', 'present', 'Aucun cookie n’est déposé lors de votre visite.'],
  ['fr', 'cookies', 'notpresent', 'Nous n’utilisons pas de cookies publicitaires.'],
  ['fr', 'international-transfers', 'present', 'Vos données ne quittent jamais l’Espace économique européen.'],
  ['fr', 'international-transfers', 'present', 'Aucun transfert de données vers un pays tiers n’a lieu.'],
  ['fr', 'policy-changes', 'present', 'Nous vous informerons par courriel de toute modification importante de cette politique.'],
  ['fr', 'retention', 'partial', 'Vos données sont conservées aussi longtemps que nécessaire.'],
  ['fr', 'retention', 'missing', 'L’inscription est réservée aux personnes âgées de 18 ans ou plus.'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'cross rows';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  '## Can I have my scores erased?\n\nYes. Ask in the app and we will erase your scores within 10 days.':
    'the deletion that answers a question heading about erasure is read as a retention period; the question is not read with the sentence for the retention veto (needs a veto in the context of an erasure heading, an engine change)',
};

/** A row of the kinds read this round, kept with the known misses (batch `known`). */
const EXTRA: CrossRow[] = [['en', 'retention', 'notpresent', '## Can I have my scores erased?\n\nYes. Ask in the app and we will erase your scores within 10 days.']];

/** The batches in the order the tests run them (their names are the batch labels). */
export const BATCHES = { A: BATCH_A, B: BATCH_B, known: EXTRA };
