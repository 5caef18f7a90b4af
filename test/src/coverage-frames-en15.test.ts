// Issue 13, coverage by meaning, round 15 (session 21): the kinds the s20-R diagnosis found read by
// a mechanism that stops at a closed list (coverage-frames-en15-rows.ts). Batch a was written before
// this round's changes, batch b after them with the data frozen (the generalisation figure). A row
// the checker still gets wrong is listed in KNOWN with what it lacks and runs as a `todo`.
import { englishRow, roundRows } from './helpers/row-rounds.js';
import { BATCH_A, BATCH_B, KINDS } from './coverage-frames-en15-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch a: written before the changes (main at f5eba0f gets 17 of 34 wrong; this branch 4).
  "When the app crashes, a short report with your phone model is sent to Bugnest.": "round 15, batch a: a passive's subject is read as the nearest object before its verb (\"your phone model\", a device: no data), not the clause's head (\"a short report\"); \"a report is sent to Bugnest with your device model\" reads",
  "The app uses Sentryline so I can trace and repair crashes.": "round 15, batch a: a tool used for an end is read only in a sentence that names something of the reader's (\"… on your phone\"), so that \"we use Canva to design our posters\" stays no purpose; this one names none",
  "We use recycled paper to print our leaflets.": "round 15, batch a: a cue reads \"use … to <verb>\" whatever is used (wrong on main at f5eba0f too)",
  "The app uses very little battery so you can keep it running all day.": "round 15, batch a: a cue reads \"uses … so you can\" whatever is used (wrong on main at f5eba0f too)",
  "Our courier, Swiftvan, 3 Dock Road, Hull, help@swiftvan.example, delivers your parcels.": "round 15, kinds: a name spelt by the mail domain on an address line at the top or bottom is read as the operator's; a third party's own line there (here the row's only paragraph, so at the top) is not told apart",
  // Batch b: written after the changes, data frozen (main at f5eba0f gets 13 of 24 wrong; this branch 7).
  "Membership fees are processed via Duesly.": "round 15, batch b: \"fees\" is no reader data nor a data-bearing noun (bookings, invoices, reports), so a named party handling them is no recipient",
  "The booking form runs on Formcraft, which stores your answers for us.": "round 15, batch b: \"runs on\" is no word a name is read after (by, through, via, to, with, using, use), and \"which stores\" has no named party after it",
  "Please send your entries to Harvest Show, the yearly event in our village.": "round 15, batch b (over-fire): an event's capitalised name after \"to\" is read as a party, and a reader's imperative \"send … to\" as handing the data on; a name of an event or a place no list holds is not told from a party's",
  "I note your dog's vaccinations to confirm she can join group walks.": "round 15, batch b: \"note\" is no action of use or keeping",
  "We use local growers to source our vegetables.": "round 15, batch b: a cue reads \"use … to <verb>\" whatever is used (wrong on main at f5eba0f too)",
  "## What we collect\n\n- Nothing.": "round 15, batch b: \"Nothing.\" under a heading about what is collected is read only as a paragraph, not as a list item",
  "Complaints can also go to Citizens Advice · 1 High Street, Ludlow · advice@citizensadvice.example": "round 15, batch b (over-fire): as the courier in the kinds: a name spelt by the mail domain on an address line at the top or bottom is read as the operator's, whoever's line it is",
};

roundRows('frames round 15', { a: BATCH_A, b: BATCH_B, kinds: KINDS }, KNOWN, englishRow);
