// Issue 13, session 30 (helper s30-facts): held-out rows for the fact items a fresh round's writers gave
// and the checker reported missing, by KIND of sentence, in all four languages where the kind exists:
// - statutory-contractual said as a CONSEQUENCE of not giving data: the data referred to by a pronoun
//   ("without it", „ohne sie“, "zonder …", « sans … ») and then an inability; a person of a role "who
//   declines to provide it cannot …"; giving it "a condition of" something; what needs no data at all
//   ("you can browse the shop without registering"); look-alikes: refusing cookies, "we disclose data when
//   required by law", a key or password without which nothing can be read, a fee not paid;
// - data-source: a THIRD PARTY as the one who sends, passes or tells us the reader's data, the data named
//   by a pronoun or in the sentence before; what we obtain from an organisation in the passive; a wearable
//   the reader pairs; look-alikes: the reader gives it ("you give it to us"), a third party that RECEIVES
//   data from us;
// - automated-decision-making: a clear negative with a law reference inside it; a question answered "No";
// - lawful-basis: consent in plain words as the condition ("only with your OK", "if you say yes");
// - purposes: a purpose named as the subject of a basis sentence ("Processing your claims is necessary
//   for our contract").
// Written in our own words. BATCH_A was written BEFORE this session's changes.
// `node scripts/score-rows.js . --rows=en30facts --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. statutory-contractual: a consequence of not giving the data ----
  ['en', 'statutory-contractual', 'present', 'Our instructors need your shoe size and weight to fit the skis. We cannot hire out equipment without them.'],
  ['en', 'statutory-contractual', 'present', 'We ask for your passport number when you book the ferry. You will not be able to board without it.'],
  ['en', 'statutory-contractual', 'present', 'Your vehicle registration is needed for the permit. We can\'t issue a permit without it.'],
  ['en', 'statutory-contractual', 'present', 'A volunteer who declines to provide a reference cannot be placed with a family.'],
  ['en', 'statutory-contractual', 'present', 'A borrower who does not provide proof of address cannot be issued a library card.'],
  ['en', 'statutory-contractual', 'present', 'Any exhibitor who refuses to give us their insurance details cannot be allocated a stand.'],
  ['en', 'statutory-contractual', 'present', 'The supply of the details listed in section 3 is a condition of membership of the allotment society.'],
  ['en', 'statutory-contractual', 'present', 'Giving us the details in section 4 is a condition of entry to the race.'],
  ['en', 'statutory-contractual', 'present', 'The insurer requires this form before we can arrange cover, so we cannot place your policy without it.'],
  ['en', 'statutory-contractual', 'present', 'You can browse the whole catalogue without registering.'],
  ['en', 'statutory-contractual', 'present', 'You can listen to every episode without creating an account.'],
  // look-alikes
  ['en', 'statutory-contractual', 'missing', 'If you turn cookies off, some pages may not load properly.'],
  ['en', 'statutory-contractual', 'missing', 'We disclose your data to the police when the law requires it.'],
  ['en', 'statutory-contractual', 'missing', 'Keep your recovery key safe. We cannot open your vault without it.'],
  ['en', 'statutory-contractual', 'missing', 'A member who does not pay the annual fee cannot book the courts.'],
  ['en', 'statutory-contractual', 'missing', 'The lift needs a key card. You cannot reach the fourth floor without it.'],
  ['de', 'statutory-contractual', 'present', 'Für die Anmeldung brauchen wir Ihr Geburtsdatum und Ihre Adresse. Ohne sie können wir Ihr Kind nicht aufnehmen.'],
  ['de', 'statutory-contractual', 'present', 'Ihre Kontodaten benötigen wir für die Lastschrift. Ohne diese Angaben können wir den Vertrag nicht abschließen.'],
  ['de', 'statutory-contractual', 'present', 'Ohne eine Kopie Ihres Ausweises können wir das Konto nicht eröffnen.'],
  ['de', 'statutory-contractual', 'missing', 'Ohne Schlüssel können wir die Wohnung nicht betreten.'],
  ['de', 'statutory-contractual', 'missing', 'Ohne Cookies funktioniert der Warenkorb nicht.'],
  ['nl', 'statutory-contractual', 'present', 'Zonder een kopie van uw paspoort kunnen wij de huurovereenkomst niet opstellen.'],
  ['nl', 'statutory-contractual', 'present', 'We hebben je geboortedatum nodig voor de verzekering. Zonder die gegevens kunnen we je niet inschrijven.'],
  ['nl', 'statutory-contractual', 'present', 'Zonder uw bankrekeningnummer kunnen wij de premie niet innen.'],
  ['nl', 'statutory-contractual', 'missing', 'Zonder sleutel kunnen wij de meterkast niet openen.'],
  ['nl', 'statutory-contractual', 'missing', 'Zonder cookies werkt de winkelwagen niet.'],
  ['fr', 'statutory-contractual', 'present', 'Sans ces informations, nous ne pouvons pas inscrire votre enfant au centre de loisirs.'],
  ['fr', 'statutory-contractual', 'present', 'Sans votre numéro de sécurité sociale, nous ne pouvons pas établir la feuille de soins.'],
  ['fr', 'statutory-contractual', 'missing', 'Sans la clé, nous ne pouvons pas relever le compteur.'],
  ['fr', 'statutory-contractual', 'missing', 'Si vous refusez les cookies, certaines vidéos ne s\'afficheront pas.'],

  // ---- 2. data-source: a third party that sends, passes or tells us the reader's data ----
  ['en', 'data-source', 'present', 'We hold your name, address and case history. If a social worker put you in touch with us, they passed on some of this.'],
  ['en', 'data-source', 'present', 'Your results are recorded in your file. The examining board sends them to us after each sitting.'],
  ['en', 'data-source', 'present', 'Your club secretary gave us some of these details when you were entered for the league.'],
  ['en', 'data-source', 'present', 'Your referee forwarded most of it to us with your application.'],
  ['en', 'data-source', 'present', 'Your ratings are the reviews that other guests leave about you after a stay.'],
  ['en', 'data-source', 'present', 'If you pair a heart-rate strap, we also get your pulse readings from the strap.'],
  // look-alikes: the reader is the source, or the third party receives
  ['en', 'data-source', 'missing', 'We hold your name and address. You gave us this when you signed up.'],
  ['en', 'data-source', 'missing', 'We pass some of this to your insurer when you make a claim.'],
  ['en', 'data-source', 'missing', 'Our courier receives your address from us so that it can deliver the parcel.'],
  ['de', 'data-source', 'present', 'Woher kommen Ihre Prüfungsnoten? Die übermittelt uns die Handwerkskammer nach jeder Prüfung.'],
  ['de', 'data-source', 'present', 'Ihre Laborwerte teilt uns das Labor direkt mit.'],
  ['de', 'data-source', 'present', 'Ihr Einkommen erfahren wir mit Ihrer Zustimmung direkt vom Finanzamt.'],
  ['de', 'data-source', 'missing', 'Ihre Adresse teilen wir dem Paketdienst mit.'],
  ['de', 'data-source', 'missing', 'Die Angaben geben Sie uns bei der Anmeldung.'],
  ['nl', 'data-source', 'present', 'Gegevens van de huisarts of het ziekenhuis ontvangen wij alleen met uw toestemming.'],
  ['nl', 'data-source', 'present', 'Uitslagen van het laboratorium krijgen wij rechtstreeks.'],
  ['nl', 'data-source', 'present', 'als je dat koppelt: je stappen en slaap uit je smartwatch;'],
  ['nl', 'data-source', 'missing', 'Gegevens van u ontvangen wij via het aanmeldformulier.'],
  ['nl', 'data-source', 'missing', 'Wij sturen uw gegevens naar de huisarts als u dat wilt.'],
  ['fr', 'data-source', 'present', 'Le montant de vos revenus est obtenu, avec votre accord, directement auprès de l\'administration fiscale.'],
  ['fr', 'data-source', 'present', 'Vos résultats d\'examen nous sont communiqués par le centre d\'examen.'],
  ['fr', 'data-source', 'present', 'Nous traitons votre profil ainsi que les commentaires que les autres clients publient à votre sujet.'],
  ['fr', 'data-source', 'missing', 'Votre adresse est communiquée au transporteur pour la livraison.'],
  ['fr', 'data-source', 'missing', 'Nous traitons les informations que vous nous communiquez lors de l\'inscription.'],

  // ---- 3. automated-decision-making: a clear negative, a question answered No ----
  ['en', 'automated-decision-making', 'present', 'No decision based solely on automated processing, in the sense of Article 22 GDPR, is made about you.'],
  ['en', 'automated-decision-making', 'present', 'No decision producing legal effects, as described in Article 22 of the UK GDPR, is taken by automated means alone.'],
  ['en', 'automated-decision-making', 'present', '**Does a computer decide whether I get a place?** No. A member of staff reads every application.'],
  ['en', 'automated-decision-making', 'present', '**Do you make automated decisions about me?** No.'],
  ['en', 'automated-decision-making', 'partial', 'We use your browsing history to build a profile for personalised adverts.'],

  // ---- 4. lawful-basis: consent in plain words as the condition ----
  ['en', 'lawful-basis', 'present', 'Your health questionnaire is sensitive, so we only look at it with your explicit OK.'],
  ['en', 'lawful-basis', 'present', 'We send you our seasonal offers only if you say yes when you sign up.'],
  ['en', 'lawful-basis', 'missing', 'If you say yes to the survey, a researcher will phone you.'],
  ['en', 'lawful-basis', 'missing', 'Press OK to continue to the checkout.'],
  ['nl', 'lawful-basis', 'present', 'Je medische gegevens gebruiken we alleen als je daar ja op zegt.'],
  ['de', 'lawful-basis', 'present', 'Ihre Gesundheitsdaten verwenden wir nur mit Ihrem ausdrücklichen Okay.'],
  ['fr', 'lawful-basis', 'present', 'Nous n\'utilisons vos données de santé que si vous nous dites oui.'],

  // ---- 5. purposes: the purpose as the subject of a basis sentence ----
  ['en', 'purposes', 'present', 'Handling your repairs and sending invoices is necessary for our contract with you.'],
  ['en', 'purposes', 'present', 'Arranging your deliveries is necessary to perform our agreement with you.'],
  ['en', 'purposes', 'missing', 'Reading this notice is necessary to understand your rights.'],
];

export const LABEL = 'frames round 30 (facts)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  "Keep your recovery key safe. We cannot open your vault without it.": "raised by the model (session 38): the sentence scores at or above its τ on the item's words, though it is about something else",
  "Zonder sleutel kunnen wij de meterkast niet openen.": "raised by the model (session 38): the sentence scores at or above its τ on the item's words, though it is about something else",
  "The lift needs a key card. You cannot reach the fourth floor without it.": "raised by the model (session 39): the sentence scores at or above its τ on the item's words, though it is about something else",
  // Batch a: written before the changes (main at 65e31d4 gets 31 of 69 wrong).
  "We hold your name, address and case history. If a social worker put you in touch with us, they passed on some of this.":
    'session 30, batch a: not done: "they" as the subject is read as the reader, not as the party named in the clause before',
  "Your club secretary gave us some of these details when you were entered for the league.":
    'session 30, batch a: not done: a possessive phrase of a person ("your club secretary") before the verb is read as the reader\'s data, not as the subject',
  "Your ratings are the reviews that other guests leave about you after a stay.":
    'session 30, batch a: not done: content other users leave about the reader (reviews, ratings) is no source the reader reads yet; one writer (fr) showed it',
  "Woher kommen Ihre Prüfungsnoten? Die übermittelt uns die Handwerkskammer nach jeder Prüfung.":
    'session 30, batch a: not done: a plain (not bold) question is no heading, and "-kammer" is no institution head; under a bold question it is read (D9)',
  "Ihre Laborwerte teilt uns das Labor direkt mit.":
    'session 30, batch a: not done: the subject after a separable verb with "uns" between ("teilt uns das Labor … mit") is not read',
  "Ihr Einkommen erfahren wir mit Ihrer Zustimmung direkt vom Finanzamt.":
    'session 30, batch a: not done: "erfahren" is read as seeing, and "vom" + an institution as an agent, not as where the data come from',
  "Nous traitons votre profil ainsi que les commentaires que les autres clients publient à votre sujet.":
    'session 30, batch a: not done: content other users write about the reader (the same kind as the English reviews row)',
};
