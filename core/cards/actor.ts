// An actor's card: who they are, what they said by topic (with the same point from several outlets
// side by side), and, kept apart, what others said about them.
import type { KbIndex, KbStatement } from '../kb';
import { type Selection, byDateSourceOffset, isSelected, push, toItem, withoutNested } from './items';
import { topicLabel, topicRank } from './labels';
import type { ActorCard, CardHeader, Entry, TopicGroup } from './model';
import { headerRoles } from './roles';
import { bySpeaker, speakerKey } from './said-about';
import { contentWords, samePoint } from './similar';

/** Entries per topic, and outlets per comparison, a card shows; the rest is counted in `more`. */
export const MAX_ENTRIES = 4;
export const MAX_COMPARED = 4;

export function actorCard(ix: KbIndex, actorId: string, selected: Selection): ActorCard | null {
  const actor = ix.actor(actorId);
  if (!actor) return null;
  const allOwn = ix.statementsBy(actorId);
  // Only statements whose speaker is someone else: the actor's words never land under "said about".
  const allAbout = ix.statementsAbout(actorId).filter((st) => st.speakerId !== actorId);
  const own = allOwn.filter((st) => isSelected(selected, st.sourceId));
  const about = allAbout.filter((st) => isSelected(selected, st.sourceId));
  const saidAbout = bySpeaker(ix, about);
  return {
    kind: 'actor',
    id: actorId,
    name: actor.name,
    header: header(ix, actorId, selected, own, about, allOwn.length + allAbout.length),
    ownWords: topicGroups(ix, withoutNested(own, speakerKey)),
    saidAbout: saidAbout.groups,
    saidAboutMore: saidAbout.more,
  };
}

export function header(
  ix: KbIndex,
  id: string,
  selected: Selection,
  by: KbStatement[],
  about: KbStatement[],
  total: number,
): CardHeader {
  const actor = ix.actor(id)!;
  const sources = new Set(Object.keys(actor.mentions).filter((sid) => isSelected(selected, sid)));
  for (const st of [...by, ...about]) sources.add(st.sourceId);
  return {
    type: actor.type,
    ...headerRoles(actor.roles, actor.roleSources),
    sources: sources.size,
    statements: by.length + about.length,
    hidden: total - by.length - about.length,
  };
}

/**
 * One group per topic. A statement with several topics goes under the one the actor speaks about most,
 * so that related statements meet in one group (where they can be compared) and none is shown twice.
 */
function topicGroups(ix: KbIndex, statements: KbStatement[]): TopicGroup[] {
  const weight = new Map<string, number>();
  for (const st of statements) for (const t of topicsOf(st)) weight.set(t, (weight.get(t) ?? 0) + 1);
  const heavier = (a: string, b: string) =>
    (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || topicRank(a) - topicRank(b);
  const perTopic = new Map<string, KbStatement[]>();
  for (const st of statements) push(perTopic, [...topicsOf(st)].sort(heavier)[0]!, st);
  return [...perTopic.entries()]
    .sort(([a, x], [b, y]) => y.length - x.length || topicRank(a) - topicRank(b))
    .map(([topic, list]) => {
      const entries = compareGroups(ix, list.sort(byDateSourceOffset(ix)));
      const shown = entries.slice(0, MAX_ENTRIES).map((e) => bound(ix, e));
      const shownCount = shown.reduce((n, e) => n + e.length, 0);
      return {
        topic,
        label: topicLabel(topic),
        entries: shown.map((e) => toEntry(ix, e)),
        more: list.length - shownCount,
      };
    });
}

const topicsOf = (st: KbStatement): string[] => (st.topics.length ? st.topics : ['other']);

/**
 * Clusters statements that make the same point in different sources. A statement joins a cluster only
 * when it matches every member and its source is not there yet (complete link: no chains of
 * loosely related wordings). Clusters spanning the most sources come first, then by first statement.
 */
function compareGroups(ix: KbIndex, sorted: KbStatement[]): KbStatement[][] {
  const clusters: { members: KbStatement[]; words: Set<string>[] }[] = [];
  for (const st of sorted) {
    const words = contentWords(st.text);
    const home = clusters.find(
      (c) => !c.members.some((m) => m.sourceId === st.sourceId) && c.words.every((w) => samePoint(w, words)),
    );
    if (home) {
      home.members.push(st);
      home.words.push(words);
    } else clusters.push({ members: [st], words: [words] });
  }
  // A stable sort keeps the date/source/offset order among clusters of one size.
  return clusters.map((c) => c.members).sort((a, b) => b.length - a.length);
}

function bound(_ix: KbIndex, members: KbStatement[]): KbStatement[] {
  return members.slice(0, MAX_COMPARED);
}

function toEntry(ix: KbIndex, members: KbStatement[]): Entry {
  if (members.length === 1) return { type: 'item', item: toItem(ix, members[0]!) };
  const wording = (st: KbStatement) =>
    st.text
      .replace(/[“”"‘’']/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  return {
    type: 'compare',
    identical: members.every((st) => wording(st) === wording(members[0]!)),
    items: members.map((st) => toItem(ix, st)),
  };
}
