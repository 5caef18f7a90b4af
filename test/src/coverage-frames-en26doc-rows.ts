// Issue 13, session 26 (helper "doc"): held-out rows for two items the checker reported missing or partial
// where the policy gives them, by what the line or sentence does, in our own words and other domains:
// - last-updated: a short line at the document's top or bottom that is chiefly a date, opened by a word of
//   approval, revision, printing or change ("Agreed by … and read out at …, 8 April 2025", "Issue 3 — ratified by
//   … on …", "Ref. … — reprinted 09/2024", "Latest change to this notice: …"), a line that is only the operator's
//   name and a month ("… Ltd — April 2025"), and a footer's unbulleted lines under a rule; beside look-alikes:
//   the same words in a sentence about something else, a date line in the middle, a bulleted list of dates;
// - policy-changes: the change made known by where the current version is found ("the most recent edition can
//   always be read on our website", "verbindlich ist die Fassung, die Sie hier online lesen", "we will put a copy of any
//   revised leaflet on the board in the clubhouse"), a channel after the change's
//   occasion ("when our rules change and announce …"), the familiar « on » / « tu » forms in French; beside
//   look-alikes: a product's version on the website, a reservation with no word of how readers learn of it.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it); five of its rows were
// reworded after, in the same kinds, to keep them further from the development set's sentences (own words).
// `node scripts/score-rows.js . --rows=en26doc --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

const EN_TOP = '# Privacy notice of Brightwater Kayaks\n\n';
const EN_BODY = 'Brightwater Kayaks rents sea kayaks from the harbour in Oban.\n\n## What we keep\n\nWe keep your name, phone number and the size of wetsuit you need, to book your trip.\n\n## Your rights\n\nWrite to us if you want to see what we hold on you or have it put right.';
const en = (top: string, bottom: string) => `${EN_TOP}${top ? `${top}\n\n` : ''}${EN_BODY}${bottom ? `\n\n${bottom}` : ''}`;
const DE_TOP = '# Datenschutzhinweise des Ruderclubs Möwe\n\n';
const DE_BODY = 'Der Ruderclub Möwe verleiht Boote am Stadtsee in Plön.\n\n## Was wir speichern\n\nWir speichern Ihren Namen, Ihre Telefonnummer und Ihre Schwimmfähigkeit, um Ihre Ausfahrt zu planen.\n\n## Ihre Rechte\n\nSie können Auskunft über Ihre Daten verlangen und falsche Angaben berichtigen lassen.';
const de = (top: string, bottom: string) => `${DE_TOP}${top ? `${top}\n\n` : ''}${DE_BODY}${bottom ? `\n\n${bottom}` : ''}`;
const NL_TOP = '# Privacyverklaring van Volkstuinvereniging De Kool\n\n';
const NL_BODY = 'Volkstuinvereniging De Kool verhuurt tuinen aan de rand van Deventer.\n\n## Wat we bewaren\n\nWe bewaren je naam, adres en het nummer van je tuin, om de huur te regelen.\n\n## Jouw rechten\n\nJe kunt ons vragen om inzage in je gegevens of om ze te verbeteren.';
const nl = (top: string, bottom: string) => `${NL_TOP}${top ? `${top}\n\n` : ''}${NL_BODY}${bottom ? `\n\n${bottom}` : ''}`;
const FR_TOP = "# Politique de confidentialité de l'Atelier Reliure Mercier\n\n";
const FR_BODY = "L'Atelier Reliure Mercier restaure des livres anciens à Angers.\n\n## Ce que nous gardons\n\nNous gardons votre nom, votre adresse et la description de vos livres, pour établir le devis.\n\n## Vos droits\n\nVous pouvez nous demander une copie de vos données ou leur correction.";
const fr = (top: string, bottom: string) => `${FR_TOP}${top ? `${top}\n\n` : ''}${FR_BODY}${bottom ? `\n\n${bottom}` : ''}`;

export const BATCH_A: CrossRow[] = [
  // ---- 1. a dating line at the top or bottom: an approval, revision, printing or change word, then a date ----
  ['en', 'last-updated', 'present', en('', '_Agreed by the board of trustees and read out at the spring meeting, 8 April 2025._')],
  ['en', 'last-updated', 'present', en('', 'Ref. BK/DP/02 — reprinted 09/2024')],
  ['en', 'last-updated', 'present', en('', 'Latest change to this notice: 2 February 2025')],
  ['en', 'last-updated', 'present', en('**Brightwater Kayaks Ltd** · DP-02 · Issue 3 · Signed off by the operations manager, 14 March 2025', '')],
  ['en', 'last-updated', 'present', en('Edition 4 — ratified by the trustees at their quarterly meeting on 6 November 2024', '')],
  ['de', 'last-updated', 'present', de('Fassung 3 — beschlossen vom Vorstand des Fördervereins in seiner Sitzung am 4. März 2025', '')],
  ['de', 'last-updated', 'present', de('', '*Vom Vereinsausschuss genehmigt und in der Jahreshauptversammlung vorgestellt, 12. April 2025*')],
  ['nl', 'last-updated', 'present', nl('', '*Goedgekeurd bij besluit van het dagelijks bestuur van 14 januari 2025.*')],
  ['nl', 'last-updated', 'present', nl('Versie 3 — vastgesteld door de algemene ledenvergadering van de vereniging op 2 maart 2025', '')],
  ['fr', 'last-updated', 'present', fr("Version 3 — approuvée par le bureau de l'atelier lors de sa réunion du 4 mars 2025", '')],
  ['fr', 'last-updated', 'present', fr('', '_Réf. ARM-08 — imprimé 03/2025_')],
  // look-alikes: the same words in a sentence about something else, or a dating line in the middle
  ['en', 'last-updated', 'missing', en('', 'The committee approved a new sponsor for our wetsuits at the meeting on 8 April 2025.')],
  ['en', 'last-updated', 'missing', en('', 'Approved instructors renew their first-aid certificates before 30 June 2025.')],
  ['en', 'last-updated', 'missing', `${EN_TOP}${EN_BODY}\n\n## Trips\n\nEdition 4 of our trip guide — printed by the harbour office on 6 November 2024 — is free at the hut.\n\n## Contact\n\nWrite to hello@brightwater.example.`],
  ['de', 'last-updated', 'missing', de('', 'Die Kurszeiten wurden vom Vorstand genehmigt und gelten ab 3. März 2025.')],
  ['nl', 'last-updated', 'missing', nl('', 'Het bestuur heeft de nieuwe tuinregels goedgekeurd; het voorjaarsfeest is op 12 april 2025.')],
  ['fr', 'last-updated', 'missing', fr('', "Le bureau a approuvé le nouveau tarif des reliures, et l'atelier rouvre le 6 septembre 2025.")],
  // ---- 2. the operator's name and a date as the last line ----
  ['en', 'last-updated', 'present', en('', 'Brightwater Kayak Hire Ltd — April 2025')],
  ['fr', 'last-updated', 'present', fr('', '*Atelier Reliure Mercier SARL — mars 2025*')],
  ['nl', 'last-updated', 'present', nl('', '_Volkstuinvereniging De Kool — oktober 2024_')],
  ['de', 'last-updated', 'present', de('', '*Ruderclub Möwe Plön e. V. — Juni 2025*')],
  // look-alikes: an event and its date as the last line
  ['en', 'last-updated', 'missing', en('', 'Next open day — 14 June 2025')],
  ['fr', 'last-updated', 'missing', fr('', 'Prochaine journée portes ouvertes — 12 juin 2025')],
  ['de', 'last-updated', 'missing', de('', 'Nächste Mitgliederversammlung — 12. Juni 2025')],
  // ---- 3. a footer's unbulleted lines under a rule, the date on the last ----
  ['en', 'last-updated', 'present', en('', '——\nBrightwater Kayak Hire Ltd · 3 Quay Street, Oban PA34 4LA\nCompany no. 0123456 · hello@brightwater.example\nIssue 3 — 02.04.2025')],
  ['de', 'last-updated', 'present', de('', '——\nRuderclub Möwe e. V. · Seestraße 4, 24306 Plön\nVereinsregister VR 1234 · info@moewe.example\nFassung 2 — 01.03.2025')],
  // look-alike: a bulleted list of course dates at the end
  ['en', 'last-updated', 'missing', en('', 'Taster sessions this spring:\n\n- 3 May 2025\n- 10 May 2025')],

  // ---- 4. policy-changes: the current version found where readers look ----
  ['en', 'policy-changes', 'present', 'We may revise this notice. The most recent edition can always be read on our website.'],
  ['en', 'policy-changes', 'present', 'We look at this notice every spring and whenever the law changes; whatever copy sits online is the one in force.'],
  ['en', 'policy-changes', 'present', 'We will put a copy of any revised leaflet on the board in the clubhouse and give one to each team captain.'],
  ['en', 'policy-changes', 'present', 'We may change these terms from time to time; the up-to-date version can always be found on our website.'],
  ['de', 'policy-changes', 'present', 'Ändern sich unsere Abläufe, überarbeiten wir diese Erklärung. Verbindlich ist stets die Fassung, die Sie hier online lesen.'],
  ['nl', 'policy-changes', 'present', 'Deze verklaring kan worden aangepast. De meest recente versie staat altijd op onze website.'],
  ['fr', 'policy-changes', 'present', 'Cette politique peut évoluer. La version la plus récente est toujours sur notre site.'],
  // look-alikes: a version of something else on the website, a reservation alone
  ['en', 'policy-changes', 'partial', 'We may revise this notice. The most recent version of our booking app is always on our website.'],
  ['en', 'policy-changes', 'partial', 'We may update this notice from time to time.'],
  ['en', 'policy-changes', 'missing', 'The most recent timetable is always on our website.'],
  ['de', 'policy-changes', 'partial', 'Wir behalten uns vor, diese Erklärung zu ändern. Die neueste Version unserer App steht im App Store.'],
  // ---- 5. a channel after the change's occasion, in a coordinated clause ----
  ['en', 'policy-changes', 'present', 'We will revise this notice whenever our procedures are altered and publish each new edition on the staff intranet.'],
  ['en', 'policy-changes', 'present', 'We will update this statement if the law changes and announce the new version in the members’ newsletter.'],
  // look-alike: the channel is part of the occasion
  ['en', 'policy-changes', 'partial', 'We may update this notice if we start taking bookings by email.'],
  // ---- 6. French familiar and « on » forms ----
  ['fr', 'policy-changes', 'present', "On actualisera ce guide, puis on t'enverra un SMS pour te le dire."],
  ['fr', 'policy-changes', 'present', 'Si cette politique change, on te préviendra par une notification.'],
  ['fr', 'policy-changes', 'present', "On modifiera peut-être ce texte un jour ; on t'enverra alors un mail."],
  // look-alike: a message about something else
  ['fr', 'policy-changes', 'missing', 'On te prévient par SMS quand ta commande est prête.'],
];

export const LABEL = 'session 26 doc: last-updated and policy-changes';

export const KNOWN: Record<string, string> = {
  [de('', '*Ruderclub Möwe Plön e. V. — Juni 2025*')]:
    'the name-and-date line asks for a legal form in German (nouns are capitalised: "Nächste Mitgliederversammlung — 12. Juni 2025" must stay none), and "e. V." with a space is not among the legal forms (only "e.V.")',
  'We look at this notice every spring and whenever the law changes; whatever copy sits online is the one in force.':
    'a review ("we look at this notice every spring") is no change of the notice the cues read, so nothing states the item for the notice element to complete (the same sentence under a heading about changes is read)',
  'We may change these terms from time to time; the up-to-date version can always be found on our website.':
    '"these terms" is no name of the notice in English (this-notice): in a privacy policy it may be the terms of service',
};
