// Lookups the UI needs over a loaded knowledge base, built once at load so each card is a map read.
import { type Kb, type KbActor, type KbSource, type KbStatement, parseKb } from './schema';

/** An unnamed source as one article describes it: "a US official" of 003 is not the one of 004. */
export interface AnonymousSpeaker {
  /** "<sourceId>|<description in lower case>". */
  key: string;
  sourceId: string;
  name: string;
  statements: KbStatement[];
}

export interface KbIndex {
  kb: Kb;
  source(id: string): KbSource | undefined;
  actor(id: string): KbActor | undefined;
  statement(id: string): KbStatement | undefined;
  /** Actors whose name or an alias is `name`, ignoring case ("zelenskyy", "Mr. Zelenskyy"). */
  actorsNamed(name: string): KbActor[];
  /** Statements the actor made, in source order then text order. */
  statementsBy(actorId: string): KbStatement[];
  /** Statements about the actor, by anyone. */
  statementsAbout(actorId: string): KbStatement[];
  statementsIn(sourceId: string): KbStatement[];
  /** Unnamed and unresolved speakers, one per description per source. */
  anonymousSpeakers(): AnonymousSpeaker[];
  /** The sentence(s) holding a statement, from its source text. */
  sentenceText(st: KbStatement): string;
}

/** Parses untrusted JSON (throws KbError naming the bad path) and indexes it. */
export function loadKb(json: unknown): KbIndex {
  return indexKb(parseKb(json));
}

export function indexKb(kb: Kb): KbIndex {
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const actors = new Map(kb.actors.map((a) => [a.id, a]));
  const statements = new Map(kb.statements.map((s) => [s.id, s]));
  const byName = new Map<string, KbActor[]>();
  for (const a of kb.actors) {
    for (const n of new Set([a.name, ...a.aliases].map((x) => x.toLowerCase()))) push(byName, n, a);
  }
  const by = new Map<string, KbStatement[]>();
  const about = new Map<string, KbStatement[]>();
  const inSource = new Map<string, KbStatement[]>();
  const anonymous = new Map<string, AnonymousSpeaker>();
  for (const st of kb.statements) {
    push(inSource, st.sourceId, st);
    for (const id of st.about) push(about, id, st);
    if (st.speakerId !== null) {
      push(by, st.speakerId, st);
      continue;
    }
    const key = `${st.sourceId}|${st.speakerName.toLowerCase()}`;
    let anon = anonymous.get(key);
    if (!anon)
      anonymous.set(
        key,
        (anon = {
          key,
          sourceId: st.sourceId,
          name: st.speakerName,
          statements: [],
        }),
      );
    anon.statements.push(st);
  }
  const none: KbStatement[] = [];
  return {
    kb,
    source: (id) => sources.get(id),
    actor: (id) => actors.get(id),
    statement: (id) => statements.get(id),
    actorsNamed: (name) => byName.get(name.toLowerCase()) ?? [],
    statementsBy: (id) => by.get(id) ?? none,
    statementsAbout: (id) => about.get(id) ?? none,
    statementsIn: (id) => inSource.get(id) ?? none,
    anonymousSpeakers: () => [...anonymous.values()],
    sentenceText: (st) => sources.get(st.sourceId)?.text.slice(st.sentence.start, st.sentence.end) ?? '',
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
