// The editor's "New policy…" and "Update from answers…": the questionnaire step by step and the
// policy, answered from the engine's new-policy.ts (the same code as `policywright new`). The
// client asks; these functions say what to ask next and write the result.
import YAML from 'yaml';
import { LANGUAGES, PROFILES } from '../engine/data.js';
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
  withDefaults,
  type PolicyAnswers,
} from '../engine/new-policy.js';
import type { NewPolicyParams, NewPolicyQuestionsParams, NewPolicyQuestionsResult, NewPolicyResult, PolicyAnswersData } from './protocol.js';

/** The answers as the engine reads them from a file: every problem named (without a line: the client's data has none). */
function validated(a: PolicyAnswersData): { answers?: PolicyAnswers; problems: string[] } {
  const policy: Record<string, unknown> = { profiles: a.profiles, language: a.language };
  if (a.controller) policy.controller = a.controller;
  if (a.aliases?.length) policy.aliases = a.aliases;
  policy.answers = a.answers ?? {};
  const r = readAnswers(YAML.stringify({ policy, variables: a.variables ?? {} }));
  return { ...r, problems: r.problems.map((p) => p.replace(/^line \d+: /, '')) };
}

export function questionnaireStep(params: NewPolicyQuestionsParams, library: ClauseLibrary): NewPolicyQuestionsResult {
  const problems: string[] = [];
  let previous: PolicyAnswers | undefined;
  if (params.text !== undefined) {
    const r = readAnswers(params.text);
    if (r.answers) previous = r.answers;
    else problems.push(...(r.problems.length ? r.problems : ['the policy has no `policy.answers` in its front matter']));
  }
  const a = params.answers;
  const profiles = a.profiles.filter((p) => PROFILES[p]);
  const language = LANGUAGES[a.language] ? a.language : 'en';
  const en = startWording('en');
  const w = startWording(language);
  const questions = profiles.length ? questionsFor(profiles, language, a.answers) : [];
  const result: NewPolicyQuestionsResult = {
    ...(previous ? { previous } : {}),
    problems,
    profiles: Object.keys(PROFILES).map((id) => ({ id, label: PROFILES[id].title })),
    languages: (profiles.length ? languagesFor(profiles, library) : []).map((id) => ({ id, label: String(LANGUAGES[id]?.name ?? id) })),
    start: { profiles: en.profiles, language: en.language, controller: w.controller, aliases: w.aliases, list: w.list, skip: w.skip },
    questions,
  };
  // A question with a default (the representative: no) counts as answered by it.
  if (profiles.length && questions.every((q) => q.id in a.answers || q.default !== undefined)) {
    result.values = valueQuestions({ ...a, profiles, language, answers: withDefaults(applicable(a.answers, profiles, language), profiles) }, library);
  }
  return result;
}

/** The answers to the questions that apply (going back and changing an answer may leave others that no longer do). */
function applicable(answers: Record<string, string | string[]>, profiles: string[], language: string): Record<string, string | string[]> {
  const asked = new Set(questionsFor(profiles, language, answers).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => asked.has(id)));
}

export function writePolicy(params: NewPolicyParams, library: ClauseLibrary): NewPolicyResult {
  const given = params.answers;
  const v = validated({ ...given, answers: applicable(given.answers ?? {}, given.profiles ?? [], given.language ?? 'en') });
  if (!v.answers) return { problems: v.problems };
  const a = v.answers;
  // A list value typed on one line ("couriers; our bank") becomes a Markdown list, as on the terminal.
  for (const q of valueQuestions(a, library)) if (q.list && a.variables[q.name]) a.variables[q.name] = listValue(a.variables[q.name]);
  if (params.text === undefined) return { text: generatePolicy(a, library), problems: [] };
  try {
    return { text: updatePolicy(params.text, a, library), problems: [] };
  } catch (e) {
    return { problems: (e as { problems?: string[] }).problems ?? [(e as Error).message] };
  }
}
