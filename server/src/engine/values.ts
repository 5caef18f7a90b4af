// What a value looks like, per language, from data (languages/<lang>/values.yaml): a period ("6
// months", "zes maanden"), a date in the forms policies write one ("3rd March 2025", "12.03.2025",
// "Stand: März 2025", "1er janvier 2025"). One reader: the set pass (workspace.ts) reads dates and
// periods with it to compare them across translations, and coverage's cues name a date as the
// concept `{date}` (and an operator's legal form as `{legal-form}`), so a cue is written once as
// "label, then a date" and every language supplies its month names.
import { escapeRegExp, fromLanguageData } from './cues.js';
import { LANGUAGES } from './data.js';

export interface ValuesData {
  units?: Record<string, string[]>;
  numbers?: Record<string, number>;
  /**
   * Number words built from parts, as the language builds them: each form joins a `tens` word and a
   * `ones` word ("{one}und{ten}": "vierundzwanzig"; "{ten}-{one}": "vingt-cinq"; "{one}ën{ten}":
   * "tweeëntwintig"), the value their sum. A form that no one writes only adds a word no text has.
   */
  compose?: { ones: Record<string, number>; tens: Record<string, number>; forms: string[] };
  /** The months' names, January first. */
  months?: string[];
  /** Short names of each month, January first ("Jan", "Mrz", "janv."); a trailing full stop is read either way. */
  monthsShort?: string[][];
  /** What follows a day's number ("3rd", "1er", "3."). */
  ordinals?: string[];
  /** A word between a day and its month ("the 5th of May"). */
  dayOf?: string[];
  /** The seasons' names, as a version is dated by one and its year ("spring 2025", "najaar 2025", "Herbst 2025"). */
  seasons?: string[];
  /** A short word between a season and its year ("summer of 2024", "printemps de 2026"). */
  seasonOf?: string[];
}

export interface ValueWords {
  period: RegExp;
  /**
   * A unit word as `period` reads it (a part every period's match has): a text without one holds
   * no period, and is not searched with `period`, whose start (a number or one of some three
   * hundred number words, case-insensitive) is tried at every character.
   */
  periodGate: RegExp;
  units: Map<string, string>;
  /** Every number word of the language and English, with its value (`numbers` and `compose`). */
  numbers: Map<string, number>;
  /** Any number word, for cues (`{number-word}`): "vierzehn", "veertien", "quatorze", "twenty-one". */
  numberCue: string;
  /** A day, month and year, with groups to read them (valuesIn). */
  date: RegExp;
  months: Map<string, number>;
  /**
   * Any date a policy writes as its version's: a day, month and year in words or numbers, or a
   * month and year ("March 2025", "März 2025"), with no groups, for cues (`{date}`).
   */
  dateCue: string;
}

const esc = (s: string) => escapeRegExp(s).replace(/ /g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length;
const alt = (words: Iterable<string>) => [...new Set(words)].sort(byLength).map(esc).join('|') || '(?!)';

function compileValues(list: ValuesData[]): ValueWords {
  const units = new Map<string, string>();
  const numbers = new Map<string, number>();
  const months = new Map<string, number>();
  const short: string[] = [];
  const ordinals: string[] = [];
  const dayOf: string[] = [];
  const seasons: string[] = [];
  const seasonOf: string[] = [];
  for (const d of list) {
    for (const [unit, words] of Object.entries(d.units ?? {})) for (const w of words) units.set(w.toLowerCase(), unit);
    for (const [w, n] of Object.entries(d.numbers ?? {})) numbers.set(w.toLowerCase(), n);
    const c = d.compose;
    for (const form of c?.forms ?? [])
      for (const [ten, t] of Object.entries(c!.tens))
        for (const [one, o] of Object.entries(c!.ones)) {
          const w = form.replace('{ten}', ten).replace('{one}', one).toLowerCase();
          if (!numbers.has(w)) numbers.set(w, t + o);
        }
    (d.months ?? []).forEach((m, i) => months.set(m.toLowerCase(), i + 1));
    for (const names of d.monthsShort ?? []) short.push(...names.map((n) => n.toLowerCase().replace(/\.$/, '')));
    ordinals.push(...(d.ordinals ?? []));
    dayOf.push(...(d.dayOf ?? []));
    seasons.push(...(d.seasons ?? []).map((w) => w.toLowerCase()));
    seasonOf.push(...(d.seasonOf ?? []));
  }
  const unitAlt = alt(units.keys());
  const numAlt = alt(numbers.keys());
  const monthAlt = alt(months.keys());
  // A month in words: its name, or a short name with or without its full stop ("Jan", "Jan.").
  const monthWord = `(?:${monthAlt}|(?:${alt(short.filter((s) => !months.has(s)))})\\.?)(?![\\p{L}])`;
  const ord = ordinals.length ? `(?:${alt(ordinals)})?` : '';
  const of = dayOf.length ? `(?:\\s+(?:${alt(dayOf)}))?` : '';
  const day = '(?:0?[1-9]|[12]\\d|3[01])';
  const year = '(?:1[89]|2\\d)\\d{2}';
  const dateCue = [
    // 2025-03-12
    `${year}-(?:0?[1-9]|1[0-2])-${day}`,
    // 12.03.2025, 03/03/2025, 1/7/25 (day and month in either order)
    `\\d{1,2}[./-]\\d{1,2}[./-](?:${year}|\\d{2})(?![./-]?\\d)`,
    // 01/2026, 3.2025: a month and year in numbers
    `(?:0?[1-9]|1[0-2])[./]${year}(?![./-]?\\d)`,
    // 3rd March 2025, 5th of May 2025, 1er janvier 2025, 3. März 2025
    `${day}${ord}${of}\\s*${monthWord},?\\s+${year}`,
    // March 5, 2025; March 2025; Jan. 2025
    `${monthWord}\\s+(?:${day}(?:st|nd|rd|th)?,?\\s+)?${year}`,
    // spring 2025, summer of 2024, najaar 2025, Herbst 2025, printemps 2026
    ...(seasons.length ? [`(?:${alt(seasons)})(?:\\s+(?:${alt(seasonOf)}))?\\s+${year}`] : []),
  ];
  return {
    // "6 months", "six (6) years", "zes maanden", "12 Monate", "douze mois"
    period: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,4}|${numAlt})(?:\\s*\\(\\d{1,4}\\))?\\s+(${unitAlt})(?![\\p{L}])`, 'giu'),
    periodGate: new RegExp(`(?:${unitAlt})(?![\\p{L}])`, 'iu'),
    units,
    numbers,
    numberCue: `(?<![\\p{L}])(?:${numAlt})(?![\\p{L}])`,
    // 2024-03-01; 1 March 2024; 1. März 2024; 1er mars 2024; March 1, 2024
    date: new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(${monthAlt})\\s+(\\d{4})|(${monthAlt})\\s+(\\d{1,2}),?\\s+(\\d{4}))(?![\\p{L}\\p{N}])`, 'giu'),
    months,
    dateCue: `(?<![\\p{L}\\p{N}])(?:${dateCue.join('|')})(?![\\p{N}])`,
  };
}

/** The value words of a language and English, compiled once. */
export function valueWords(language: string): ValueWords {
  return fromLanguageData<ValuesData, ValueWords>(language, 'values', compileValues);
}

/**
 * The concepts that are value shapes rather than words, for the cues of a chain of languages
 * (coverage.ts' expander): `{date}` and `{number-word}`, from the first language's values and English; `{legal-form}`,
 * every language's legal forms (entities.yaml: a Dutch policy names a GmbH too), after a name;
 * `{third-party}`, every language's well-known services (Google, Stripe), whose legal form names no operator.
 */
export function valueConcepts(languages: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (languages.length) out.set('date', valueWords(languages[0]).dateCue);
  if (languages.length) out.set('number-word', valueWords(languages[0]).numberCue);
  const forms = Object.values(LANGUAGES).flatMap((l) => l.entities?.legalForms ?? []).flat();
  // Well-known services (entities.yaml): a legal form after their name names a processor, not the operator.
  const known = Object.values(LANGUAGES).flatMap((l) => l.entities?.knownThirdParties ?? []);
  if (known.length) out.set('third-party', `(?:${[...new Set(known)].sort(byLength).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`);
  if (forms.length) out.set('legal-form', `(?:${[...new Set(forms)].sort(byLength).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`);
  return out;
}

let legalFormEnd: RegExp | null | undefined;
/** Whether a name ends with a legal form ("Kwikstaart B.V.", "Quillfeather Ltd"): an organisation's name, not a product's. */
export function hasLegalForm(name: string): boolean {
  if (legalFormEnd === undefined) {
    const form = valueConcepts([]).get('legal-form');
    legalFormEnd = form ? new RegExp(`(?<![\\p{L}\\p{N}])${form}\\.?\\s*$`, 'u') : null;
  }
  return !!legalFormEnd && legalFormEnd.test(name.trim());
}
