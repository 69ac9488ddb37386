import type { PreparedText, Statement } from '../../types';
import type { Entity } from '../sources/entities';
import type { FoundAttribution } from '../spans';
import { claimedPositions } from './claimed';
import { selfObjects } from './self-object';
import { supposedStatements } from './supposed';

/**
 * The statements whose speaker the text does not give as the one who said or holds them, taken off
 * the cards (each stays an attribution in `unresolved`): a stance inside another's claim, a
 * speaker who only opens an "if" clause, a pronoun resolved to its own verb's object.
 */
export function offCards(
  doc: PreparedText,
  statements: readonly Statement[],
  entities: readonly Entity[],
  unresolved: FoundAttribution[],
  remove: (st: Statement) => void,
): void {
  claimedPositions(doc, statements, unresolved, remove);
  supposedStatements(doc, statements, unresolved, remove);
  selfObjects(doc, statements, entities, unresolved, remove);
}
