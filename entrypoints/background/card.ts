import type { KbIndex } from '@/core/kb';
import type { Card } from '@/messaging/overlay-schemas';

/** The card of one actor. (Stub: the card work replaces it with core/cards.) */
export function cardFor(ix: KbIndex, req: { id: string }): Card | null {
  const actor = ix.actor(req.id);
  return actor ? { id: actor.id, name: actor.name } : null;
}
