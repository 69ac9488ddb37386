// What the cards report shows, computed from a built KB: pure, so it is unit-tested without a corpus.
import { actorCard, topicLabel } from '../../core/cards';
import { headerRoles } from '../../core/cards/roles';
import type { ActorCard } from '../../core/cards';
import type { KbActor, KbIndex, KbStatement } from '../../core/kb';
import topicsJson from '../../data/lexicons/topics.json';
import { sample } from './random';

const FALLBACK = (topicsJson as { fallback: string }).fallback;

export interface TopicShare {
  topic: string;
  label: string;
  statements: number;
}

export interface TopicDistribution {
  statements: number;
  /** Statements whose only topic is the fallback (or none): every card files them under "Other". */
  fallbackOnly: number;
  /** A statement with several topics counts under each. */
  topics: TopicShare[];
}

const topicsOf = (st: KbStatement): string[] => (st.topics.length ? st.topics : [FALLBACK]);

export function topicDistribution(statements: readonly KbStatement[]): TopicDistribution {
  const counts = new Map<string, number>();
  let fallbackOnly = 0;
  for (const st of statements) {
    const ts = topicsOf(st);
    if (ts.every((t) => t === FALLBACK)) fallbackOnly++;
    for (const t of new Set(ts)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const topics = [...counts]
    .map(([topic, n]) => ({ topic, label: topicLabel(topic), statements: n }))
    .sort((a, b) => b.statements - a.statements || (a.topic < b.topic ? -1 : 1));
  return { statements: statements.length, fallbackOnly, topics };
}

const totalMentions = (a: KbActor): number => Object.values(a.mentions).reduce((x, y) => x + y, 0);

export interface TermLine {
  id: string;
  name: string;
  mentions: number;
  sources: string[];
  forms: string[];
}

/** Every key term, the most-mentioned first, with the sources naming it and the forms it is named by. */
export function keyTerms(ix: KbIndex): TermLine[] {
  return ix.kb.actors
    .filter((a) => a.type === 'term')
    .map((a) => ({
      id: a.id,
      name: a.name,
      mentions: totalMentions(a),
      sources: Object.keys(a.mentions),
      forms: a.aliases,
    }));
}

export interface ActorLine {
  id: string;
  name: string;
  type: KbActor['type'];
  mentions: number;
  card: ActorCard;
}

/** The `n` most-mentioned actors but terms, with their cards over every source. */
export function topActors(ix: KbIndex, n: number): ActorLine[] {
  // kb.actors is sorted by mentions already (core/kb/build.ts assignIds).
  return ix.kb.actors
    .filter((a) => a.type !== 'term')
    .slice(0, n)
    .map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      mentions: totalMentions(a),
      card: actorCard(ix, a.id, 'all')!,
    }));
}

export interface StatementTopicPair {
  statementId: string;
  speaker: string;
  text: string;
  topic: string;
  label: string;
}

/** A seeded sample of (statement, topic) pairs: every topic a statement carries is one pair. */
export function statementTopicSample(statements: readonly KbStatement[], n: number, seed: number) {
  const pairs: StatementTopicPair[] = statements.flatMap((st) =>
    topicsOf(st).map((topic) => ({
      statementId: st.id,
      speaker: st.speakerName,
      text: st.text,
      topic,
      label: topicLabel(topic),
    })),
  );
  return sample(pairs, n, seed);
}

export interface RolePair {
  actorId: string;
  actor: string;
  mentions: number;
  role: string;
}

/** The roles a card header shows for each of `actors`, in their order. */
export function shownRoles(actors: readonly KbActor[]): RolePair[] {
  return actors.flatMap((a) =>
    headerRoles(a.roles, a.roleSources).roles.map((role) => ({
      actorId: a.id,
      actor: a.name,
      mentions: totalMentions(a),
      role,
    })),
  );
}

/** The `n` most-mentioned people (kb.actors is sorted by mentions: core/kb/build.ts assignIds). */
export const topPeople = (ix: KbIndex, n: number): KbActor[] =>
  ix.kb.actors.filter((a) => a.type === 'person').slice(0, n);

/** A seeded sample of (person, shown role) pairs over every person whose header shows a role. */
export const roleSample = (ix: KbIndex, n: number, seed: number): RolePair[] =>
  sample(shownRoles(topPeople(ix, Infinity)), n, seed);
