// The coverage classifier's data and training, shared by scripts/train-coverage.js (writes the
// model) and scripts/eval-classifier.js (cross-validation by test file, and the dev sets).
//
// Data: only the project's own labelled text. Each compiled coverage test file (test/out/coverage-*.test.js)
// is run with POLICYWRIGHT_RECORD_COVERAGE set; its helpers (test/src/helpers/coverage-lang.ts)
// record every text a test holds to an expectation: the requirements asked about with their
// status (the suite is green, so that is the status the test holds the checker to; a whole report
// is recorded with the test's own expectation) and the whole report with its evidence ranges.
// Each text is read into sentences as the engine's model reads them (`unitsOf`). For a requirement
// asked about: given or partly given, the sentences of its evidence are positive examples; missing,
// every sentence of the text is a negative one. A requirement not asked about that the checker
// reports missing gives weaker negatives (WEAK). Nothing from ../shared is read here.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, mkdtempSync, existsSync, statSync } from 'node:fs';
import { basename, join, dirname } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const OUT = join(ROOT, 'test', 'out');
/** Items decided by a date or by the front matter, which the cues read exactly: no model. */
export const SKIP = new Set(['last-updated', 'ccpa-last-updated']);
/** A model per requirement and language needs at least this many positive sentences. */
export const MIN_POSITIVES = 5;

export const BITS = 20;
export const STEM = 6;

/** The folders of test/out that hold coverage tests: the unit suite's and the corpus suite's (test/src/corpus). */
const SUITES = ['', 'corpus'];
/**
 * The compiled coverage test files, by path under test/out, in the order of their names (wherever a
 * file is, its texts come in the same place): those with a source in test/src (not one left from
 * an earlier build of a deleted source).
 */
export function testFiles() {
  return SUITES.flatMap((dir) =>
    existsSync(join(OUT, dir))
      ? readdirSync(join(OUT, dir))
          .filter((f) => /^coverage-.*\.test\.js$/.test(f) && existsSync(join(ROOT, 'test', 'src', dir, f.replace(/\.js$/, '.ts'))))
          .map((f) => (dir ? `${dir}/${f}` : f))
      : [],
  ).sort((a, b) => (basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : 0));
}

/**
 * Runs each test file recording its labelled texts: [{ file, records: [{ text, asked, report }] }],
 * in the files' order; `jobs` files at a time (the files are independent processes). `file` is the
 * file's name, whichever suite's folder holds it.
 */
export async function extract(files = testFiles(), jobs = availableParallelism()) {
  const dir = mkdtempSync(join(tmpdir(), 'pw-rows-'));
  try {
    const record = (file) =>
      new Promise((resolve, reject) => {
        const out = join(dir, `${basename(file)}.jsonl`);
        const env = { ...process.env, POLICYWRIGHT_RECORD_COVERAGE: out };
        delete env.NODE_TEST_CONTEXT;
        const child = spawn(process.execPath, [join(OUT, file)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let said = '';
        const keep = (chunk) => (said = (said + chunk).slice(-2000));
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        child.on('error', reject);
        child.on('close', (code) => {
          if (code !== 0) return reject(new Error(`${file} failed while recording its rows:\n${said}`));
          const records = existsSync(out) ? readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
          resolve({ file: basename(file), records });
        });
      });
    const results = new Array(files.length);
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const i = next++;
        results[i] = await record(files[i]);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, worker));
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What training reads, directly or through the checker's reports: the files whose bytes decide the model. */
const INPUTS = ['server/src', 'server/data', 'clauses', 'test/src', 'test/fixtures/rounds', 'test/fixtures/writer-rows', 'scripts/lib/coverage-train.js', 'scripts/lib/round-examples.js', 'scripts/lib/writer-rows.js', 'scripts/train-coverage.js', 'package-lock.json'];
// Not inputs: the model itself, and what the build generates from server/data and clauses.
const NOT_INPUTS = new Set([join('server', 'data', 'models'), join('server', 'src', 'generated')]);

/**
 * A digest of the training's inputs (every file under INPUTS but the model itself, by path and
 * bytes, and Node's major version). The model records the digest it was trained on, so a check on
 * the same inputs need not train again; any change to the engine, its data or the tests changes it.
 */
export function inputsDigest() {
  const hash = createHash('sha256').update(`node ${process.versions.node.split('.')[0]}\n`);
  const walk = (rel) => {
    if (NOT_INPUTS.has(rel)) return;
    const abs = join(ROOT, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) walk(join(rel, name));
      return;
    }
    hash.update(`${rel.split('\\').join('/')}\0`).update(readFileSync(abs)).update('\0');
  };
  for (const rel of INPUTS) walk(rel);
  return hash.digest('hex');
}

/** A test file's records, one per text: a text may be recorded by several tests, what they asked merged. */
export function merged(records) {
  const byText = new Map();
  for (const r of records) {
    const had = byText.get(r.text);
    if (had) Object.assign(had.asked, r.asked);
    else byText.set(r.text, { ...r, asked: { ...r.asked } });
  }
  return [...byText.values()];
}

/**
 * Labelled sentences: { file, lang, requirement, text, y (1 gives or partly, 0 not), w (weight),
 * group (the recorded text, for "any sentence of the text" scores), label }.
 */
export async function examples(extracted, settings = SETTINGS) {
  const { parseDocument, blockSpan } = await import('../../server/out/engine/document.js');
  const { unitsOf } = await import('../../server/out/engine/coverage-check.js');
  const out = [];
  for (const { file, records } of extracted) {
    let group = 0;
    for (const { text, asked, report } of merged(records)) {
      group++;
      const doc = parseDocument(text);
      const units = [];
      for (const block of doc.blocks) {
        for (const u of unitsOf(block)) {
          const span = blockSpan(block, u.from, u.to);
          units.push({ text: block.text.slice(u.from, u.to), start: span.start, end: span.end });
        }
      }
      for (const [requirement, entry] of Object.entries(report)) {
        if (SKIP.has(requirement)) continue;
        const label = asked[requirement];
        const base = { file, lang: doc.language, requirement, group: `${file}#${group}` };
        if (label === 'partial' && settings.partial !== 'positive') {
          // A partly given item counts as not given (the conventions): its evidence is a negative
          // example at `settings.partial` weight (0: none).
          if (!settings.partial) continue;
          const ranges = entry.evidence.map(([l1, c1, l2, c2]) => [doc.lines.offsetAt({ line: l1, character: c1 }), doc.lines.offsetAt({ line: l2, character: c2 })]);
          for (const u of units) if (ranges.some(([a, b]) => u.start < b && u.end > a)) out.push({ ...base, text: u.text, y: 0, w: settings.partial, label });
        } else if (label === 'present' || label === 'partial') {
          const ranges = entry.evidence.map(([l1, c1, l2, c2]) => [doc.lines.offsetAt({ line: l1, character: c1 }), doc.lines.offsetAt({ line: l2, character: c2 })]);
          for (const u of units) if (ranges.some(([a, b]) => u.start < b && u.end > a)) out.push({ ...base, text: u.text, y: 1, w: 1, label });
        } else if (label === 'missing') {
          for (const u of units) out.push({ ...base, text: u.text, y: 0, w: 1, label });
        } else if (label === undefined && entry.status === 'missing' && settings.weak) {
          for (const u of units) out.push({ ...base, text: u.text, y: 0, w: settings.weak, label: 'weak' });
        }
      }
    }
  }
  return out;
}

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Training settings. weak: the weight of a negative example that the checker's own `missing` gives
 * (a requirement no test asked about); partial: 'positive', or the weight of a partly given item's
 * evidence as a negative example (0: left out); norm: 1 to scale a sentence's features by one over
 * the square root of their number (a long sentence does not sum many small weights).
 */
export const SETTINGS = { epochs: 12, rate: 0.2, l2: 1e-3, keep: 1500, minWeight: 0.02, weak: 0.3, partial: 0.5, norm: 1 };

/**
 * One logistic model by stochastic gradient descent (AdaGrad steps, L2 on the weights a step
 * touches), the classes weighed equally, the order shuffled with a seed from the model's name:
 * the same examples give the same weights. Returns { bias, w: Map feature → weight }.
 */
export function trainOne(name, xs, ys, ws, settings = SETTINGS) {
  const pos = ws.reduce((s, w, i) => s + (ys[i] ? w : 0), 0);
  const neg = ws.reduce((s, w, i) => s + (ys[i] ? 0 : w), 0);
  const cw = (i) => ws[i] * (ys[i] ? (pos + neg) / (2 * pos) : (pos + neg) / (2 * neg));
  const w = new Map();
  const g2 = new Map();
  let bias = 0;
  let b2 = 1e-8;
  const order = xs.map((_, i) => i);
  const rnd = mulberry32(seedOf(name));
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const scale = settings.norm ? 1 / Math.sqrt(Math.max(1, xs[i].length)) : 1;
      let z = 0;
      for (const f of xs[i]) z += w.get(f) ?? 0;
      z = bias + z * scale;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - ys[i]) * cw(i);
      for (const f of xs[i]) {
        const wf = w.get(f) ?? 0;
        const gf = g * scale + settings.l2 * wf;
        const acc = (g2.get(f) ?? 1e-8) + gf * gf;
        g2.set(f, acc);
        w.set(f, wf - (settings.rate * gf) / Math.sqrt(acc));
      }
      b2 += g * g;
      bias -= (settings.rate * g) / Math.sqrt(b2);
    }
  }
  return { bias, w };
}

/**
 * Keeps the strongest weights, rounded to hundredths, as [feature step, weight × 100] pairs: the
 * features ascending, each written as its distance from the one before (the first from 0).
 */
export function pack({ bias, w }, settings = SETTINGS) {
  const kept = [...w].filter(([, v]) => Math.abs(v) >= settings.minWeight).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0]).slice(0, settings.keep);
  kept.sort((a, b) => a[0] - b[0]);
  const flat = [];
  let last = 0;
  for (const [f, v] of kept) {
    const q = Math.round(v * 100);
    if (q === 0) continue;
    flat.push(f - last, q);
    last = f;
  }
  return { bias: Math.round(bias * 1000) / 1000, w: flat };
}

/** The packed weights as a map feature → weight. */
export function unpack(model) {
  const out = new Map();
  let f = 0;
  for (let i = 0; i + 1 < model.w.length; i += 2) out.set((f += model.w[i]), model.w[i + 1] / 100);
  return out;
}

/**
 * Labelled sentences grouped by language and requirement, in key order, each group with at least
 * MIN_POSITIVES positives; the same sentence (by `keyOf`) with the same label counts once, at its
 * highest weight. `keep` leaves examples out before grouping.
 */
export function trainingGroups(exs, keyOf = (e) => e.text, keep = () => true) {
  const groups = new Map();
  for (const e of exs) {
    if (!keep(e)) continue;
    const k = `${e.lang}\u0000${e.requirement}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(e);
  }
  const out = [];
  for (const k of [...groups.keys()].sort()) {
    const [lang, requirement] = k.split('\u0000');
    const list = groups.get(k);
    if (list.filter((e) => e.y === 1).length < MIN_POSITIVES) continue;
    const seen = new Map();
    for (const e of list) {
      const key = `${e.y}\u0000${keyOf(e)}`;
      if ((seen.get(key)?.w ?? 0) < e.w) seen.set(key, e);
    }
    const uniq = [...seen.values()].sort((a, b) => a.y - b.y || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    out.push({ key: k, lang, requirement, uniq });
  }
  return out;
}

/** Every model (language → requirement → packed model) from labelled sentences. */
export async function trainAll(exs, settings = SETTINGS) {
  const { featureIds } = await import('../../server/out/engine/coverage-check.js');
  const features = new Map();
  const fx = (t) => {
    let v = features.get(t);
    if (!v) features.set(t, (v = featureIds(t, BITS, STEM)));
    return v;
  };
  const models = {};
  for (const { key: k, lang, requirement, uniq } of trainingGroups(exs)) {
    const m = trainOne(k, uniq.map((e) => fx(e.text)), uniq.map((e) => e.y), uniq.map((e) => e.w), settings);
    (models[lang] ??= {})[requirement] = pack(m, settings);
  }
  // The engine's scorer packs a feature's requirements in six bits (coverage-check.ts).
  for (const [lang, ms] of Object.entries(models)) if (Object.keys(ms).length > 63) throw new Error(`${lang}: more than 63 requirement models`);
  return models;
}

/** The probability a packed model gives a text. */
export function scoreWith(model, ids, norm = SETTINGS.norm) {
  let z = 0;
  const w = model.index ?? (model.index = unpack(model));
  for (const f of ids) z += w.get(f) ?? 0;
  z = model.bias + z * (norm ? 1 / Math.sqrt(Math.max(1, ids.length)) : 1);
  return 1 / (1 + Math.exp(-z));
}
