// Issue 13, session 39: classes a blind writer's round of realistic policies (outside the repository)
// showed the cues misreading, each written here in our own words with look-alikes that share their
// words: a denial of decisions taken "using automated decision-making" (the practice named as the
// means); a one-person developer named in brackets after "I" (not a numeral: "Part I (…)").
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const LABEL = 'frames grid39';

export const BATCH_A: CrossRow[] = [
  ['en', 'automated-decision-making', 'present', 'We never take decisions about our members using automated decision-making or profiling.'],
  ['en', 'automated-decision-making', 'present', 'The practice does not make decisions about patients using automated decision making.'],
  ['en', 'automated-decision-making', 'partial', 'We use profiling to choose which offers you see in the app.'],
  ['en', 'automated-decision-making', 'notpresent', 'Among your rights is one not to be made subject to automated decision-making.'],
  ['en', 'controller-identity', 'present', 'Tallyjar is a free budgeting app. I (Rosa Quintero) build and look after it on my own.\n\nWrite to me at rq.budget@mailbox.example with any question.'],
  ['en', 'controller-identity', 'partial', 'Tallyjar is a free budgeting app. I (Rosa Quintero) build and look after it on my own.'],
  ['en', 'controller-identity', 'missing', 'Part I (Personal Data) below lists what the app stores on your phone.'],
  ['en', 'controller-identity', 'missing', 'Annex I (Standard Contractual Clauses) sets out the terms of each transfer.'],
];

export const KNOWN: Record<string, string> = {};
