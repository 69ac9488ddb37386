// Run-time half of the matcher: a token trie over the knowledge base's aliases that finds mentions in
// any text, longest alias first. Pure, so the content script and the tests share it.
import type { Guard, MatcherData } from './compile';
import { capitalAsPlace } from './capital-places';
import { capsNotAName, insideLongerName } from './longer-names';
import { indexSurnames, otherPersonsSurname, type SurnameIndex } from './surnames';
import { adjacent, isAllCaps, tokenize, type Token } from './tokens';

export interface Match {
  start: number;
  end: number;
  id: string;
  /** Accepted only if the same actor is named safely elsewhere on the page (see Guard 'context'). */
  weak: boolean;
}

interface Node {
  next?: Map<string, Node>;
  hit?: { entry: number; guard: Guard };
}

export class Matcher {
  private readonly root: Node = {};
  private readonly ids: string[];
  private readonly surnames: SurnameIndex;
  private readonly notGiven: Set<string> | undefined;
  private readonly given: Set<string>;

  constructor(data: MatcherData) {
    this.ids = data.ids;
    this.surnames = indexSurnames(data.aliases);
    this.notGiven = data.notGiven ? new Set(data.notGiven) : undefined;
    this.given = new Set(data.givenNames ?? []);
    for (const [key, entry, guard] of data.aliases) {
      const words = key.split(' ');
      this.insert(words, { entry, guard });
      // A lower-case term opens a sentence with a capital: "Security guarantees remain…".
      const first = words[0]!;
      if (/^\p{Ll}/u.test(first))
        this.insert([first[0]!.toUpperCase() + first.slice(1), ...words.slice(1)], { entry, guard });
    }
  }

  private insert(words: string[], hit: NonNullable<Node['hit']>) {
    let node = this.root;
    for (const w of words) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = {}));
      node = child;
    }
    node.hit = hit;
  }

  /** Every mention in `text`, left to right, never overlapping. */
  scan(text: string): Match[] {
    const tokens = tokenize(text);
    const out: Match[] = [];
    for (let i = 0; i < tokens.length;) {
      const found = this.longestAt(text, tokens, i);
      if (!found) {
        i++;
        continue;
      }
      const { last, hit } = found;
      const first = tokens[i]!;
      const end = tokens[last]!;
      if (this.allowed(text, tokens, i, last, hit)) {
        out.push({
          start: first.start,
          end: end.end,
          id: this.ids[hit.entry]!,
          weak: hit.guard === 'context',
        });
      }
      i = last + 1;
    }
    return out;
  }

  private longestAt(text: string, tokens: Token[], i: number) {
    let node: Node | undefined = this.root;
    let best: { last: number; hit: NonNullable<Node['hit']> } | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      if (j > i && !adjacent(text, tokens[j - 1]!, tokens[j]!)) break;
      // A possessive ends a name: "Putin’s envoy" must not read as a longer alias.
      if (j > i && tokens[j - 1]!.possessive) break;
      node = node.next?.get(tokens[j]!.text);
      if (node?.hit) best = { last: j, hit: node.hit };
    }
    return best;
  }

  private allowed(
    text: string,
    tokens: Token[],
    i: number,
    last: number,
    hit: NonNullable<Node['hit']>,
  ): boolean {
    const guard: Guard = hit.guard;
    if (insideLongerName(text, tokens, i, last)) return false;
    if (i === last) {
      if (capitalAsPlace(text, tokens, i)) return false;
      const notGiven = this.notGiven;
      if (notGiven && otherPersonsSurname(text, tokens, i, hit.entry, this.surnames, notGiven, this.given))
        return false;
    }
    if (guard === 'caps') {
      if (capsNotAName(text, tokens, i, last)) return false;
      // "TRUMP TELLS US TO…" is a headline in capitals, not the United States.
      const prev = tokens[i - 1];
      const next = tokens[last + 1];
      return (
        !(prev && isAllCaps(prev.text) && adjacent(text, prev, tokens[i]!)) &&
        !(next && isAllCaps(next.text) && adjacent(text, tokens[last]!, next))
      );
    }
    if (guard === 'context') {
      // "Trump cards" opening a sentence could be the word; mid-sentence with its capital it is a name.
      const before = text.slice(0, tokens[i]!.start).trimEnd();
      return before !== '' && !/[.!?:"“”]$/.test(before);
    }
    return true;
  }
}

/** Drops weak matches of actors the page never names in a safe form. */
export function confirmWeak(matches: Match[]): Match[] {
  const strong = new Set(matches.filter((m) => !m.weak).map((m) => m.id));
  return matches.filter((m) => !m.weak || strong.has(m.id));
}
