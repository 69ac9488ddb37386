// Builds the knowledge base from article texts: the engine on each source, actors merged across
// sources, statements re-keyed to corpus actors. Pure: the caller reads the files.
import { analyze } from '../engine';
import type { Actor, DocumentAnalysis, Span, Statement } from '../types';
import { IdAllocator, slug } from './ids';
import { type CorpusActor, mergeAcrossDocuments } from '../actors/merge';
import { corpusTerms } from './terms';
import { keepsTerm } from './terms/keep';
import { assignTopics } from './topics';
import { KB_VERSION, type Kb, type KbActor, type KbSource, type KbStatement } from './schema';

export type SourceMeta = Pick<KbSource, 'id' | 'outlet' | 'title' | 'date' | 'dateSource'>;

export interface KbInput {
  meta: SourceMeta;
  text: string;
}

export interface AnalyzedSource {
  meta: SourceMeta;
  analysis: DocumentAnalysis;
}

export interface BuildOptions {
  /** Told about engine output the KB had to drop or mend; the build goes on. */
  warn?: (message: string) => void;
}

export function buildKb(inputs: KbInput[], options: BuildOptions = {}): Kb {
  return assembleKb(
    inputs.map(({ meta, text }) => ({ meta, analysis: analyzeSource(meta.id, text) })),
    options,
  );
}

// The engine is meant never to throw; if it does, the message says on which source.
export function analyzeSource(id: string, text: string): DocumentAnalysis {
  try {
    return analyze(text);
  } catch (e) {
    throw new Error(`source ${id}: the engine failed: ${(e as Error).message}`, { cause: e });
  }
}

/** The KB from analyses already made: lets tests feed hand-made analyses. */
export function assembleKb(docs: AnalyzedSource[], { warn = () => {} }: BuildOptions = {}): Kb {
  const anonymous = docs.map(({ analysis }) => unnamedSourceActors(analysis));
  const merged = mergeAcrossDocuments(
    docs.map(({ meta, analysis }, i) => ({
      sourceId: meta.id,
      date: meta.date,
      actors: analysis.actors.filter((a) => !anonymous[i]!.has(a.id)),
    })),
  );
  const assigned = assignIds(
    merged,
    docs.map((d) => d.meta.id),
  );
  // A key term is a subject the corpus returns to: one the lexicon finds in a single source of many
  // ("Article 3", "talks in Paris" in one of PolNeAR's 1,008) is left to that source's text.
  const kept = assigned.actors.filter((a) => keepsTerm(a, docs.length));
  const keptIds = new Set(kept.map((a) => a.id));
  const idOf = new Map([...assigned.idOf].filter(([, id]) => keptIds.has(id)));
  const resolver = new ActorResolver(
    kept,
    merged.filter((c) => idOf.has(c)),
    idOf,
  );

  const statements: KbStatement[] = [];
  const sources: KbSource[] = docs.map(({ meta, analysis }, i) => {
    const built = assembleSource(meta, analysis, anonymous[i]!, resolver, warn);
    statements.push(...built.statements);
    return built.source;
  });
  // The named subjects several sources return to (the Affordable Care Act, the Iowa caucuses), beside
  // the terms the engine's lexicon finds in each article. Found after the statements, which they
  // leave as they are: a term card finds the statements that name it (core/cards/term.ts).
  const { terms, replaced } = corpusTerms(
    docs.map((d) => ({ id: d.meta.id, text: d.analysis.prepared.norm })),
    kept,
    statements,
  );
  const actors = byMentions([...kept.filter((a) => !replaced.has(a.id)), ...terms]);
  const texts = new Map(docs.map((d) => [d.meta.id, d.analysis.prepared.text]));
  assignTopics(statements, texts, terms);
  for (const st of statements) {
    if (st.about.some((id) => replaced.has(id)))
      st.about = [...new Set(st.about.map((id) => replaced.get(id) ?? id))];
  }

  return { version: KB_VERSION, sources, actors, statements };
}

/**
 * One source's KbSource and its statements, re-keyed to corpus actors by `resolver`. Shared with the
 * reader's own articles (core/library/kb.ts), which join an already built KB.
 */
export function assembleSource(
  meta: SourceMeta,
  analysis: DocumentAnalysis,
  anonymous: Set<string>,
  resolver: ActorResolver,
  warn: (message: string) => void,
): { source: KbSource; statements: KbStatement[] } {
  const text = analysis.prepared.text;
  const own: KbStatement[] = [];
  for (const st of analysis.statements) {
    const problem = citationProblem(st, text);
    if (problem) {
      warn(
        `source ${meta.id}: dropped a statement of "${st.speaker}" at [${st.start}, ${st.end}): ${problem}`,
      );
      continue;
    }
    const named =
      st.speakerId !== undefined && st.speakerType !== 'anonymous' && !anonymous.has(st.speakerId);
    const speakerId = named ? resolver.local(meta.id, analysis.actors, st.speakerId!) : null;
    const about: string[] = [];
    const aboutNames: string[] = [];
    for (const name of st.about) {
      const id = resolver.about(meta.id, analysis.actors, name);
      if (id) {
        if (!about.includes(id)) about.push(id);
      } else if (!aboutNames.includes(name)) aboutNames.push(name);
    }
    own.push({
      id: '',
      sourceId: meta.id,
      speakerId,
      speakerName: st.speaker,
      speakerType: st.speakerType,
      kind: st.kind,
      start: st.start,
      end: st.end,
      text: st.text,
      sentence: holdingSentence(st, analysis, () =>
        warn(`source ${meta.id}: mended the sentence span of the statement at [${st.start}, ${st.end})`),
      ),
      about,
      aboutNames,
      topics: [...new Set(st.topics)],
    });
  }
  own.sort((a, b) => a.start - b.start || a.end - b.end);
  assignStatementIds(own);
  return {
    source: { ...pickMeta(meta), statements: own.length, chars: text.length, text },
    statements: own,
  };
}

function pickMeta({ id, outlet, title, date, dateSource }: SourceMeta): SourceMeta {
  return { id, outlet, title, date, dateSource };
}

/**
 * Local actors that stand only for unnamed sources ("a US official"): the speaker of an anonymous
 * statement that the text never names. They stay out of the merge, so two "a US official"s of
 * different articles never become one actor, and none is folded into a named one.
 */
export function unnamedSourceActors(a: DocumentAnalysis): Set<string> {
  const mentioned = new Set(a.mentions.map((m) => m.actorId));
  const named = new Set<string>();
  const anon = new Set<string>();
  for (const st of a.statements) {
    if (st.speakerId === undefined) continue;
    (st.speakerType === 'anonymous' ? anon : named).add(st.speakerId);
  }
  return new Set([...anon].filter((id) => !named.has(id) && !mentioned.has(id)));
}

/** Why a statement cannot be cited as is, or null. */
function citationProblem(st: Statement, text: string): string | null {
  if (!(
    Number.isInteger(st.start) &&
    Number.isInteger(st.end) &&
    st.start >= 0 &&
    st.start <= st.end &&
    st.end <= text.length
  )) {
    return 'offsets outside the text';
  }
  if (st.text !== text.slice(st.start, st.end)) return 'its text is not the text at its offsets';
  return null;
}

/** The statement's sentence span, or the span of the sentences it overlaps when the engine's is off. */
function holdingSentence(st: Statement, a: DocumentAnalysis, mended: () => void): Span {
  const s = st.sentence;
  if (s && s.start <= st.start && s.end >= st.end && s.end <= a.prepared.text.length)
    return { start: s.start, end: s.end };
  mended();
  let start = st.start;
  let end = st.end;
  for (const x of a.prepared.sentences) {
    if (x.end > st.start && x.start < Math.max(st.end, st.start + 1)) {
      start = Math.min(start, x.start);
      end = Math.max(end, x.end);
    }
  }
  return { start, end };
}

function assignStatementIds(sorted: KbStatement[]): void {
  const ids = new IdAllocator();
  for (const st of sorted)
    st.id = ids.take(`${st.sourceId}:${st.start}`, `${st.sourceId}:${st.start}-${st.end}`);
}

/**
 * Corpus actor ids from canonical names; ties broken by a fixed order so "-2" suffixes are stable.
 * `alloc` may come with ids already taken (a built KB's, when the reader's articles join it).
 */
export function assignIds(
  merged: CorpusActor[],
  sourceOrder: string[],
  alloc = new IdAllocator(),
): { actors: KbActor[]; idOf: Map<CorpusActor, string> } {
  // Positions looked up, not searched for: indexOf per actor was quadratic in the corpus's sources.
  const position = new Map<string, number>();
  sourceOrder.forEach((s, i) => {
    if (!position.has(s)) position.set(s, i);
  });
  const byPosition = (a: string, b: string) => position.get(a)! - position.get(b)!;
  const rank = (c: CorpusActor) =>
    Math.min(...Object.keys(c.localIds).map((s) => position.get(s) ?? Infinity), Infinity);
  const ordered = merged
    .map((c) => ({ c, base: slug(c.name), rank: rank(c) }))
    .sort(
      (x, y) =>
        cmp(x.base, y.base) ||
        cmp(x.c.type, y.c.type) ||
        cmp(x.c.name, y.c.name) ||
        x.rank - y.rank ||
        cmp(x.c.aliases.join('\n'), y.c.aliases.join('\n')),
    );
  const idOf = new Map<CorpusActor, string>();
  const actors = ordered.map(({ c, base }) => {
    const id = alloc.take(base, `${base}-${c.type}`);
    idOf.set(c, id);
    const mentions: Record<string, number> = {};
    for (const s of Object.keys(c.mentionsBySource)
      .filter((s) => position.has(s) && c.mentionsBySource[s])
      .sort(byPosition))
      mentions[s] = c.mentionsBySource[s]!;
    return {
      id,
      name: c.name,
      type: c.type,
      aliases: [...new Set(c.aliases)],
      roles: c.roles,
      roleSources: c.roleSources,
      mentions,
    };
  });
  return { actors: byMentions(actors), idOf };
}

/** The most-mentioned first, then by id: the order of kb.actors on every build. */
function byMentions(actors: KbActor[]): KbActor[] {
  // Summed once, not per comparison: a much-cited actor has a count for most of the corpus's sources.
  const totals = new Map(actors.map((a) => [a, Object.values(a.mentions).reduce((x, y) => x + y, 0)]));
  return actors.sort((a, b) => totals.get(b)! - totals.get(a)! || cmp(a.id, b.id));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** From a source's local actor ids and names to corpus actor ids. */
export class ActorResolver {
  private byLocal = new Map<string, string>();
  private names = new Map<string, string>();
  private byAlias = new Map<string, string | null>();

  constructor(actors: KbActor[], merged: CorpusActor[], idOf: Map<CorpusActor, string>) {
    for (const c of merged) {
      const id = idOf.get(c)!;
      for (const [sourceId, local] of Object.entries(c.localIds)) this.byLocal.set(key(sourceId, local), id);
    }
    for (const a of actors) this.names.set(a.name, a.id);
    for (const a of actors) {
      for (const alias of a.aliases) {
        // An alias two actors share ("President") identifies neither.
        const prev = this.byAlias.get(alias);
        this.byAlias.set(alias, prev === undefined || prev === a.id ? a.id : null);
      }
    }
  }

  /** A statement's speakerId (a local id of `sourceId`) as a corpus id, or null. */
  local(sourceId: string, localActors: Actor[], localId: string): string | null {
    const direct = this.byLocal.get(key(sourceId, localId));
    if (direct) return direct;
    // The merge may fold two local actors of one source into one and keep only one local id.
    const a = localActors.find((x) => x.id === localId);
    return a ? this.name(a.name) : null;
  }

  /** A name the engine used in `about` in this source, as a corpus id, or null. */
  about(sourceId: string, localActors: Actor[], name: string): string | null {
    const a = localActors.find((x) => x.name === name) ?? localActors.find((x) => x.aliases.includes(name));
    if (a) {
      const id = this.byLocal.get(key(sourceId, a.id));
      if (id) return id;
    }
    return this.name(name);
  }

  private name(name: string): string | null {
    return this.names.get(name) ?? this.byAlias.get(name) ?? null;
  }
}

function key(sourceId: string, localId: string): string {
  return `${sourceId}\u0000${localId}`;
}
