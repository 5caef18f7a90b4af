// The TextMate grammar injected into Markdown: `{{placeholders}}` and the keys under the front
// matter's `variables:`. First its patterns as regular expressions; then, when the e2e cache
// holds VS Code's own vscode-textmate, oniguruma and Markdown/YAML grammars (test/e2e/setup.sh),
// real tokenization with the injection, as the editor does it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './helpers/paths.js';

const GRAMMAR = join(ROOT, 'syntaxes', 'policywright.injection.tmLanguage.json');
const grammar = JSON.parse(readFileSync(GRAMMAR, 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('the grammar is contributed and injected into Markdown', () => {
  const g = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === grammar.scopeName);
  assert.ok(g, 'contributed in package.json');
  assert.deepEqual(g.injectTo, ['text.html.markdown']);
  assert.ok(existsSync(join(ROOT, g.path)));
});

test('placeholder and variable patterns, as regular expressions', () => {
  const ph = new RegExp(grammar.repository.placeholder.match, 'g');
  const names = (s: string) => [...s.matchAll(ph)].map((m) => m[2]);
  assert.deepEqual(names('Write to {{dpo_email}} or {{ office address }} by {{x}}.'), ['dpo_email', 'office address', 'x']);
  assert.deepEqual(names('Not {{}} nor {{ }} nor { {x} } nor {{a{b}}'), []);
  const begin = new RegExp(grammar.repository['variables-block'].begin);
  assert.ok(begin.test('variables:'));
  assert.ok(!begin.test('variables: inline'));
  const key = new RegExp(grammar.repository['variables-block'].patterns[0].match);
  assert.equal(key.exec('  dpo_email: a@b.example')?.[2], 'dpo_email');
  assert.equal(key.exec('  retention.period:')?.[2], 'retention.period');
  assert.equal(key.exec('  - a list item'), null);
});

const VSC = join(ROOT, '.vscode-offline', 'cs', 'node_modules', 'code-server', 'lib', 'vscode');
const SKIP_NO_VSCODE = existsSync(join(VSC, 'node_modules', 'vscode-textmate')) ? false : `VS Code's grammars not found under ${VSC} (run test/e2e/setup.sh): real tokenization skipped`;

test('tokenized with VS Code\'s Markdown grammar', { skip: SKIP_NO_VSCODE }, async () => {
  const require = createRequire(join(VSC, 'node_modules', 'noop.js'));
  const tm = require('vscode-textmate');
  const onig = require('vscode-oniguruma');
  await onig.loadWASM(readFileSync(join(VSC, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')).buffer);
  const files: Record<string, string> = {
    'text.html.markdown': join(VSC, 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'),
    'source.yaml': join(VSC, 'extensions', 'yaml', 'syntaxes', 'yaml.tmLanguage.json'),
    'source.yaml.1.2': join(VSC, 'extensions', 'yaml', 'syntaxes', 'yaml-1.2.tmLanguage.json'),
    'source.yaml.1.3': join(VSC, 'extensions', 'yaml', 'syntaxes', 'yaml-1.3.tmLanguage.json'),
    'source.yaml.1.1': join(VSC, 'extensions', 'yaml', 'syntaxes', 'yaml-1.1.tmLanguage.json'),
    'source.yaml.1.0': join(VSC, 'extensions', 'yaml', 'syntaxes', 'yaml-1.0.tmLanguage.json'),
    'source.yaml.embedded': join(VSC, 'extensions', 'yaml', 'syntaxes', 'yaml-embedded.tmLanguage.json'),
    'policywright.injection': GRAMMAR,
  };
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
    loadGrammar: async (scope: string) => (files[scope] && existsSync(files[scope]) ? tm.parseRawGrammar(readFileSync(files[scope], 'utf8'), files[scope]) : null),
    getInjections: (scope: string) => (scope === 'text.html.markdown' ? ['policywright.injection'] : undefined),
  });
  const md = await registry.loadGrammar('text.html.markdown');
  const tokenize = (text: string) => {
    let stack = tm.INITIAL;
    const out: { text: string; scopes: string[] }[] = [];
    for (const line of text.split('\n')) {
      const r = md.tokenizeLine(line, stack);
      for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
      stack = r.ruleStack;
    }
    return out;
  };
  const scopesOf = (toks: { text: string; scopes: string[] }[], text: string) => toks.filter((t) => t.text === text).map((t) => t.scopes.join(' '));
  const toks = tokenize(
    ['---', 'policy:', '  controller: Larkspur Bakery Ltd', 'variables:', '  dpo_email: a@b.example', 'title: x', '---', '', 'Write to {{ dpo_email }} today.', '', '```', '{{ in_code }}', '```'].join('\n'),
  );
  assert.ok(scopesOf(toks, 'dpo_email').some((s) => s.includes('variable.other.definition.policywright')), 'the key under variables:');
  assert.ok(scopesOf(toks, 'dpo_email').some((s) => s.includes('variable.other.placeholder.policywright')), 'the placeholder in the body');
  assert.ok(!scopesOf(toks, 'title').some((s) => s.includes('policywright')), 'keys after the variables block are plain YAML');
  assert.ok(!toks.some((t) => t.text.includes('in_code') && t.scopes.some((s) => s.includes('policywright'))), 'not inside a code block');
});
