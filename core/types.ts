// Shared shapes of the corpus engine. Everything in core/ is pure TypeScript with no browser or Node
// APIs, so the same code runs in the build, the CLI, the tests and the extension.

/** Half-open range [start, end) of UTF-16 offsets into the original article text. */
export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the paragraph that holds the sentence. */
  paragraph: number;
}

/**
 * An article ready for the later stages. `norm` has exactly the length of `text`: every
 * normalisation is one UTF-16 unit for one (curly quotes to straight, dashes to '-', odd spaces to
 * ' '), so an offset found in `norm` is the same offset in `text`.
 */
export interface PreparedText {
  text: string;
  norm: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

export type ActorType = 'person' | 'organization' | 'government' | 'group' | 'term';
export type SpeakerType = 'person' | 'organization' | 'government' | 'group' | 'anonymous';
export type StatementKind = 'direct' | 'indirect' | 'according_to' | 'position';

/** One place the text names an actor. */
export interface Mention extends Span {
  actorId: string;
  /** The surface form exactly as printed, e.g. "Mr. Zelenskyy", "Putin’s" without the possessive. */
  text: string;
  sentence: number;
  /**
   * Set when the name only qualifies the words after it and is not the head of its noun phrase: a
   * possessive ("Putin's foreign policy aide"), an attributive use ("US official", "U.S.-backed"),
   * or part of a person's title ("French" and "Kremlin" in "French President Emmanuel Macron",
   * "Kremlin spokesman Dmitry Peskov"). Such a mention is not the speaker of its phrase.
   */
  modifier?: boolean;
}

export interface Actor {
  /** Stable within one analysis; the knowledge base re-keys actors across documents. */
  id: string;
  /** Canonical name: the fullest name form the text gives ("Sergei Lavrov", "Kremlin"). */
  name: string;
  type: ActorType;
  /** Every surface form found in the text, canonical name included. */
  aliases: string[];
  /** Roles as the text gives them ("Russian Foreign Minister", "special envoy"). */
  roles: string[];
  /** Number of mentions in the analysed text. */
  mentions: number;
}

export interface Statement extends Span {
  /** Actor name, or the unnamed source as the text describes it ("a US official"). */
  speaker: string;
  /** Set when the speaker is a known actor of the same analysis. */
  speakerId?: string;
  speakerType: SpeakerType;
  kind: StatementKind;
  /** Exactly `text.slice(start, end)` of the original article. */
  text: string;
  /** The sentence(s) holding the statement. */
  sentence: Span;
  /** Where the text names the source ("Sergei Lavrov", "he") and the cue ("said"), when it does. */
  source?: Span;
  cue?: Span;
  /**
   * The reported content as an attribution span, when it differs from `start`/`end` (the card's
   * words): a quote with its marks and the punctuation inside them, as PolNeAR annotates it.
   */
  content?: Span[];
  /** Canonical names of the actors and terms the statement is about. */
  about: string[];
  /** Topic ids from data/lexicons/topics.json. */
  topics: string[];
  /**
   * How sure the engine is that the speaker is right, from 0 to 1: cards show a statement only at
   * or above the threshold chosen on development data (core/statements/decide/confidence.ts).
   */
  confidence?: number;
}

export interface DocumentAnalysis {
  prepared: PreparedText;
  actors: Actor[];
  mentions: Mention[];
  statements: Statement[];
}
