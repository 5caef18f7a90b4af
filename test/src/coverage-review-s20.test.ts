// Look-alikes the end-of-session review of session 20 found in that session's Dutch, German and French cues
// and frames, each beside statements of the same kind that must still give the item. Written for this test.
import { test } from 'node:test';
import { holds, type Case } from './helpers/coverage-lang.js';

const ADM = 'automated-decision-making';
const STAT = 'statutory-contractual';
const WC = 'withdraw-consent';
const SRC = 'data-source';

test('review s20: a request or entitlement granted automatically is a decision; a price computed automatically is not', () => {
  holds([
    ['fr', ADM, 'notpresent', 'Le montant de la livraison est calculé automatiquement en fonction du poids de votre paquet.'],
    ['nl', ADM, 'notpresent', 'De korting op uw mand wordt automatisch berekend wanneer u afrekent.'],
    ['de', ADM, 'notpresent', 'Die Gebühr für das Parkhaus wird automatisch nach der Standzeit berechnet.'],
    // Left: a price of the reader's thing set by an index (« le tarif de votre abonnement est fixé automatiquement selon
    // l'indice ») still reads as a charge set from the reader's situation: the possessive is the only cue of it.
    ['fr', ADM, 'present', 'Le prix du repas à la cantine est fixé automatiquement d’après votre quotient familial.'],
    ['nl', ADM, 'present', 'Het tarief voor de kinderopvang wordt automatisch vastgesteld op basis van uw inkomen.'],
    ['de', ADM, 'present', 'Der Beitrag für die Musikschule wird automatisch anhand Ihrer Angaben zum Einkommen festgesetzt.'],
    ['nl', ADM, 'present', 'Uw vergunning voor de weekmarkt wordt automatisch verleend als u aan de voorwaarden voldoet.'],
    ['de', ADM, 'present', 'Ihr Antrag auf Zuschuss wird automatisch bewilligt, wenn alle Angaben vollständig sind.'],
    ['fr', ADM, 'present', 'Votre demande de logement étudiant est acceptée automatiquement, sans délai.'],
  ]);
});

test('review s20: a decision by one of our staff is by a person; by one of our partner firms is not', () => {
  holds([
    ['fr', ADM, 'notpresent', 'Votre demande de crédit peut être refusée par un de nos partenaires financiers.'],
    ['nl', ADM, 'notpresent', 'Over uw leenaanvraag wordt beslist door een van onze partnerbanken.'],
    ['fr', ADM, 'present', 'Chaque refus de votre dossier est décidé par un de nos conseillers, jamais par une machine.'],
    ['nl', ADM, 'present', 'Over elke aanvraag wordt beslist door een van onze medewerkers, niet door een computer.'],
  ]);
});

test('review s20 fr: without the data, we or the organisation cannot act; a page or a manual is no duty', () => {
  holds([
    ['fr', STAT, 'notpresent', 'Sans ces informations, l’écran ne peut pas s’afficher correctement sur votre téléphone.'],
    ['fr', STAT, 'notpresent', 'Les informations du mode d’emploi sont indispensables au montage : à défaut, l’étagère sera bancale.'],
    ['fr', STAT, 'notpresent', 'Les informations de l’étiquette sont indispensables pour laver le pull : à défaut, il peut rétrécir.'],
    ['fr', STAT, 'present', 'Sans ce justificatif, le club ne peut pas vous délivrer de licence sportive.'],
    ['fr', STAT, 'present', 'Sans votre numéro de téléphone, nous ne pouvons pas confirmer votre rendez-vous.'],
    ['fr', STAT, 'present', 'Vos coordonnées sont indispensables à la livraison : à défaut, votre commande ne pourra pas être expédiée.'],
  ]);
});

test('review s20 de: a number or account of the reader is needed; a device serial or our account is not', () => {
  holds([
    ['de', STAT, 'notpresent', 'Für die Reparatur ist die Seriennummer des Fahrrads erforderlich.'],
    ['de', STAT, 'notpresent', 'Für Rückfragen zur Lieferung ist unser Kundenkonto zwingend.'],
    ['de', STAT, 'present', 'Für die Anmeldung zum Kurs ist Ihre Telefonnummer erforderlich.'],
    ['de', STAT, 'present', 'Zur Abrechnung mit der Krankenkasse ist deine Versichertennummer notwendig.'],
    ['de', STAT, 'present', 'Für eine Bestellung ist ein Kundenkonto erforderlich.'],
  ]);
});

test('review s20: a withdrawal of marketing consent stays narrow beside promotional reminders; an appointment reminder makes it broad', () => {
  holds([
    ['fr', WC, 'partial', 'Vous pouvez retirer à tout moment votre consentement à la lettre d’information et à nos rappels promotionnels, par e-mail.'],
    ['de', WC, 'partial', 'Sie können Ihre Einwilligung in den Newsletter und in Erinnerungen an Sonderangebote jederzeit per E-Mail widerrufen.'],
    ['nl', WC, 'partial', 'U kunt uw toestemming voor de nieuwsbrief en voor herinneringen over aanbiedingen altijd per e-mail intrekken.'],
    ['fr', WC, 'partial', 'Vous pouvez retirer à tout moment votre consentement à la newsletter et au partage de vos données à des fins publicitaires, par e-mail.'],
    ['fr', WC, 'present', 'Vous pouvez retirer à tout moment votre consentement à la newsletter et aux rappels de rendez-vous par SMS, par e-mail.'],
    ['de', WC, 'present', 'Sie können Ihre Einwilligung in den Newsletter und in Erinnerungen an Ihre Termine jederzeit per E-Mail widerrufen.'],
    ['nl', WC, 'present', 'U kunt uw toestemming voor de nieuwsbrief en voor herinneringen aan uw afspraak altijd per e-mail intrekken.'],
  ]);
});

test('review s20 nl: asking a source for data ("opvragen bij") gives a source; asking the reader to send or show does not', () => {
  holds([
    ['nl', SRC, 'notpresent', 'Wij vragen bij nieuwe leden een recente foto op te sturen.'],
    ['nl', SRC, 'notpresent', 'We vragen bij twijfel om je rijbewijs op de balie te leggen.'],
    ['nl', SRC, 'present', 'Wij vragen bij uw vorige school uw cijferlijst op.'],
    ['nl', SRC, 'present', 'We vragen bij de gemeente een uittreksel uit het register op, als dat nodig is.'],
  ]);
});
