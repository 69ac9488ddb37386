import type { Span } from '../../types';
import type { Ctx } from '../index';
import { lastBefore, type Entity } from '../sources/entities';

/**
 * The nearest entity whose mention holds a word and that `accept` takes, unless it only qualifies
 * another ("the union's"). Entities are sorted by start: the ones that can hold the word start at
 * most a name's length before it.
 */
export function holding(ctx: Ctx, w: Span, accept?: (x: Entity) => boolean): Entity | undefined {
  for (let i = lastBefore(ctx.entities, w.start + 1), n = 0; i >= 0 && n < 8; i--, n++) {
    const x = ctx.entities[i]!;
    if (!x.modifier && x.start <= w.start && w.end <= x.end && (!accept || accept(x))) return x;
  }
  return undefined;
}
