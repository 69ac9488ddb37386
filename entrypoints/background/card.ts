import { cardOf } from '@/core/cards';
import type { KbIndex } from '@/core/kb';
import type { Card } from '@/messaging/overlay-schemas';
import { selectionFrom } from '@/utils/settings';

/** The card of one actor or term, showing only the sources the reader has not deselected. */
export function cardFor(ix: KbIndex, req: { id: string }, deselected: string[] = []): Card | null {
  const selection = selectionFrom(
    deselected,
    ix.kb.sources.map((s) => s.id),
  );
  return cardOf(ix, req.id, selection);
}
