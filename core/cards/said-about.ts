// "Said about": what other speakers say about a card's subject, one group per speaker. Unnamed
// sources are never merged: "a US official" in one article is not the one in another.
import type { KbIndex, KbStatement } from '../kb';
import { byDateSourceOffset, cmp, push, toItem, withoutNested } from './items';
import type { SpeakerGroup } from './model';

/** At most this many speakers, and this many items each; the rest is counted in `more`. */
export const MAX_SPEAKERS = 6;
export const MAX_PER_SPEAKER = 3;

export const speakerKey = (st: KbStatement): string =>
  st.speakerId ?? `anon:${st.sourceId}|${st.speakerName.toLowerCase()}`;

/**
 * Groups statements by speaker: the speakers with the most statements first, then by name. `statements`
 * must already be filtered to the selected sources and to speakers other than the subject.
 */
export function bySpeaker(ix: KbIndex, statements: KbStatement[]): { groups: SpeakerGroup[]; more: number } {
  const order = byDateSourceOffset(ix);
  const groups = new Map<string, KbStatement[]>();
  for (const st of withoutNested(statements, speakerKey)) push(groups, speakerKey(st), st);
  const ranked = [...groups.entries()]
    .map(([key, list]) => ({ key, list: list.sort(order), name: speakerName(ix, list[0]!) }))
    .sort((a, b) => b.list.length - a.list.length || cmp(a.name, b.name) || cmp(a.key, b.key));
  const shown = ranked.slice(0, MAX_SPEAKERS);
  return {
    groups: shown.map(({ key, list, name }) => ({
      key,
      speaker: name,
      speakerType: list[0]!.speakerType,
      speakerId: list[0]!.speakerId,
      items: list.slice(0, MAX_PER_SPEAKER).map((st) => toItem(ix, st)),
      more: Math.max(0, list.length - MAX_PER_SPEAKER),
    })),
    more: ranked.slice(MAX_SPEAKERS).reduce((n, g) => n + g.list.length, 0),
  };
}

/** A named speaker goes by the corpus's canonical name; an unnamed one by the article's description. */
function speakerName(ix: KbIndex, st: KbStatement): string {
  return (st.speakerId && ix.actor(st.speakerId)?.name) || st.speakerName;
}
