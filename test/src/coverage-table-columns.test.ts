// A table read by its columns' meaning: a body cell under a header that names an item (the
// `columns` cues of each language's requirements.yaml, in the policy's own words) states it; the
// same cells under headers that name nothing give nothing. Tables written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageReport, reportOf, show, type Lang } from './helpers/coverage-lang.js';
import type { Coverage } from '../../server/out/engine/types.js';

interface Case {
  /** Headers that name purposes, lawful basis, recipients, retention, data categories, source. */
  headers: string[];
  /** One row whose cells say nothing about any item on their own. */
  row: string[];
  /** A retention cell that gives no period. */
  vague: string;
}

const CASES: Record<Lang | 'en', Case> = {
  en: {
    headers: ['Purpose', 'Legal basis', 'Recipients', 'Retention period', 'Categories of data', 'Source'],
    row: ['Answering your message', 'Contract', 'Cloudly Ltd', 'Six months', 'Name, message', 'Your employer'],
    vague: 'As long as needed',
  },
  de: {
    headers: ['Zweck', 'Grundlage', 'Empfänger', 'Speicherdauer', 'Datenkategorien', 'Herkunft'],
    row: ['Beantwortung der Anfrage', 'Vertrag', 'Wolkig GmbH', 'Sechs Monate', 'Name, Nachricht', 'Ihr Arbeitgeber'],
    vague: 'So lange wie nötig',
  },
  nl: {
    headers: ['Doel', 'Grondslag', 'Ontvangers', 'Bewaartermijn', 'Gegevens', 'Bron'],
    row: ['Beantwoorden van je vraag', 'Overeenkomst', 'Wolkig B.V.', 'Zes maanden', 'Naam, bericht', 'Je werkgever'],
    vague: 'Zolang het nodig is',
  },
  fr: {
    headers: ['Finalité', 'Base légale', 'Destinataires', 'Durée de conservation', 'Catégories de données', 'Origine'],
    row: ['Réponse à votre message', 'Contrat', 'Nuage SAS', 'Six mois', 'Nom, message', 'Votre employeur'],
    vague: 'Le temps nécessaire',
  },
};
const IDS = ['purposes', 'lawful-basis', 'recipients', 'retention', 'data-categories', 'data-source'];
const NEUTRAL = ['A', 'B', 'C', 'D', 'E', 'F'];

const table = (headers: string[], row: string[]) => `| ${headers.join(' | ')} |\n|${headers.map(() => '---').join('|')}|\n| ${row.join(' | ')} |`;
const reportFor = (lang: Lang | 'en', body: string): Coverage[] =>
  lang === 'en' ? coverageReport(`# Privacy notice of Quillfeather Ltd\n\n## Our processing\n\n${body}\n`) : reportOf(lang, `## Verwerking\n\n${body}`);
const statusOf = (report: Coverage[], id: string) => report.find((c) => c.requirement === id)!;

for (const [lang, c] of Object.entries(CASES) as [Lang | 'en', Case][]) {
  test(`${lang}: cells under headers that name the items state them`, () => {
    const report = reportFor(lang, table(c.headers, c.row));
    for (const id of IDS) assert.equal(statusOf(report, id).status, 'present', `${id}: ${show(statusOf(report, id))}`);
  });
  test(`${lang}: the same cells under headers that name nothing give nothing`, () => {
    const report = reportFor(lang, table(NEUTRAL, c.row));
    for (const id of IDS) assert.equal(statusOf(report, id).status, 'missing', `${id}: ${show(statusOf(report, id))}`);
  });
  test(`${lang}: a retention cell with no period under its header is partial, and an empty cell is no evidence`, () => {
    const vague = reportFor(lang, table(c.headers, [...c.row.slice(0, 3), c.vague, ...c.row.slice(4)]));
    const r = statusOf(vague, 'retention');
    assert.equal(r.status, 'partial', show(r));
    assert.deepEqual(r.absent, ['period']);
    // (A header cell is read as any cell: "Recipients" alone may name the item; the empty cell under it never does.)
    const empty = reportFor(lang, table(c.headers, [...c.row.slice(0, 2), '—', ...c.row.slice(3)]));
    assert.ok(statusOf(empty, 'recipients').evidence.every((e) => e.text !== '—'), show(statusOf(empty, 'recipients')));
  });
}

/** A purpose in one cell, "legitimate interests" in the basis cell: the purpose names the interest only under a purpose header. */
const INTERESTS: Record<Lang | 'en', { headers: [string, string]; row: [string, string] }> = {
  en: { headers: ['Purpose', 'Legal basis'], row: ['Keeping fake accounts out', 'Legitimate interests'] },
  de: { headers: ['Zweck', 'Rechtsgrundlage'], row: ['Abwehr gefälschter Konten', 'Berechtigtes Interesse'] },
  nl: { headers: ['Doel', 'Grondslag'], row: ['Nepaccounts weren', 'Gerechtvaardigd belang'] },
  fr: { headers: ['Finalité', 'Base légale'], row: ['Écarter les faux comptes', 'Intérêt légitime'] },
};
for (const [lang, c] of Object.entries(INTERESTS) as [Lang | 'en', (typeof INTERESTS)['en']][]) {
  test(`${lang}: a purpose cell beside "legitimate interests" names the interest under a purpose header, not under a neutral one`, () => {
    const named = statusOf(reportFor(lang, table(c.headers, c.row)), 'legitimate-interests');
    assert.equal(named.status, 'present', show(named));
    const neutral = statusOf(reportFor(lang, table(['A', c.headers[1]], c.row)), 'legitimate-interests');
    assert.equal(neutral.status, 'partial', show(neutral));
  });
}

// A short label before a colon, in a run of labelled lines, is read as a column header (coverage.ts
// LABEL), whatever words the text after it holds: the requirement's word gate must open on the
// label alone. Each line names its item only by the label (no cue of the item in the rest), and is
// long enough to be gated; the line before it is another label's.
const LABELLED: [requirement: string, line: string][] = [
  ['data-source', 'Source: your school, when it enrols your child in the course.'],
  ['data-source', '- Source: the club your team plays for, each autumn.'],
  ['retention', 'How long: until the end of your membership plus a short grace period.'],
];
for (const [id, line] of LABELLED) {
  test(`en: a label before a colon names ${id} whatever words follow it: ${JSON.stringify(line.slice(0, 40))}`, () => {
    const before = line.startsWith('- ') ? '- Who we are: a small club in Hull.\n' : 'Who we are: a small club in Hull.\n\n';
    const c = statusOf(reportFor('en', before + line), id);
    assert.equal(c.status === 'present' || c.status === 'partial', true, show(c));
  });
}
