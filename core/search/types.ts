// What the popup's search returns: hits grouped as the popup shows them, each naming the card it opens.

export type HitKind = 'actor' | 'term' | 'statement';

export type HitField = 'name' | 'alias' | 'role' | 'text' | 'speaker' | 'topic';

export interface HitMatch {
  field: HitField;
  /** The string shown, exactly as in the KB (a topic as its id). */
  value: string;
  /** Half-open [start, end) UTF-16 ranges into `value`, for highlighting. */
  ranges: [number, number][];
}

export interface Hit {
  kind: HitKind;
  /** Actor id (actors and terms) or statement id: what `getCard` / the reader page takes. */
  id: string;
  /** The actor's name, or the statement's text. */
  label: string;
  /** A second line: type and first role, or speaker, outlet and date. */
  detail: string;
  /** The statement's source (statements only). */
  sourceId?: string;
  /** 0 is a perfect match, 1 none; hits in a group are sorted by it. */
  score: number;
  matches: HitMatch[];
}

export interface SearchResults {
  /** People, organisations, governments and groups. */
  actors: Hit[];
  terms: Hit[];
  statements: Hit[];
}

export interface SearchFilters {
  /** Only statements with one of these topics, and actors and terms they involve. */
  topics?: readonly string[];
  /** Only these sources (a source picked in the popup). */
  sources?: readonly string[] | ReadonlySet<string>;
  /** Sources the reader switched off (`sync:selectedSources`): hidden whatever `sources` says. */
  excludeSources?: readonly string[] | ReadonlySet<string>;
}

export interface SearchOptions {
  /** Statements are searched once the query has this many letters or digits: fewer match everything. */
  minStatementQuery?: number;
  /** At most this many candidates per group reach fuse.js's scoring, best pre-ranked first. */
  maxCandidates?: number;
  /** fuse.js threshold: 0 exact only, 1 anything. */
  threshold?: number;
}
