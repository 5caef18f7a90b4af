// Labelled sentences from the project's own written rounds (test/fixtures/rounds/<name>: whole
// policies in en/nl/de/fr written by this project's helpers in their own words, each with
// labels.json and rationale.md), for the coverage classifier (scripts/lib/coverage-train.js).
//
// rationale.md quotes, per policy and per given or partly given item, the deciding sentence(s).
// Its format differs a little from round to round ("- id: true — “quote”", "- `id` = true: \"quote\"",
// "- **id**: partial — …", several ids on one line, "  - also — …" lines), so it is read loosely:
// a policy's section starts at a heading naming its file; a list line names requirement ids before
// its first quote, and every quoted stretch on it (cut at "…" or "...") is looked for in the
// policy's sentences as the engine splits them (`unitsOf`), compared as lower-case letters and
// digits only, across sentence ends. The labels decide, not the rationale's wording:
//   - an item labelled true: the sentences its quotes fall in are positive examples;
//   - an item labelled "partial": those sentences are negatives at `settings.partial` weight
//     (the conventions count a partly given item as not given), as for the test rows;
//   - an item labelled false: every sentence of the policy is a negative example.
// A quote found nowhere (paraphrased, or in a heading) gives nothing.
// A round may hold doubtful.json ({ "<file>": ["<requirement>", …] }): labels its reviewers doubt,
// kept for scoring (npm run eval reads labels.json alone) but left out of training.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ROUNDS = join(ROOT, 'test', 'fixtures', 'rounds');

/** The rounds in the repository (folders with a labels.json and a rationale.md), sorted. */
export function roundNames(dir = ROUNDS) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'labels.json')) && existsSync(join(dir, d, 'rationale.md')))
    .sort();
}

/** Lower-case letters and digits, every other run one space. */
export function normal(text) {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const QUOTE = /“([^”]{3,})”|"([^"\n]{3,})"|«\s*([^»]{3,}?)\s*»|„([^“”]{3,})[“”]/g;
const ELLIPSIS = /…|\.\.\.|\[\.\.\.\]/;
/** A quoted stretch shorter than this (letters and digits, spaces) is too short to place. */
const MIN_FRAGMENT = 12;

/**
 * Per policy file of a rationale: the quotes given for each requirement id named.
 * Returns Map file → Map requirement → string[] (quoted fragments).
 */
export function readRationale(text, files, ids) {
  const out = new Map();
  let file = null;
  let last = [];
  let lastFragments = [];
  const byLength = [...ids].sort((a, b) => b.length - a.length);
  const rights = ids.filter((id) => id.startsWith('right-'));
  for (const line of text.split(/\r?\n/)) {
    const heading = /^#{2,4}\s+(.*)$/.exec(line);
    if (heading) {
      file = files.find((f) => heading[1].includes(f)) ?? files.find((f) => heading[1].includes(f.replace(/\.md$/, ''))) ?? null;
      last = [];
      lastFragments = [];
      continue;
    }
    if (!file) continue;
    const item = /^(\s*)[-*]\s+(.*)$/.exec(line);
    if (!item) continue;
    const body = item[2];
    QUOTE.lastIndex = 0;
    const first = QUOTE.exec(body);
    // Ids named before the first quote, in the last sentence before it ("id1: a note. id2: “…”"
    // quotes for id2 only); a "right-access / rectification / erasure" line names the others by their last word.
    const head = (first ? body.slice(0, first.index) : body).toLowerCase().split(/[.;]\s+/).pop();
    let named = [];
    let rest = head;
    for (const id of byLength) {
      if (rest.includes(id)) {
        named.push(id);
        rest = rest.split(id).join(' ');
      }
    }
    if (named.some((id) => id.startsWith('right-')) || /\brights?\b/.test(head)) {
      for (const id of rights) if (!named.includes(id) && new RegExp(`\\b${id.slice(6)}\\b`).test(rest)) named.push(id);
    }
    if (/^\s*(false|not given|look-?alike|notes?)\b/.test(head.replace(/[`*_]/g, ''))) named = [];
    // An indented "also" line quotes more for the item above it.
    if (!named.length && item[1].length > 0 && /also|\+/.test(head)) named = last;
    if (!named.length) continue;
    last = named;
    const fragments = [];
    QUOTE.lastIndex = 0;
    for (const m of body.matchAll(QUOTE)) {
      const q = m[1] ?? m[2] ?? m[3] ?? m[4];
      for (const piece of q.split(ELLIPSIS)) {
        const n = normal(piece.replace(/\*\*|`/g, ''));
        if (n.length >= MIN_FRAGMENT) fragments.push(n);
      }
    }
    // "right-rectification (true): same sentence." quotes what the line above it quoted.
    if (!fragments.length && /\bsame\b/i.test(body)) fragments.push(...lastFragments);
    if (!fragments.length) continue;
    lastFragments = fragments;
    const perFile = out.get(file) ?? new Map();
    out.set(file, perFile);
    for (const id of named) perFile.set(id, [...(perFile.get(id) ?? []), ...fragments]);
  }
  return out;
}

/**
 * A policy's sentences as the model reads them, with the normalised text of all of them joined
 * by one space and where each one lies in it.
 */
function sentences(text, parseDocument, unitsOf) {
  const doc = parseDocument(text);
  const units = [];
  let joined = '';
  for (const block of doc.blocks) {
    for (const u of unitsOf(block)) {
      const t = block.text.slice(u.from, u.to);
      const n = normal(t);
      if (!n) continue;
      if (joined) joined += ' ';
      units.push({ text: t, from: joined.length, to: joined.length + n.length });
      joined += n;
    }
  }
  return { language: doc.language, units, joined };
}

/** The indexes of the units a fragment falls in (every place it occurs). */
function placed(fragment, { units, joined }) {
  const hit = new Set();
  for (let at = joined.indexOf(fragment); at >= 0; at = joined.indexOf(fragment, at + 1)) {
    const end = at + fragment.length;
    units.forEach((u, i) => {
      if (u.from < end && u.to > at) hit.add(i);
    });
  }
  return hit;
}

/**
 * Labelled sentences of the rounds, in the shape of coverage-train.js's `examples`
 * ({ file: 'round:<name>', lang, requirement, text, y, w, group, label }), and how many quotes
 * were placed. `skip`: requirement ids not modelled.
 */
export async function roundExamples(settings, skip = new Set(), names = roundNames(), dir = ROUNDS) {
  const { parseDocument } = await import('../../server/out/engine/document.js');
  const { unitsOf } = await import('../../server/out/engine/coverage-check.js');
  const out = [];
  const stats = { quotes: 0, placed: 0, positives: 0, unplaced: [], perRound: {} };
  for (const name of names) {
    const labels = JSON.parse(readFileSync(join(dir, name, 'labels.json'), 'utf8'));
    const doubtfulAt = join(dir, name, 'doubtful.json');
    const doubtful = existsSync(doubtfulAt) ? JSON.parse(readFileSync(doubtfulAt, 'utf8')) : {};
    const tally = (stats.perRound[name] = { quotes: 0, placed: 0 });
    const files = Object.keys(labels).sort();
    const ids = [...new Set(files.flatMap((f) => Object.keys(labels[f])))];
    const quotes = readRationale(readFileSync(join(dir, name, 'rationale.md'), 'utf8'), files, ids);
    for (const file of files) {
      const path = join(dir, name, file);
      if (!existsSync(path)) continue;
      const s = sentences(readFileSync(path, 'utf8'), parseDocument, unitsOf);
      const base = { file: `round:${name}`, lang: s.language, group: `round:${name}/${file}` };
      for (const [requirement, label] of Object.entries(labels[file]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (skip.has(requirement) || doubtful[file]?.includes(requirement)) continue;
        if (label === false || label === 'missing') {
          for (const u of s.units) out.push({ ...base, requirement, text: u.text, y: 0, w: 1, label: 'missing' });
          continue;
        }
        const hit = new Set();
        for (const f of quotes.get(file)?.get(requirement) ?? []) {
          stats.quotes++;
          tally.quotes++;
          const h = placed(f, s);
          if (h.size) {
            stats.placed++;
            tally.placed++;
          }
          else stats.unplaced.push(`${name}/${file} ${requirement}: ${f.slice(0, 60)}`);
          for (const i of h) hit.add(i);
        }
        for (const i of [...hit].sort((a, b) => a - b)) {
          const text = s.units[i].text;
          if (label === true) {
            out.push({ ...base, requirement, text, y: 1, w: 1, label: 'present' });
            stats.positives++;
          } else if (label === 'partial' && settings.partial && settings.partial !== 'positive') {
            out.push({ ...base, requirement, text, y: 0, w: settings.partial, label: 'partial' });
          }
        }
      }
    }
  }
  return { examples: out, stats };
}
