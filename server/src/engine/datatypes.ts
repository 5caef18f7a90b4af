// The shape of the data files under server/data. Each language is a folder of YAML files, one
// per concern (requirements.yaml, placeholders.yaml, entities.yaml, …); each file's content sits
// under its file name. Adding a language means adding a folder, not code.

/**
 * A cue: a phrase matched case-insensitively (unless a rule says otherwise) with flexible white
 * space, or a regular expression written between slashes ("/right (of|to) access/"). In a phrase,
 * a straight or curly apostrophe matches either, a hyphen matches a hyphen, a dash, a space or
 * nothing ("decision-making" finds "decision making"), and a `*` lets a word go on ("retain*"
 * finds "retained", "gerechtvaardigd* belang*" finds "gerechtvaardigde belangen"). Whatever its
 * kind, a cue matches whole words: a match never begins or ends inside a word ("ICO" does not find
 * "PICOT"; "/\bpost adres/" does not find "postadressen", so write "/post adres(sen)?/"), and it
 * may begin or end on punctuation or a space ("U.S.", "l’"). A regular expression is compiled with
 * the `u` flag; keep it free of unbounded repetition. `server/src/engine/cues.ts` compiles cues.
 * In requirement cues, a leading `=` makes the cue case-sensitive ("=/\p{Lu}\w+ Ltd/": a
 * capitalised name before a legal form, which "such as" must not match).
 */
export type Cue = string;

export interface RequirementCues {
  /** Words a section heading uses for the item ("How long we keep your data"). */
  headings?: Cue[];
  /** Phrases in the body that state the item. */
  phrases?: Cue[];
  /**
   * A table column's header that names the item, in the policy's own language ("Speicherdauer",
   * "Base légale", "Ontvangers"), found in the header's text: a body cell under it that has a
   * word or a number states the item (unless vetoed); its elements are still looked for in the
   * cell ("Speicherdauer" over "so lange wie nötig" gives no period).
   */
  columns?: Cue[];
  /** Statements of absence that also satisfy the item ("we do not carry out automated decision-making"). */
  absence?: Cue[];
  /**
   * Statements that all of the data is kept inside one area ("all our data is stored on servers
   * within the EU"): read as statements of absence (the fact that nothing is transferred), unless
   * the text also states the item otherwise (a transfer named elsewhere: "… Mailchimp, in the United
   * States"); then they give nothing of it. A hosting place alone is none of these.
   */
  kept?: Cue[];
  /**
   * A statement that the item is there after all ("our website does use cookies"): beside it, a statement
   * of absence (about another product, "the app uses no cookies") does not give the item whole.
   */
  contrary?: Cue[];
  /**
   * Short names that count only inside a section whose heading, or a parent heading, matches the
   * named context: "portability" in a list under "Your rights". Key: a context id of `contexts`.
   */
  inContext?: Record<string, Cue[]>;
  /** Like `inContext`, but what they match only addresses the item (no element of it). */
  inContextPartial?: Record<string, Cue[]>;
  /** Statements that address the item but give none of its elements ("as long as necessary"). */
  partial?: Cue[];
  /**
   * Statements that count only where they are plausibly the item: in a paragraph at the document's
   * top or bottom (one of its first two or last two paragraphs), right after a block that states
   * the item ("Stand:" over "März 2025"), or in a section whose heading names it. A line that is
   * only a date is the policy's date there, and a closing day's date elsewhere.
   */
  atEdge?: Cue[];
  /** A sentence that says one of these is never evidence for the item ("access to your camera"). */
  not?: Cue[];
  /**
   * Like `not`, but only for a document in this file's language: a veto written in its words (a
   * sentence "with no word of data or the service") must not veto another language's sentences,
   * which are read with English data too.
   */
  notOwn?: Cue[];
  /**
   * A full statement whose sentence also says one of these only addresses the item: it is read as
   * `partial` (a right limited to self-service in the app, or to marketing e-mails).
   */
  narrow?: Cue[];
  /** A narrowed statement that also says one of these is full after all ("or contact us"). */
  broad?: Cue[];
  /**
   * Words that name the item's condition (withdraw-consent: consent). A narrowed statement whose own
   * sentence names it is whole when every sentence of the document that names it is narrowed too: the
   * one use that rests on it is the narrowed one ("the club mails its bulletin to those who agreed" …
   * "that consent to the bulletin can be taken back whenever you like"). A sentence that names it without
   * the narrowing (consent to cookies, to location, to "this policy") keeps the statement partial.
   */
  sole?: Cue[];
  /**
   * A means of doing what the statement offers, named with a narrowing word ("with the unsubscribe link in our
   * e-mails", "by replying “unsubscribe”"): from it to its clause's end, left out where the narrowing is read,
   * so that a withdrawal of consent in general whose ways include an unsubscribe link is not marketing only.
   */
  means?: Cue[];
  /**
   * A sentence that names the item's condition only as the condition of another right (portability's "where the
   * processing is based on consent or a contract"): no use resting on it, so it does not keep a `sole` use partial.
   */
  soleNot?: Cue[];
  /**
   * Another use's own withdrawal in the paragraph of a sentence that names the condition ("With your permission we
   * also set analytics cookies … you can change your choice at any time"): that sentence does not keep a `sole` use partial.
   */
  soleOwn?: Cue[];
  /**
   * A feature switched off whenever the reader likes ("you can turn reminders off at any time"): a statement of the
   * item where a sentence that names the condition (`sole`) names the feature too, read where no statement gives it.
   */
  switchedOff?: Cue[];
  /** Words of a `switchedOff` sentence that name no feature ("settings", "time"), compared word by word. */
  featureCommon?: string[];
  /**
   * What gives each of the profile's elements of the item (key: element id). An element with
   * no cues here is given by a full statement (`phrases`), not by a `partial` one.
   */
  elements?: Record<string, Cue[]>;
  /**
   * Like `elements`, but looked for only in a section whose heading names the item: the name line
   * of an address block under "Verantwortliche Stelle" or "Contactgegevens" names the controller.
   */
  elementsInContext?: Record<string, Cue[]>;
  /**
   * A sentence that says one of these gives no such element, though an element cue matches in it
   * (key: element id): a period tied to an event whose time after it is left open ("while you are a
   * member and for a reasonable period afterwards"). The item's `not` vetoes every element too.
   */
  elementsNot?: Record<string, Cue[]>;
  /** Its statements count in headings too: a "Last updated: 3 May 2026" line is a statement. */
  /**
   * The policy's own product named (in its title or front matter) and nothing else of the item: it
   * is addressed, every element absent (controller-identity: the app's name is no operator).
   */
  productAlone?: boolean;
  inHeadings?: boolean;
  /** Elements looked for anywhere in the document (the controller's contact details). */
  documentWide?: string[];
  /**
   * An element given by another's captured name when that name is also written in the text as a
   * name: the operator "XongoLab" of info@xongolab.example (free mail providers excepted).
   */
  nameFromMailDomain?: { from: string; gives: string };
}

/**
 * One reading of a statement that gives (or addresses) a requirement, for the statement reader
 * (frames.ts, `frames.yaml`, docs/coverage-model.md). Every key names word classes of the
 * language's `frames.yaml` (a string or a list: any of them); a key left out asks for nothing.
 * `actor` may also say `passive` (a passive clause with no agent: "your data is deleted") or
 * `none` (no subject found: an imperative, a fragment).
 */
export interface FrameSpec {
  /** Who does it: the subject nearest before the action in its clause. */
  actor?: string | string[];
  /** How: at least one of these between the subject and the action ("can", "ask us to"). */
  modal?: string | string[];
  /** What is done (a verb or its noun, in every inflection the class lists). */
  action: string | string[];
  /** To what: the first object after the action in its clause, else the nearest before it. */
  object?: string | string[];
  /** One of these conditions in the sentence ("at your request", "if you ask"). */
  condition?: string | string[];
  /** Each of these marks (or object classes) in the sentence (a duration, another provider, our legitimate interests). */
  with?: string | string[];
  /** None of these marks (or object classes) in the sentence. */
  without?: string | string[];
  /** Negated (true), not negated (false, the default), or either ('any'). */
  negated?: boolean | 'any';
  /** What the statement gives: the item (`phrase`, default), part of it, or its absence. */
  kind?: 'phrase' | 'partial' | 'absence';
  /** The item's elements (profile element ids) the reading itself gives ("decides automatically": whether decisions are automated). */
  gives?: string | string[];
  /**
   * A reading of this spec also completes a cue's whole statement of the item that lacks an element
   * it `gives` (a law reference between the words the cue's element needs: "automated decisions under
   * Art. 22(1) GDPR, profiling included, are not made").
   */
  completes?: boolean;
}

/** A language's statement reader: its word classes and, per requirement, the readings that give it. */
/** A possessive's mark class and the object class its phrase is (`FramesData.owned`). */
export interface OwnedSpec {
  mark: string;
  object: string;
  byActor?: Record<string, string>;
}

export interface FramesData {
  /**
   * Word classes by role, each class a list of words or phrases (`*` ends a word's stem; `#` is a
   * number; a word that starts with `-` is a compound's head: every word that ends so, itself
   * included, "-daten" for "Kundendaten"; a word with a capital letter matches only so written, "Sie").
   */
  actors?: Record<string, string[]>;
  modals?: Record<string, string[]>;
  actions?: Record<string, string[]>;
  objects?: Record<string, string[]>;
  conditions?: Record<string, string[]>;
  marks?: Record<string, string[]>;
  /** Words that negate the clause they stand in ("not", "never", "no one"). */
  negators?: string[];
  /** Forms of "to be" before a participle: the clause is passive. */
  passive?: string[];
  /** Endings of a verb's continuous form ("ing"): after a form of "to be" such an action is active, not passive ("we are not giving your data to anyone"). */
  progressive?: string[];
  /** Words that stand for the last object named in the sentence ("it", "them"). */
  pronouns?: string[];
  /** Pronouns that are also determiners: before a word no class knows ("that collection") they are neither. */
  determiners?: string[];
  /** Articles that may stand before a party's own name at the head of a main clause ("When a race ends, the BRF timing service sends us …"). */
  articles?: string[];
  /**
   * The reader as the one something is given to (an indirect object), by where the reader's pronoun stands with an article
   * (issue 13, session 36): "sell you a ticket", « vous envoyer un billet », "je een kaartje te verkopen", „Ihnen ein Ticket
   * zu verkaufen“. What is sold or sent is the noun after the article, not data named before the verb, and the pronoun is
   * no verb's subject. `pronouns`: the reader's words that may stand so; `articles`: what opens the thing given; `to`: the
   * infinitive's words ("to", „um“ … „zu“, "om" … "te") that make the verb's own subject unneeded; `before-verb`: the
   * pronoun may stand right before its verb, the article right after it (French clitics); `clause`: words that open the
   * pronoun's own clause, so that it is that clause's subject ("We agree that you …", « Nous acceptons que vous … », "Wij
   * zorgen ervoor dat u …").
   */
  indirect?: { pronouns: string[]; articles: string[]; to?: string[]; 'before-verb'?: boolean; clause?: string[] };
  /**
   * Words that join the last item of a list ("and", "or"): a comma between objects is a list's only where one of them
   * follows before a verb ("your name, email and address" against "Once you create your account, your bank sends …").
   */
  joiners?: string[];
  /** Words that open a new clause: a subject is not looked for across them ("because", "who"). */
  breaks?: string[];
  /** Words that end the search for an object after its action: prepositions ("in your account"). */
  stops?: string[];
  /**
   * Words that end an action's phrase and say its object follows at once ("object to", "objection
   * against"): where no class knows the words there ("object to a ruling"), the reading's object is
   * `other`, something named that is none of the classes, not `none`.
   */
  complements?: string[];
  /** Number words, for `#`. */
  numbers?: string[];
  /**
   * Where something comes from, or who does it: an actor of one of `actors` with one of `words` at
   * most four words before it, none a verb's or a subject's and no punctuation between, gives its
   * sentence the mark `mark`, whoever that actor is by its own class: after "van", "von", "de" (data
   * received from a third party: "van je vorige sportschool", "von Google") or after "door", "durch",
   * "par" (the agent of a passive: "… nous sont transmises par la caisse"), each its own mark.
   * `names`: a party named by its own name, whoever it is, gives the mark too — a word written with a
   * capital that no class knows, not the first of its sentence, right after one of `words` or after
   * one of the `names` words (articles) after it ("from Fairway Central", "uit Fitbit", "de la
   * Mutuelle Bleue"; not a month's or a `not-names` word: "from Monday", "from the EU"). Only for
   * languages whose common nouns are written in lower case.
   * `anyone: true` (with `names`): any word no class knows after them, capital or not, for a word that
   * says "from a party" by itself ("auprès de la personne qui vous a recommandé": the reader, "vous",
   * is a class's word and gives nothing).
   */
  sources?: { words: string[]; actors: string[]; mark: string; names?: string[]; anyone?: boolean }[];
  /** Words written with a capital that name no party (days of the week, places, "Act"), after a `sources` word and after a `names` word alike; months come from values.yaml. */
  'not-names'?: string[];
  /** Words that name another service by its kind, read as `@` in a phrase as a name is ("sign in with your social media account", "a third-party account"). */
  'service-kinds'?: string[];
  /**
   * A party named by its own name (one no class knows): a capitalised word or run of them, not at a
   * sentence's start, at most a few words after one of `after` (written in lower case) in its clause —
   * the agent or goal of a handling verb ("hosted by Greenroof", "sent to Bugnest", "managed through
   * our booking system, TableNest") — gives its sentence the mark `mark`. Words a name of a party never
   * holds are `not-names` (months, days, places: "sent to Ireland", "by March"). The policy's own names
   * are left out where the document is read (coverage.ts). A name ends its noun phrase: the word
   * after it is punctuation, a word some class knows, or one of `follow` ("and", "in", "who"); else it
   * is an adjective ("with Indian ink"). Nor is it a party when it is one of our own: set beside one of
   * `ours` ("our") and a `staff` noun ("by Jo, our instructor", "by our head coach, Sam Ortega"), or
   * with an `internal` word, one of our units ("sent to Reception", "forwarded to Admissions"). A name
   * is written with a capital and a lower-case letter, or as an acronym ("HMRC"); it may hold words a
   * class knows, if one of its words is none ("Amazon Web Services").
   */
  names?: { after: string[]; mark: string; follow?: string[]; staff?: string[]; internal?: string[]; ours?: string[] };
  /**
   * More shapes of a subject no actor class knows (`subject-unknown`): `marks`, mark classes whose words
   * in the noun phrase before the action count as the subject's words (a party named by its trade: "The
   * firm may obtain …"); `finite`, endings of an action's first word that no imperative has (English
   * "-s": "Google gives me …"): before such a verb, or after a modal ("Stripe may send us …"), one
   * word no class knows (none of `not-names`) is a subject too.
   */
  'unknown-subject'?: { marks?: string[]; finite?: string[] };
  /**
   * An end named by any verb: one of `words` ("to") before a lower-case word no class knows that is
   * none of `not` (a determiner, a pronoun, a noun a preposition takes: "to date") and ends on none
   * of `endings` (a plural's or a noun's: "to countries", "to publication") gives its sentence the mark
   * `mark` ("we keep your postcode to work out the fee"). Where the verb is a word some class knows,
   * that class's phrases decide ("to show", "to process"). Not right after one of `notAfter` (a verb
   * whose complement the infinitive is: "we may need to confirm your identity", "you have to sign";
   * or an adjective whose complement "to" is: "similar to", "subject to"). Nor when the word after the
   * candidate is one an actor's entry ends in ("to payroll providers"), or the candidate ends as a
   * participle (`participle`, unless it ends on one of `verbEndings`: "to proceed") before a word no
   * class knows ("to trusted helpers"): the candidate is then a modifier.
   * Where a language's infinitive has a shape of its own (`shape`: French « -er », « -ir », « -re »),
   * the candidate must end on one of them, and a verb an action class knows is the end's verb too
   * (« pour vérifier », « pour envoyer »: the sentence's action stays the one before); a word other
   * classes know (« pour le dossier ») is none. `clitics`: at most three object pronouns or negators
   * that may stand between the word and its verb (« pour vous prévenir », « pour ne plus vous écrire »).
   */
  infinitive?: { words: string[]; mark: string; not?: string[]; endings?: string[]; notAfter?: string[]; participle?: string[]; verbEndings?: string[]; shape?: string[]; clitics?: string[] };
  /**
   * The blanket "we collect nothing about you" read as a statement (coverage.ts, beside the
   * requirements.yaml `blanket` cues): readings that say no data of the reader's is collected.
   */
  blanket?: FrameSpec[];
  /**
   * A mark class of possessives ("your", "members'") that, before a word no class knows, opens an
   * object of the given class ("your saved routes", "your match results": the reader's data); the
   * unit keeps its mark too. A list for more than one ("onze cijfers": our own content).
   * `byActor`: the object class instead, when the clause's subject before the possessive is of an
   * actor class ("their", "leurs", lower-case "ihre" after "partners" are the partners' own:
   * `{third-party: other-content}`; after "users" or "we" they stay the reader's data).
   */
  owned?: OwnedSpec | OwnedSpec[];
  /**
   * A subject word that opens a sentence and stands for the subject of the sentence before when
   * that was of `class` ("Zwei Steuerberater sind beauftragt. Sie können …": "Sie" is "they", not
   * the formal "you"); else it is read as its own class.
   */
  resumes?: { word: string; class: string }[];
  /**
   * Elided words that stand joined to the next by an apostrophe ("l'", "qu'"): the tokeniser reads
   * them as a word of their own ("l'utilisation" is "l'" and "utilisation").
   */
  elisions?: string[];
  /** Object pronouns that stand between the subject and their verb ("nous les supprimons", "dass wir sie löschen"). */
  clitics?: string[];
  /** How many words a phrase's gap (`...`) may span (6 by default): a separable verb's particle ("geben … weiter") may stand far. */
  gap?: number;
  /**
   * A writer who speaks as "I" (a sole trader: "ik", "ich", "je"): `subjects`, the first person
   * singular subject words (listed among the actors too, as the controller's), and `forms`, how that
   * subject's verb form is made one the classes list: each [a regular expression on the word's end,
   * its replacement] ("gebruik" → "gebruiken", "bewaar" → "bewaren", "speichere" → "speichern",
   * "transmets" → "transmettre"). Only a word that stands next to such a subject (before it, after it,
   * or after it past at most two short words a class knows: "je les conserve"), or with `last` the last word of
   * its clause after one ("…, die ich speichere"), is read so. In a question the subject is the reader's
   * "I" ("Kan ik mijn gegevens inzien?"): `reader`.
   */
  singular?: { subjects: string[]; forms: [string, string][]; last?: boolean; reader?: string };
  /** Word order the reader follows besides subject–verb–object (all off by default). */
  order?: {
    /** A subject right after its verb when none stands before it ("Auf Wunsch löschen wir …"). */
    'subject-after-verb'?: boolean;
    /** A modal right before the subject is the subject's ("können Sie … löschen", "vous pouvez vous opposer"). */
    'modal-before-subject'?: boolean;
    /** A negator after the verb in its clause negates it ("wir geben Ihre Daten nicht weiter"). */
    'negation-after-verb'?: boolean;
    /** A form of "to be" right after the action makes it passive ("… geändert werden", "… verwijderd worden"). */
    'passive-after-verb'?: boolean;
    /** A list item with no subject of its own, read with its lead-in, takes the lead-in's subject and modals across its colon ("Sie haben folgende Rechte: Löschung Ihrer Daten"). */
    'subject-across-colon'?: boolean;
    /** A pronoun with no object before it in its sentence stands for the first object of the sentence before ("Gaf je ons toestemming? Die kun je intrekken."). */
    'pronoun-across-sentence'?: boolean;
    /** A subject no actor class knows (two words or more before the action in its clause, or a possessive's noun phrase before an action with an object of its own) is `other`, not `none` ("the league office sends us …"). */
    'subject-unknown'?: boolean;
  };
  /** Requirement id → readings that give it (`frames`) and readings that veto a cue's match (`vetoes`). */
  requirements?: Record<string, { frames?: FrameSpec[]; vetoes?: FrameSpec[] }>;
  /** How a question heading answered "Yes" or "No" is read as the statement it asks (frames.ts, leadStatement). */
  questions?: QuestionsData;
}

/**
 * A yes/no question heading made the statement its answer makes, in the answerer's words: "Can I
 * delete my account?" over "Yes." is "you can delete your account"; "Do you sell my data?" over
 * "No." is "we do not sell your data". All words are the language's.
 */
export interface QuestionsData {
  /** Answer words that open the answer before a stop or its end ("Yes.", "No, never"). */
  yes: string[];
  no: string[];
  /** The verbs a yes/no question opens with, before its subject; `*`: any word (a language whose yes/no questions open with any verb). */
  verbs: string[];
  /** Of those, the verbs of a request to the controller ("Can you erase my records?"): the statement is done at the reader's request (`asked`). */
  asking?: string[];
  /** The asker's words as the answerer says them ("my" → "your", "you" → "us"), one word each; a word with a capital letter matches only so written. */
  swap: Record<string, string>;
  /** A swapped word right after the question's verb, as a subject ("Can you …": "us" answered is "we"). */
  subject?: Record<string, string>;
  /** A question verb as the statement writes it ("Puis-je" → "vous pouvez"). */
  forms?: Record<string, string>;
  /** The subjects (after the swap) a question is made a statement of: the reader's and the controller's. */
  reader: string[];
  controller: string[];
  /** The statement, affirmed and negated: `{subject}`, `{verb}`, `{rest}` (the question's words after its subject). */
  said: string;
  'said-not': string;
  /** The condition added to a request to the controller ("if you ask"). */
  asked: string;
}

export interface LanguageData {
  /** The language's own name ("English", "Nederlands"). */
  name?: string;
  /** The heading of an exported policy's table of contents ("Contents", "Inhoud"). */
  contents?: string;
  /** The profile an imported policy in this language starts with ("uk-gdpr", "eu-gdpr"). */
  profile?: string;
  /**
   * Short words common in this language and rare in the others (no word in two languages' lists):
   * a clear majority of them in a policy's sample decides its language (`detectLanguage`).
   */
  'function-words'?: string[];
  /** How "&" is spelt out in a word, as in a mail domain ("and": crumbandco of "Crumb & Co"). */
  ampersand?: string[];
  requirements?: {
    requirements: Record<string, RequirementCues>;
    /** Phrases that show a conditional item's condition holds (key: the condition id). */
    triggers?: Record<string, Cue[]>;
    /** Headings that open a context for `inContext` cues (key: the context id, e.g. "rights"). */
    contexts?: Record<string, Cue[]>;
    /** Sentences that are never evidence for any item: a policy's statement of its own scope. */
    notAny?: Cue[];
    /**
     * Words that make an exception ("unless", "tenzij", "es sei denn", "sauf si"): a statement of
     * absence whose sentence has one denies nothing ("we do not send data outside the EEA unless
     * adequate safeguards exist" mentions a transfer and names no safeguard).
     */
    exceptions?: Cue[];
    /** Named word classes; `{name}` in a regular-expression cue stands for the class. */
    concepts?: Record<string, Cue[]>;
    /** A blanket statement that no personal data is collected, and the items it gives. */
    /**
     * `notAfter`: words that deny an `unless` cue just before it ("no analytics tools", "geen
     * analysetools"): such a mention says nothing is collected after all.
     */
    /**
     * `nothing`: a paragraph that is only the answer "Nothing." and `headings`: the headings it
     * answers ("What the app collects"): together a blanket statement.
     */
    blanket?: { cues?: Cue[]; gives?: string[]; unless?: Cue[]; notAfter?: string[]; nothing?: Cue[]; headings?: Cue[] };
    /**
     * Cues that capture, as `(?<name>…)`, the name of the app, site or service the policy is for:
     * a controller "name" that is only that name identifies no operator.
     */
    products?: Cue[];
    /** Mail domains anyone can use (their name identifies no operator). */
    freeMail?: string[];
    /**
     * A lead-in or heading that opens a table of contents ("This notice covers:", "Contents"):
     * the list under it names sections and states nothing.
     */
    tableOfContents?: Cue[];
    /**
     * Words that speak of a person or their data (the reader, "data", "details"; not "we" or "our", which the controller says of its deliveries and courses too): a list under a
     * paragraph that is only a short label ("**How long?**") is read as a column under that header only
     * where its item, its label, the block before the label or the section's heading has one; a label
     * over delivery times or course lengths names no item.
     */
    personal?: Cue[];
    /**
     * What a narrowing (`narrow`) reads of a sentence: `examples`, the markers of an example ("including",
     * "such as", "zoals", "z. B.", "notamment"), whose clause limits nothing; `joiners`, the words that
     * join the items of a list after a colon or a dash ("or", "and"), each item read apart.
     */
    narrowScope?: { examples?: Cue[]; joiners?: Cue[] };
    /** The title of a document a policy points to ("our Cookie Management Policy"): the words in it give no element. */
    documentTitles?: Cue[];
  };
  entities?: EntityData;
  debris?: DebrisData;
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
  /**
   * `false` where the text's statement that the condition does not hold ("we have not appointed a
   * data protection officer", "we do not rely on your consent") gives the reader nothing of the item:
   * it is reported `missing`, with that statement (`Coverage.stated`), and the finding offers to declare
   * the item not applicable. Left out, a statement of absence gives the item ("no data leaves the UK").
   */
  absenceGives?: boolean;
  /**
   * The elements the law names for the item (transfers: the safeguard; retention: a period or
   * criteria). An item addressed without one of them is `partial`, with the element's id absent.
   */
  elements?: ElementData[];
}

export interface ElementData {
  /** Stable id, in the JSON contract's `absent` list: "safeguard", "period". */
  id: string;
  /** What the element is, as a noun phrase: "the safeguard that protects the transfer". */
  summary: string;
  /** What the author should add. */
  add: string;
}

export interface ProfileData {
  id: string;
  title: string;
  /** How messages name the law: "UK GDPR". */
  law: string;
  requirements: RequirementData[];
}

/** `debris.yaml`: what a copied web page leaves in the text (navigation, cookie banners, buttons). */
export interface DebrisData {
  /** Lines that are debris on their own ("Skip to main content"). */
  lines?: string[];
  /** Navigation words; a line made only of two or more of them is a menu. */
  menu?: string[];
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
  /** Laws and their abbreviations ("DSGVO"): a name that is one is not an organisation; used for every language. */
  laws?: string[];
  /** Services commonly named as processors or recipients; used for every language. */
  knownThirdParties?: string[];
  /** The product a policy is about: kinds of product, what introduces it, words of a title around its name. */
  products?: { kinds?: string[]; scope?: Cue[]; titleWords?: string[] };
}

// ---- stale-law: server/data/stale-law.yaml ---------------------------------------------------

/** A cue that applies only in documents of some languages. */
export type ScopedCue = Cue | { cue: Cue; languages: string[] };

export interface StaleLawEntry {
  id: string;
  /** What the entry is about, as a noun phrase ("the EU-US Privacy Shield"). */
  title: string;
  patterns: ScopedCue[];
  /** A match is ignored when it also matches this cue (e.g. the right date). */
  except?: Cue;
  /** The sentence must also contain one of these (e.g. a GDPR date needs "GDPR" nearby). */
  context?: Cue[];
  /** The message's first sentence, when the default ('"{found}" refers to {title}, which is out of date.') does not fit. */
  lead?: string;
  /** What happened, and when, in one sentence. */
  fact: string;
  date: string;
  /** What to write instead, in words. */
  instead: string;
  /** Extra advice when a profile is active (key: profile id). */
  profileNotes?: Record<string, string>;
  /** The replacement text for the matched phrase, where there is a direct one (key: language, or "*"). */
  replace?: Record<string, string>;
  /** Where the fact comes from, by description. */
  source: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
  /** Fire even where the sentence speaks of history (a wrong date is wrong in any tense). */
  evenInHistory?: boolean;
  /** Whose law the entry is about: EU, UK, CH, US, US-CA, NL. */
  jurisdictions?: string[];
  /** Profiles the entry applies to; absent: all (the stale wording itself shows the jurisdiction). */
  profiles?: string[];
  /**
   * A document-level entry: fires once, on the first pattern match, when none of these cues
   * occurs anywhere in the document.
   */
  unlessDocumentHas?: Cue[];
  /** The entry applies only to a document in which one of these cues occurs (e.g. signs of a UK controller). */
  whenDocumentHas?: Cue[];
}

export interface StaleLawData {
  /** Words near a match that show it is mentioned as history ("was invalidated", "replaced"). */
  historical: Cue[];
  entries: StaleLawEntry[];
}

export interface CommonData {
  'stale-law'?: StaleLawData;
  [concern: string]: unknown;
}

// ---- contact-mismatch: languages/<lang>/contacts.yaml -----------------------------------------

export interface ContactsData {
  /** Role id → words that name the role ("data protection officer", "DPO"). */
  roles?: Record<string, Cue[]>;
  /** Role id → how messages name it ("the data protection officer"). */
  roleNames?: Record<string, string>;
  /** Labels that set one address apart from another ("registered office", "UK office"). */
  qualifiers?: Cue[];
  /** Street words after the name, number first: "520 White Plains Road". */
  streetTypes?: Cue[];
  /** Street words before the name, number first: "12 rue de la Paix". */
  streetTypesBefore?: Cue[];
  /** Endings of a street name followed by its number: "Stationsweg 12", "Hauptstraße 5". */
  streetSuffixes?: string[];
  /** Words before a number that make it something else than a phone (company number, VAT). */
  notPhone?: Cue[];
  /** Country names, the last line of an address written a line at a time (read by the document model). */
  countries?: string[];
}

// ---- broken-reference: languages/<lang>/references.yaml ---------------------------------------

export interface ReferencesData {
  /** Nouns for a part of the document: section, clause, heading. */
  sectionWords?: Cue[];
  /** Verbs of pointing: see, refer to. */
  see?: Cue[];
  /** Articles that may stand before a section noun or a title: the, de, la, l’. */
  articles?: Cue[];
  /** Words that place a numbered section in this document: "this section 4", "onderhavig artikel 3". */
  thisWords?: Cue[];
  /** Phrases that lead to a quoted title: "described under", "set out in". */
  titleLeads?: Cue[];
  /** Words between "the section" and the quoted title: titled, called. */
  titledWords?: Cue[];
  /** Words after a quoted name that make it something other than a section: page, button, link. */
  elsewhere?: Cue[];
  /** Words that place the target in this document: above, below, of this policy. */
  here?: Cue[];
  /** Words after a quoted section name that place it in another document or site ("of our website"). */
  ofOther?: Cue[];
  /** Words that show a number belongs to a law ("of the Act", "GDPR"), not to this document. */
  laws?: Cue[];
  /** Words in a quoted title that name another document (policy, terms). */
  otherDocuments?: Cue[];
}
