// The reader's articles joining the bundled knowledge base as sources of their own. Only the new
// articles go through the engine: the bundled KB is kept as built (its ids, statements and order), and
// its actors take part in the cross-article merge as they are, so "Lavrov" in a reader's article adds
// to the bundled Sergey Lavrov and a new speaker becomes a new actor. Deleting an article is building
// again without it.
import { type CorpusActor, mergeAcrossDocuments } from '../actors/merge';
import {
  ActorResolver,
  type AnalyzedSource,
  type SourceMeta,
  analyzeSource,
  assembleSource,
  assignIds,
  unnamedSourceActors,
} from '../kb/build';
import { IdAllocator } from '../kb/ids';
import { corpusTerms } from '../kb/terms';
import { assignTopics } from '../kb/topics';
import { normalize } from '../text';
import type { Kb, KbActor, KbSource, KbStatement } from '../kb/schema';
import type { Actor, DocumentAnalysis } from '../types';
import type { Article } from './article';
import { describe } from './library';

export interface ExtendOptions {
  /** Told about an article the engine failed on (left out) and engine output the KB mended. */
  warn?: (message: string) => void;
  /**
   * Analyses by article id, kept by the caller from one build to the next, so adding or deleting one
   * article analyses at most that one. Safe to key by id: the id is a hash of the text.
   */
  cache?: Map<string, DocumentAnalysis>;
}

/**
 * A reader's article as a KB source. An undated one carries the day it was added, marked 'added' so no
 * card or reader page presents that day as a publication date.
 */
export function articleMeta(a: Article): SourceMeta {
  return {
    id: a.id,
    outlet: a.outlet,
    title: a.title,
    date: a.date ?? a.addedAt.slice(0, 10),
    dateSource: a.date ? 'corpus' : 'added',
  };
}

// Source ids of the pseudo-documents that stand for bundled actors in the merge. NUL keeps them
// apart from any real source id.
const BUNDLED = '\u0000kb:';

export function extendKb(bundled: Kb, articles: readonly Article[], options: ExtendOptions = {}): Kb {
  const warn = options.warn ?? (() => {});
  const docs = analyseAll(bundled, articles, options.cache, warn);
  if (!docs.length) return bundled;

  const anonymous = docs.map(({ analysis }) => unnamedSourceActors(analysis));
  const merged = mergeAcrossDocuments([
    ...bundled.actors.map((a) => ({ sourceId: BUNDLED + a.id, actors: [asLocalActor(a)] })),
    ...docs.map(({ meta, analysis }, i) => ({
      sourceId: meta.id,
      date: meta.date,
      actors: analysis.actors.filter((a) => !anonymous[i]!.has(a.id)),
    })),
  ]);

  const byId = new Map(bundled.actors.map((a) => [a.id, a]));
  const joined = new Map<string, KbActor>();
  const idOf = new Map<CorpusActor, string>();
  const fresh: CorpusActor[] = [];
  for (const group of merged) {
    const own = Object.keys(group.localIds)
      .filter((s) => s.startsWith(BUNDLED))
      .map((s) => byId.get(s.slice(BUNDLED.length))!);
    if (!own.length) {
      fresh.push(group);
      continue;
    }
    // Bundled actors the build kept apart stay apart: the group's new mentions join the most mentioned.
    const target = own.reduce((best, a) => (total(a) > total(best) ? a : best));
    idOf.set(group, target.id);
    joined.set(target.id, joinGroup(joined.get(target.id) ?? target, group, own));
  }
  const alloc = new IdAllocator();
  for (const a of bundled.actors) alloc.take(a.id);
  const added = assignIds(
    fresh,
    docs.map((d) => d.meta.id),
    alloc,
  );
  for (const [c, id] of added.idOf) idOf.set(c, id);

  const actors = [...bundled.actors.map((a) => joined.get(a.id) ?? a), ...added.actors].sort(
    (a, b) => total(b) - total(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const resolver = new ActorResolver(actors, merged, idOf);
  const own: KbSource[] = [];
  const said: KbStatement[] = [];
  docs.forEach(({ meta, analysis }, i) => {
    const built = assembleSource(meta, analysis, anonymous[i]!, resolver, warn);
    own.push(built.source);
    said.push(...built.statements);
  });
  return {
    version: bundled.version,
    sources: [...bundled.sources, ...own],
    actors: readersSubjects(bundled, docs, actors, said),
    statements: [...bundled.statements, ...said],
  };
}

/**
 * The key terms and topics of the reader's articles, found as the bundled corpus's were (core/kb/build
 * .ts) and over the bundled texts with the reader's: a subject the reader's articles return to becomes
 * a term, and their statements are filed by a topic model fitted on every text. The bundled statements
 * and terms stay as built; a new term that would replace a bundled actor is left out, so no bundled
 * card changes.
 */
function readersSubjects(
  bundled: Kb,
  docs: readonly AnalyzedSource[],
  actors: KbActor[],
  fresh: KbStatement[],
): KbActor[] {
  const texts = new Map(bundled.sources.map((s) => [s.id, s.text]));
  for (const d of docs) texts.set(d.meta.id, d.analysis.prepared.text);
  const bundledIds = new Set(bundled.actors.map((a) => a.id));
  const found = corpusTerms(
    [
      ...bundled.sources.map((s) => ({ id: s.id, text: normalize(s.text) })),
      ...docs.map((d) => ({ id: d.meta.id, text: d.analysis.prepared.norm })),
    ],
    actors,
    [...bundled.statements, ...fresh],
  );
  const blocked = new Set([...found.replaced].filter(([id]) => bundledIds.has(id)).map(([, t]) => t));
  const terms = found.terms.filter((t) => !blocked.has(t.id));
  const replaced = new Map([...found.replaced].filter(([, t]) => !blocked.has(t)));
  for (const st of fresh)
    if (st.about.some((id) => replaced.has(id)))
      st.about = [...new Set(st.about.map((id) => replaced.get(id) ?? id))];
  assignTopics(
    fresh,
    texts,
    [...actors, ...terms].filter((a) => a.type === 'term' && !replaced.has(a.id)),
  );
  const all = [...actors.filter((a) => !replaced.has(a.id)), ...terms];
  return all.sort((a, b) => total(b) - total(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The articles with their analyses, oldest first; one the engine fails on is left out and told. */
function analyseAll(
  bundled: Kb,
  articles: readonly Article[],
  cache: Map<string, DocumentAnalysis> | undefined,
  warn: (message: string) => void,
): AnalyzedSource[] {
  const taken = new Set(bundled.sources.map((s) => s.id));
  const ordered = [...articles].sort((a, b) =>
    a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : 1,
  );
  const docs: AnalyzedSource[] = [];
  for (const a of ordered) {
    // A caller bug, not the reader's input: the library never holds one id twice.
    if (taken.has(a.id))
      throw new Error(`source ${a.id} is given twice (pass the bundled KB, not an extended one)`);
    taken.add(a.id);
    let analysis = cache?.get(a.id);
    if (!analysis) {
      try {
        analysis = analyzeSource(a.id, a.text);
      } catch (e) {
        warn(`${describe(a)} was left out of the knowledge base: ${(e as Error).message}`);
        continue;
      }
      cache?.set(a.id, analysis);
    }
    docs.push({ meta: articleMeta(a), analysis });
  }
  return docs;
}

function asLocalActor(a: KbActor): Actor {
  return { id: a.id, name: a.name, type: a.type, aliases: a.aliases, roles: a.roles, mentions: total(a) };
}

/** A bundled actor with what the reader's articles add: their names, roles and mention counts. */
function joinGroup(actor: KbActor, group: CorpusActor, own: KbActor[]): KbActor {
  const known = (pick: (a: KbActor) => string[]) => new Set(own.flatMap(pick));
  const aliases = known((a) => a.aliases);
  const roles = known((a) => a.roles);
  const mentions = { ...actor.mentions };
  for (const [s, n] of Object.entries(group.mentionsBySource))
    if (!s.startsWith(BUNDLED) && n) mentions[s] = n;
  return {
    ...actor,
    aliases: [
      ...actor.aliases,
      ...group.aliases.filter((x) => !aliases.has(x) && !actor.aliases.includes(x)),
    ],
    // The bundled ranking stays; the reader's roles follow it (counted over the reader's articles and
    // the bundled actor as one source).
    ...withRoles(
      actor,
      group.roles
        .map((role, i) => ({ role, sources: group.roleSources[i] ?? 1 }))
        .filter(({ role }) => !roles.has(role) && !actor.roles.includes(role)),
    ),
    mentions,
  };
}

function withRoles(
  actor: KbActor,
  added: { role: string; sources: number }[],
): Pick<KbActor, 'roles' | 'roleSources'> {
  const roles = [...actor.roles, ...added.map((r) => r.role)];
  if (!actor.roleSources) return { roles };
  return { roles, roleSources: [...actor.roleSources, ...added.map((r) => r.sources)] };
}

function total(a: KbActor): number {
  let n = 0;
  for (const k in a.mentions) n += a.mentions[k]!;
  return n;
}
