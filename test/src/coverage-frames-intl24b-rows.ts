// Issue 13, session 24 (helper notice): held-out rows for the kinds unseen policies still got wrong in
// policy-changes, last-updated, children and the rights of access, rectification, erasure and portability:
// - a change of the policy said with the document's other names or other change verbs ("cette note peut
//   évoluer", "faire évoluer la présente politique", "deze regeling kan veranderen", "this page may be
//   revised"), and a material change announced by a notice verb the cues did not list ("we'll show a
//   notice", "vous sera notifiée", "wird Ihnen angezeigt");
// - a version mark and a validity date on one line of fields ("Version 3 · valid from 1 March 2025");
// - a minimum age with any verb ("you must be at least 18 to book", "only people over 16 may join");
// - the number or ages of children in a household kept as a data category: no statement about children;
// - a right named as a right, exercised through a self-service step ("you have the right to take your
//   data with you: Settings > Export"): the right is given;
// - corrections that users make to each other's work or messages: no right to rectification;
// - "if something is wrong, we put it right" said of the reader's data: the right to rectification.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=intl24b --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. policy-changes: the document's other names, other change verbs ----
  ['fr', 'policy-changes', 'present', 'Cette note peut évoluer ; la version à jour est toujours publiée sur notre site.'],
  ['fr', 'policy-changes', 'present', "L'association peut faire évoluer le présent document. Toute évolution importante vous sera signalée par courriel."],
  ['fr', 'policy-changes', 'present', 'Nous pouvons être amenés à adapter cette notice ; vous en serez informé par un message dans votre espace client.'],
  ['fr', 'policy-changes', 'present', 'Toute modification substantielle vous sera notifiée par courrier.'],
  ['fr', 'policy-changes', 'partial', "La présente charte est susceptible d'évoluer."],
  ['fr', 'policy-changes', 'partial', 'Ces informations peuvent changer avec le temps.'],
  ['fr', 'policy-changes', 'notpresent', 'Nos horaires peuvent évoluer pendant les vacances scolaires.'],
  ['fr', 'policy-changes', 'notpresent', "Le prix de l'abonnement peut évoluer chaque année ; nous vous en informerons par courriel."],
  ['de', 'policy-changes', 'present', 'Diese Hinweise können sich ändern. Die jeweils aktuelle Fassung finden Sie auf unserer Website.'],
  ['de', 'policy-changes', 'present', 'Wesentliche Änderungen werden Ihnen beim nächsten Login in der App angezeigt.'],
  ['de', 'policy-changes', 'partial', 'Wir behalten uns vor, dieses Informationsblatt bei Bedarf zu überarbeiten.'],
  ['de', 'policy-changes', 'notpresent', 'Unsere Öffnungszeiten können sich in den Ferien ändern; wir informieren Sie per Aushang.'],
  ['nl', 'policy-changes', 'present', 'Deze regeling kan veranderen. De nieuwste versie staat altijd op onze website.'],
  ['nl', 'policy-changes', 'present', 'Belangrijke wijzigingen krijgt u vooraf per brief van ons te horen.'],
  ['nl', 'policy-changes', 'partial', 'Wij kunnen deze tekst van tijd tot tijd herzien.'],
  ['nl', 'policy-changes', 'notpresent', 'Onze tarieven kunnen jaarlijks veranderen; u hoort dat per brief.'],
  ['en', 'policy-changes', 'present', 'If we make a big change, we will show a banner in the app before it applies.'],
  ['en', 'policy-changes', 'present', 'This page may be revised now and then; the newest version always sits here, with its date at the top.'],
  ['en', 'policy-changes', 'present', '# Gull Street Bakery – privacy questions\n\nHello from the bakery. These are the questions customers ask us about their details.\n\n**Who runs the bakery?**\nGull Street Bakery Ltd, 4 Harbour Row, Whitby. Write to hello@gullstreet.example.\n\n**Will these answers change?**\nPossibly. We will put a note on the shop counter and on this page whenever they do.'],
  ['en', 'policy-changes', 'notpresent', 'If we make a big change to our opening hours, we will show a banner on the website.'],
  // ---- 2. last-updated: a version mark and a validity date on one line of fields ----
  ['de', 'last-updated', 'present', '# Datenschutzhinweise der Stadtbücherei Lindenau\n\n**Stadtbücherei Lindenau – Datenschutzhinweise für Leserinnen und Leser**\nFassung 2 · gültig ab 15.03.2025\n\nWir verarbeiten Ihre Daten, um Ihren Leseausweis zu führen.'],
  ['de', 'last-updated', 'present', 'Version 4.1 | in Kraft seit 1. Juli 2024'],
  ['en', 'last-updated', 'present', '# Fenwick Cycles – privacy notice\n\n**Fenwick Cycles – privacy notice for the hire scheme**\nVersion 3 · valid from 1 March 2025\n\nWe use your details to run your hire account.'],
  ['en', 'last-updated', 'present', 'Edition 2 | in force from 4 August 2024'],
  ['nl', 'last-updated', 'present', 'Versie 2.0 · geldig vanaf 1 april 2025'],
  ['fr', 'last-updated', 'present', 'Version 5 · applicable à partir du 2 mai 2025'],
  ['de', 'last-updated', 'notpresent', 'Unsere Preise sind gültig ab 01.02.2025 und gelten für alle Kurse.'],
  ['en', 'last-updated', 'notpresent', 'Season tickets are valid from 1 March 2025 until the end of the season.'],
  // ---- 3. children: a minimum age with any verb ----
  ['en', 'children', 'present', 'You must be at least 18 to book a room with us.'],
  ['en', 'children', 'present', 'Only people over 16 may join the choir online.'],
  ['en', 'children', 'present', 'To open a savings pot you need to be 18 or over.'],
  ['en', 'children', 'present', 'Players must be at least 13 years old to chat in the forum.'],
  ['en', 'children', 'notpresent', 'Your password must be at least 12 characters long.'],
  ['en', 'children', 'notpresent', 'We will tell you at least 30 days before we close your account.'],
  ['de', 'children', 'present', 'Ein Konto eröffnen darf nur, wer mindestens 16 Jahre alt ist.'],
  ['de', 'children', 'notpresent', 'Ihr Passwort muss mindestens 10 Zeichen lang sein.'],
  ['nl', 'children', 'present', 'U moet minstens 18 jaar zijn om een afspraak te boeken.'],
  ['fr', 'children', 'present', 'Il faut avoir au moins 15 ans pour créer un compte.'],
  // ---- 4. children: the number or ages of children in a household, a data category ----
  ['nl', 'children', 'notpresent', '- het aantal kinderen in uw gezin'],
  ['nl', 'children', 'notpresent', 'Wij vragen hoeveel volwassenen en kinderen er bij u in huis wonen en wat uw inkomen is.'],
  ['de', 'children', 'notpresent', 'Wir erfassen, wie viele Kinder in Ihrem Haushalt leben, um die Höhe der Hilfe zu berechnen.'],
  ['fr', 'children', 'notpresent', "Nous demandons le nombre d'enfants à charge dans votre foyer pour calculer votre cotisation."],
  ['en', 'children', 'notpresent', '- how many adults and children live in your home'],
  ['en', 'children', 'notpresent', 'We ask for the number of children in your household to work out your rent support.'],
  // look-alikes: children's data or a parent's part stays the item
  ['nl', 'children', 'present', 'Voor kinderen onder de 16 vult een ouder het formulier in.'],
  ['en', 'children', 'present', 'We record how many children you have; a parent must sign for any child under 16 who joins.'],
  // ---- 5. a right named as a right, exercised by a self-service step ----
  ['en', 'right-portability', 'present', 'You have the right to take your data with you: the Export button under Settings gives you a file of it.'],
  ['en', 'right-access', 'present', 'You are entitled to see the data we hold on you, and your dashboard shows all of it.'],
  ['en', 'right-erasure', 'present', 'You are entitled to get your records erased; the Delete account button in Settings does it at once.'],
  ['en', 'right-portability', 'partial', 'You can download your data as a file from the Settings page.'],
  ['en', 'right-erasure', 'partial', 'You can delete your account in the app under Settings.'],
  ['de', 'right-portability', 'present', 'Sie haben das Recht, Ihre Daten mitzunehmen: Unter Einstellungen > Export erhalten Sie eine Datei.'],
  ['de', 'right-portability', 'partial', 'Unter Einstellungen können Sie Ihre Daten als Datei herunterladen.'],
  ['nl', 'right-portability', 'present', 'U heeft het recht om uw gegevens mee te nemen: via Instellingen > Exporteren krijgt u een bestand.'],
  ['fr', 'right-portability', 'present', 'Vous avez le droit de récupérer vos données : le bouton Exporter de vos paramètres vous en donne un fichier.'],
  ['fr', 'right-portability', 'partial', 'Dans les paramètres de votre compte, vous pouvez télécharger vos données.'],
  // ---- 6. corrections users make to each other: no right to rectification ----
  ['en', 'right-rectification', 'notpresent', '- **Lessons:** your recordings and the corrections your tutor adds to them.'],
  ['en', 'right-rectification', 'notpresent', 'We keep the chats between members, including the corrections they suggest to each other.'],
  ['en', 'right-rectification', 'notpresent', 'Peer reviewers see your essay and the corrections other students leave on it.'],
  ['en', 'right-rectification', 'present', 'You can ask us to correct anything we hold about you that is wrong.'],
  ['en', 'right-rectification', 'present', 'If your details are wrong, tell us and we will correct them.'],
  ['de', 'right-rectification', 'notpresent', 'Gespeichert werden Ihre Texte und die Korrekturen, die andere Lernende daran vornehmen.'],
  ['fr', 'right-rectification', 'notpresent', 'Nous conservons vos exercices et les corrections que les autres membres vous proposent.'],
  // ---- 7. "if something is wrong, we put it right" said of the reader's data ----
  ['nl', 'right-rectification', 'present', 'Klopt er iets niet in uw gegevens, dan verbeteren wij het.'],
  ['nl', 'right-rectification', 'present', 'Staat er iets verkeerd in uw dossier? Dan passen wij het voor u aan.'],
  ['nl', 'right-rectification', 'notpresent', 'Klopt er iets niet met uw bestelling, dan passen wij die kosteloos aan.'],
  ['de', 'right-rectification', 'present', 'Stimmt etwas an Ihren Angaben nicht, korrigieren wir es.'],
  ['de', 'right-rectification', 'notpresent', 'Stimmt etwas mit Ihrer Lieferung nicht, tauschen wir die Ware um.'],
  ['fr', 'right-rectification', 'present', "Si une information vous concernant est fausse, nous la corrigeons."],
  ['fr', 'right-rectification', 'notpresent', 'Si votre commande est incomplète, nous la complétons sans frais.'],
  ['en', 'right-rectification', 'present', 'If something we hold about you is wrong, we will put it right.'],
  ['en', 'right-rectification', 'notpresent', 'If something is wrong with your order, we will put it right.'],
];

// Written after the engine change (a question set in bold at its paragraph's head read as a question
// heading over its answer), for the same kind in other items: main gets the first row wrong (missing).
const FAQ = '# Questions at the Corner Bakery\n\nHello from the counter.\n\n**Who runs the bakery?**\nCorner Bakery Ltd, 2 Mill Lane, Alnwick. Write to hello@cornerbakery.example.\n\n';
export const BATCH_B: CrossRow[] = [
  ['en', 'right-erasure', 'present', `${FAQ}**Can I ask you to delete my details?**\nYes. Write to hello@cornerbakery.example and we will do it within a month.`],
  ['en', 'right-erasure', 'notpresent', `${FAQ}**Can I order a cake online?**\nYes, through the shop page.`],
  ['en', 'policy-changes', 'notpresent', `${FAQ}**Will these answers change?**\nNo. They stay as they are.`],
  ['en', 'retention', 'present', `${FAQ}**How long do you keep my order?**\nUntil the cake is collected, then six months for our books.`],
];

export const LABEL = 'frames round 24 (notice)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch a: main (31f8305) got 31 of 72 wrong; this branch gets this one.
  'Ces informations peuvent changer avec le temps.':
    'round 24, batch a: left as it is: "ces informations" is as often the reader\'s data ("si ces informations changent, prévenez-nous") as the notice, so the concept this-notice leaves it out',
};
