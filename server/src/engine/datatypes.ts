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
  entities?: EntityData;
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

/** `entities.yaml`: how a policy names the organisation it speaks for, and how it names others. */
export interface EntityData {
  /** Spellings of one legal form per group ("Limited", "Ltd"); used for every language. */
  legalForms?: string[][];
  /** First-person words; a defined term that includes one names the policy's author. */
  pronouns?: string[];
  /** Articles and words that start a sentence but never a name; trimmed from the front of a name. */
  articles?: string[];
  notNames?: string[];
  /** Words that introduce a defined term ("collectively", "hierna"). */
  definedTerm?: Cue[];
  /** Verbs after a name that describe the policy's own practices ("collects"). */
  selfVerbs?: Cue[];
  /** Words that may stand between the name and the verb ("does not", "will"). */
  modals?: string[];
  /** After a name: it is the organisation responsible ("is the data controller"). */
  strongAfter?: Cue[];
  /** Before a name: it is the organisation behind the policy ("privacy policy of"). */
  strongBefore?: Cue[];
  /** "At Acme, we ...": the word before the name. */
  atWe?: string[];
  /** Heading words after a name: "Acme Privacy Policy". */
  titles?: Cue[];
  /** After a possessive: the policy's own practices ("Acme's privacy team"). */
  ownNouns?: Cue[];
  /** Shortly before a name: someone else (recipient, processor, authority). */
  thirdPartyBefore?: Cue[];
  /** Later in the name's sentence: someone else ("on our behalf", "as our processor"). */
  thirdPartyAfter?: Cue[];
  /** Around a name: a member of the policy's own group (parent, subsidiary, trading name). */
  groupBefore?: Cue[];
  groupAfter?: Cue[];
  /** Words that make a name an authority or public body; used for every language. */
  authorityWords?: string[];
  /** Services commonly named as processors or recipients; used for every language. */
  knownThirdParties?: string[];
}
