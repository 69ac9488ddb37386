import type { PreparedText, Statement } from '../../types';
import type { Entity } from '../sources/entities';
import type { FoundAttribution } from '../spans';
import { claimedBySomeoneElse } from './claimed';
import { selfObject } from './self-object';
import { supposed } from './supposed';

/**
 * The statements whose speaker the text does not give as the one who said or holds them, taken off
 * the cards: a stance inside another's claim, a speaker who only opens an "if" clause, a pronoun
 * resolved to its own verb's object. Each goes back to `unresolved` with its source, cue and words
 * (the attribution stays; only the card goes). One pass after another, as each was found.
 */
export function offCards(
  doc: PreparedText,
  statements: readonly Statement[],
  entities: readonly Entity[],
  unresolved: FoundAttribution[],
  remove: (st: Statement) => void,
): void {
  const passes = [
    claimedBySomeoneElse(doc, statements, unresolved),
    (st: Statement) => supposed(doc, st),
    (st: Statement) => selfObject(doc, entities, st),
  ];
  for (const off of passes)
    for (const st of [...statements]) {
      if (!off(st)) continue;
      remove(st);
      unresolved.push(withoutCard(st));
    }
}

/** A statement as an attribution without a card: its source, cue and words, no speaker. */
export function withoutCard(st: Statement): FoundAttribution {
  const { kind, start, end, source, cue, content } = st;
  return {
    kind,
    start,
    end,
    ...(source ? { source } : {}),
    ...(cue ? { cue } : {}),
    ...(content ? { content } : {}),
  };
}
