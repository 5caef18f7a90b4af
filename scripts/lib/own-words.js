// Our words against the corpora's: which runs of N words a repository text shares with the texts
// in ../shared (seeds and labelled sets), and which of those the law notes in ../shared/law hold
// too (statutory wording: titles of laws, rights as the law names them). Shared by
// scripts/own-words.js (the report) and test/src/slow/own-words.test.ts (the gate).
//
// Words are letters and digits, lower-cased, accents dropped (as the corpus check always did).
// A Markdown, YAML or text file is one stretch of words; in code (TypeScript, JavaScript) only the
// string literals and comments are text, each literal its own stretch (a run never joins two test
// sentences through the code between them), literals joined by `+` one stretch.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/** The folders and files of the repository whose text is ours to keep in our own words. */
export const REPO_PARTS = [
  'clauses',
  'examples',
  'test/src',
  'test/fixtures',
  'test/e2e',
  'docs',
  'server/data',
  'server/src',
  'client/src',
  'scripts',
  'README.md',
  'CHANGELOG.md',
  'ARCHITECTURE.md',
  'package.json',
  'action.yml',
];
/**
 * The parts the slow test holds to our own words: every part but server/data, whose cue lists are
 * expressions built to match what policies say (the profiles' item names follow the law's).
 */
export const GATED_PARTS = REPO_PARTS.filter((p) => p !== 'server/data');
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'generated', '.git']);
const TEXT_EXT = new Set(['.md', '.txt', '.yaml', '.yml', '.json', '.html', '.ts', '.js', '.mjs', '.cjs']);
const CODE_EXT = new Set(['.ts', '.js', '.mjs', '.cjs']);
/** In ../shared/seeds and ../shared/eval: the folders' own notes and label files (ids and verdicts), which are no policy text. */
const NOT_CORPUS = /^((README|coverage-conventions)\.md|labels\.json)$/;

/** Every text file below `path` (a file or a folder), sorted. */
export function textFiles(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return [];
  }
  if (!st.isDirectory()) return TEXT_EXT.has(extname(path)) ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((f) => (SKIP_DIRS.has(f) ? [] : textFiles(join(path, f))));
}

/** The corpus files: seeds and labelled sets, without their folders' notes. */
export function corpusFiles(shared) {
  return [...textFiles(join(shared, 'seeds')), ...textFiles(join(shared, 'eval'))].filter((f) => !NOT_CORPUS.test(basename(f)));
}

/** The law notes. */
export function lawFiles(shared) {
  return textFiles(join(shared, 'law'));
}

const ESCAPE = /\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const norm = (w) => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Words of a text with where each stands: `{ w: string[], at: number[], end: number[] }`. */
export function wordsOf(text, base = 0) {
  const w = [];
  const at = [];
  const end = [];
  for (const m of text.matchAll(WORD)) {
    const n = norm(m[0]);
    if (!n) continue;
    // NFKD can split one character into two words' worth ("½"): keep them one word.
    w.push(n.replace(/[^\p{L}\p{N}]+/gu, ''));
    at.push(base + m.index);
    end.push(base + m.index + m[0].length);
  }
  return { w, at, end };
}

/** Runs of `n` words of every file given, as one set. */
export function runSet(files, n) {
  const set = new Set();
  for (const f of files) {
    const { w } = wordsOf(readFileSync(f, 'utf8'));
    for (let i = 0; i + n <= w.length; i++) set.add(w.slice(i, i + n).join(' '));
  }
  return set;
}

/**
 * The stretches of text of a repository file, as `[from, to]` offsets: the whole file, or in
 * code its string literals (joined by `+`) and comments.
 */
export function stretches(path, text) {
  if (!CODE_EXT.has(extname(path))) return [[0, text.length]];
  const out = [];
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, path.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const seenComments = new Set();
  const comments = (pos) => {
    for (const r of ts.getLeadingCommentRanges(text, pos) ?? []) {
      if (seenComments.has(r.pos)) continue;
      seenComments.add(r.pos);
      out.push([r.pos, r.end]);
    }
  };
  const isText = (n) => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);
  // A `+` chain of literals is one stretch: from its first literal to its last (the code between
  // is quotes and plus signs, no words).
  const concat = (n) =>
    ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken && (isText(n.right) || ts.isTemplateExpression(n.right)) && (isText(n.left) || concat(n.left));
  const visit = (n) => {
    comments(n.pos);
    if (concat(n)) {
      out.push([n.getStart(sf), n.end]);
      if (ts.isTemplateExpression(n.right)) n.right.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    if (isText(n)) {
      out.push([n.getStart(sf), n.end]);
      return;
    }
    if (ts.isTemplateExpression(n)) {
      // Each piece of a template its own stretch: `${…}` is a word we do not know.
      out.push([n.head.getStart(sf), n.head.end]);
      for (const s of n.templateSpans) {
        visit(s.expression);
        out.push([s.literal.getStart(sf), s.literal.end]);
      }
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  comments(sf.endOfFileToken.pos);
  // Comments between the last token and the end of file (getLeadingCommentRanges of the EOF token).
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * The runs of `n` words that a repository file shares with `theirs`, as passages: maximal
 * stretches of overlapping shared runs. `law`, when given, marks the runs it holds as statutory.
 * Returns `{ runs, statutory, passages: [{ from, to, line, text, runs, statutory }] }`, where
 * `runs` counts non-statutory run positions and `statutory` statutory ones.
 */
export function sharedRuns(path, text, n, theirs, law) {
  const passages = [];
  let runs = 0;
  let statutory = 0;
  const code = CODE_EXT.has(extname(path));
  for (const [from, to] of stretches(path, text)) {
    // In code, an escape (\n, \', \u2019) is no letter of the words beside it: blanked, same length.
    const piece = code ? text.slice(from, to).replace(ESCAPE, (e) => ' '.repeat(e.length)) : text.slice(from, to);
    const { w, at, end } = wordsOf(piece, from);
    let open = null;
    for (let i = 0; i + n <= w.length; i++) {
      const run = w.slice(i, i + n).join(' ');
      if (!theirs.has(run)) continue;
      const isLaw = law ? law.has(run) : false;
      if (isLaw) statutory++;
      else runs++;
      if (open && at[i] < open.to && open.isLaw === isLaw) {
        open.to = end[i + n - 1];
        open.count++;
      } else {
        open = { from: at[i], to: end[i + n - 1], count: 1, isLaw };
        passages.push(open);
      }
    }
  }
  const lineOf = (o) => text.slice(0, o).split('\n').length;
  return {
    runs,
    statutory,
    passages: passages.map((p) => ({
      from: p.from,
      to: p.to,
      line: lineOf(p.from),
      text: text.slice(p.from, p.to).replace(/\s+/g, ' '),
      runs: p.isLaw ? 0 : p.count,
      statutory: p.isLaw ? p.count : 0,
    })),
  };
}

/** The corpora's runs of `n` words (`theirs`) and the law notes' (`law`), read once for many compares. */
export function corpusSets(shared, n) {
  return { theirs: runSet(corpusFiles(shared), n), law: runSet(lawFiles(shared), n) };
}

/** Which folder a repository file is counted under in the report. */
export function folderOf(root, file) {
  const rel = relative(root, file).split(sep).join('/');
  const parts = rel.split('/');
  if (parts.length === 1) return rel;
  if (['test', 'server', 'client'].includes(parts[0])) return parts.slice(0, 2).join('/');
  if (parts[0] === 'clauses' && parts.length > 2) return parts.slice(0, 2).join('/');
  return parts[0];
}

/**
 * Every repository file below `parts` (paths relative to `root`) against the corpora in `shared`.
 * Returns `{ n, files: [{ file, folder, runs, statutory, passages }] }` for the files that share
 * any run, `file` relative to `root`. `sets`: the corpora's runs, when already read (`corpusSets`).
 */
export function compare(root, shared, n, parts = REPO_PARTS, sets = corpusSets(shared, n)) {
  const { theirs, law } = sets;
  const files = [];
  for (const part of parts)
    for (const f of textFiles(join(root, part))) {
      const r = sharedRuns(f, readFileSync(f, 'utf8'), n, theirs, law);
      if (r.runs + r.statutory) files.push({ file: relative(root, f).split(sep).join('/'), folder: folderOf(root, f), ...r });
    }
  return { n, files };
}
