// The coverage report: each requirement present (evidence quoted from the policy) or missing
// (with the clause to add), as an HTML page and a PDF, from the library and the command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toText } from 'hast-util-to-text';
import { coverageReport, reportHtml, reportMarkdown, reportPdf } from '../../server/out/engine/report/coverage-report.js';
import { check } from '../../server/out/engine/check.js';
import { ROOT } from './helpers/paths.js';
import { cli } from './helpers/cli.js';

const MISSING = readFileSync(join(ROOT, 'examples', 'defects', 'missing-rights.policy.md'), 'utf8');
const CLEAN = readFileSync(join(ROOT, 'examples', 'clean.policy.md'), 'utf8');
const fold = (s: string) => s.replace(/\s+/g, ' ');
const PARTIAL = readFileSync(join(ROOT, 'test', 'fixtures', 'required-info', 'partial.md'), 'utf8');

test('every requirement of the profile is listed, with the same status as check()', () => {
  const r = coverageReport(MISSING, {}, { date: '2026-01-01' });
  const coverage = check(MISSING).coverage;
  assert.deepEqual(
    r.items.map((i) => [i.requirement, i.status]),
    coverage.map((c) => [c.requirement, c.status]),
  );
  assert.equal(r.controller, 'Saltmarsh Coffee Roasters Ltd');
  assert.ok(r.counts.missingMandatory > 0);
});

test('present items quote their evidence from the policy; missing ones carry the clause to add', () => {
  const r = coverageReport(MISSING);
  for (const i of r.items.filter((x) => x.status === 'present')) {
    assert.ok(i.evidence.length, i.requirement);
    for (const e of i.evidence) assert.ok(fold(MISSING).includes(e.text) || e.text.startsWith('last-updated:'), `${i.requirement}: "${e.text}" is in the policy`);
  }
  const retention = r.items.find((i) => i.requirement === 'retention')!;
  assert.equal(retention.status, 'missing');
  assert.equal(retention.severity, 'error');
  assert.match(retention.clause!, /\{\{retention_period\}\}/, 'placeholders the policy does not define stay for the author');
  const access = r.items.find((i) => i.requirement === 'right-access')!;
  assert.match(access.clause!, /hello@saltmarshcoffee\.co\.uk/, 'placeholders the policy defines are filled');
  const md = reportMarkdown(r);
  assert.match(md, /## What to add/);
  assert.match(md, /### How long personal data is kept \(UK GDPR Art\. 13\(2\)\(a\)\)/);
});

test('a complete policy reports every required item present', () => {
  const r = coverageReport(CLEAN);
  assert.equal(r.counts.missingMandatory, 0);
  assert.match(reportMarkdown(r), /Every required item is present\./);
});

test('HTML report: one page, a row per requirement, sanitised, headings with ids', () => {
  const html = reportHtml(MISSING, {}, { date: '2026-01-01' });
  const tree = unified().use(rehypeParse).parse(html);
  const text = toText(tree);
  assert.match(html, /^<!doctype html><html lang="en">/);
  assert.equal((html.match(/<tr>/g) ?? []).length, check(MISSING).coverage.length + 1);
  assert.ok(!/<script/i.test(html));
  assert.match(text, /What to add/);
  assert.match(text, /Suggested clause/);
  assert.match(html, /<h2 id="what-to-add">/);
});

test('PDF report has text and bookmarks', async () => {
  const bytes = await reportPdf(MISSING, {}, { date: '2026-01-01' });
  const raw = Buffer.from(bytes).toString('latin1');
  assert.ok(raw.startsWith('%PDF-'));
  assert.match(raw, /\/Outlines \d+ 0 R/);
  if (spawnSync('pdftotext', ['-v']).error) return;
  const dir = mkdtempSync(join(tmpdir(), 'pw-report-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), bytes);
    const out = spawnSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).stdout;
    assert.match(out, /What to add/);
    assert.match(out, /How long personal data is kept/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('command line: writes NAME.coverage.html beside the policy, PDF to a pipe, never overwrites', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pw-report-cli-'));
  const run = (args: string[]) => cli(args, dir);
  try {
    writeFileSync(join(dir, 'shop.policy.md'), MISSING);
    let r = await run(['report', 'shop.policy.md']);
    assert.equal(r.status, 0, String(r.stderr));
    assert.match(readFileSync(join(dir, 'shop.coverage.html'), 'utf8'), /What to add/);
    r = await run(['report', 'shop.policy.md']);
    assert.equal(r.status, 2, 'exists');
    r = await run(['report', 'shop.policy.md', '--format', 'pdf', '-o', '-']);
    assert.equal(r.status, 0);
    assert.equal(r.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.equal((await run(['report', 'shop.policy.md', '--format', 'docx'])).status, 2);
    assert.ok(!existsSync(join(dir, 'shop.coverage.docx')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a partly given item: Partial in the table with the absent element, and what to complete with the element clause', () => {
  const r = coverageReport(PARTIAL, {}, { date: '2026-01-01' });
  const retention = r.items.find((i) => i.requirement === 'retention')!;
  assert.equal(retention.status, 'partial');
  assert.equal(retention.severity, 'error');
  assert.deepEqual(retention.absent!.map((e) => e.id), ['period']);
  assert.match(retention.absent![0].clause!, /\{\{retention_period\}\}/);
  assert.equal(r.counts.partial, 2);
  assert.equal(r.counts.partialMandatory, 1);
  const md = reportMarkdown(r);
  assert.match(md, /2 partly given, 1 missing\. \*\*1 required item is missing; 1 required item is only partly given\.\*\*/);
  assert.match(md, /\| How long personal data is kept \| UK GDPR Art\. 13\(2\)\(a\) \| \*\*Partial: required\*\* \(absent: the retention period, or the criteria used to set it\) \|/);
  const complete = md.slice(md.indexOf('## What to complete'));
  assert.match(complete, /### How long personal data is kept/);
  assert.match(complete, /as long as the purposes this policy sets out/);
  assert.match(complete, /> In practice we keep \{\{retention_data\}\}/);
  assert.match(complete, /IDTA/);
});
