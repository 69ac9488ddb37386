import { lastBefore, type Entity } from '../sources/entities';
import { NOMINAL, type Tree } from '../../attribution/tree';
import type { Ctx } from '../index';
import { holding } from './holding';
import titles from '../../../data/lexicons/titles.json';

// The person a role names where the parse took the role for a source's head (source-entity.ts).

// The first word of a title, or a modifier before one ("Secretary", "Former"); not "Supporters" of
// "Supporters of Republican Donald Trump say…", who are not the one they support.
const TITLE_OPENERS = new Set(
  [...titles.titles, ...titles.modifiers, ...titles.honorifics].map(
    (t) => t.toLowerCase().split(/[\s-]+/)[0]!,
  ),
);

/**
 * "Secretary of State Hillary Clinton is calling for…", "Former Secretary of State…": the parse may
 * take a capitalised title's first word for the head and hang the name off it through its "of".
 * The person named where the source phrase ends is the one the title describes, where only the
 * title's words stand between (no comma, no "and", no verb).
 */
export function titledName(ctx: Ctx, tree: Tree, h: number, to: number): Entity | undefined {
  const head = tree.tokens[h]!;
  const last = tree.tokens[to]!;
  if (to <= h || !/^\p{Lu}/u.test(head.text) || !TITLE_OPENERS.has(head.lower)) return undefined;
  const person = holding(ctx, last, (x) => x.type === 'person' && x.end === last.end && x.start > head.start);
  if (!person) return undefined;
  for (let k = h + 1; k <= to && tree.tokens[k]!.start < person.start; k++) {
    const t = tree.tokens[k]!;
    if (!(NOMINAL.test(t.upos) || /^(?:of|the|for)$/.test(t.lower)) || /^(?:and|or)$/i.test(t.lower))
      return undefined;
  }
  return person;
}

/**
 * "said local activist Terry Strada", "said former senator Jo Lee": a role in lower case right
 * before a name, which the parse may take for the head with the name hanging off it; the name
 * is who speaks, not an unnamed "local activist".
 */
export function namedAfterRole(ctx: Ctx, tree: Tree, h: number): Entity | undefined {
  const head = tree.tokens[h]!;
  const next = tree.tokens[h + 1];
  if (head.upos !== 'NOUN' || !/^[a-z]/.test(head.text) || !next || next.upos !== 'PROPN') return undefined;
  if (next.head !== h && head.head !== h + 1 && tree.tokens[next.head]?.head !== h) return undefined;
  const i = lastBefore(ctx.entities, next.start + 1);
  const x = ctx.entities[i];
  return x && !x.modifier && !x.unnamed && x.type === 'person' && x.start === next.start ? x : undefined;
}
