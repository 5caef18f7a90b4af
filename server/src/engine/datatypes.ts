// The shape of the data files under server/data. Each language is a folder of YAML files, one
// per concern (requirements.yaml, placeholders.yaml, entities.yaml, …); each file's content sits
// under its file name. Adding a language means adding a folder, not code.

/**
 * A cue: a phrase matched case-insensitively on word boundaries with flexible white space, or a
 * regular expression written between slashes ("/right (of|to) access/"). In a phrase, a straight
 * or curly apostrophe matches either, a hyphen matches a hyphen, a dash, a space or nothing
 * ("decision-making" finds "decision making"), and a `*` lets a word go on ("retain*" finds
 * "retained", "gerechtvaardigd* belang*" finds "gerechtvaardigde belangen"). A regular expression
 * is compiled with the `u` and `i` flags and anchored on word boundaries at both ends (so it must
 * begin and end on a word, not on a space); keep it free of unbounded repetition.
 */
export type Cue = string;

export interface RequirementCues {
  /** Words a section heading uses for the item ("How long we keep your data"). */
  headings?: Cue[];
  /** Phrases in the body that state the item. */
  phrases?: Cue[];
  /** Statements of absence that also satisfy the item ("we do not carry out automated decision-making"). */
  absence?: Cue[];
  /**
   * Short names that count only inside a section whose heading, or a parent heading, matches the
   * named context: "portability" in a list under "Your rights". Key: a context id of `contexts`.
   */
  inContext?: Record<string, Cue[]>;
}

export interface LanguageData {
  /** The language's own name ("English", "Nederlands"). */
  name?: string;
  requirements?: {
    requirements: Record<string, RequirementCues>;
    /** Phrases that show a conditional item's condition holds (key: the condition id). */
    triggers?: Record<string, Cue[]>;
    /** Headings that open a context for `inContext` cues (key: the context id, e.g. "rights"). */
    contexts?: Record<string, Cue[]>;
  };
  [concern: string]: unknown;
}

export interface RequirementData {
  id: string;
  obligation: 'mandatory' | 'conditional' | 'recommended';
  /** The article messages cite, without the law's name: "Art. 13(2)(a)". */
  article: string;
  /** Further references, for docs and hover: "Art. 14(2)(a)". */
  also?: string;
  /** A profile's whole citation where the item comes from another instrument (key: profile id). */
  citation?: Record<string, string>;
  /** What the item is, as a noun phrase: "how long personal data is kept". */
  summary: string;
  /** What the author should add. */
  add: string;
  /** For a conditional item: the condition id in the language triggers, and its wording. */
  condition?: string;
  conditionText?: string;
}

export interface ProfileData {
  id: string;
  title: string;
  /** How messages name the law: "UK GDPR". */
  law: string;
  requirements: RequirementData[];
}
