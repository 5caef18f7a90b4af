// Issue 13, session 28 (helper rights): held-out rows for the rights, automated decisions, security, children and the
// policy's date, by the kinds of false alarm that recurred on unseen writers' policies:
// - a right offered as a request that the one-person controller act ("verlangen, dass ich …", « demander que je … »,
//   "vragen dat ik …"), or as a question whose condition held the controller's "we" ("Wil je dat we … weghalen?");
//   look-alikes: the same request of the reader, or about something that is not the reader's;
// - a right asked for as a passive ("request that your records be erased", « demander que vos données soient
//   effacées », "vragen dat het gebruik … wordt beperkt"); look-alikes: the same passive about what is not the reader's;
// - a negation inside the object's own words, before a verb-second action ("Nicht mehr benötigte Angaben löschen wir auf
//   Wunsch"); look-alikes: the action itself negated, or done with no request;
// - portability as the data handed over in a common electronic format (the Swiss law's words); look-alikes: invoices
//   sent in such a format, data kept in one;
// - children: the age from which a pupil exercises their rights; look-alikes: an age for a fee;
// - security: staff bound to data secrecy, a system opened only with a personal password; look-alikes: a room or a
//   network with a code;
// - last-updated: an approval line with its date written on the line under the paragraph's last sentence;
//   look-alikes: a closing date for something else;
// - automated decisions: an option switched off for the reader automatically on a score; look-alikes: lights and
//   heating that switch off by themselves.
// Written in our own words. BATCH_A was written BEFORE this round's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=en28rights --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. a request that the one-person controller act; a question whose condition held "we" ----
  ['de', 'right-erasure', 'present', 'Du kannst verlangen, dass ich deine Angaben lösche. Eine kurze Nachricht genügt.'],
  ['de', 'right-restriction', 'present', 'Sie können verlangen, dass ich die Nutzung Ihrer Daten einschränke.'],
  ['de', 'right-rectification', 'present', 'Sie können jederzeit verlangen, dass ich falsche Angaben über Sie berichtige.'],
  ['nl', 'right-erasure', 'present', 'Je kunt vragen dat ik je gegevens verwijder.'],
  ['nl', 'right-restriction', 'present', 'U kunt verzoeken dat ik het gebruik van uw gegevens beperk.'],
  ['fr', 'right-erasure', 'present', 'Vous pouvez demander que je supprime vos données.'],
  ['fr', 'right-restriction', 'present', 'Tu peux exiger que je limite le traitement de tes données.'],
  ['nl', 'right-erasure', 'present', 'Wil je dat we je adres weghalen? Zeg het even aan de balie.'],
  ['nl', 'right-erasure', 'present', 'Wilt u dat wij uw gegevens verwijderen? Bel ons gerust.'],
  ['nl', 'right-erasure', 'present', 'We noteren je naam en telefoonnummer op de werkbon. Wil je dat we die weghalen? Vraag het aan de kassa.'],
  ['en', 'right-erasure', 'present', 'If you would like me to erase your details, just send me a text.'],
  // look-alikes: the same words, asked of the reader or about what is not the reader's
  ['de', 'right-rectification', 'notpresent', 'Wir können verlangen, dass Sie Ihr Passwort ändern.'],
  ['de', 'right-erasure', 'notpresent', 'Ich kann verlangen, dass du beleidigende Kommentare aus der Gruppe löschst.'],
  ['nl', 'right-erasure', 'notpresent', 'Wil je dat we de oude onderdelen weghalen? Dat kost vijf euro.'],
  ['nl', 'right-erasure', 'notpresent', 'Wil je dat we je herinneren aan je afspraak? Vraag het aan de balie.'],
  ['fr', 'right-erasure', 'notpresent', 'Je peux exiger que vous supprimiez un commentaire injurieux.'],
  // ---- 2. a right asked for as a passive ----
  ['fr', 'right-erasure', 'present', 'Vous pouvez demander que vos données soient effacées.'],
  ['fr', 'right-erasure', 'present', 'Nous gardons vos coordonnées dans notre fichier. Vous pouvez demander qu’elles soient effacées ou corrigées.'],
  ['fr', 'right-restriction', 'present', 'Vous pouvez demander que l’utilisation de vos données soit limitée.'],
  ['en', 'right-erasure', 'present', 'You can request that your records be erased.'],
  ['en', 'right-erasure', 'present', 'You may ask that your data be deleted or corrected.'],
  ['en', 'right-restriction', 'present', 'You can ask that the processing of your data be restricted.'],
  ['nl', 'right-restriction', 'present', 'Je kunt vragen dat het gebruik van je gegevens wordt beperkt.'],
  ['nl', 'right-erasure', 'present', 'U kunt verzoeken dat uw gegevens worden gewist of aangepast.'],
  ['de', 'right-erasure', 'present', 'Sie können verlangen, dass Ihre Daten berichtigt oder gelöscht werden.'],
  // look-alikes: the same passive about what is not the reader's
  ['en', 'right-erasure', 'notpresent', 'You can ask that old photos of the hall be removed from the noticeboard.'],
  ['fr', 'right-erasure', 'notpresent', 'Vous pouvez demander que les commentaires injurieux soient supprimés du forum.'],
  ['nl', 'right-erasure', 'notpresent', 'Je kunt vragen dat de reclameborden voor je huis worden weggehaald.'],
  // ---- 3. a negation inside the object's words, before a verb-second action ----
  ['de', 'right-erasure', 'present', 'Nicht mehr benötigte Angaben löschen wir auf Ihren Wunsch.'],
  ['de', 'right-erasure', 'present', 'Sind Angaben veraltet, korrigiere ich sie; nicht länger gebrauchte Daten entferne ich auf deine Bitte, soweit keine Frist entgegensteht.'],
  ['nl', 'right-erasure', 'present', 'Gegevens die we niet meer nodig hebben, verwijderen we op je verzoek.'],
  // look-alikes: the action itself negated, or done with no request
  ['de', 'right-erasure', 'notpresent', 'Auf Wunsch löschen wir Rechnungen nicht, denn wir müssen sie zehn Jahre aufheben.'],
  ['de', 'right-erasure', 'notpresent', 'Nicht mehr benötigte Daten löschen wir nach sechs Monaten.'],
  // ---- 4. portability: the data handed over in a common electronic format ----
  ['fr', 'right-portability', 'present', 'Vous pouvez obtenir la remise des données que vous nous avez confiées dans un format électronique courant.'],
  ['fr', 'right-portability', 'present', 'Tu peux recevoir les informations que tu nous as données dans un format numérique usuel.'],
  ['de', 'right-portability', 'present', 'Sie können die Herausgabe der von Ihnen bereitgestellten Daten in einem gängigen elektronischen Format verlangen.'],
  ['de', 'right-portability', 'present', 'Du kannst die Daten, die du mir gegeben hast, in einem gängigen elektronischen Format bekommen.'],
  ['en', 'right-portability', 'present', 'You can have the details you gave us handed over in a common electronic format.'],
  // look-alikes: invoices sent in such a format, data kept in one
  ['fr', 'right-portability', 'notpresent', 'Vos factures vous sont envoyées dans un format électronique courant.'],
  ['fr', 'right-portability', 'notpresent', 'Nous conservons vos données dans un format chiffré sur nos serveurs.'],
  ['de', 'right-portability', 'notpresent', 'Rechnungen erhalten Sie in einem gängigen elektronischen Format per E-Mail.'],
  // ---- 5. children: the age from which a pupil exercises their rights ----
  ['nl', 'children', 'present', 'Vanaf 14 jaar mag een leerling in de regel zelf zijn rechten uitoefenen.'],
  ['nl', 'children', 'present', 'Vanaf 16 jaar beslist een leerling zelf over inzage in zijn dossier.'],
  ['de', 'children', 'present', 'Ab 14 Jahren können Schülerinnen und Schüler ihre Rechte in der Regel selbst wahrnehmen.'],
  ['de', 'children', 'present', 'Bis zum Alter von 16 Jahren üben die Eltern diese Rechte für ihr Kind aus.'],
  ['fr', 'children', 'present', 'À partir de 15 ans, un élève peut en principe exercer lui-même ses droits.'],
  ['fr', 'children', 'present', 'Jusqu’à 15 ans, ce sont les parents qui exercent les droits de leur enfant.'],
  ['en', 'children', 'present', 'From the age of 13, a learner can normally exercise these rights on their own.'],
  // look-alikes: an age for a fee
  ['nl', 'children', 'notpresent', 'Vanaf 12 jaar betaalt een leerling het volle tarief.'],
  ['de', 'children', 'notpresent', 'Ab 14 Jahren zahlen Schüler den vollen Beitrag.'],
  ['fr', 'children', 'notpresent', 'À partir de 15 ans, les élèves paient le tarif adulte.'],
  // ---- 6. security: data secrecy, a system opened only with a personal password ----
  ['de', 'security', 'present', 'Unsere Mitarbeitenden sind schriftlich auf das Datengeheimnis verpflichtet.'],
  ['de', 'security', 'present', 'Die Kundenkartei ist nur mit einem persönlichen Passwort zugänglich.'],
  ['de', 'security', 'present', 'Das Buchungsprogramm ist ausschließlich über ein eigenes Kennwort erreichbar.'],
  ['nl', 'security', 'present', 'Het ledenbestand is alleen met een persoonlijk wachtwoord toegankelijk.'],
  ['fr', 'security', 'present', 'Le fichier des adhérents n’est accessible qu’avec un mot de passe personnel.'],
  ['en', 'security', 'present', 'The booking system can only be reached with a personal password.'],
  // look-alikes: a room or a network with a code
  ['de', 'security', 'notpresent', 'Das WLAN im Studio ist nur mit Passwort zugänglich.'],
  ['de', 'security', 'notpresent', 'Die Teilnehmenden verpflichten sich, pünktlich zu erscheinen.'],
  ['nl', 'security', 'notpresent', 'De fietsenstalling is alleen met een code toegankelijk.'],
  // ---- 7. last-updated: an approval line with its date under the last sentence ----
  ['en', 'last-updated', 'present', 'We look at this notice again every spring, before the members meet.\nApproved by the parish council, 3 May 2024.'],
  ['de', 'last-updated', 'present', 'Diese Hinweise prüft der Vorstand jedes Jahr vor der Versammlung.\nBeschlossen in der Mitgliederversammlung am 4. März 2024.'],
  ['nl', 'last-updated', 'present', 'Het bestuur bekijkt deze tekst elk jaar opnieuw voor de ledenvergadering.\nVastgesteld door het bestuur op 2 april 2024.'],
  ['fr', 'last-updated', 'present', 'Le bureau relit ce texte chaque année avant l’assemblée générale.\nAdopté par le conseil d’administration le 5 mars 2024.'],
  // look-alikes: a closing date for something else
  ['en', 'last-updated', 'notpresent', 'The hall is repainted every summer by volunteers from the club.\nBookings for the fête close on 3 May 2024.'],
  ['de', 'last-updated', 'notpresent', 'Der Kurs beginnt im Herbst und läuft zehn Wochen lang.\nAnmeldeschluss ist der 4. März 2024.'],
  // ---- 8. automated decisions: an option switched off automatically on a score ----
  ['nl', 'automated-decision-making', 'present', 'Bij een hoge risicoscore zetten we betalen per factuur voor die bestelling automatisch uit.'],
  ['en', 'automated-decision-making', 'present', 'If the risk score is high, our system automatically switches off pay-later for that order.'],
  ['de', 'automated-decision-making', 'present', 'Ist der Risikowert zu hoch, schaltet unser System den Kauf auf Rechnung für diese Bestellung automatisch ab.'],
  ['fr', 'automated-decision-making', 'present', 'Si le score de risque est trop élevé, le paiement différé est automatiquement désactivé pour cette commande.'],
  // look-alikes: lights, heating, location that switch off by themselves
  ['en', 'automated-decision-making', 'notpresent', 'The app switches off location automatically when you close it.'],
  ['nl', 'automated-decision-making', 'notpresent', 'De verlichting in de winkel gaat automatisch uit om tien uur.'],
  ['de', 'automated-decision-making', 'notpresent', 'Die Heizung im Laden schaltet sich nachts automatisch ab.'],
];

export const LABEL = 'frames round 28 (rights)';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {};
