// Issue 13, session 28 (helper oblig): held-out rows for statutory-contractual, recipients and purposes,
// by what a sentence does, in all four languages where the kind exists:
// - statutory-contractual, what is needed and what follows without it, in plain words: a list of the
//   reader's data (commas, brackets, "and") needed before or to do something, "so I can't … without them";
//   „Ohne Namen und Adresse kann ich … nicht …“ with bare nouns; "Geef je ons … niet, dan mogen we … niet";
//   « sans votre … je ne pourrai pas … »; a question "Must I give you everything?" answered "No";
//   look-alikes: a connection, a key or a restart needed, a wait before an answer;
// - recipients: a negative answer with its exceptions ("Nobody, apart from …", „Niemand, außer …“,
//   "Niemand, behalve …", « Personne, sauf … »), and a giving verb with its recipient first ("we give the
//   council a list of names"); look-alikes: nobody but the caretaker has a key, notice given to a council;
// - purposes: the use said with a pronominal adverb or "with them" after the data ("Damit plane ich …",
//   "Daarmee regelen we …", « Avec ces informations, nous … », "With them we …"); look-alikes: the same
//   words about a van or a fee.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it); BATCH_B after.
// `node scripts/score-rows.js . --rows=en28oblig --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. statutory-contractual: what is needed, and what follows without it ----
  ['en', 'statutory-contractual', 'present', "You need a login (username and PIN) and your meter's reference number to use the portal."],
  ['en', 'statutory-contractual', 'present', "We need your date of birth, a photo and your school's name before we can print your bus pass, so we cannot issue one without them."],
  ['en', 'statutory-contractual', 'present', 'I need your allergies, your GP’s name and a signed consent form before I can start a treatment.'],
  ['en', 'statutory-contractual', 'present', 'To take part you need an account and your club membership number.'],
  ['en', 'statutory-contractual', 'present', 'Without your passport number and date of birth I cannot book your flight.'],
  ['en', 'statutory-contractual', 'notpresent', 'You need a stable internet connection and the latest version of the app to use the video chat.'],
  ['en', 'statutory-contractual', 'notpresent', 'You need to restart the hub before the app can find it.'],
  ['en', 'statutory-contractual', 'notpresent', 'We need a few working days before we can answer a letter, so please be patient.'],
  ['en', 'statutory-contractual', 'notpresent', 'I need your keys and the alarm code before I can let myself in.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Geburtsdatum und Adresse kann ich dich leider nicht zum Kurs anmelden.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Telefonnummer und Anschrift können wir den Auftrag nicht annehmen.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Namen und Führerscheinnummer dürfen wir Ihnen kein Auto vermieten.'],
  ['de', 'statutory-contractual', 'notpresent', 'Ohne Strom und Internet kann ich die Buchungen leider nicht bearbeiten.'],
  ['de', 'statutory-contractual', 'notpresent', 'Ohne Schlüssel und Code können wir die Wohnung nicht betreten.'],
  ['nl', 'statutory-contractual', 'present', 'Geef je ons je geboortedatum en adres niet, dan kunnen we je helaas niet inschrijven.'],
  ['nl', 'statutory-contractual', 'present', 'Geeft u ons uw kenteken niet, dan mogen wij u geen parkeervergunning geven.'],
  ['nl', 'statutory-contractual', 'present', 'Vul je je telefoonnummer niet in, dan kan de bezorger je niet bellen.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Geef je ons geen seintje, dan kunnen we de bestelling niet op tijd leveren.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Geef je de sleutel niet af, dan kunnen we de kamer niet schoonmaken.'],
  ['fr', 'statutory-contractual', 'present', 'Sans votre date de naissance et votre adresse, je ne pourrai pas vous inscrire à l’atelier.'],
  ['fr', 'statutory-contractual', 'present', 'Sans votre numéro de permis, nous ne pourrons pas vous louer de véhicule.'],
  ['fr', 'statutory-contractual', 'present', '**Dois-je tout vous donner ?**\nNon. Seuls votre nom et votre téléphone sont indispensables pour la réservation.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Sans connexion internet, je ne pourrai pas vous envoyer le devis.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Sans les clés du local, nous ne pourrons pas commencer les travaux.'],
  // ---- 2. recipients: a negative answer with exceptions; a giving verb with its recipient first ----
  ['en', 'recipients', 'present', '**Who else sees it.** Nobody, apart from our accountant at the end of the year and the courier who brings your order.'],
  ['en', 'recipients', 'present', 'No one, except the printer who makes your member badge.'],
  ['en', 'recipients', 'present', "Each term we give the county council a list of pupils' names and addresses."],
  ['en', 'recipients', 'present', 'We hand the landlord your name and flat number so that repairs can be arranged.'],
  ['en', 'recipients', 'notpresent', 'Nobody, apart from the caretaker, has a key to the hall.'],
  ['en', 'recipients', 'notpresent', 'We give the Council two weeks’ notice before we close the hall.'],
  ['de', 'recipients', 'present', '**Wer sieht deine Daten?** Niemand, außer meiner Steuerberaterin einmal im Jahr und der Bank für die Lastschrift.'],
  ['de', 'recipients', 'present', 'Wir geben dem Vermieter jedes Jahr eine Liste mit den Namen der Mieter.'],
  ['de', 'recipients', 'notpresent', 'Niemand, außer dem Hausmeister, hat einen Schlüssel zum Saal.'],
  ['nl', 'recipients', 'present', '**Wie ziet je gegevens?** Niemand, behalve onze boekhouder en de bank die de incasso uitvoert.'],
  ['nl', 'recipients', 'present', 'Wij geven de gemeente elk jaar een lijst met de namen van de deelnemers.'],
  ['nl', 'recipients', 'notpresent', 'Niemand, behalve de beheerder, heeft een sleutel van het clubhuis.'],
  ['fr', 'recipients', 'present', '**Qui voit vos données ?** Personne, sauf mon comptable et la banque qui gère les prélèvements.'],
  ['fr', 'recipients', 'present', 'Nous remettons chaque année à la mairie la liste des noms des adhérents.'],
  ['fr', 'recipients', 'notpresent', 'Personne, sauf le gardien, n’a la clé de la salle.'],
  // ---- 3. purposes: the use said with a pronominal adverb after the data ----
  ['de', 'purposes', 'present', 'Ich brauche deine Telefonnummer und Adresse. Damit plane ich die Fahrten und schicke dir die Rechnung.'],
  ['de', 'purposes', 'present', 'Wir speichern Name und Anschrift der Kunden. Damit verwalten wir die Aufträge und rechnen ab.'],
  ['de', 'purposes', 'notpresent', 'Der Kurs kostet 80 Euro. Damit deckst du Miete und Material.'],
  ['en', 'purposes', 'present', 'We ask for your name and phone number. With them we arrange your deliveries and send you reminders.'],
  ['en', 'purposes', 'notpresent', 'We bought a new van last year. With it we deliver to the whole valley.'],
  ['nl', 'purposes', 'present', 'We vragen je naam en adres. Daarmee regelen we je bezorging en sturen we je de factuur.'],
  ['nl', 'purposes', 'notpresent', 'We hebben een nieuwe bus gekocht. Daarmee rijden we door de hele regio.'],
  ['fr', 'purposes', 'present', 'Nous vous demandons votre nom et votre adresse. Avec ces informations, nous organisons la livraison et vous envoyons la facture.'],
  ['fr', 'purposes', 'notpresent', 'Nous avons acheté une camionnette. Avec elle, nous livrons toute la vallée.'],
];

// Written AFTER this round's changes, to see how far they reach: more wordings and look-alikes.
export const BATCH_B: CrossRow[] = [
  ['de', 'recipients', 'present', '**Wer bekommt deine Angaben?** Niemand, außer meiner Versicherung, wenn ich einen Schaden melden muss, und einer Tierärztin im Notfall.'],
  ['nl', 'recipients', 'present', '**Wie krijgt je gegevens?** Niemand, behalve mijn verzekeraar als ik een schade moet melden, en een dierenarts in een noodgeval.'],
  ['fr', 'recipients', 'present', '**Qui reçoit vos données ?** Personne, sauf mon assureur si je dois déclarer un sinistre, et un vétérinaire en cas d’urgence.'],
  ['en', 'recipients', 'present', 'Nobody except our bookkeeper, who prepares the yearly accounts.'],
  ['en', 'recipients', 'present', 'No one else, apart from the insurers we use for your cover.'],
  ['en', 'recipients', 'present', "We send the federation a register of members' names each season."],
  ['en', 'recipients', 'notpresent', 'Nobody except you can open the diary.'],
  ['en', 'recipients', 'notpresent', 'We give our partners a discount on the entry fee.'],
  ['en', 'recipients', 'notpresent', 'We send our clients a newsletter every month.'],
  ['de', 'recipients', 'notpresent', 'Wir geben dem Vermieter rechtzeitig Bescheid, wenn die Heizung ausfällt.'],
  ['nl', 'recipients', 'notpresent', 'Wij geven de gemeente een seintje als het clubhuis schade heeft.'],
  ['fr', 'recipients', 'notpresent', 'Nous remettons les clés au propriétaire à la fin du séjour.'],
  ['en', 'statutory-contractual', 'present', 'We need your name, address and date of birth to open a loan account.'],
  ['en', 'statutory-contractual', 'notpresent', 'You need a ticket and a seat number to enter the hall.'],
  ['en', 'statutory-contractual', 'notpresent', 'We need your feedback before we can improve the app.'],
  ['en', 'statutory-contractual', 'notpresent', 'We may need to provide your e-mail address to our software vendor so that we can renew the licence.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Vorname, Nachname und Geburtsdatum darf ich keine Rechnung für die Krankenkasse ausstellen.'],
  ['de', 'statutory-contractual', 'notpresent', 'Ohne Namen oder Adresse veröffentlichen wir Fotos nur mit deiner Einwilligung.'],
  ['nl', 'statutory-contractual', 'present', 'Geef je ons je naam en telefoonnummer niet, dan kunnen we je niet terugbellen.'],
  ['fr', 'statutory-contractual', 'present', 'Sans votre adresse et votre numéro de téléphone, nous ne pouvons pas organiser la livraison.'],
  ['fr', 'statutory-contractual', 'notpresent', 'Sans votre aide, nous ne pourrons pas améliorer le service.'],
  ['en', 'purposes', 'present', 'We keep your email address and postcode. With them we send the weekly box list and plan the routes.'],
  ['de', 'purposes', 'present', 'Wir brauchen Ihre Adresse. Damit wir pünktlich liefern können, planen wir die Route am Vortag.'],
  ['de', 'purposes', 'notpresent', 'Wir haben einen neuen Transporter. Damit fahren wir jetzt auch ins Umland.'],
  ['nl', 'purposes', 'present', 'We bewaren je telefoonnummer. Hiermee bellen we je als de bestelling klaarstaat.'],
  ['fr', 'purposes', 'present', 'Nous conservons votre numéro de téléphone. Grâce à lui, nous vous appelons quand la commande est prête.'],
  ['fr', 'purposes', 'notpresent', 'Nous avons acheté une camionnette. Avec elle, nous livrons toute la vallée.'],
];

export const LABEL = 'frames round 28 (oblig)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  'We give our partners a discount on the entry fee.':
    'round 28, batch b: wrong on main too (not this round\'s cue): a discount given to partners is read as data handed to a recipient',
};
