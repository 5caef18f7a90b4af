// Issue 13, coverage by meaning, seventh round (session 14): held-out English rows for the source
// of the data named in plain words: "we receive … from <a named kind of party>", "it comes from
// your bank", "the results are sent to us by the league". Look-alikes that must not give the item:
// the reader receiving something from us, money (not data) coming from a bank, a negated source,
// and a party that receives data from us. Written in our own words. Batch 1 was written BEFORE this
// round's change, batch 2 AFTER it with the data frozen (the generalisation figure).
import type { FrameRow } from './coverage-frames-en-rows.js';

export const BATCH1: FrameRow[] = [
  ['data-source', 'present', 'We also receive your exam marks from your school once the term has ended.'],
  ['data-source', 'present', 'When your employer signs you up, we get your work e-mail address from the employer.'],
  ['data-source', 'present', 'Your account balance comes from your bank, which shares it with us once you approve the link.'],
  ['data-source', 'present', 'Match scores are sent to us by the county league after every fixture.'],
  ['data-source', 'present', 'If a hospital refers you, we receive the discharge summary from the hospital.'],
  ['data-source', 'present', 'Background check outcomes come from the national vetting agency.'],
  // look-alikes
  ['data-source', 'notpresent', 'You will receive a confirmation e-mail from us after you book.'],
  ['data-source', 'notpresent', 'The refund comes from your bank within five working days.'],
  ['data-source', 'notpresent', 'We send your results to your doctor if you ask us to.'],
  ['data-source', 'notpresent', 'You can get a free printed copy from the reception desk.'],
  // whether decisions are automated, said of one kind of decision: "no refusal rests on the machine alone"
  ['automated-decision-making', 'present', 'A person always looks at a flagged booking, so no cancellation is made solely by automated means.'],
  ['automated-decision-making', 'present', 'No application for a loan is turned down by our scoring system alone; an adviser decides.'],
  ['automated-decision-making', 'notpresent', 'No decision on your complaint is taken until you have had a chance to reply.'],
  ['automated-decision-making', 'notpresent', 'No refund is given solely on the basis of a photo.'],
];

export const BATCH2: FrameRow[] = [
  ['data-source', 'present', 'Lap times are passed to us by the timing provider at the end of each race.'],
  ['data-source', 'present', 'Your vaccination record comes from your previous clinic when you transfer to us.'],
  ['data-source', 'present', 'If your school registers you for the tournament, we also receive your year group and team.'],
  ['data-source', 'present', 'The credit information we use comes from a licensed credit reference agency.'],
  ['data-source', 'present', 'Policy details are provided to us by your insurer when you make a claim.'],
  // look-alikes
  ['data-source', 'notpresent', 'The loan itself comes from our partner bank, not from us.'],
  ['data-source', 'notpresent', 'Invoices are sent to you by e-mail on the first day of each month.'],
  ['data-source', 'notpresent', 'If your card is declined, we will let you know by text message.'],
  ['data-source', 'notpresent', 'Your parcel comes from our warehouse in Leeds.'],
  ['data-source', 'notpresent', 'We pass your claim number to your insurer so they can settle the bill.'],
  ['automated-decision-making', 'present', 'No membership is suspended purely by software; a moderator reviews every report first.'],
  ['automated-decision-making', 'present', 'No claim is rejected by the fraud system alone.'],
  ['automated-decision-making', 'notpresent', 'No booking is confirmed until the deposit has been paid.'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames round 7';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch 2: written after the change, data frozen.
};
