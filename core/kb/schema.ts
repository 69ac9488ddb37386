// The knowledge base the extension ships: its types, a valibot schema the extension runs at load, and
// the cross-reference checks a schema cannot express. Built by core/kb/build.ts, written by
// `npm run kb` to public/kb.json.
import * as v from 'valibot';
import { issuePath } from './path';
import type { ActorType, SpeakerType, StatementKind } from '../types';

/** Bump on any change a reader of an older file would misread; the loader refuses other versions. */
// 2: a source's dateSource may be 'added' (a reader's undated article, core/library/kb.ts).
export const KB_VERSION = 2;

export interface KbSource {
  /** The manifest id ("000"); statements and mention counts refer to it. */
  id: string;
  /** null when the text names no outlet: never guessed. */
  outlet: string | null;
  /** null when the text has no headline. */
  title: string | null;
  /** YYYY-MM-DD. */
  date: string;
  /**
   * 'text' when the article prints the date, 'corpus' when it comes from the corpus description,
   * 'added' when it is only the day the reader added an undated article of their own (no publication date).
   */
  dateSource: 'text' | 'corpus' | 'added';
  /** Number of statements in this source. */
  statements: number;
  /** text.length in UTF-16 units, so the UI can size a source without touching its text. */
  chars: number;
  /** The full article exactly as analysed: every offset in the KB points into it. */
  text: string;
}

export interface KbActor {
  /** Slug of the canonical name ("sergei-lavrov"); stable across builds of the same corpus. */
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  /** Most-given first: a card header shows the first one or two (core/cards/roles.ts). */
  roles: string[];
  /** How many sources give each role, in the order of `roles`; absent in a KB built before it. */
  roleSources?: number[];
  /** Mentions per source id; sources without a mention are left out. */
  mentions: Record<string, number>;
}

export interface KbSpan {
  start: number;
  end: number;
}

export interface KbStatement {
  /** "<sourceId>:<start>", with "-<end>" added only when two statements share a start. */
  id: string;
  sourceId: string;
  /** A corpus actor, or null for unnamed sources ("a US official") and speakers with no actor entry. */
  speakerId: string | null;
  /** The speaker as the source gives it: the actor's name, or the unnamed source's description. */
  speakerName: string;
  speakerType: SpeakerType;
  kind: StatementKind;
  start: number;
  end: number;
  /** Exactly source.text.slice(start, end). */
  text: string;
  /** The sentence(s) that hold the statement; their text is source.text.slice(sentence.start, sentence.end). */
  sentence: KbSpan;
  /** Corpus actor ids the statement is about. */
  about: string[];
  /** What the statement is about that matches no actor, as the engine named it. */
  aboutNames: string[];
  topics: string[];
}

export interface Kb {
  version: number;
  sources: KbSource[];
  actors: KbActor[];
  statements: KbStatement[];
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const nonEmpty = v.pipe(v.string(), v.minLength(1));
const strings = v.array(v.string());

const SpanSchema = v.object({ start: count, end: count });

const SourceSchema = v.object({
  id: nonEmpty,
  outlet: v.nullable(nonEmpty),
  title: v.nullable(nonEmpty),
  date: v.pipe(v.string(), v.isoDate()),
  dateSource: v.picklist(['text', 'corpus', 'added']),
  statements: count,
  chars: count,
  text: v.string(),
});

const ActorSchema = v.object({
  id: nonEmpty,
  name: nonEmpty,
  type: v.picklist(['person', 'organization', 'government', 'group', 'term']),
  aliases: strings,
  roles: strings,
  roleSources: v.optional(v.array(count)),
  mentions: v.record(v.string(), count),
});

const StatementSchema = v.object({
  id: nonEmpty,
  sourceId: nonEmpty,
  speakerId: v.nullable(nonEmpty),
  speakerName: v.string(),
  speakerType: v.picklist(['person', 'organization', 'government', 'group', 'anonymous']),
  kind: v.picklist(['direct', 'indirect', 'according_to', 'position']),
  start: count,
  end: count,
  text: v.string(),
  sentence: SpanSchema,
  about: strings,
  aboutNames: strings,
  topics: strings,
});

export const KbSchema = v.object({
  version: v.number(),
  sources: v.array(SourceSchema),
  actors: v.array(ActorSchema),
  statements: v.array(StatementSchema),
});

// Fails to compile when the interfaces and the schema drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _inSync: Same<v.InferOutput<typeof KbSchema>, Kb> = true;
void _inSync;

export class KbError extends Error {
  constructor(
    /** Where the first problem is, e.g. "statements[3].text"; "" for the whole value. */
    readonly path: string,
    detail: string,
  ) {
    super(`invalid knowledge base at ${path || '(root)'}: ${detail}`);
    this.name = 'KbError';
  }
}

/**
 * Checks untrusted JSON (a fetched kb.json) and returns it typed. Throws a KbError naming the first
 * bad path: wrong version, a field of the wrong shape, or a reference that points nowhere.
 */
export function parseKb(json: unknown): Kb {
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof json === 'object' && json !== null && typeof version === 'number' && version !== KB_VERSION) {
    throw new KbError(
      'version',
      `version ${version}, this build reads ${KB_VERSION}: rebuild it with npm run kb`,
    );
  }
  const result = v.safeParse(KbSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new KbError(issuePath(issue), issue.message);
  }
  checkReferences(result.output);
  return result.output;
}

/** The invariants the UI relies on: ids unique, references resolve, offsets cite the source text. */
export function checkReferences(kb: Kb): void {
  const sources = new Map<string, KbSource>();
  kb.sources.forEach((s, i) => {
    if (sources.has(s.id)) throw new KbError(`sources[${i}].id`, `duplicate source id "${s.id}"`);
    if (s.chars !== s.text.length)
      throw new KbError(`sources[${i}].chars`, `${s.chars} but the text has ${s.text.length}`);
    sources.set(s.id, s);
  });
  const actors = new Set<string>();
  kb.actors.forEach((a, i) => {
    if (actors.has(a.id)) throw new KbError(`actors[${i}].id`, `duplicate actor id "${a.id}"`);
    actors.add(a.id);
    for (const sid of Object.keys(a.mentions)) {
      if (!sources.has(sid)) throw new KbError(`actors[${i}].mentions.${sid}`, `unknown source "${sid}"`);
    }
    if (a.roleSources && a.roleSources.length !== a.roles.length)
      throw new KbError(
        `actors[${i}].roleSources`,
        `${a.roleSources.length} counts for ${a.roles.length} roles`,
      );
  });
  const ids = new Set<string>();
  const perSource = new Map<string, number>();
  kb.statements.forEach((st, i) => {
    const at = `statements[${i}]`;
    if (ids.has(st.id)) throw new KbError(`${at}.id`, `duplicate statement id "${st.id}"`);
    ids.add(st.id);
    const src = sources.get(st.sourceId);
    if (!src) throw new KbError(`${at}.sourceId`, `unknown source "${st.sourceId}"`);
    perSource.set(src.id, (perSource.get(src.id) ?? 0) + 1);
    if (st.speakerId !== null && !actors.has(st.speakerId)) {
      throw new KbError(`${at}.speakerId`, `unknown actor "${st.speakerId}"`);
    }
    st.about.forEach((id, j) => {
      if (!actors.has(id)) throw new KbError(`${at}.about[${j}]`, `unknown actor "${id}"`);
    });
    if (st.start > st.end || st.end > src.text.length) {
      throw new KbError(
        `${at}.end`,
        `[${st.start}, ${st.end}) is outside source "${src.id}" (${src.text.length} chars)`,
      );
    }
    if (st.text !== src.text.slice(st.start, st.end)) {
      throw new KbError(`${at}.text`, `does not equal the source text at [${st.start}, ${st.end})`);
    }
    const { start, end } = st.sentence;
    if (start > st.start || end < st.end || end > src.text.length) {
      throw new KbError(
        `${at}.sentence`,
        `[${start}, ${end}) does not hold the statement [${st.start}, ${st.end})`,
      );
    }
  });
  kb.sources.forEach((s, i) => {
    const n = perSource.get(s.id) ?? 0;
    if (s.statements !== n)
      throw new KbError(`sources[${i}].statements`, `${s.statements} but the KB has ${n}`);
  });
}
