// The popup's corpus search: the token index picks candidates per group, fuse.js scores them (typo
// tolerant, per field, with the matched ranges), and the best few of each group come back as hits.
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { KbIndex } from '../kb';
import { compileFilters, type Keep } from './filters';
import { buildGroups, indexedFields, type FuseDoc, type GroupSpec, type SearchDoc } from './groups';
import { queryWords, words } from './normalize';
import { TokenIndex } from './token-index';
import type { Hit, HitMatch, SearchFilters, SearchOptions, SearchResults } from './types';

export interface Search {
  /** Hits for what the reader has typed so far; at most `limit` per group. Never throws on any string. */
  query(q: string, filters?: SearchFilters, limit?: number): SearchResults;
}

const DEFAULTS: Required<SearchOptions> = { minStatementQuery: 3, maxCandidates: 60, threshold: 0.4 };

class Group {
  private readonly index: TokenIndex;
  private readonly fuseOptions: IFuseOptions<FuseDoc>;

  constructor(
    private readonly spec: GroupSpec,
    private readonly options: Required<SearchOptions>,
  ) {
    this.index = new TokenIndex(spec.docs.map((d) => indexedFields(d, spec.keys)));
    this.fuseOptions = {
      keys: spec.keys.map(({ name, weight }) => ({ name, weight })),
      // Token search scores each query word on its own, across fields: "lavrov nato" finds Lavrov's
      // statement naming NATO. Plain fuzzy search never reads extended-search operators in the query.
      useTokenSearch: true,
      tokenMatch: 'all',
      includeMatches: true,
      includeScore: true,
      ignoreLocation: true,
      threshold: options.threshold,
      // Keys are folded already; fuse's own case folding would only cost time.
      isCaseSensitive: true,
    };
  }

  search(words: string[], keep: Keep, limit: number): Hit[] {
    const { docs } = this.spec;
    const list = this.index.candidates(words, (i) => keep(docs[i]!));
    if (!list.length) return [];
    list.sort(
      (a, b) => b.quality - a.quality || docs[b.doc]!.prominence - docs[a.doc]!.prominence || a.doc - b.doc,
    );
    const matched = this.index.matchedWords(words);
    const picked = list.slice(0, this.options.maxCandidates).map((c) => prune(docs[c.doc]!, matched));
    const fuse = new Fuse(
      picked.map((p) => p.fuse),
      this.fuseOptions,
    );
    const shortest = Math.min(...words.map((w) => w.length));
    return fuse
      .search(words.join(' '))
      .map((r) => ({ r, p: picked[r.refIndex]! }))
      .sort(
        (a, b) =>
          a.r.score! - b.r.score! || b.p.doc.prominence - a.p.doc.prominence || a.r.refIndex - b.r.refIndex,
      )
      .slice(0, limit)
      .map(({ r, p }) => this.hit(p, r, shortest));
  }

  private hit({ doc, kept }: Pruned, r: FuseResult<FuseDoc>, shortest: number): Hit {
    const matches: HitMatch[] = [];
    for (const m of r.matches ?? []) {
      const key = this.spec.keys.find((k) => k.name === m.key);
      if (!key) continue;
      const shown = doc.shown[key.name];
      const value = Array.isArray(shown) ? shown[kept[key.name]?.[m.refIndex ?? -1] ?? -1] : shown;
      if (value === undefined) continue;
      // A lone letter highlighted inside a word reads as noise, unless the reader typed one.
      const ranges = m.indices
        .map(([s, e]): [number, number] => [s, e + 1])
        .filter(([s, e]) => e - s > 1 || shortest === 1);
      if (ranges.length) matches.push({ field: key.field, value, ranges });
    }
    return {
      kind: this.spec.kind,
      id: doc.id,
      label: doc.label,
      detail: doc.detail,
      ...(doc.sourceId === undefined ? {} : { sourceId: doc.sourceId }),
      score: r.score ?? 1,
      matches,
    };
  }
}

interface Pruned {
  doc: SearchDoc;
  fuse: FuseDoc;
  /** Per list field, the original index of each element kept. */
  kept: Record<string, number[]>;
}

/** Per list field, the elements holding the most matched words that fuse gets to score. */
const MAX_ELEMENTS = 4;

/**
 * The document with only the list elements (aliases, roles, topics) that hold the most matched words:
 * a much-quoted politician has a hundred roles, and fuse would scan them all on every keystroke.
 */
function prune(doc: SearchDoc, matched: ReadonlySet<string>): Pruned {
  const fuse: FuseDoc = {};
  const kept: Record<string, number[]> = {};
  const elementWords = wordsOfLists(doc);
  for (const [key, value] of Object.entries(doc.fuse)) {
    if (!Array.isArray(value)) {
      fuse[key] = value;
      continue;
    }
    const scored: { i: number; n: number }[] = [];
    elementWords[key]!.forEach((ws, i) => {
      const n = ws.reduce((k, w) => k + (matched.has(w) ? 1 : 0), 0);
      if (n) scored.push({ i, n });
    });
    const idx = scored
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .slice(0, MAX_ELEMENTS)
      .map((e) => e.i)
      .sort((a, b) => a - b);
    fuse[key] = idx.map((i) => value[i]!);
    kept[key] = idx;
  }
  return { doc, fuse, kept };
}

// Split on a document's first search, not at build: most documents are never a candidate.
const listWords = new WeakMap<SearchDoc, Record<string, string[][]>>();

function wordsOfLists(doc: SearchDoc): Record<string, string[][]> {
  let known = listWords.get(doc);
  if (!known) {
    known = {};
    for (const [key, value] of Object.entries(doc.fuse))
      if (Array.isArray(value)) known[key] = value.map(words);
    listWords.set(doc, known);
  }
  return known;
}

/** Builds the search once per loaded KB, to keep while the KB is loaded; each query reads only its candidates. */
export function createSearch(ix: KbIndex, opts: SearchOptions = {}): Search {
  const options = { ...DEFAULTS, ...opts };
  const specs = buildGroups(ix);
  const actors = new Group(specs.actors, options);
  const terms = new Group(specs.terms, options);
  const statements = new Group(specs.statements, options);
  return {
    query(q, filters, limit = 8) {
      const words = typeof q === 'string' ? queryWords(q) : [];
      if (!words.length || !(limit > 0)) return { actors: [], terms: [], statements: [] };
      const keep = compileFilters(filters);
      const letters = words.reduce((n, w) => n + w.length, 0);
      return {
        actors: actors.search(words, keep, limit),
        terms: terms.search(words, keep, limit),
        statements: letters >= options.minStatementQuery ? statements.search(words, keep, limit) : [],
      };
    },
  };
}
