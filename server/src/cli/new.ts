// `policywright new [-o FILE] [--answers FILE] [--update POLICY]`: a policy written from answers,
// asked on the terminal or read from an answers file; with --update, an existing policy regenerated
// from changed answers. The questions and the policy come from the engine (new-policy.ts).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { checkbox, input, select } from '@inquirer/prompts';
import { LANGUAGES, PROFILES } from '../engine/data.js';
import { libraryFor } from '../engine/check.js';
import type { ClauseLibrary } from '../engine/clauses.js';
import {
  generatePolicy,
  languagesFor,
  listValue,
  questionsFor,
  readAnswers,
  startWording,
  updatePolicy,
  valueQuestions,
  type PolicyAnswers,
} from '../engine/new-policy.js';
import { CliError, configForFile, readText, samePath, writeAndTell, WRITE_OPTIONS, type Io } from './io.js';

export const NEW_USAGE = `Usage: policywright new [-o FILE [--force]] [--answers ANSWERS] [--update POLICY]

Writes a privacy policy from your answers, assembled from the clause library and
checked by the same rules as "check". On a terminal it asks the questions; with
--answers it reads them from a YAML file (or from a policy's front matter).

  policy:
    profiles: [uk-gdpr]           # uk-gdpr, eu-gdpr, ccpa
    language: en
    controller: Larkspur Cycles Ltd
    answers: { dpo: 'no', lawful-bases: [contract, consent], ... }
  variables:
    contact_email: privacy@example.com

A value you do not give stays a {{placeholder}} that "check" reports.

Options:
  -o, --output FILE       write to FILE, which must not exist (default: standard output)
  --force                 replace FILE if it exists (written beside it, then moved over it)
  --answers ANSWERS       take the answers from this file instead of asking
  --update POLICY         regenerate POLICY (written by "new") from changed answers:
                          only the sections the change touches are rewritten; with
                          no --answers the questions are asked again, its answers as
                          defaults. Written back to POLICY unless -o is given.
  -h, --help              this help`;

export async function runNew(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      answers: { type: 'string' },
      update: { type: 'string' },
      ...WRITE_OPTIONS,
    },
  });
  if (values.help) {
    io.stdout(NEW_USAGE + '\n');
    return 0;
  }
  if (positionals.length) throw new CliError(`new takes no FILE (name the output with -o)\n\n${NEW_USAGE}`);
  if (values.force && !values.output) throw new CliError(`--force replaces the file named with -o; there is none\n\n${NEW_USAGE}`);
  const target = values.output ?? values.update;
  const library = libraryFor(configForFile(resolve(io.cwd, target ?? 'privacy.policy.md'), {}, io).clauseSources);

  const existing = values.update ? readText(values.update, io.cwd) : undefined;
  let previous: PolicyAnswers | undefined;
  if (existing) {
    const r = readAnswers(existing.text);
    if (!r.answers) throw new CliError(`${values.update} cannot be updated:\n${r.problems.map((p) => `  ${p}`).join('\n')}`);
    previous = r.answers;
  }
  let answers: PolicyAnswers;
  if (values.answers) {
    const { text } = readText(values.answers, io.cwd);
    const r = readAnswers(text);
    if (!r.answers) throw new CliError(`${values.answers}: the answers cannot be used:\n${r.problems.map((p) => `  ${p}`).join('\n')}`);
    answers = previous ? { ...r.answers, variables: { ...previous.variables, ...r.answers.variables } } : r.answers;
  } else {
    if (!process.stdin.isTTY) throw new CliError('no terminal to ask the questions on: pass --answers FILE (see policywright new --help)');
    answers = await askAll(library, previous);
  }

  const policy = existing ? updatePolicy(existing.text, answers, library) : generatePolicy(answers, library);
  if (existing && !values.output) {
    replaceFile(existing.path, policy);
    io.stderr(`policywright: updated ${values.update}\n`);
  } else if (values.force && values.output && existsSync(resolve(io.cwd, values.output))) {
    const path = resolve(io.cwd, values.output);
    const answersPath = values.answers ? resolve(io.cwd, values.answers) : undefined;
    // The answers file is the input: never replaced, not even with --force.
    if (answersPath && samePath(path, answersPath)) throw new CliError(`will not write over the answers file ${values.output}`);
    replaceFile(path, policy);
    io.stderr(`policywright: replaced ${values.output}\n`);
  } else writeAndTell(io, values.output ?? '-', policy, { force: false, input: existing?.path ?? '' });
  return 0;
}

/** Replace a file: written next to it and moved over it, so that a failed write leaves it as it was. */
function replaceFile(path: string, data: string): void {
  const temp = `${path}.policywright-${process.pid}`;
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new CliError(`cannot write ${path}: ${(e as Error).message}`);
  }
}

/**
 * The questionnaire on the terminal, through @inquirer/prompts (arrow keys and space to choose,
 * Enter to accept the default shown): prompts on standard error, so standard output can carry
 * the policy. Ctrl+C ends it without writing anything.
 */
async function askAll(library: ClauseLibrary, previous?: PolicyAnswers): Promise<PolicyAnswers> {
  const context = { input: process.stdin, output: process.stderr, clearPromptOnDone: false };
  type Option = { id: string; label: string };
  const choices = (options: Option[], chosen?: string[]) => options.map((o) => ({ value: o.id, name: o.label === o.id ? o.label : `${o.label} (${o.id})`, checked: !!chosen?.includes(o.id) }));
  /** One answer (a list) or several (checkboxes, at least one). */
  const choose = async (message: string, options: Option[], many: boolean, fallback?: string[]): Promise<string[]> => {
    if (many) return checkbox({ message, choices: choices(options, fallback), required: true }, context);
    const def = fallback?.find((f) => options.some((o) => o.id === f));
    return [await select({ message, choices: choices(options).map(({ value, name }) => ({ value, name })), ...(def ? { default: def } : {}) }, context)];
  };
  const ask = async (message: string, fallback?: string): Promise<string> => (await input({ message, ...(fallback ? { default: fallback } : {}) }, context)).trim();
  try {
    const en = startWording('en');
    const profiles = await choose(en.profiles, Object.keys(PROFILES).map((id) => ({ id, label: PROFILES[id].title })), true, previous?.profiles);
    const langs = languagesFor(profiles, library);
    const [language] = await choose(en.language, langs.map((l) => ({ id: l, label: String(LANGUAGES[l]?.name ?? l) })), false, previous && langs.includes(previous.language) ? [previous.language] : ['en']);
    const w = startWording(language);
    const a: PolicyAnswers = { profiles, language, answers: {}, variables: {} };
    const controller = await ask(w.controller, previous?.controller);
    if (controller) a.controller = controller;
    const aliases = (await ask(w.aliases, previous?.aliases?.join(', '))).split(',').map((s) => s.trim()).filter(Boolean);
    if (aliases.length) a.aliases = aliases;
    for (let q = questionsFor(profiles, language, a.answers).find((x) => !(x.id in a.answers)); q; q = questionsFor(profiles, language, a.answers).find((x) => !(x.id in a.answers))) {
      const before = previous?.answers[q.id] ?? q.default;
      const picked = await choose(q.prompt, q.options, q.kind === 'many', before === undefined ? undefined : Array.isArray(before) ? before : [before]);
      a.answers[q.id] = q.kind === 'many' ? picked : picked[0];
    }
    process.stderr.write(`\n(${w.skip})\n`);
    for (const v of valueQuestions(a, library)) {
      const hint = v.list ? ` (${w.list})` : v.example ? ` (e.g. ${v.example})` : '';
      const typed = await ask(`${v.prompt}${hint}`, v.name === 'last_updated' ? (previous?.variables[v.name] ?? new Date().toISOString().slice(0, 10)) : previous?.variables[v.name]);
      if (typed) a.variables[v.name] = v.list ? listValue(typed) : typed;
    }
    return a;
  } catch (e) {
    if ((e as Error).name === 'ExitPromptError') throw new CliError('cancelled: nothing was written');
    throw e;
  }
}
