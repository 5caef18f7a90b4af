// Issue 13, session 25 (review of the merged data changes): look-alikes of the session's new cues, sentences
// from other domains and languages that share a new cue's words but do not give the item (the conventions'
// "not" cases): a measuring, fitness or parcel-tracking tool in an app is no tracker; a TLS certificate or a
// software licence is no document of the reader's; money or a parcel withdrawn or taken back is no consent
// withdrawn; a dashboard "overview" or "summary" updated is no change of the notice; a page the reader is asked
// to look at for other news, or the writer's own check, is no notice of a change; the reader asking for a skip
// or a car tracker to be removed is no erasure; the reader's own "Can I use it to …?" is no purpose; an EU
// representative (Art. 27) is no DPO; vehicles received or claims handled are no data category; a transfer
// "not without safeguards" is no absence of transfers; gym hours are no security measure.
// Written in our own words. BATCH_A was written BEFORE this review's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=rev25d --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const LABEL = 'frames rev25d (review of session 25 data cues)';

export const BATCH_A: CrossRow[] = [
  // ---- cookies: a tool in the app that measures or tracks something else ----
  ['en', 'cookies', 'notpresent', 'The app includes measurement tools for sketching floor plans and room sizes.'],
  ['en', 'cookies', 'notpresent', 'Our app has habit tracking tools that remind you to drink water.'],
  ['en', 'cookies', 'notpresent', 'The application contains analytics tools that show shop owners their weekly sales.'],
  ['nl', 'cookies', 'notpresent', 'De app heeft een meettool waarmee je de oppervlakte van je tuin berekent.'],
  ['nl', 'cookies', 'notpresent', 'De app bevat een statistiekmodule met je hardlooptijden per week.'],
  ['de', 'cookies', 'notpresent', 'Die App enthält ein Statistikmodul, mit dem Sie Ihre Haushaltsausgaben auswerten.'],
  ['fr', 'cookies', 'notpresent', 'L’application intègre un outil de mesure des distances pour vos randonnées.'],
  ['fr', 'cookies', 'notpresent', 'L’appli comprend un module de suivi de vos colis en temps réel.'],
  ['fr', 'cookies', 'notpresent', 'L’application contient un outil d’analyse de vos dépenses mensuelles.'],
  // look-alikes the other way: a kit that measures the reader's use is a tracker
  ['en', 'cookies', 'present', 'The app includes an analytics kit that counts which screens you open; you can switch it off in Settings.'],
  // ---- statutory-contractual: a certificate or licence of a machine, an inability ----
  ['en', 'statutory-contractual', 'notpresent', 'Without a valid TLS certificate, a secure connection cannot be established.'],
  ['en', 'statutory-contractual', 'notpresent', 'Without a licence key, the desktop software cannot be activated.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Zonder geldig certificaat kan de beveiligde verbinding niet worden opgezet.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Sans certificat valide, la connexion sécurisée ne peut pas être établie.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Kun je je scherm niet delen, dan kunnen we het probleem niet op afstand bekijken.'],
  ['en', 'statutory-contractual', 'notpresent', 'Should you prefer not to show up in person, we can hold the interview by video.'],
  ['en', 'statutory-contractual', 'notpresent', 'If you would rather not present your project to the whole group, tell your tutor.'],
  // ---- withdraw-consent: money or a permit taken back, a parcel taken back ----
  ['en', 'withdraw-consent', 'notpresent', 'With your permission, we pay your refund into a savings account. You can withdraw it whenever you like.'],
  ['en', 'withdraw-consent', 'notpresent', 'We ask for your consent before leaving a parcel with a neighbour. It can be taken back to the depot if nobody answers.'],
  ['en', 'withdraw-consent', 'notpresent', 'Parking permits are issued with the landlord’s permission. They can be revoked if you park in a disabled bay.'],
  // ---- policy-changes: a dashboard updated, other pages to look at, the writer's own checks ----
  ['en', 'policy-changes', 'notpresent', 'The app will update this overview every night with your latest runs.'],
  ['en', 'policy-changes', 'notpresent', 'We will update this summary of your spending at the start of each month.'],
  ['en', 'policy-changes', 'partial', 'We may change this notice. Come back to our website often for new recipes.'],
  ['en', 'policy-changes', 'partial', 'We may update this notice. Match results are pinned on the noticeboard every Sunday.'],
  ['en', 'policy-changes', 'partial', 'We may amend this notice. Where a printed menu differs, the version on our website applies.'],
  ['fr', 'policy-changes', 'partial', 'Nous pouvons modifier cette notice, car la liste de nos partenaires change souvent.'],
  ['fr', 'policy-changes', 'partial', 'Nous pouvons modifier cette notice. Nous vérifions régulièrement nos sauvegardes.'],
  ['fr', 'policy-changes', 'partial', 'Nous pouvons modifier cette notice. Les horaires sont affichés à l’accueil.'],
  ['fr', 'policy-changes', 'partial', 'Nous pouvons modifier cette notice. Pour les tarifs, la version applicable est celle affichée sur notre site.'],
  ['nl', 'policy-changes', 'partial', 'We kunnen deze tekst aanpassen. Lees ook eens onze tips voor veilige wachtwoorden.'],
  ['nl', 'policy-changes', 'partial', 'We kunnen deze verklaring aanpassen. Voor de openingstijden geldt steeds de versie op onze website.'],
  ['de', 'policy-changes', 'partial', 'Wir können diese Hinweise ändern. Schauen Sie gern regelmäßig in unseren Veranstaltungskalender.'],
  ['de', 'policy-changes', 'partial', 'Wir können diese Hinweise ändern. Die Trainingszeiten hängen am schwarzen Brett aus.'],
  ['de', 'policy-changes', 'partial', 'Wir können diese Hinweise ändern. Bei Abweichungen in gedruckten Preislisten gilt die Fassung auf unserer Website.'],
  // ---- the rights: things removed that are not the reader's data, papers on view ----
  ['en', 'right-erasure', 'notpresent', 'You can request a skip through the app, then have it removed once it is full.'],
  ['en', 'right-erasure', 'notpresent', 'Ask the installer to fit the tracker box and have it removed at the end of your lease.'],
  ['de', 'right-erasure', 'notpresent', 'Bitte fragen Sie den Hausmeister, bevor Sie alte Möbel entfernen lassen.'],
  ['nl', 'right-erasure', 'notpresent', 'Wil je dat we de oude keuken verwijderen? Dat kost een vast bedrag.'],
  ['de', 'right-access', 'notpresent', 'Die Unterlagen zur Ausschreibung können Sie im Büro einsehen.'],
  ['de', 'right-access', 'notpresent', 'Die Dokumente zur Mitgliederversammlung können Sie vorab online ansehen.'],
  ['fr', 'right-access', 'notpresent', 'Vous pouvez demander à voir le dossier technique du véhicule avant l’achat.'],
  ['fr', 'right-access', 'notpresent', 'Vous pouvez demander à voir les informations sur les horaires à l’accueil.'],
  ['nl', 'right-access', 'partial', 'Via de app kun je je gegevens bekijken en wijzigen. Je mag ook vragen om een papieren ledenpas.'],
  ['en', 'right-objection', 'present', 'Members may object to the disclosure of their details to any third party, and to any other use of them that rests on our legitimate interests.'],
  // ---- purposes: the reader's own question ----
  ['en', 'purposes', 'notpresent', '**Can I use it to share photos with my family?**'],
  ['en', 'purposes', 'notpresent', 'Can I use this to plan lessons for my class?'],
  // ---- dpo-contact: an EU representative, a support contact ----
  ['en', 'dpo-contact', 'notpresent', 'Because we are based in Canada, we have appointed Brightline Ltd as our data protection representative in the EU; you can reach them at eu@brightline.example.'],
  ['fr', 'dpo-contact', 'notpresent', 'Pour toute question sur la livraison ou vos données de commande, nous avons désigné un interlocuteur unique : le service client (contact@exemple.fr).'],
  // ---- data-categories: vehicles, claims, stock photos ----
  ['fr', 'data-categories', 'notpresent', 'Nous recevons les véhicules uniquement sur rendez-vous, du lundi au vendredi.'],
  ['fr', 'data-categories', 'notpresent', 'Nous traitons les sinistres dans un délai de trente jours après leur déclaration.'],
  ['fr', 'data-categories', 'notpresent', 'Nous utilisons des photos libres de droits pour illustrer nos articles.'],
  ['fr', 'data-categories', 'notpresent', '## Données traitées\n\nLe secrétariat agit au nom de l’association.'],
  // ---- international-transfers: not without safeguards, not always avoidable ----
  ['fr', 'international-transfers', 'partial', 'Aucun transfert n’est réalisé sans garanties appropriées vers des pays situés hors de l’Union européenne.'],
  ['fr', 'international-transfers', 'partial', 'Aucun transfert à l’étranger n’a lieu sans votre accord préalable.'],
  ['de', 'international-transfers', 'partial', 'Eine Übermittlung in Drittländer ist nicht immer zu vermeiden, etwa wenn Sie Kartendienste nutzen.'],
  ['de', 'international-transfers', 'partial', 'Eine Übertragung ins Ausland ist nicht ohne Ihre Einwilligung zulässig.'],
  // ---- legitimate-interests: no interest named ----
  ['en', 'legitimate-interests', 'partial', 'Depending on the activity, we rely on our legitimate interests or your consent, to the extent the law allows.'],
  ['de', 'legitimate-interests', 'partial', 'Wir verarbeiten Ihre Daten auf Grundlage unseres berechtigten Interesses, insbesondere im Rahmen von Art. 6 Abs. 1 lit. f DSGVO.'],
  // ---- security: access to a place, not to data ----
  ['de', 'security', 'notpresent', 'Mitglieder haben nur mit ihrer Chipkarte Zugang zum Fitnessraum.'],
  ['de', 'security', 'notpresent', 'Kinder erhalten nur in Begleitung eines Erwachsenen Zugang zum Schwimmbad.'],
  // ---- automated-decision-making: a real automated refusal that also sorts ----
  ['en', 'automated-decision-making', 'present', 'Our screening software sorts incoming job applications and automatically rejects candidates who lack the required licence.'],
  // ---- data-source: a pool car's number, an app store as a shop ----
  ['en', 'data-source', 'notpresent', 'The leasing company provides us with the registration number of each pool car.'],
  ['en', 'data-source', 'notpresent', 'Our app is available on Google Play and the App Store.'],
];

// Written AFTER the review's changes: further look-alikes and statements beside the narrowed cues.
export const BATCH_B: CrossRow[] = [
  ['en', 'withdraw-consent', 'present', 'You can withdraw your consent to receive our offers at any time, simply by email to hello@quillfeather.example.'],
  ['en', 'withdraw-consent', 'present', 'If you agreed to get reminders by text, that consent may be withdrawn whenever you like by emailing us.'],
  ['nl', 'right-objection', 'present', 'U kunt altijd bezwaar maken tegen de verwerking van uw gegevens, ook als u eerder geen bezwaar had.'],
  ['en', 'data-source', 'notpresent', 'When the season ends, the league office sends us an invoice for the pitch hire.'],
  ['en', 'purposes', 'present', 'When you book a fitting, I use these measurements to cut the cloth.'],
  ['en', 'right-erasure', 'present', 'You can ask what we hold about you and have it deleted.'],
  ['de', 'security', 'present', 'Auf das Mitgliederverzeichnis haben nur der Vorstand und die Kassenwartin Zugriff.'],
  ['fr', 'data-categories', 'present', 'Nous traitons les véhicules de nos clients et les sinistres déclarés par nos assurés.'],
  ['fr', 'policy-changes', 'present', 'Cette notice peut changer. Consultez-la de temps en temps sur notre site.'],
  ['nl', 'policy-changes', 'present', 'Deze uitleg kan veranderen. Kijk dus af en toe op onze website.'],
];

// Wrong before session 25 too (fd39fe5 gives the same answers): left for a later round.
export const KNOWN: Record<string, string> = {
  "With your permission, we pay your refund into a savings account. You can withdraw it whenever you like.": "raised by the model (session 38): the sentence scores at or above its τ on the item's words, though it is about something else",
  'When you book a fitting, I use these measurements to cut the cloth.':
    'rev25d, batch b: session 25\'s "I use these <noun> to …" knows only details/data/information/records/notes/answers/particulars (same on main)',
  'Nous pouvons modifier cette notice. Pour les tarifs, la version applicable est celle affichée sur notre site.':
    'rev25d: the older « affichée sur notre site » notice cue reads a version of something else (prices) as the notice',
  'Die Unterlagen zur Ausschreibung können Sie im Büro einsehen.':
    'rev25d: an older access cue reads papers of a tender on view as the right of access',
  'Aucun transfert à l’étranger n’a lieu sans votre accord préalable.':
    'rev25d: a transfer made only with consent, no safeguard, is not read as a transfer at all (missing, not partial)',
  'Eine Übertragung ins Ausland ist nicht ohne Ihre Einwilligung zulässig.':
    'rev25d: a transfer made only with consent, no safeguard, is not read as a transfer at all (missing, not partial)',
};
