// Issue 13, fifteenth round for Dutch, German and French (session 22, helper cov-given): held-out rows for
// false alarms of data-source — the reader's data entered or handed over by another party (an employer,
// a former school, a health platform), read in its own words; and the policy's date in a line set in
// italics with underscores (last-updated); beside look-alikes. Written in our own
// words, BATCH_A BEFORE any change. `node scripts/score-rows.js . --rows=intl15 --batch=a` counts the wrong rows.
import type { IntlRow } from './coverage-frames-intl-rows.js';

export const BATCH_A: IntlRow[] = [
  // data another party entered or handed over
  ['de', 'data-source', 'present', 'Nutzt Ihr Verein unsere Software, verarbeiten wir die vom Verein eingetragenen Angaben zu Ihrer Mitgliedschaft.'],
  ['de', 'data-source', 'present', 'Vom Versandhändler erhalten wir lediglich die Sendungsnummer und Ihre Postleitzahl.'],
  ['nl', 'data-source', 'present', 'Bij de overstap ontvangen wij van je vorige huisarts een medisch dossier.'],
  ['nl', 'data-source', 'present', 'Stappen en slaapduur uit Garmin Connect, als je de koppeling aanzet.'],
  ['fr', 'data-source', 'present', 'Nous recevons de votre ancienne école un bulletin de notes lors de l’inscription.'],
  // look-alikes
  ['de', 'data-source', 'notpresent', 'Vom Verein erhalten Sie jedes Jahr einen Mitgliedsausweis.'],
  ['nl', 'data-source', 'notpresent', 'Wij ontvangen van de gemeente een bijdrage voor de zomerschool.'],
  ['fr', 'data-source', 'notpresent', 'Nous recevons de nos fournisseurs les pièces de rechange sous huit jours.'],
  // the policy's date in a line set in italics with underscores
  ['nl', 'last-updated', 'present', '_Laatst bijgewerkt: 3 maart 2026_'],
  ['de', 'last-updated', 'present', '_Stand: 1. Februar 2026_'],
  ['fr', 'last-updated', 'present', '_Mise à jour : 5 janvier 2026_'],
  ['de', 'last-updated', 'notpresent', '_Öffnungszeiten: Montag bis Freitag_'],
];

export const LABEL = 'frames intl round 15';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  'Nutzt Ihr Verein unsere Software, verarbeiten wir die vom Verein eingetragenen Angaben zu Ihrer Mitgliedschaft.':
    'round intl 15, batch a: data entered by another party (“die vom Verein eingetragenen Angaben”) is read with from-other, but only get-access and handing actions give a source, not processing such data',
  'Stappen en slaapduur uit Garmin Connect, als je de koppeling aanzet.':
    'round intl 15, batch a: a list fragment with no verb: the named platform after “uit” is read only with a receiving verb',
  'Nous recevons de votre ancienne école un bulletin de notes lors de l’inscription.':
    'round intl 15, batch a: “un bulletin de notes” is no object class of the reader’s data; the source is read but the object is not',
};
