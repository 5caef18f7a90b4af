// Issue 13, session 33 (helper devf): statutory-contractual reported missing where the policy says it — the most
// frequent false alarm on every fresh round of the session. The item is given when the policy says whether the reader
// must give data (by law, for a contract, to use a feature) or what happens if they do not; writers say it as the
// consequence of not giving ("we cannot … without these"), as a duty by law or by a body's rules (an outside rule that
// stops us unless the data is given), and as a statement that nothing is needed (no account to create, the feature
// still works after a refusal). Look-alikes that must NOT count: data disclosed when the law requires it, what happens
// if cookies are refused or missing, a duty of ours unrelated to the reader giving data, "we cannot guarantee …".
// Each class in English, German, Dutch and French. Written in our own words from the classes read on dev-F's false
// alarms, not from any policy's sentences.
// BATCH_A was written BEFORE this session's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=grid33duty --batch=a --list` lists the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const LABEL = 'frames grid33duty';

export const BATCH_A: CrossRow[] = [
  // The consequence of not giving: an inability "without these / them / it", the data named before.
  ['en', 'statutory-contractual', 'present', 'We need your phone number and address. We cannot book a pet in for surgery without these, because we must be able to reach you.'],
  ['en', 'statutory-contractual', 'present', 'Please give us a contact number; we are unable to take your dog on a walk without it.'],
  ['en', 'statutory-contractual', 'present', 'Without your date of birth we are unable to check that you are old enough to join.'],
  ['en', 'statutory-contractual', 'present', 'We ask every tenant for proof of income and we can\'t offer a lease without it.'],
  // A duty by law or by a body's rules, said of a class of reader or of us, with the data that must be given.
  ['en', 'statutory-contractual', 'present', 'If a driver does not show us a valid licence, the law stops us from hiring a van to them.'],
  ['en', 'statutory-contractual', 'present', 'If an applicant does not give us proof of their qualifications, the regulator forbids us from placing them.'],
  ['en', 'statutory-contractual', 'present', 'League rules mean that a child cannot be entered for tournaments unless we send the county association their name and date of birth.'],
  ['en', 'statutory-contractual', 'present', 'Giving us your national insurance number is mandatory: we are required by law to collect it before your first payday.'],
  // Nothing is needed: no account, no e-mail, the feature still works after a refusal.
  ['en', 'statutory-contractual', 'present', 'You can say no to sharing your location and type a town instead; the forecast still works.'],
  ['en', 'statutory-contractual', 'present', 'There is no account to create and no e-mail address to hand over.'],
  ['en', 'statutory-contractual', 'present', 'The app asks for no name, no e-mail and no sign-in: every screen works from the moment you open it.'],
  ['en', 'statutory-contractual', 'present', 'If you turn location access off, you can still search for a place by name and get the same forecast.'],
  // Look-alikes.
  ['en', 'statutory-contractual', 'notpresent', 'We disclose personal data to the police when the law requires us to.'],
  ['en', 'statutory-contractual', 'notpresent', 'If you refuse cookies, some parts of the site may not work properly.'],
  ['en', 'statutory-contractual', 'notpresent', 'Without cookies, some pages may not display correctly.'],
  ['en', 'statutory-contractual', 'notpresent', 'We are required by law to report serious accidents at the centre to the safety authority.'],
  ['en', 'statutory-contractual', 'notpresent', 'We cannot guarantee that e-mail sent to us over the internet is secure.'],
  ['en', 'statutory-contractual', 'notpresent', 'Without an internet connection, the app cannot update the forecast.'],
  ['en', 'statutory-contractual', 'notpresent', 'We cannot refund a booking unless you cancel at least two days before.'],
  ['en', 'statutory-contractual', 'notpresent', 'The law forbids us from selling fireworks to anyone under eighteen.'],
  ['en', 'statutory-contractual', 'notpresent', 'If you turn notifications off, the app still works but you will not get reminders.'],
  // German.
  ['de', 'statutory-contractual', 'present', 'Wir brauchen Ihre Telefonnummer und Ihre Anschrift. Ohne diese können wir Ihr Tier nicht zur Behandlung aufnehmen.'],
  ['de', 'statutory-contractual', 'present', 'Du kannst den Zugriff auf deinen Standort verweigern und Orte von Hand suchen – die App funktioniert trotzdem.'],
  ['de', 'statutory-contractual', 'present', 'Ein Konto brauchst du nicht, und eine E-Mail-Adresse musst du auch nicht angeben.'],
  ['de', 'statutory-contractual', 'present', 'Legt ein Bewerber keinen Nachweis seiner Arbeitserlaubnis vor, verbietet uns das Gesetz, ihn zu vermitteln.'],
  ['de', 'statutory-contractual', 'present', 'Ohne diese Angaben können wir Sie nicht als Mitglied aufnehmen.'],
  ['de', 'statutory-contractual', 'present', 'Nach den Regeln des Verbands darf ein Kind nur spielen, wenn wir seinen Namen und sein Geburtsdatum melden.'],
  ['de', 'statutory-contractual', 'notpresent', 'Wir geben Daten an Behörden weiter, wenn wir gesetzlich dazu verpflichtet sind.'],
  ['de', 'statutory-contractual', 'notpresent', 'Ohne Cookies funktionieren einige Seiten möglicherweise nicht richtig.'],
  ['de', 'statutory-contractual', 'notpresent', 'Wir können nicht garantieren, dass die Übertragung per E-Mail sicher ist.'],
  ['de', 'statutory-contractual', 'notpresent', 'Lehnen Sie Cookies ab, stehen manche Funktionen nicht zur Verfügung.'],
  ['de', 'statutory-contractual', 'notpresent', 'Ohne Internetverbindung kann die App die Vorhersage nicht aktualisieren.'],
  // Dutch.
  ['nl', 'statutory-contractual', 'present', 'Zonder die gegevens kunnen we je niet inschrijven voor de competitie.'],
  ['nl', 'statutory-contractual', 'present', 'Je kunt de toegang tot je locatie weigeren en zelf een plaats zoeken; de app werkt dan gewoon.'],
  ['nl', 'statutory-contractual', 'present', 'Een account aanmaken hoeft niet en je e-mailadres hebben we niet nodig.'],
  ['nl', 'statutory-contractual', 'present', 'Levert een kandidaat geen bewijs van zijn werkvergunning aan, dan verbiedt de wet ons hem te plaatsen.'],
  ['nl', 'statutory-contractual', 'present', 'Moeten we je BSN hebben? Ja, dat schrijft de wet voor.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Wij verstrekken gegevens aan de politie als de wet dat verplicht.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Zonder cookies werken sommige pagina\'s mogelijk niet goed.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Wij kunnen niet garanderen dat e-mail veilig aankomt.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Weiger je cookies, dan werken sommige functies niet.'],
  // French.
  ['fr', 'statutory-contractual', 'present', 'Pas besoin de créer un compte ni de donner votre adresse e-mail.'],
  ['fr', 'statutory-contractual', 'present', 'Vous n\'avez aucun compte à ouvrir et aucune adresse à nous confier.'],
  ['fr', 'statutory-contractual', 'present', 'Vous pouvez refuser l\'accès à votre position et chercher une ville à la main : l\'application fonctionne quand même.'],
  ['fr', 'statutory-contractual', 'present', 'Merci d\'indiquer votre numéro de téléphone ; à défaut, nous ne pourrons pas confirmer le rendez-vous.'],
  ['fr', 'statutory-contractual', 'present', 'Si un candidat ne nous remet pas de titre de séjour valable, la loi nous interdit de l\'embaucher.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Nous communiquons des données aux autorités lorsque la loi l\'exige.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Sans cookies, certaines pages risquent de ne pas s\'afficher correctement.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Nous ne pouvons pas garantir la sécurité des messages envoyés par e-mail.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Si vous refusez les cookies, certaines fonctions ne seront pas disponibles.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Sans connexion internet, l\'application ne peut pas mettre à jour les prévisions.'],
];

export const KNOWN: Record<string, string> = {};

// BATCH_B was written AFTER this session's changes: look-alikes that the new entries could take (a processor that
// gives no protection, a permission of no data, a fee not paid, our own deleting), and statements in other shapes.
export const BATCH_B: CrossRow[] = [
  ['en', 'statutory-contractual', 'notpresent', 'If a supplier does not provide adequate protection for the data, we stop using them.'],
  ['en', 'statutory-contractual', 'notpresent', 'If a member does not pay the annual fee, we cannot renew the membership.'],
  ['en', 'statutory-contractual', 'notpresent', 'If you turn off notifications, you can still open the app and read the forecast.'],
  ['en', 'statutory-contractual', 'notpresent', 'There is no fee to pay and no contract to sign.'],
  ['en', 'statutory-contractual', 'present', 'If you deny the camera permission, you can still type the code by hand.'],
  ['en', 'statutory-contractual', 'present', 'If a guest does not give us a passport number, the law does not allow us to let them stay.'],
  ['de', 'statutory-contractual', 'notpresent', 'Du kannst Mitteilungen ablehnen – die App funktioniert trotzdem.'],
  ['de', 'statutory-contractual', 'present', 'Wir können nur liefern, wenn Sie Ihre Adresse angeben.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Je gegevens hoef je niet zelf te wissen; dat doen wij.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Je kunt meldingen weigeren; de app werkt dan gewoon.'],
  ['nl', 'statutory-contractual', 'present', 'Je naam hoef je niet op te geven.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Pas besoin de réserver : venez quand vous voulez.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Si vous refusez les notifications, l’application fonctionne quand même.'],
  ['fr', 'statutory-contractual', 'notpresent', 'À défaut de réponse de notre part sous un mois, vous pouvez saisir la CNIL.'],
  ['fr', 'statutory-contractual', 'present', 'Aucune inscription à faire, aucun nom à donner : ouvrez l’application et cuisinez.'],
];
