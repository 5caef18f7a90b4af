// The export, coverage report, import and new-policy requests the palette commands use: text formats come
// back as text, DOCX and PDF as base64, and a policy with problems is not exported unless forced.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_INFO, EXPORT_FORMATS } from '../../../server/out/engine/export/index.js';
import {
  EXPORT_CHOICES,
  EXPORT_REQUEST,
  IMPORT_REQUEST,
  NEW_POLICY_QUESTIONS_REQUEST,
  NEW_POLICY_REQUEST,
  REPORT_REQUEST,
  type ExportResult,
  type NewPolicyQuestionsResult,
  type NewPolicyResult,
  type PolicyAnswersData,
  type ImportResponse,
  type ReportResult,
} from '../../../server/out/lsp/protocol.js';
import { TestClient, fixtureUri } from '../helpers/lsp-client.js';
import { ROOT } from '../helpers/paths.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'lsp', name), 'utf8');

/** A short policy with every placeholder filled (the missing required items are errors: exports here are forced). */
const CLEAN = `---
policy:
  controller: Fernhill Lending Library
variables:
  email: help@fernhill.example
---

# Notes on borrowing

Questions go to {{email}}.
`;

let client: TestClient;
before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(async () => {
  await client.stop();
  await TestClient.stopAll();
});

test('the palette offers every export format, with the engine\'s extensions', () => {
  for (const c of EXPORT_CHOICES) assert.equal(c.extension, FORMAT_INFO[c.format].extension, c.id);
  assert.deepEqual([...new Set(EXPORT_CHOICES.map((c) => c.format))].sort(), [...EXPORT_FORMATS].sort());
});

test('export: an unfilled placeholder stops it, with its line; force exports anyway', async () => {
  const uri = fixtureUri('unclosed-export.policy.md');
  const text = '# Privacy notice\n\nWrite to {{contact_email}} with questions.\n';
  // A document the server has not opened: the client sends its text.
  const r = await client.request<ExportResult>(EXPORT_REQUEST, { uri, text, format: 'html' });
  assert.equal(r.data, undefined);
  const p = r.problems.find((x) => /contact_email/.test(x.message));
  assert.ok(p, JSON.stringify(r.problems));
  assert.equal(p.line, 2);
  const forced = await client.request<ExportResult>(EXPORT_REQUEST, { uri, text, format: 'txt', force: true });
  assert.equal(forced.encoding, 'utf8');
  assert.ok(forced.problems.length, 'the problems come along with the forced export');
  assert.match(forced.data ?? '', /\{\{contact_email\}\}/);
});

test('export: every format of a clean policy; DOCX and PDF as base64 bytes', async () => {
  const uri = fixtureUri('fernhill.policy.md');
  for (const c of EXPORT_CHOICES) {
    const r = await client.request<ExportResult>(EXPORT_REQUEST, { uri, text: CLEAN, format: c.format, fragment: c.fragment, force: true });
    assert.ok(r.data, c.id);
    if (c.format === 'docx' || c.format === 'pdf') {
      assert.equal(r.encoding, 'base64', c.id);
      const bytes = Buffer.from(r.data, 'base64');
      assert.equal(bytes.subarray(0, c.format === 'pdf' ? 4 : 2).toString('latin1'), c.format === 'pdf' ? '%PDF' : 'PK', c.id);
    } else {
      assert.equal(r.encoding, 'utf8', c.id);
      assert.match(r.data, /help@fernhill\.example/, `${c.id}: the placeholder is filled`);
    }
  }
  const page = await client.request<ExportResult>(EXPORT_REQUEST, { uri, text: CLEAN, format: 'html', force: true });
  const fragment = await client.request<ExportResult>(EXPORT_REQUEST, { uri, text: CLEAN, format: 'html', fragment: true, force: true });
  assert.match(page.data ?? '', /<html/);
  assert.doesNotMatch(fragment.data ?? '', /<html/);
});

test('export uses the open document over the text sent', async () => {
  const uri = fixtureUri('bakery.policy.md');
  client.open(uri, fixture('bakery.policy.md'));
  await client.diagnostics(uri, 1);
  const r = await client.request<ExportResult>(EXPORT_REQUEST, { uri, text: 'stale', format: 'md', force: true });
  assert.match(r.data ?? '', /three years/);
  client.close(uri);
});

test('export of a document neither open nor sent is an error', async () => {
  await assert.rejects(client.request(EXPORT_REQUEST, { uri: fixtureUri('nowhere.policy.md'), format: 'md' }), /not open/);
});

test('coverage report: HTML as text, PDF as base64', async () => {
  const uri = fixtureUri('bakery.policy.md');
  const text = fixture('bakery.policy.md');
  const html = await client.request<ReportResult>(REPORT_REQUEST, { uri, text, format: 'html' });
  assert.equal(html.encoding, 'utf8');
  assert.match(html.data, /<html/);
  assert.match(html.data, /three years|Larkspur/);
  const pdf = await client.request<ReportResult>(REPORT_REQUEST, { uri, text, format: 'pdf' });
  assert.equal(pdf.encoding, 'base64');
  assert.equal(Buffer.from(pdf.data, 'base64').subarray(0, 4).toString('latin1'), '%PDF');
});

test('import: pasted text, HTML by name, Word bytes round-tripped through export', async () => {
  const pasted = await client.request<ImportResponse>(IMPORT_REQUEST, { name: 'notice.txt', text: 'Privacy notice\n\nWe keep your name.\n\n• orders\n• deliveries\n' });
  assert.match(pasted.markdown, /^---\n/);
  assert.match(pasted.markdown, /- orders/);
  const html = await client.request<ImportResponse>(IMPORT_REQUEST, { name: 'page.HTML', base64: Buffer.from('<main><h1>Privacy at Fernhill</h1><p>We keep loan records.</p></main>').toString('base64') });
  assert.match(html.markdown, /# Privacy at Fernhill/);
  const docx = await client.request<ExportResult>(EXPORT_REQUEST, { uri: fixtureUri('fernhill.policy.md'), text: CLEAN, format: 'docx', force: true });
  const back = await client.request<ImportResponse>(IMPORT_REQUEST, { name: 'fernhill.docx', base64: docx.data });
  assert.match(back.markdown, /Notes on borrowing/);
  assert.match(back.markdown, /help@fernhill\.example/);
  await assert.rejects(client.request(IMPORT_REQUEST, { name: 'x.docx', text: 'not bytes' }), /bytes/);
});

test('new policy: the questionnaire step by step, the policy from the answers, and its update from changed answers', async () => {
  const a: PolicyAnswersData = { profiles: ['uk-gdpr'], language: 'en', controller: 'Larkspur Cycles Ltd', answers: {}, variables: {} };
  let q = await client.request<NewPolicyQuestionsResult>(NEW_POLICY_QUESTIONS_REQUEST, { answers: a });
  assert.ok(q.profiles.some((p) => p.id === 'ccpa'));
  assert.deepEqual(q.languages.map((l) => l.id).sort(), ['de', 'en', 'fr', 'nl']);
  assert.equal(q.questions[0].id, 'dpo');
  assert.equal(q.values, undefined, 'no values before every question is answered');
  // Answered one by one, as the quick picks do; the values come once every question is.
  for (const x of q.questions) a.answers[x.id] = x.kind === 'many' ? [x.options[0].id] : x.options[x.options.length - 1].id;
  q = await client.request<NewPolicyQuestionsResult>(NEW_POLICY_QUESTIONS_REQUEST, { answers: a });
  assert.ok(q.values?.some((v) => v.name === 'retention_period'));
  for (const v of q.values!) if (v.example) a.variables[v.name] = v.list ? v.example.split('\n').map((l) => l.replace(/^- /, '')).join('; ') : v.example;
  const made = await client.request<NewPolicyResult>(NEW_POLICY_REQUEST, { answers: a });
  assert.deepEqual(made.problems, []);
  assert.match(made.text!, /^---\npolicy:\n {2}profiles:\n {4}- uk-gdpr/);
  assert.match(made.text!, /recipient_list: \|-?\n {4}- /, 'a list typed with semicolons is a Markdown list');
  // Its answers read back as the defaults of "Update from answers…".
  const back = await client.request<NewPolicyQuestionsResult>(NEW_POLICY_QUESTIONS_REQUEST, { text: made.text, answers: a });
  assert.deepEqual(back.previous?.answers, a.answers);
  const changed = await client.request<NewPolicyResult>(NEW_POLICY_REQUEST, { text: made.text, answers: { ...a, answers: { ...a.answers, dpo: 'yes' } } });
  assert.match(changed.text!, /## Our data protection officer/);
  // Bad answers are named, not written.
  const bad = await client.request<NewPolicyResult>(NEW_POLICY_REQUEST, { answers: { ...a, answers: { ...a.answers, dpo: 'maybe' } } });
  assert.equal(bad.text, undefined);
  assert.match(bad.problems.join('\n'), /dpo: one of yes, no, not "maybe"/);
  const notOurs = await client.request<NewPolicyQuestionsResult>(NEW_POLICY_QUESTIONS_REQUEST, { text: '# Privacy\n', answers: a });
  assert.equal(notOurs.previous, undefined);
  assert.ok(notOurs.problems.length);
});
