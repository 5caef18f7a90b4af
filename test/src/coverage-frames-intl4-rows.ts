// Issue 13, fourth round (session 14, helper cov-intl): held-out sentences for Dutch, German and
// French. BATCH8 was written BEFORE any change of this round (the base is scored on it, then the
// data and the reader improved); BATCH9 AFTER, with the data frozen: its figure is the
// generalisation figure. Kinds: a product named as the subject of a German "no personal data"
// statement; yes/no question headings answered for erasure, portability and other rights; consent
// withdrawal whose "at any time" stands in the next sentence; French objection "pour des motifs
// légitimes" that is no restriction; a parent's contact data that is no statement about children;
// statutory-contractual, data-source, last-updated, erasure, cookies and security in other words.
// `node scripts/score-rows.js . --rows=intl4 --batch=8|9|all` counts the wrong rows.
import type { IntlRow } from './coverage-frames-intl-rows.js';

export const BATCH8: IntlRow[] = [
  // ---- Dutch ----
  ['nl', 'right-erasure', 'present', '## Kunnen jullie mijn gegevens wissen?\n\nJa. Een berichtje aan info@kwikstaart.example is genoeg, dan halen we alles weg.'],
  ['nl', 'right-portability', 'present', '## Kan ik mijn gegevens meenemen naar een andere aanbieder?\n\nJa, op verzoek sturen we je een bestand dat je elders kunt inlezen.'],
  ['nl', 'right-erasure', 'notpresent', '## Kan ik mijn afspraak verzetten?\n\nJa, bel ons uiterlijk een dag van tevoren.'],
  ['nl', 'withdraw-consent', 'present', 'Gaf je ons toestemming om je foto te gebruiken, dan kun je die weer intrekken. Dat kan op elk moment, met een mailtje aan de secretaris.'],
  ['nl', 'withdraw-consent', 'notpresent', 'Je kunt je toestemming intrekken. Op elk moment kun je ook je wachtwoord wijzigen in de app.'],
  ['nl', 'children', 'notpresent', 'Van leden onder de achttien noteren we ook het telefoonnummer van een ouder of verzorger.'],
  ['nl', 'children', 'present', 'Voor kinderen jonger dan zestien jaar vragen wij eerst toestemming aan een ouder.'],
  ['nl', 'statutory-contractual', 'present', 'Zonder je IBAN kunnen we de contributie niet incasseren en kun je geen lid worden.'],
  ['nl', 'statutory-contractual', 'notpresent', 'Wij geven gegevens aan de politie als de wet ons daartoe verplicht.'],
  ['nl', 'data-source', 'present', 'Uw verwijsbrief en labuitslagen krijgen wij van uw huisarts.'],
  ['nl', 'data-source', 'notpresent', 'Wij krijgen elke week veel vragen van patiënten over de openingstijden.'],
  ['nl', 'last-updated', 'present', 'Deze verklaring is opgesteld in maart 2025.'],
  ['nl', 'cookies', 'present', 'Onze website plaatst geen cookies en gebruikt ook geen andere volgtechnieken.'],
  ['nl', 'security', 'present', 'Het dossier staat op een afgeschermde server die alleen met een persoonlijke code te openen is.'],
  ['nl', 'right-erasure', 'present', 'U kunt ons verzoeken uw medisch dossier geheel of gedeeltelijk te vernietigen.'],
  // ---- German ----
  ['de', 'data-categories', 'present', 'Kiebitzwerk erhebt und speichert keine personenbezogenen Daten.'],
  ['de', 'retention', 'present', '## Was passiert mit meinen Daten?\n\nNotenfix speichert keinerlei personenbezogene Daten; alle Noten bleiben auf Ihrem Gerät.'],
  ['de', 'data-categories', 'notpresent', 'Der Hoster speichert keine personenbezogenen Daten in seinen Protokollen.'],
  ['de', 'recipients', 'notpresent', 'Zahlungsanbieter Stripe speichert keine Daten auf unseren Servern.'],
  ['de', 'right-erasure', 'present', '## Kann ich meine Daten löschen lassen?\n\nJa. Eine kurze Nachricht an den Vorstand genügt.'],
  ['de', 'right-portability', 'present', '## Bekomme ich meine Daten in einem gängigen Format?\n\nJa, auf Wunsch erhalten Sie eine CSV-Datei, die Sie bei einem anderen Anbieter einlesen können.'],
  ['de', 'right-access', 'notpresent', '## Kann ich meinen Trainingsplan einsehen?\n\nJa, jederzeit in der App.'],
  ['de', 'withdraw-consent', 'present', 'Ihre Einwilligung in die Veröffentlichung von Fotos können Sie widerrufen. Das geht jederzeit per E-Mail an den Vorstand.'],
  ['de', 'withdraw-consent', 'notpresent', 'Eine Einwilligung können Sie widerrufen. Fragen zum Training beantworten wir jederzeit gern.'],
  ['de', 'children', 'notpresent', 'Bei minderjährigen Mitgliedern speichern wir zusätzlich Name und Telefonnummer eines Elternteils.'],
  ['de', 'statutory-contractual', 'present', 'Die Angabe Ihrer Bankverbindung ist freiwillig; ohne sie können Sie aber nur per Überweisung zahlen.'],
  ['de', 'statutory-contractual', 'notpresent', 'Wir übermitteln Daten an Behörden, soweit wir gesetzlich dazu verpflichtet sind.'],
  ['de', 'data-source', 'present', 'Ihre Lohnsteuerdaten erhalten wir direkt von Ihrem Arbeitgeber.'],
  ['de', 'legitimate-interests', 'present', 'Wir haben ein berechtigtes Interesse daran, unsere Räume vor Einbrüchen zu schützen (Art. 6 Abs. 1 lit. f DSGVO).'],
  ['de', 'last-updated', 'present', 'Diese Hinweise wurden im Oktober 2025 zuletzt überarbeitet.'],
  // ---- French ----
  ['fr', 'right-restriction', 'notpresent', 'Vous pouvez vous opposer, pour des motifs légitimes, à ce que vos données soient utilisées.'],
  ['fr', 'right-objection', 'present', 'Pour des motifs légitimes, vous avez la possibilité de vous opposer au traitement de vos données.'],
  ['fr', 'right-restriction', 'present', 'Vous pouvez aussi demander que nous cessions provisoirement d’utiliser vos données le temps de vérifier leur exactitude.'],
  ['fr', 'right-erasure', 'present', '## Puis-je faire effacer mes données ?\n\nOui. Il suffit d’écrire au secrétariat, qui supprimera votre dossier.'],
  ['fr', 'right-portability', 'present', '## Puis-je récupérer mes données pour les transférer ailleurs ?\n\nOui, nous vous les envoyons dans un fichier lisible par un autre service.'],
  ['fr', 'right-erasure', 'notpresent', '## Puis-je annuler un cours ?\n\nOui, jusqu’à la veille au soir.'],
  ['fr', 'withdraw-consent', 'present', 'Vous pouvez retirer votre consentement à la publication des photos. Vous pouvez le faire à tout moment, par simple courriel.'],
  ['fr', 'withdraw-consent', 'notpresent', 'Vous pouvez retirer votre consentement. Notre équipe reste à votre écoute à tout moment pour vos questions de facturation.'],
  ['fr', 'children', 'notpresent', 'Pour les élèves mineurs, nous recueillons aussi le téléphone et le courriel d’un parent.'],
  ['fr', 'children', 'present', 'Les enfants de moins de quinze ans ne peuvent pas créer de compte sans l’accord d’un parent.'],
  ['fr', 'statutory-contractual', 'present', 'Si vous ne nous communiquez pas votre numéro de sécurité sociale, nous ne pourrons pas pratiquer le tiers payant.'],
  ['fr', 'data-source', 'present', 'Certaines informations nous sont transmises par votre médecin traitant, comme vos antécédents.'],
  ['fr', 'data-source', 'notpresent', 'Nous recevons vos messages du lundi au vendredi.'],
  ['fr', 'last-updated', 'present', 'Document révisé en janvier 2026.'],
  ['fr', 'security', 'present', 'Nos ordinateurs sont protégés par un mot de passe personnel et les sauvegardes sont chiffrées.'],
];

export const BATCH9: IntlRow[] = [];
