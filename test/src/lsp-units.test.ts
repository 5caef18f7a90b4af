// The language server's pure parts, on hand-made findings: how fixes become code actions and
// fix-all edits, snippets become plain text, coverage becomes a summary, and which files count
// as policies. (The rules that produce such findings are tested on their own fixtures.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, Published, quickFixes as quickFixesOf, snippetToPlain, toLspDiagnostic, toLspDiagnostics, nonOverlapping } from '../../server/out/lsp/convert.js';
import { coverageReport, coverageSummaries, coverageLenses, hover, placeholderPrefix } from '../../server/out/lsp/features.js';
import { isPolicyDocument, hasPolicyFrontMatter } from '../../server/out/lsp/policy-files.js';
import { collector, heapKeeper } from '../../server/out/lsp/worker-heap.js';
import { runs } from './helpers/properties.js';
import type { Analysis } from '../../server/out/lsp/analysis.js';
import type { Diagnostic, Fix, Coverage } from '../../server/out/engine/types.js';

/** How long a test waits for the scheduler to settle: a safety net against a hang, not a time limit (the first check compiles every cue, and a loaded machine can take many seconds). */
const SETTLE_MS = 120_000;

const r = (l1: number, c1: number, l2 = l1, c2 = c1) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

test('snippet text becomes plain text', () => {
  assert.equal(snippetToPlain('Write to ${1:dpo@example.org} within $2 days.$0'), 'Write to dpo@example.org within  days.');
  assert.equal(snippetToPlain('${1|ICO,CNIL|} and ${2:a ${3:nested} one} \\$5 \\}'), 'ICO and a nested one $5 }');
  assert.equal(snippetToPlain('no tab stops: $ sign, {braces}'), 'no tab stops: $ sign, {braces}');
  assert.equal(snippetToPlain('${1:unclosed'), 'unclosed');
});

const fix = (title: string, kind: Fix['kind'], edits: Fix['edits'], extra: Partial<Fix> = {}): Fix => ({ title, kind, edits, ...extra });
const diag = (rule: string, fixes?: Fix[], extra: Partial<Diagnostic> = {}): Diagnostic => ({ rule, severity: 'warning', message: `${rule} here`, range: r(1, 0, 1, 5), ...(fixes ? { fixes } : {}), ...extra });

test('a diagnostic carries code, docs link, related places and what code actions need', () => {
  const d = toLspDiagnostic(
    diag('duplicate-block', [fix('Remove this copy', 'fix', [{ range: r(1, 0, 2, 0), newText: '' }])], {
      docs: 'file:///ext/docs/rules/duplicate-block.md',
      related: [{ range: r(0, 0, 0, 5), message: 'first copy' }],
      data: { first: 0 },
    }),
    'file:///p.policy.md',
    7,
    0,
  );
  assert.equal(d.code, 'duplicate-block');
  assert.equal(d.codeDescription?.href, 'file:///ext/docs/rules/duplicate-block.md');
  assert.deepEqual(d.relatedInformation, [{ location: { uri: 'file:///p.policy.md', range: r(0, 0, 0, 5) }, message: 'first copy' }]);
  // The fixes stay on the server: the diagnostic says where it stands in the list published.
  assert.deepEqual(d.data, { version: 7, at: 0, payload: { first: 0 } });
  assert.deepEqual(toLspDiagnostic(diag('placeholder'), 'file:///p.policy.md', 7, 3).data, { version: 7 }, 'no fixes, no place');
  // The same finding published again (the worker kept it): its related places are made once; for another document, anew.
  const kept = diag('entity-mismatch', undefined, { related: [{ range: r(4, 0, 4, 3), message: 'here too' }] });
  const once = toLspDiagnostic(kept, 'file:///p.policy.md', 7, 0).relatedInformation;
  assert.equal(toLspDiagnostic(kept, 'file:///p.policy.md', 8, 0).relatedInformation, once);
  assert.deepEqual(toLspDiagnostic(kept, 'file:///q.policy.md', 8, 0).relatedInformation, [{ location: { uri: 'file:///q.policy.md', range: r(4, 0, 4, 3) }, message: 'here too' }]);
});

test('quick fixes: plain fixes are versioned edits; snippet fixes run the client command, or degrade to plain edits', () => {
  const snippet = fix('Insert clause: complaints', 'suggestion', [{ range: r(9, 0), newText: 'Complain to ${1:the ICO}.' }], { snippet: true });
  const plain = fix('Use {{dpo_email}}', 'fix', [{ range: r(1, 2, 1, 12), newText: 'dpo_email' }], { isPreferred: true });
  const findings = [diag('placeholder'), diag('required-info', [plain, snippet])];
  const published = new Published();
  published.record('file:///p.md', 3, findings);
  const d = toLspDiagnostics(findings, 'file:///p.md', 3)[1];
  const quickFixes = (uri: string, ds: typeof d[], opts: { snippetCommand: boolean }) => quickFixesOf(uri, ds, opts, published);
  const withCmd = quickFixes('file:///p.md', [d], { snippetCommand: true });
  assert.equal(withCmd.length, 2);
  assert.equal(withCmd[0].isPreferred, true);
  assert.deepEqual(withCmd[0].edit, { documentChanges: [{ textDocument: { uri: 'file:///p.md', version: 3 }, edits: [{ range: r(1, 2, 1, 12), newText: 'dpo_email' }] }] });
  assert.equal(withCmd[1].command?.command, 'policywright.insertSnippet');
  assert.deepEqual(withCmd[1].command?.arguments, [{ uri: 'file:///p.md', version: 3, range: r(9, 0), snippet: 'Complain to ${1:the ICO}.' }]);
  const without = quickFixes('file:///p.md', [d], { snippetCommand: false });
  assert.equal(without[1].command, undefined);
  assert.equal((without[1].edit!.documentChanges![0] as { edits: { newText: string }[] }).edits[0].newText, 'Complain to the ICO.');
  // Other sources' diagnostics are not ours to fix.
  assert.deepEqual(quickFixes('file:///p.md', [{ ...d, source: 'markdownlint' }], { snippetCommand: true }), []);
});

test('quick fixes come from the list published for the diagnostic\'s version, and only while it is held', () => {
  const at = (newText: string) => diag('placeholder', [fix(`Use ${newText}`, 'fix', [{ range: r(1, 0, 1, 5), newText }])]);
  const published = new Published();
  const titles = (d: ReturnType<typeof toLspDiagnostic>, uri = 'file:///p.md') => quickFixesOf(uri, [d], { snippetCommand: false }, published).map((a) => a.title);
  published.record('file:///p.md', 1, [at('one')]);
  const v1 = toLspDiagnostics([at('one')], 'file:///p.md', 1)[0];
  published.record('file:///p.md', 2, [diag('other'), at('two')]);
  const v2 = toLspDiagnostics([diag('other'), at('two')], 'file:///p.md', 2)[1];
  assert.deepEqual(titles(v1), ['Use one'], 'an older version still held');
  assert.deepEqual(titles(v2), ['Use two']);
  const edit = quickFixesOf('file:///p.md', [v1], { snippetCommand: false }, published)[0].edit;
  assert.equal((edit!.documentChanges![0] as { textDocument: { version: number } }).textDocument.version, 1, 'versioned as the finding');
  // The same version published again (the set pass) with another list: the place names another finding, whose rule and message differ.
  published.record('file:///p.md', 2, [at('two')]);
  assert.deepEqual(titles(v2), ['Use two'], 'the earlier list of that version still answers');
  assert.deepEqual(titles(v2, 'file:///q.md'), [], 'another document');
  assert.deepEqual(titles({ ...v2, message: 'changed' }), [], 'a diagnostic the list does not hold');
  for (let v = 3; v < 8; v++) published.record('file:///p.md', v, []);
  assert.deepEqual(titles(v1), [], 'no longer held');
  published.forget('file:///p.md');
  published.record('file:///p.md', 2, [diag('other'), at('two')]);
  assert.deepEqual(titles(v2), ['Use two']);
  published.forget('file:///p.md');
  assert.deepEqual(titles(v2), []);
  // Two findings of one rule and message at different places swap places when the version is
  // published again: each diagnostic still gets its own finding's fixes (they edit its range).
  const named = (line: number, newText: string) => diag('entity-mismatch', [fix(`Use ${newText}`, 'fix', [{ range: r(line, 0, line, 5), newText }])], { range: r(line, 0, line, 5) });
  published.record('file:///p.md', 9, [named(1, 'first'), named(4, 'second')]);
  const [d1, d4] = toLspDiagnostics([named(1, 'first'), named(4, 'second')], 'file:///p.md', 9);
  published.record('file:///p.md', 9, [named(4, 'second'), named(1, 'first')]);
  assert.deepEqual(titles(d1), ['Use first'], 'not the fixes of the finding now at its place');
  assert.deepEqual(titles(d4), ['Use second']);
});

test('fix-all takes only safe fixes, the preferred one per finding, and never two that overlap', () => {
  const ds = [
    diag('a', [fix('first', 'fix', [{ range: r(1, 0, 1, 4), newText: 'A' }]), fix('preferred', 'fix', [{ range: r(1, 0, 1, 4), newText: 'B' }], { isPreferred: true })]),
    diag('b', [fix('overlaps', 'fix', [{ range: r(1, 2, 1, 6), newText: 'C' }])]),
    diag('c', [fix('suggestion only', 'suggestion', [{ range: r(5, 0), newText: 'D' }])]),
    diag('d', [fix('later', 'fix', [{ range: r(3, 0, 3, 1), newText: 'E' }])]),
  ];
  const a = fixAll('file:///p.md', 4, ds)!;
  assert.equal(a.kind, 'source.fixAll.policywright');
  const edits = (a.edit!.documentChanges![0] as { edits: { newText: string }[] }).edits.map((e) => e.newText);
  assert.deepEqual(edits, ['B', 'E']);
  assert.equal(fixAll('file:///p.md', 4, [ds[2]]), undefined);
  // Two insertions at one point conflict too (their order would be arbitrary).
  assert.equal(nonOverlapping([fix('x', 'fix', [{ range: r(2, 0), newText: 'x' }]), fix('y', 'fix', [{ range: r(2, 0), newText: 'y' }])]).length, 1);
});

test('fix-all past the limit per rule: its title says that more of those rules come after the re-check', async () => {
  const { capFindings } = await import('../../server/out/engine/check.js');
  const words = (line: number) => diag('repeated-word', [fix('Remove the second word', 'fix', [{ range: r(line, 0, line, 4), newText: '' }], { isPreferred: true })], { range: r(line, 0, line, 4) });
  const blank = (line: number) => diag('placeholder', [fix('Fill it', 'suggestion', [{ range: r(line, 5, line, 9), newText: 'x' }])], { range: r(line, 5, line, 9) });
  const all = [1, 2, 3, 4, 5].flatMap((l) => [words(l), blank(l)]);
  const a = fixAll('file:///p.md', 4, capFindings(all, 2))!;
  assert.equal((a.edit!.documentChanges![0] as { edits: unknown[] }).edits.length, 2, 'the listed ones only');
  assert.match(a.title, /^Fix all listed Policywright findings that have a safe fix \(3 more of repeated-word are past the limit per rule: fix all again after the re-check\)$/);
  // Within the limit, or past it only for a rule with no safe fix: the plain title.
  assert.equal(fixAll('file:///p.md', 4, all)!.title, 'Fix all Policywright findings that have a safe fix');
  const onlyBlanks = capFindings([...[1, 2, 3, 4, 5].map(blank), words(6)], 2);
  assert.equal(fixAll('file:///p.md', 4, onlyBlanks)!.title, 'Fix all Policywright findings that have a safe fix');
});

const cov = (requirement: string, obligation: Coverage['obligation'], status: Coverage['status'], extra: Partial<Coverage> = {}): Coverage => ({
  requirement,
  profile: 'uk-gdpr',
  status,
  obligation,
  article: 'Art. 13',
  evidence: [],
  ...extra,
});

function analysis(coverage: Coverage[], diagnostics: Diagnostic[] = []): Analysis {
  return { language: 'en', profiles: ['uk-gdpr'], diagnostics, coverage, sections: [], placeholders: [], variables: {}, policyFields: {}, elapsedMs: 0 };
}

test('coverage summary: mandatory items, plus conditional ones that apply; not-applicable and recommended left out', () => {
  const a = analysis(
    [
      cov('purposes', 'mandatory', 'present'),
      cov('retention', 'mandatory', 'missing'),
      cov('dpo-contact', 'conditional', 'missing'), // condition unknown: information finding only
      cov('withdraw-consent', 'conditional', 'missing'), // condition shown: a warning
      cov('international-transfers', 'conditional', 'present'),
      cov('automated-decision-making', 'mandatory', 'not-applicable'),
      cov('cookies', 'recommended', 'present'),
    ],
    [diag('required-info', undefined, { requirement: 'dpo-contact', severity: 'information' }), diag('required-info', undefined, { requirement: 'withdraw-consent', severity: 'warning' })],
  );
  const [s] = coverageSummaries(a);
  assert.equal(s.present, 2);
  assert.equal(s.total, 4);
  const [lens] = coverageLenses('file:///p.md', a);
  assert.match(lens.command!.title, /^\S.* 2\/4 required items$/);
  assert.equal(lens.command!.command, 'policywright.showCoverage');
  assert.deepEqual(lens.command!.arguments, ['file:///p.md']);
});

test('hover: on a finding its requirement, on evidence the requirement it covers', () => {
  const a = analysis(
    [cov('retention', 'mandatory', 'missing', { lookedFor: 'a period or the criteria for it' }), cov('purposes', 'mandatory', 'present', { evidence: [{ range: r(4, 0, 4, 30), text: 'We use your data to deliver' }] })],
    [diag('required-info', undefined, { requirement: 'retention', message: 'Missing: how long data is kept', docs: 'file:///d/required-info.md' })],
  );
  const onFinding = hover(a, { line: 1, character: 2 })!;
  const text = (onFinding.contents as { value: string }).value;
  assert.match(text, /Missing: how long data is kept/);
  assert.match(text, /Art\. 13/);
  assert.match(text, /Looked for: a period or the criteria for it/);
  assert.match(text, /\(file:\/\/\/d\/required-info\.md\)/);
  const onEvidence = hover(a, { line: 4, character: 10 })!;
  assert.match((onEvidence.contents as { value: string }).value, /Covers \*\*purposes\*\*/);
  assert.equal(hover(a, { line: 20, character: 0 }), undefined);
});

test('partly given items: counted apart in the summary and the lens, named on hover and in the report', () => {
  const a = analysis(
    [
      cov('purposes', 'mandatory', 'present'),
      cov('retention', 'mandatory', 'partial', { absent: ['period'], evidence: [{ range: r(6, 0, 6, 40), text: 'We keep your data as long as necessary.' }] }),
      cov('legitimate-interests', 'conditional', 'partial', { absent: ['interests'], evidence: [{ range: r(8, 0, 8, 20), text: 'under our legitimate interests' }] }),
      cov('right-access', 'mandatory', 'missing'),
    ],
    [diag('required-info', undefined, { requirement: 'retention', range: r(6, 0, 6, 40), message: 'Partly given: how long personal data is kept' })],
  );
  const [s] = coverageSummaries(a);
  // A partly given conditional item applies: the text addresses it.
  assert.deepEqual({ present: s.present, partial: s.partial, total: s.total }, { present: 1, partial: 2, total: 4 });
  assert.match(coverageLenses('file:///p.md', a)[0].command!.title, /^UK GDPR 1\/4 required items, 2 partial$/);
  const text = (hover(a, { line: 6, character: 5 })!.contents as { value: string }).value;
  assert.match(text, /Covers \*\*retention\*\*.* — partly: the retention period, or the criteria used to set it, is absent/);
  assert.match(text, /To complete it: Give the period/);
  const report = coverageReport('file:///p.md', a, true).markdown;
  assert.match(report, /## UK GDPR: 1\/4 required items, 2 partial/);
  assert.match(report, /\| partial: the retention period, or the criteria used to set it, is absent \|/);
});

test('placeholder prefix: only after an open {{ on the same line', () => {
  assert.deepEqual(placeholderPrefix('Write to {{ dpo'), { typed: 'dpo', startChar: 12 });
  assert.deepEqual(placeholderPrefix('{{'), { typed: '', startChar: 2 });
  assert.equal(placeholderPrefix('{{done}} and more'), undefined);
});

test('which files are policies', () => {
  const ws = ['file:///home/me/site'];
  const patterns = ['**/PRIVACY.md', '**/privacy*.md'];
  const yes = (uri: string, text = '# Notes') => assert.ok(isPolicyDocument(uri, text, patterns, ws), uri);
  const no = (uri: string, text = '# Notes') => assert.ok(!isPolicyDocument(uri, text, patterns, ws), uri);
  yes('file:///home/me/site/docs/terms.policy.md');
  yes('file:///home/me/site/PRIVACY.md');
  yes('file:///home/me/site/legal/privacy-notice.md');
  yes('file:///elsewhere/PRIVACY.md');
  yes('file:///home/me/site/notes.md', '---\ntitle: x\npolicy:\n  controller: Larkspur\n---\n# Notes');
  no('file:///home/me/site/README.md');
  no('file:///home/me/site/notes.md', '---\ntitle: x\n---\npolicy: in the body\n');
  no('file:///home/me/site/notes.md', '# Notes\n---\npolicy: x\n---\n');
  assert.ok(isPolicyDocument('file:///home/me/site/seed.txt', 'text', ['**/*.txt'], ws));
  assert.ok(isPolicyDocument('untitled:Untitled-1', '---\npolicy: {}\n---\n', patterns, ws));
  assert.ok(!isPolicyDocument('untitled:Untitled-1', 'pasted text', patterns, ws));
  assert.ok(hasPolicyFrontMatter('---\r\npolicy:\r\n  language: nl\r\n---\r\n'));
});

test('clause completion: each clause becomes a snippet item; the ones filling a gap sort first', async () => {
  const { clauseCompletions, createClauseService } = await import('../../server/out/lsp/clauses.js');
  const { parseDocument } = await import('../../server/out/engine/document.js');
  const doc = parseDocument('# Privacy notice\n');
  const service = {
    list: () => [
      { id: 'cookies', title: 'Cookies', requirements: ['cookies'], language: 'en', origin: 'builtin' as const },
      { id: 'complaints', title: 'Complaints', requirements: ['complaint-authority'], language: 'en', origin: 'user' as const },
    ],
    insertion: (_d: unknown, id: string) => ({ offset: 0, snippet: `## ${id}\n\n\${1:text}\n` }),
  };
  const items = clauseCompletions(service, doc, [], new Set(['complaint-authority']));
  assert.deepEqual(
    items.map((i) => [i.label, i.insertText, i.insertTextFormat]).sort((a, b) => String(items.find((x) => x.label === a[0])!.sortText).localeCompare(String(items.find((x) => x.label === b[0])!.sortText))),
    [
      ['Complaints', '## complaints\n\n${1:text}\n', 2],
      ['Cookies', '## cookies\n\n${1:text}\n', 2],
    ],
  );
  // The real service lists the built-in library, and a user's clause wins over the built-in one.
  const real = createClauseService();
  const builtin = real.list(doc, []);
  assert.ok(builtin.some((c) => c.requirements.includes('retention') && c.origin === 'builtin'));
  const user = [{ language: 'en', file: 'en/retention.md', source: '---\nid: retention-en\nrequirements: [retention]\nprofiles: [uk-gdpr, eu-gdpr]\nlanguage: en\ntitle: Our retention\nheading: Keeping data\n---\nWe keep data for {{retention_period}}.\n' }];
  const listed = real.list(doc, user).filter((c) => c.id === 'retention-en');
  assert.deepEqual(listed.map((c) => [c.title, c.origin]), [['Our retention', 'user']]);
  const ins = real.insertion(doc, 'retention-en', user)!;
  assert.match(ins.snippet, /## Keeping data[\s\S]*\$\{1:retention_period\}/);
});

test('the editor and the command line agree on which files are policies', async () => {
  const { isPolicyPath, DEFAULT_FILE_PATTERNS } = await import('../../server/out/engine/policy-files.js');
  const ws = ['file:///home/me/site'];
  for (const rel of ['Privacy.md', 'docs/PrivacyPolicy.md', 'legal/terms.policy.markdown', 'PRIVACY.md', 'README.md', 'notes/privacy.txt']) {
    assert.equal(isPolicyDocument(`file:///home/me/site/${rel}`, '# x', DEFAULT_FILE_PATTERNS, ws), isPolicyPath(rel, DEFAULT_FILE_PATTERNS), rel);
  }
});

test('the scheduler keeps checking after a callback throws', async () => {
  const { Scheduler } = await import('../../server/out/lsp/scheduler.js');
  const done: string[] = [];
  const logs: string[] = [];
  const versions: Record<string, number> = { 'file:///a.md': 1, 'file:///b.md': 1 };
  const s = new Scheduler({
    debounceMs: 0,
    input: async (uri) => ({ version: versions[uri], text: '# Privacy\n\nWe keep data.\n', config: {} }),
    currentVersion: (uri) => versions[uri],
    done: (uri) => {
      done.push(uri);
      if (uri === 'file:///a.md') throw new Error('publishing failed');
    },
    failed: () => {},
    log: (m) => logs.push(m),
  });
  s.schedule('file:///a.md', true);
  s.schedule('file:///b.md', true);
  const settled = s.whenSettled('file:///b.md', SETTLE_MS);
  await settled;
  assert.deepEqual(done, ['file:///a.md', 'file:///b.md']);
  assert.ok(logs.some((m) => /publishing failed/.test(m)), logs.join('\n'));
  assert.ok(s.idle);
  // And a later check of the document whose callback threw still runs.
  versions['file:///a.md'] = 2;
  const again = s.whenSettled('file:///a.md', SETTLE_MS);
  s.schedule('file:///a.md', true);
  await again;
  assert.equal(done.length, 3);
  s.dispose();
});

test('the scheduler drops a check of a closed document even when it is reopened with the same version', async () => {
  const { Scheduler } = await import('../../server/out/lsp/scheduler.js');
  const uri = 'file:///reopened.md';
  let text = '# Old notice\n\nOpened first.\n';
  let release!: () => void;
  const firstInput = new Promise<void>((r) => (release = r));
  let calls = 0;
  const done: string[] = [];
  const s = new Scheduler({
    debounceMs: 0,
    input: async () => {
      const mine = text;
      if (calls++ === 0) await firstInput; // the first check is still reading its input when the document closes
      return { version: 1, text: mine, config: {} };
    },
    currentVersion: () => 1,
    done: (_u, _v, analysis) => done.push(analysis.sections[0]?.title),
    failed: () => {},
    log: () => {},
  });
  s.schedule(uri, true);
  await new Promise((r) => setImmediate(r));
  s.forget(uri); // closed…
  text = '# New notice\n\nOpened again as version 1.\n';
  s.schedule(uri, true); // …and opened again, version 1 as before
  const settled = s.whenSettled(uri, SETTLE_MS);
  release();
  await settled; // the first check, dropped
  await s.whenSettled(uri, SETTLE_MS); // the second
  assert.deepEqual(done, ['New notice']);
  s.dispose();
});

test('findings from the check worker: a finding equal to one of the last analysis is posted as its place and read back as the same object, new ones as JSON; a document forgotten or read as a neighbour starts afresh', async () => {
  const { FindingReader, FindingWriter } = await import('../../server/out/lsp/scheduler.js');
  const a: Diagnostic = { rule: 'placeholder', severity: 'warning', message: 'A blank is left.', range: r(3, 0, 3, 5) };
  const b: Diagnostic = { rule: 'stale-law', severity: 'information', message: 'An old law is named.', range: r(9, 2, 9, 8), fixes: [{ title: 'Name the new one', kind: 'fix', edits: [{ range: r(9, 2, 9, 8), newText: 'GDPR' }] }] };
  const writer = new FindingWriter();
  const reader = new FindingReader();
  // One check, as the scheduler runs it: the server thread says which check's list it holds.
  let id = 0;
  const roundTrip = (uri: string, findings: Diagnostic[], keep = true) => {
    id++;
    const posted = writer.write(id, keep ? uri : undefined, keep ? reader.holds(uri) : undefined, JSON.parse(JSON.stringify(findings)));
    return { posted, read: reader.read(uri, id, posted, keep) };
  };
  const first = roundTrip('u', [a, b]);
  assert.ok(first.posted.every((p) => typeof p === 'string'), 'nothing to refer to yet');
  assert.deepEqual(first.read, [a, b]);
  const moved = { ...b, range: r(10, 2, 10, 8) };
  const second = roundTrip('u', [a, moved, a]);
  assert.deepEqual(second.posted.map((p) => typeof p), ['number', 'string', 'string'], 'only the unchanged finding is posted by its place, once');
  assert.deepEqual(second.read, [a, moved, a]);
  assert.equal(second.read![0], first.read![0], 'an unchanged finding is the same object');
  assert.notEqual(second.read![2], second.read![0], 'the same finding twice in one list: two objects');
  // Changed anywhere inside (a fix's text), a finding is new.
  const refixed = { ...moved, fixes: [{ title: 'Name the new one', kind: 'fix' as const, edits: [{ range: r(10, 2, 10, 8), newText: 'UK GDPR' }] }] };
  const third = roundTrip('u', [a, refixed]);
  assert.deepEqual(third.posted.map((p) => typeof p), ['number', 'string']);
  assert.deepEqual(third.read, [a, refixed]);
  assert.notEqual(roundTrip('v', [a]).read![0], first.read![0], 'another document shares nothing');
  reader.forget('u');
  const again = roundTrip('u', [a]);
  assert.equal(typeof again.posted[0], 'string', 'the server thread forgot the list: the worker refers to nothing');
  assert.notEqual(again.read![0], first.read![0]);
  // A neighbour's check (not kept): parsed, and what was kept of the document is dropped.
  const neighbour = roundTrip('u', [a], false);
  assert.deepEqual(neighbour.read, [a]);
  const after = roundTrip('u', [a]);
  assert.equal(typeof after.posted[0], 'string', 'nothing kept of the earlier analysis');
  assert.notEqual(after.read![0], again.read![0]);
  // A place that refers to a list the reader no longer holds: no findings, not wrong ones.
  assert.equal(reader.read('w', 99, [0]), undefined);
});

test('findings that share a long list (one fix with an edit per place, in every finding of its rule): each compared on its own, the shared list compared once', async () => {
  const { FindingReader, FindingWriter } = await import('../../server/out/lsp/scheduler.js');
  const edits = (text: string, n: number) => Array.from({ length: n }, (_, i) => ({ range: r(i, 0, i, 4), newText: i === n - 1 ? text : 'Acme' }));
  const findingsWith = (all: Fix) => Array.from({ length: 5 }, (_, i): Diagnostic => ({ rule: 'entity-mismatch', severity: 'warning', message: 'Another name.', range: r(i, 0, i, 4), fixes: [all] }));
  const writer = new FindingWriter();
  const reader = new FindingReader();
  let id = 0;
  const roundTrip = (findings: Diagnostic[]) => {
    id++;
    const posted = writer.write(id, 'u', reader.holds('u'), findings);
    return { posted, read: reader.read('u', id, posted) };
  };
  const fixWith = (text: string): Fix => ({ title: 'Replace all', kind: 'suggestion', edits: edits(text, 40) });
  roundTrip(findingsWith(fixWith('Acme')));
  // The same list again, made anew (one shared fix object, as check.ts makes it): every finding by its place.
  assert.deepEqual(roundTrip(findingsWith(fixWith('Acme'))).posted, [0, 1, 2, 3, 4]);
  // Its last edit changed: every finding that shares it is new.
  const changed = roundTrip(findingsWith(fixWith('Acme Ltd')));
  assert.ok(changed.posted.every((p) => typeof p === 'string'));
  assert.equal((changed.read![4].fixes![0].edits.at(-1) as { newText: string }).newText, 'Acme Ltd');
  // One finding with its own copy that differs, the others sharing the list as before: only that one is new.
  const list = findingsWith(fixWith('Acme Ltd'));
  list[2] = { ...list[2], fixes: [fixWith('Acme plc')] };
  assert.deepEqual(roundTrip(list).posted.map((p) => typeof p), ['number', 'number', 'string', 'number', 'number']);
});

test('findings alike as JSON: plain data only, an undefined value or a number JSON cannot write is never alike', async () => {
  const { sameFinding } = await import('../../server/out/lsp/scheduler.js');
  assert.ok(sameFinding({ a: [1, 'x', { b: true }] }, { a: [1, 'x', { b: true }] }));
  assert.ok(!sameFinding({ a: 1, b: 2 }, { b: 2, a: 1 }), 'keys in another order write other JSON');
  assert.ok(!sameFinding({ a: undefined }, { a: undefined }));
  assert.ok(!sameFinding({ n: NaN }, { n: NaN }));
  assert.ok(!sameFinding({ d: new Date(0) }, { d: new Date(1) }));
  assert.ok(!sameFinding([1, 2], { 0: 1, 1: 2 }));
  assert.ok(!sameFinding({ a: [1, 2] }, { a: [1, 2, 3] }));
  assert.ok(!sameFinding({ a: null }, { a: {} }));
  // Objects side by side at one depth, and keys missing or added at the end, nested.
  assert.ok(sameFinding({ a: { x: 1, y: [{ p: 1 }, { q: 2 }] }, b: { y: 2, x: 1 } }, { a: { x: 1, y: [{ p: 1 }, { q: 2 }] }, b: { y: 2, x: 1 } }));
  assert.ok(!sameFinding({ a: { x: 1, y: 2 }, b: { y: 2, x: 1 } }, { a: { x: 1, y: 2 }, b: { x: 1, y: 2 } }));
  assert.ok(!sameFinding({ a: [{ p: 1 }, { p: 1, q: 2 }] }, { a: [{ p: 1 }, { p: 1 }] }));
  assert.ok(!sameFinding({ a: [{ p: 1 }, { p: 1 }] }, { a: [{ p: 1 }, { p: 1, q: 2 }] }));
  assert.ok(!sameFinding({ a: { x: 1 } }, { a: { x: 1 }, b: 1 }));
  assert.ok(!sameFinding({ a: { x: 1 }, b: 1 }, { a: { x: 1 } }));
});

test('the scheduler checks an open document before the neighbours read from disk that were queued first', async () => {
  const { Scheduler } = await import('../../server/out/lsp/scheduler.js');
  const order: string[] = [];
  const neighbours = ['file:///n1.md', 'file:///n2.md', 'file:///n3.md'];
  const s = new Scheduler({
    debounceMs: 0,
    input: async () => ({ version: 1, text: '# Privacy\n\nWe keep data.\n', config: {} }),
    currentVersion: () => 1,
    background: (uri) => neighbours.includes(uri),
    done: (uri) => order.push(uri),
    failed: () => {},
    log: () => {},
  });
  for (const n of neighbours) s.schedule(n, true);
  s.schedule('file:///open.md', true);
  await new Promise((r) => setImmediate(r));
  await s.whenSettled('file:///n3.md', SETTLE_MS);
  // The first neighbour may already be running when the open document arrives; it goes next.
  assert.ok(order.indexOf('file:///open.md') <= 1, order.join(' '));
  assert.equal(order.length, 4);
  s.dispose();
});

test('the check worker replies for a neighbour with what the server keeps of one: no fixes, sections or placeholders', async (t) => {
  const { runWorker } = await import('../../server/out/lsp/scheduler.js');
  const { MessageChannel } = await import('node:worker_threads');
  const { port1, port2 } = new MessageChannel();
  // An open port keeps the process alive: closed however the test ends.
  t.after(() => (port1.close(), port2.close()));
  runWorker(port1);
  const ask = (m: object) =>
    new Promise<{ analysis: { sections: unknown[]; placeholders: unknown[] }; findings: string[] }>((resolve) => {
      port2.once('message', resolve);
      port2.postMessage(m);
    });
  // Pasted twice, so the duplicate-block finding carries a fix; a section, a placeholder.
  const para = 'We keep the records of every order for six years after the sale, and then we delete them for good.';
  const text = `# Privacy\n\n## Keeping\n\n${para}\n\n${para}\n\nWrite to {{ contact_email }}.\n`;
  const open = await ask({ id: 1, text, config: {}, key: 'file:///open.policy.md' });
  assert.ok(open.analysis.sections.length && open.analysis.placeholders.length);
  assert.ok(open.findings.some((f) => JSON.parse(f).fixes));
  const neighbour = await ask({ id: 2, text, config: {}, neighbour: true });
  assert.deepEqual([neighbour.analysis.sections, neighbour.analysis.placeholders], [[], []]);
  assert.equal(neighbour.findings.length, open.findings.length);
  assert.ok(!neighbour.findings.some((f) => JSON.parse(f).fixes));
});

test('the server posts an open document\'s change since its last check, not its whole text; a worker without that text asks for it whole', async (t) => {
  const { runWorker, changeBetween, applyChange } = await import('../../server/out/lsp/scheduler.js');
  const fc = (await import('fast-check')).default;
  // Long texts (the comparison goes a block of 4,096 characters at a time) and short ones.
  const block = fc.constantFrom('', 'a', 'We keep it.\n', '\n\n', 'é', 'x'.repeat(5000), 'y'.repeat(4096));
  const textOf = fc.array(block, { maxLength: 6 }).map((a) => a.join(''));
  fc.assert(
    fc.property(textOf, textOf, textOf, textOf, (head, a, b, tail) => {
      const before = head + a + tail;
      const after = head + b + tail;
      const change = changeBetween(before, after);
      assert.equal(applyChange(before, change), after);
      assert.ok(change.cut <= a.length + Math.max(0, before.length - after.length) && change.insert.length <= Math.max(b.length, after.length - head.length - tail.length), 'no more than what differs');
    }),
    { numRuns: runs(500) },
  );
  const { MessageChannel } = await import('node:worker_threads');
  const { port1, port2 } = new MessageChannel();
  t.after(() => (port1.close(), port2.close()));
  runWorker(port1);
  const ask = (m: object) =>
    new Promise<{ resend?: boolean; analysis?: { sections: { title: string }[] } }>((resolve) => {
      port2.once('message', resolve);
      port2.postMessage(m);
    });
  const key = 'file:///edited.policy.md';
  const first = '# Privacy\n\n## Keeping\n\nWe keep orders for six years.\n';
  assert.deepEqual((await ask({ id: 1, text: first, config: {}, key })).analysis?.sections.map((x) => x.title), ['Privacy', 'Keeping']);
  const second = first.replace('## Keeping', '## How long we keep it');
  const edited = await ask({ id: 2, change: { base: 1, ...changeBetween(first, second) }, config: {}, key });
  assert.deepEqual(edited.analysis?.sections.map((x) => x.title), ['Privacy', 'How long we keep it']);
  // A change made to a text the worker does not hold (another check's, another document's).
  assert.deepEqual(await ask({ id: 3, change: { base: 1, ...changeBetween(first, second) }, config: {}, key }), { id: 3, resend: true });
  assert.deepEqual(await ask({ id: 4, change: { base: 2, at: 0, cut: 0, insert: '' }, config: {}, key: 'file:///other.policy.md' }), { id: 4, resend: true });
});

test('the check worker drops what it keeps of a document that was closed: its text, and the findings a next check would refer to', async (t) => {
  const { runWorker, changeBetween } = await import('../../server/out/lsp/scheduler.js');
  const { MessageChannel } = await import('node:worker_threads');
  const { port1, port2 } = new MessageChannel();
  t.after(() => (port1.close(), port2.close()));
  runWorker(port1);
  const ask = (m: object) =>
    new Promise<{ resend?: boolean; findings?: (string | number)[] }>((resolve) => {
      port2.once('message', resolve);
      port2.postMessage(m);
    });
  const key = 'file:///closed.policy.md';
  const para = 'We keep the records of every order for six years after the sale, and then we delete them for good.';
  const first = `# Privacy\n\n## Keeping\n\n${para}\n\n${para}\n`;
  const second = first.replace('every order', 'each order');
  // Open: the second check refers to the first one's findings by their places.
  assert.ok((await ask({ id: 1, text: first, config: {}, key })).findings?.length);
  assert.ok((await ask({ id: 2, change: { base: 1, ...changeBetween(first, second) }, config: {}, key, have: 1 })).findings?.some((f) => typeof f === 'number'));
  port2.postMessage({ forget: key });
  // Closed and opened again: the worker holds no text to change and no findings to refer to.
  assert.deepEqual(await ask({ id: 3, change: { base: 2, at: 0, cut: 0, insert: '' }, config: {}, key }), { id: 3, resend: true });
  const whole = await ask({ id: 4, text: second, config: {}, key, have: 2 });
  assert.ok(whole.findings?.length && whole.findings.every((f) => typeof f === 'string'));
});

/** What the server thread posts the check worker: a change, a whole text, or a document to forget. */
type WorkerPost = { id?: number; change?: unknown; text?: string; forget?: string };

/**
 * A scheduler with the real check worker, over the open documents in `texts` (all keyed, as open
 * ones are); every message posted to the worker is kept in `posts`, and `afterPost` is called after
 * each. `checked`: a document's version set and checked, once its check has settled.
 */
async function workerScheduler(t: { after(f: () => void): void }, afterPost?: (m: WorkerPost) => void) {
  const { Scheduler } = await import('../../server/out/lsp/scheduler.js');
  const { join } = await import('node:path');
  const { ROOT } = await import('./helpers/paths.js');
  const texts = new Map<string, { version: number; text: string }>();
  const done = new Map<string, { version: number; analysis: Analysis }>();
  const failed: string[] = [];
  const s = new Scheduler({
    debounceMs: 0,
    workerScript: join(ROOT, 'server', 'out', 'lsp', 'main.js'),
    input: async (uri) => {
      const d = texts.get(uri);
      return d && { version: d.version, text: d.text, config: {}, key: uri };
    },
    currentVersion: (uri) => texts.get(uri)?.version,
    done: (uri, version, analysis) => done.set(uri, { version, analysis }),
    failed: (uri, _v, error) => failed.push(`${uri}: ${error}`),
    log: () => {},
  });
  t.after(() => s.dispose());
  const posts: WorkerPost[] = [];
  const worker = (s as unknown as { worker: { postMessage(m: object): void } }).worker;
  const post = worker.postMessage.bind(worker);
  worker.postMessage = (m: WorkerPost) => {
    posts.push(m);
    post(m);
    afterPost?.(m);
  };
  const checked = async (uri: string, version: number, text: string) => {
    texts.set(uri, { version, text });
    const settled = s.whenSettled(uri, SETTLE_MS);
    s.schedule(uri, true);
    await settled;
  };
  return { s, texts, done, failed, posts, checked };
}

test('the server thread posts the whole text again when the check worker has dropped the text its change was made to', async (t) => {
  const { check } = await import('../../server/out/engine/check.js');
  const { done, failed, posts, checked: settled } = await workerScheduler(t);
  const checked = async (uri: string, version: number, text: string) => {
    await settled(uri, version, text);
    assert.deepEqual(failed, []);
    assert.equal(done.get(uri)?.version, version);
  };
  const edited = 'file:///edited.policy.md';
  const para = 'We keep the records of every order for six years after the sale, and then we delete them for good.';
  const first = `# Privacy\n\n## Keeping\n\n${para}\n\n${para}\n\nWrite to {{ contact_email }}.\n`;
  await checked(edited, 1, first);
  // One change, as the server posts it while the worker holds the text.
  await checked(edited, 2, first.replace('## Keeping', '## How long'));
  assert.ok(posts.at(-1)!.change && posts.at(-1)!.text === undefined);
  // The worker keeps the texts of the last 20 documents: 20 others open and checked drop this one's.
  for (let i = 0; i < 20; i++) await checked(`file:///other-${i}.policy.md`, 1, `# Notice ${i}\n\nWe keep data for ${i + 1} years.\n`);
  const third = first.replace('## Keeping', '## How long we keep it').replace('six years', 'ten years');
  posts.length = 0;
  await checked(edited, 3, third);
  // The change first, which the worker cannot apply; then the whole text, under the same check.
  assert.equal(posts.length, 2);
  assert.ok(posts[0].change && posts[0].text === undefined);
  assert.equal(posts[1].text, third);
  assert.equal(posts[1].id, posts[0].id);
  const got = done.get(edited)!.analysis;
  assert.deepEqual(got.sections.map((x) => x.title), ['Privacy', 'How long we keep it']);
  assert.deepEqual(JSON.parse(JSON.stringify(got.diagnostics)), JSON.parse(JSON.stringify(check(third, {}).diagnostics)));
  // And the next edit is a change again, made to the text the worker was sent whole.
  posts.length = 0;
  await checked(edited, 4, third.replace('ten years', 'five years'));
  assert.ok(posts.length === 1 && posts[0].change && posts[0].text === undefined);
  assert.deepEqual(JSON.parse(JSON.stringify(done.get(edited)!.analysis.diagnostics)), JSON.parse(JSON.stringify(check(third.replace('ten years', 'five years'), {}).diagnostics)));
});

test('a document closed while the check worker asks for its whole text is not posted again: its check is dropped', async (t) => {
  let closeOnChange: string | undefined;
  const { s, texts, done, failed, posts, checked } = await workerScheduler(t, (m) => {
    // Closed by the user just after its edit was posted, before the worker answers.
    if (!m.change || !closeOnChange) return;
    texts.delete(closeOnChange);
    s.forget(closeOnChange);
    closeOnChange = undefined;
  });
  const edited = 'file:///closing.policy.md';
  const first = '# Privacy\n\n## Keeping\n\nWe keep the records of every order for six years after the sale.\n';
  await checked(edited, 1, first);
  // The worker keeps the texts of the last 20 documents: 20 others checked drop this one's.
  for (let i = 0; i < 20; i++) await checked(`file:///other-${i}.policy.md`, 1, `# Notice ${i}\n\nWe keep data for ${i + 1} years.\n`);
  posts.length = 0;
  done.clear();
  closeOnChange = edited;
  await checked(edited, 2, first.replace('six years', 'ten years'));
  // The change (which the worker cannot apply: it asks for the whole text), the close; no whole text after it.
  assert.deepEqual(posts.map((m) => (m.forget ? 'forget' : m.change ? 'change' : 'whole')), ['change', 'forget']);
  assert.equal(done.size, 0);
  assert.deepEqual(failed, []);
  // Opened again: checked whole, as a new document.
  posts.length = 0;
  await checked(edited, 1, first);
  assert.deepEqual(posts.map((m) => (m.change ? 'change' : 'whole')), ['whole']);
  assert.equal(done.get(edited)?.version, 1);
});

test('a neighbour checked while the user opens it is not published: the open document has its own check', async () => {
  const { Scheduler } = await import('../../server/out/lsp/scheduler.js');
  const done: string[] = [];
  let opened = false;
  const s = new Scheduler({
    debounceMs: 0,
    input: async () => {
      opened = true; // opened while its check as a neighbour runs
      return { version: 1, text: '# Privacy\n\nWe keep data.\n', config: {}, neighbour: true };
    },
    currentVersion: () => 1,
    background: () => !opened,
    done: (uri) => done.push(uri),
    failed: () => {},
    log: () => {},
  });
  s.schedule('file:///n.md', true);
  await new Promise((r) => setImmediate(r));
  await s.whenSettled('file:///n.md', SETTLE_MS);
  assert.deepEqual(done, []);
  s.dispose();
});

test('the check worker collects its heap once idle after a reply, when it has grown by half of what was alive and by the floor at least', () => {
  let used = 100;
  let collected = 0;
  // A hand-driven clock: the last timer set, run when the test says the time has passed.
  let timer: { f: () => void; ms: number; live: boolean } | undefined;
  const later = (f: () => void, ms: number) => {
    const t = { f, ms, live: true };
    timer = t;
    return { cancel: () => void (t.live = false) };
  };
  const idle = () => {
    const t = timer;
    timer = undefined;
    if (t?.live) t.f();
  };
  const after = collector(
    () => used,
    () => {
      collected++;
      used = 120; // what is still alive
    },
    30,
    400,
    later,
  );
  used = 140; // grown by 40: under half of 100
  after();
  assert.equal(timer?.ms, 400);
  idle();
  assert.equal(collected, 0);
  used = 151; // grown by 51: over half
  after();
  const first = timer!;
  after(); // another check came before the worker was idle: the first wait is called off
  assert.equal(first.live, false);
  idle();
  assert.equal(collected, 1);
  used = 170; // 120 alive now: grown by 50, under the floor-or-half of 60
  after();
  idle();
  assert.equal(collected, 1);
  used = 181;
  after();
  idle();
  assert.equal(collected, 2);
  // In Node the worker reaches V8's collector when started with --expose-gc (cli-relaunch.test.ts).
  assert.equal(typeof heapKeeper(), typeof (globalThis as { gc?: unknown }).gc);
});
