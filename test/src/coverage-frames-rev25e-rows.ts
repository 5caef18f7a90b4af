// Session 25 review (engine): rows for what the merged change reads too widely, written before any fix.
// - a list under a short label ("**How long?**", "**Why?**", "**Wie lange?**") is read as a column only
//   where it is about people and their data (`personal`); the controller's own "we" / "our" said of its
//   deliveries, courses or buildings is no such word, nor is a German word that only ends in "-daten"
//   ("Kandidaten", "Soldaten"); look-alikes: the reader's data under the same labels still counts;
// - where all data is kept in one area and another sentence denies a transfer with an exception put first
//   ("Apart from …, no data is transferred outside the EU"; « À l'exception de …, aucun transfert … »),
//   that sentence names a transfer: the denial is not whole, so the kept sentence is no absence either;
//   look-alikes: a second plain denial still leaves the item given by absence.
// Written in our own words. `node scripts/score-rows.js . --rows=rev25e --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const BATCH_A: CrossRow[] = [
  // ---- 1. a short label over a list that is not about people and their data ----
  ['en', 'retention', 'notpresent', '**How long?**\n\n- We deliver within three working days.\n- Our evening courses run for twelve weeks.'],
  ['en', 'retention', 'notpresent', '**How long?**\n\n- Our workshops last about two hours.\n- We hire out the kayaks for half a day.'],
  ['en', 'purposes', 'notpresent', '**Why?**\n\n- Our clubhouse needs a new roof before winter.\n- We want a second court for juniors.'],
  ['nl', 'retention', 'notpresent', '**Hoe lang?**\n\n- We bezorgen binnen drie werkdagen.\n- Onze cursussen duren tien weken.'],
  ['de', 'retention', 'notpresent', '**Wie lange?**\n\n- Die Ausbildung der Kandidaten dauert zwei Jahre.\n- Die Prüfung dauert drei Stunden.'],
  ['fr', 'retention', 'notpresent', '**Combien de temps ?**\n\n- Nous livrons en trois jours ouvrés.\n- Nos stages durent deux semaines.'],
  // look-alikes: the reader's data under the same labels
  ['en', 'retention', 'present', '**How long?**\n\n- We keep your booking details for two years after your last visit.'],
  ['en', 'retention', 'present', '**How long?**\n\n- Membership records: six years after you leave the club.'],
  ['nl', 'retention', 'present', '**Hoe lang?**\n\n- Uw inschrijfgegevens: twee jaar na uw laatste les.'],
  ['de', 'retention', 'present', '**Wie lange?**\n\n- Bewerberdaten: sechs Monate nach dem Ende des Verfahrens.'],
  // ---- 2. all kept in one area, and a denial whose exception comes first ----
  ['en', 'international-transfers', 'partial', 'All member records are hosted in Ireland. Apart from the addresses our mailing tool keeps in the United States, no data is transferred outside the EU.'],
  ['fr', 'international-transfers', 'partial', "Toutes les données sont hébergées en France. À l'exception des adresses que notre outil d'envoi conserve aux États-Unis, aucun transfert n'est effectué hors de l'UE."],
  ['fr', 'international-transfers', 'partial', "À l'exception des adresses que notre outil d'envoi conserve aux États-Unis, aucun transfert n'est effectué hors de l'UE."],
  ['de', 'international-transfers', 'partial', 'Alle Daten liegen auf Servern in Deutschland. Abgesehen von den Adressen, die unser Versanddienst in den USA speichert, werden keine Daten außerhalb der EU übermittelt.'],
  ['nl', 'international-transfers', 'partial', 'Alle gegevens staan op servers in Nederland. Met uitzondering van de adressen die onze verzenddienst in de Verenigde Staten bewaart, worden geen gegevens buiten de EU doorgegeven.'],
  // look-alikes: a second plain denial leaves the item given by absence
  ['fr', 'international-transfers', 'present', "Toutes les données sont hébergées en France. Aucun transfert n'est effectué hors de l'UE."],
  ['en', 'international-transfers', 'present', 'All member records are hosted in Ireland. No data is transferred outside the EU.'],
  ['en', 'international-transfers', 'present', 'All member records are hosted in Ireland. Apart from that, no data is transferred outside the EU.'],
];

// Written after batch a's changes (the exception put first in `exceptions`): the same shape said of what is
// left out, beside look-alikes where "apart from that" adds to what was said and the denial stays whole.
export const BATCH_B: CrossRow[] = [
  ['en', 'international-transfers', 'partial', 'All booking records are stored in Belgium. Aside from the invoices our accountant keeps in Switzerland, nothing is transferred outside the EU.'],
  ['en', 'recipients', 'present', 'With the exception of our payment provider, we pass your details to no one.'],
  ['fr', 'international-transfers', 'partial', "Nos serveurs sont tous en Belgique. Hormis les factures que notre comptable garde en Suisse, aucune donnée ne quitte l'UE."],
  ['de', 'international-transfers', 'partial', 'Unsere Server stehen alle in Österreich. Mit Ausnahme der Rechnungen, die unser Steuerbüro in der Schweiz aufbewahrt, werden keine Daten außerhalb der EU übermittelt.'],
  // look-alikes: "apart from that" adds; the denial is whole
  ['en', 'international-transfers', 'present', 'Apart from this, no data is transferred outside the EU.'],
  ['fr', 'international-transfers', 'present', "Hormis cela, aucun transfert n'est effectué hors de l'UE."],
  ['de', 'international-transfers', 'present', 'Abgesehen davon werden keine Daten außerhalb der EU übermittelt.'],
];

export const LABEL = 'frames round 25 (review, engine)';

export const KNOWN: Record<string, string> = {
  // Batch b: written after batch a's changes (1 of 7 wrong then; main 3 of 7).
  "Nos serveurs sont tous en Belgique. Hormis les factures que notre comptable garde en Suisse, aucune donnée ne quitte l'UE.":
    'round 25 review, batch b: missing: the exception now keeps the denial from being whole, but no French cue reads "garde en Suisse" as a transfer (Switzerland is no place the transfer cues name)',
};
