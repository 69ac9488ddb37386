import type { SynToken } from './analyze';
import { childrenOf, extent } from './children';

const SUBJECT = /^nsubj(?::pass)?$/;
const TEMPORAL = new Set(
  'day days week weeks month months year years morning afternoon evening night weekend time moment hour minute decade season monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/**
 * One verb, one subject. The parser sometimes makes a fronted phrase a second subject ("The day
 * before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming…" gave "The day
 * before…" as the subject, and it became the speaker of "claiming"). Where a head has two subjects
 * and a comma stands between the first one's phrase and the second, the first is a fronted phrase:
 * a time (`obl:tmod`) when its head is a word of time, else a bare noun phrase modifier
 * (`obl:npmod`), where its head is a common noun. Changes `tokens` in place.
 */
export function frontedSubjects(tokens: SynToken[]): void {
  const n = tokens.length;
  if (n < 4) return;
  // Each head's first and second subject, in one pass: most sentences have no head with two.
  const first = new Int32Array(n).fill(-1);
  const seconds: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const h = tokens[i]!.head;
    if (h < 0 || h >= n || !SUBJECT.test(tokens[i]!.deprel)) continue;
    if (first[h]! < 0) first[h] = i;
    else seconds.push([first[h]!, i]);
  }
  if (!seconds.length) return;
  const kids = childrenOf(tokens);
  for (const [one, two] of seconds) {
    // A name or a pronoun is a subject the parse lost the verb of ("Angelique Brunner, a developer
    // and spokeswoman for…, said many of the examples… failed", hung from "failed"), not a phrase
    // put in front: only a common noun ("The day before", "No matter the setting") is moved.
    if (!SUBJECT.test(tokens[one]!.deprel) || tokens[one]!.upos !== 'NOUN') continue;
    const [, end] = extent(kids, one);
    const [start] = extent(kids, two);
    let comma = end + 1;
    while (comma < start && tokens[comma]!.text !== ',') comma++;
    if (comma >= start) continue;
    const t = tokens[one]!;
    tokens[one] = { ...t, deprel: TEMPORAL.has(t.lower) ? 'obl:tmod' : 'obl:npmod' };
  }
}
