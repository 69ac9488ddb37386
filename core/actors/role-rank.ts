// An actor's roles across a corpus, most-given first: a card header shows the first one or two.
// "Given" counts sources, not mentions, so one article repeating a title does not outweigh ten.
import { AFFILIATIONS, TITLES } from './lexicon';

interface Group {
  key: string;
  forms: Map<string, number>;
  sources: Set<string>;
  newest: string;
  order: number;
}

const BARE = new Set([
  ...TITLES.filter((t) => t.length === 1).map((t) => t[0]!),
  ...[...AFFILIATIONS].map((a) => a.toLowerCase()),
]);

/** Printings of one role compare equal: "Former Secretary of State" = "former secretary of state". */
export const foldRole = (role: string): string =>
  role
    .toLowerCase()
    .replace(/front ?runner/g, 'front-runner')
    .replace(/’/g, "'")
    // "F.B.I. director" = "FBI director", "U.S. President" = "US President".
    .replace(/\./g, '');

// "then-Secretary of State", "once-presumptive nominee": true of the time the sentence tells, which
// a header cannot say; such roles rank after every other.
const PAST = /^(?:then|once)\b/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class RoleTally {
  private groups = new Map<string, Group>();

  add(role: string, sourceId: string, date = ''): void {
    const key = foldRole(role);
    let g = this.groups.get(key);
    if (!g)
      this.groups.set(
        key,
        (g = { key, forms: new Map(), sources: new Set(), newest: '', order: this.groups.size }),
      );
    g.forms.set(role, (g.forms.get(role) ?? 0) + 1);
    g.sources.add(sourceId);
    if (date > g.newest) g.newest = date;
  }

  /** Each role once, in its commonest printing, with how many sources give it; most first, ties to the newest. */
  ranked(): { role: string; sources: number }[] {
    const groups = [...this.groups.values()];
    const better = (a: Group, b: Group) =>
      b.sources.size - a.sources.size ||
      (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0) ||
      a.order - b.order;
    // A bare title or party label ("Secretary Clinton", "Republican Donald Trump") is the short form of
    // a fuller role the corpus gives ("former Secretary of State", "Republican presidential nominee"):
    // it counts for the fullest-attested role holding the same word, so the header shows the telling form.
    const absorbed = new Set<Group>();
    const base = new Map(groups.map((g) => [g, g.sources.size]));
    for (const g of groups) {
      if (!BARE.has(g.key)) continue;
      // "Democrat" is also the party of a "Democratic nominee".
      const word = g.key === 'democrat' ? 'democrat(?:ic)?' : escape(g.key);
      const inside = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u');
      const hosts = groups.filter(
        (h) => h !== g && !absorbed.has(h) && !PAST.test(h.key) && inside.test(h.key),
      );
      if (!hosts.length) continue;
      const host = hosts.sort((a, b) => base.get(b)! - base.get(a)! || better(a, b))[0]!;
      for (const s of g.sources) host.sources.add(s);
      if (g.newest > host.newest) host.newest = g.newest;
      absorbed.add(g);
    }
    return groups
      .filter((g) => !absorbed.has(g))
      .sort((a, b) => Number(PAST.test(a.key)) - Number(PAST.test(b.key)) || better(a, b))
      .map((g) => ({ role: [...g.forms].sort((x, y) => y[1] - x[1])[0]![0], sources: g.sources.size }));
  }
}
