// The three searchable groups built once from a loaded KB: for each document, the folded strings
// fuse.js scores, the originals the hit shows, and what the filters need to decide on it.
import type { KbIndex, KbStatement } from '../kb';
import { fold } from './normalize';
import type { HitField, HitKind } from './types';

/** What fuse.js sees of a document: folded strings under the keys below. */
export type FuseDoc = Record<string, string | string[]>;

export interface SearchDoc {
  id: string;
  label: string;
  detail: string;
  sourceId?: string;
  fuse: FuseDoc;
  /** The unfolded strings, parallel to `fuse`, for highlighting. */
  shown: Record<string, string | string[]>;
  /**
   * Ties between equal scores go to the higher: an actor's mentions across the corpus, a statement's
   * date (so a common word shows the newest statements, not the first outlet in the file order).
   */
  prominence: number;
  /** Sources the document appears in (filter by source). */
  sources: readonly string[];
  /** The statements that tie it to topics: its own for a statement, by or about it for an actor. */
  statements: readonly KbStatement[];
}

export interface GroupSpec {
  kind: HitKind;
  keys: { name: string; weight: number; field: HitField }[];
  docs: SearchDoc[];
}

const ACTOR_KEYS: GroupSpec['keys'] = [
  { name: 'name', weight: 3, field: 'name' },
  { name: 'aliases', weight: 2, field: 'alias' },
  { name: 'roles', weight: 1, field: 'role' },
];

// "lavrov" lists what Lavrov said before what others said about him.
const STATEMENT_KEYS: GroupSpec['keys'] = [
  { name: 'speaker', weight: 2, field: 'speaker' },
  { name: 'text', weight: 1.5, field: 'text' },
  { name: 'topics', weight: 1, field: 'topic' },
];

export function buildGroups(ix: KbIndex): { actors: GroupSpec; terms: GroupSpec; statements: GroupSpec } {
  const actors: SearchDoc[] = [];
  const terms: SearchDoc[] = [];
  for (const a of ix.kb.actors) {
    // Aliases repeating the name (or each other once folded) would only add to fuse's work.
    const names = new Set([fold(a.name)]);
    const aliases: string[] = [];
    const folded: string[] = [];
    for (const alias of a.aliases) {
      const f = fold(alias);
      if (names.has(f)) continue;
      names.add(f);
      aliases.push(alias);
      folded.push(f);
    }
    const linked = [...new Set([...ix.statementsBy(a.id), ...ix.statementsAbout(a.id)])];
    const doc: SearchDoc = {
      id: a.id,
      label: a.name,
      detail: a.type === 'term' ? 'term' : [a.type, ...a.roles.slice(0, 1)].join(' · '),
      fuse: { name: fold(a.name), aliases: folded, roles: a.roles.map(fold) },
      shown: { name: a.name, aliases, roles: a.roles },
      prominence: Object.values(a.mentions).reduce((n, c) => n + c, 0),
      sources: [...new Set([...Object.keys(a.mentions), ...linked.map((s) => s.sourceId)])],
      statements: linked,
    };
    (a.type === 'term' ? terms : actors).push(doc);
  }
  const statements = ix.kb.statements.map((st): SearchDoc => {
    const src = ix.source(st.sourceId);
    return {
      id: st.id,
      label: st.text,
      // A reader's undated article has only the day it was added: said so, as on the card.
      detail: `${st.speakerName} · ${src?.outlet ?? 'unnamed outlet'}, ${src?.dateSource === 'added' ? 'added ' : ''}${src?.date ?? ''}`,
      sourceId: st.sourceId,
      fuse: { text: fold(st.text), speaker: fold(st.speakerName), topics: st.topics.map(fold) },
      shown: { text: st.text, speaker: st.speakerName, topics: st.topics },
      prominence: Date.parse(src?.date ?? '') || 0,
      sources: [st.sourceId],
      statements: [st],
    };
  });
  return {
    actors: { kind: 'actor', keys: ACTOR_KEYS, docs: actors },
    terms: { kind: 'term', keys: ACTOR_KEYS, docs: terms },
    statements: { kind: 'statement', keys: STATEMENT_KEYS, docs: statements },
  };
}

/** The strings a document's words are indexed from, each with its key's weight. */
export function indexedFields(doc: SearchDoc, keys: GroupSpec['keys']): { text: string; weight: number }[] {
  return keys.flatMap(({ name, weight }) => [doc.fuse[name] ?? []].flat().map((text) => ({ text, weight })));
}
