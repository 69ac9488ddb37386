// What the background imports: the card of any KB actor or term, filtered to the reader's sources.
import type { KbIndex } from '../kb';
import { actorCard } from './actor';
import type { Selection } from './items';
import type { CardModel } from './model';
import { termCard } from './term';

export { actorCard } from './actor';
export { termCard } from './term';
export { KIND_LABELS, LEGEND, topicLabel } from './labels';
export type { Selection } from './items';
export type * from './model';

export function cardOf(ix: KbIndex, id: string, selected: Selection): CardModel | null {
  const actor = ix.actor(id);
  if (!actor) return null;
  return actor.type === 'term' ? termCard(ix, id, selected) : actorCard(ix, id, selected);
}
