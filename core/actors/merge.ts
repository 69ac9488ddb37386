// The same actor across articles, by the clustering rules of one article: people by folded surname
// and compatible given name (Zelensky in 002 = Zelenskiy in 003, Dan = Daniel P. Driscoll), the
// rest by folded canonical name, events by their place ("Alaska talks" = "Alaska summit").
import type { Actor, ActorType } from '../types';
import { DEMONYMS, HONORIFICS, foldName, foldWord, words } from './lexicon';
import { readableRole } from './readable-role';
import { RoleTally, foldRole } from './role-rank';

const DEMONYM_FOLDS = [...new Set(DEMONYMS.map(foldName))];

export type CorpusActor = Actor & {
  /** How many sources give each of `roles` (ranked: most first). */
  roleSources: number[];
  mentionsBySource: Record<string, number>;
  localIds: Record<string, string>;
};

interface Item {
  sourceId: string;
  /** The source's date (YYYY-MM-DD): a role given as often as another ranks first when newer. */
  date?: string;
  actor: Actor;
}

/** What the corpus knows besides the lexicons, for telling its roles apart from stray words. */
interface Corpus {
  /** Folded words of every actor's name in the corpus ("trump" in "Trump campaign manager"). */
  known: (folded: string) => boolean;
}

const isInitial = (w: string) => /^\p{Lu}\.?$/u.test(w);

function personParts(name: string): { surname: string; given?: string } {
  const ws = words(name).filter((w) => !HONORIFICS.has(w));
  const core = ws.filter((w, i) => i === 0 || !isInitial(w));
  const surname = foldWord(core[core.length - 1] ?? name);
  const given = core.length > 1 && !isInitial(core[0]!) ? foldWord(core[0]!) : undefined;
  return { surname, given };
}

function otherKey(a: Actor): string {
  if (a.type === 'term') {
    const ev = /^(.*) (talks|summit)$/.exec(a.name);
    if (ev && ev[1] && /^\p{Lu}/u.test(ev[1])) return `event:${foldName(ev[1])}`;
  }
  return `${a.type === 'person' ? 'person' : 'x'}:${foldName(a.name)}`;
}

/** People of one surname: given names that agree are one person; a surname alone joins the most-mentioned. */
function groupPeople(items: Item[]): Item[][] {
  const byGiven = new Map<string, Item[]>();
  const bare: Item[] = [];
  for (const it of items) {
    const { given } = personParts(it.actor.name);
    if (!given) bare.push(it);
    else {
      const list = byGiven.get(given);
      if (list) list.push(it);
      else byGiven.set(given, [it]);
    }
  }
  const groups = [...byGiven.values()];
  if (!groups.length) return [bare];
  const total = (g: Item[]) => g.reduce((n, it) => n + it.actor.mentions, 0);
  const biggest = groups.sort((a, b) => total(b) - total(a))[0]!;
  biggest.push(...bare);
  return groups;
}

/**
 * The group's roles in readable form, ranked. A person's role read beside a bare surname ("President
 * Johnson") counts only when a mention of the group named in full is given it too: the merge joins a
 * bare surname to the most-mentioned namesake by guess, and "President Johnson" in a history
 * paragraph is Lyndon, not the Gary Johnson the corpus names in full.
 */
function rankRoles(group: Item[], corpus: Corpus): { role: string; sources: number }[] {
  const named = (it: Item) => it.actor.type !== 'person' || personParts(it.actor.name).given !== undefined;
  const readable = group.map((it) =>
    it.actor.roles.map((x) => readableRole(x, corpus.known)).filter((r): r is string => !!r),
  );
  const byNamed = new Set(group.flatMap((it, i) => (named(it) ? readable[i]!.map(foldRole) : [])));
  const anyNamed = group.some(named);
  const tally = new RoleTally();
  group.forEach((it, i) => {
    for (const r of readable[i]!)
      if (!anyNamed || named(it) || byNamed.has(foldRole(r))) tally.add(r, it.sourceId, it.date);
  });
  return tally.ranked();
}

function combine(group: Item[], corpus: Corpus): CorpusActor {
  const names = new Map<string, number>();
  const types = new Map<ActorType, number>();
  const out: CorpusActor = {
    id: '',
    name: '',
    type: group[0]!.actor.type,
    aliases: [],
    roles: [],
    roleSources: [],
    mentions: 0,
    mentionsBySource: {},
    localIds: {},
  };
  for (const { sourceId, actor } of group) {
    names.set(actor.name, (names.get(actor.name) ?? 0) + actor.mentions);
    types.set(actor.type, (types.get(actor.type) ?? 0) + actor.mentions);
    for (const x of actor.aliases) if (!out.aliases.includes(x)) out.aliases.push(x);
    out.mentions += actor.mentions;
    out.mentionsBySource[sourceId] = (out.mentionsBySource[sourceId] ?? 0) + actor.mentions;
    out.localIds[sourceId] ??= actor.id;
  }
  const ranked = rankRoles(group, corpus);
  out.roles = ranked.map((r) => r.role);
  out.roleSources = ranked.map((r) => r.sources);
  // The fullest name form; among equals the one used most.
  // A lone capital at the end is no part of the name: "Bernie Sanders T-shirts" gave "Bernie Sanders T".
  const len = (s: string) =>
    words(s).filter((w, i, all) => !(i > 0 && i === all.length - 1 && /^\p{Lu}$/u.test(w))).length;
  out.name = [...names.entries()].sort((a, b) => len(b[0]) - len(a[0]) || b[1] - a[1])[0]![0];
  out.type = [...types.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  if (out.type === 'term' && group.some((g) => g.actor.name.endsWith(' summit')))
    out.name = out.name.replace(/ talks$/, ' summit');
  return out;
}

export function mergeAcrossDocuments(
  docs: { sourceId: string; date?: string; actors: Actor[] }[],
): CorpusActor[] {
  const people = new Map<string, Item[]>();
  const others = new Map<string, Item[]>();
  const known = new Set<string>();
  for (const { sourceId, date, actors } of docs) {
    for (const actor of actors) {
      for (const w of words(actor.name)) known.add(foldWord(w));
      const it = { sourceId, date, actor };
      // Pushed in place: copying the list per item was quadratic in a surname's articles ("Trump" in
      // most of PolNeAR's 1,008).
      const [map, k] =
        actor.type === 'person' ? [people, personParts(actor.name).surname] : [others, otherKey(actor)];
      const list = map.get(k);
      if (list) list.push(it);
      else map.set(k, [it]);
    }
  }
  // "National Security and Defense Council" (003) is the "Ukrainian National Security and Defence
  // Council" another article names with its country, when only one country's council is known.
  for (const [k, items] of others) {
    const m = /^x:(.+)$/.exec(k);
    if (!m) continue;
    // Looked up, not scanned: scanning every key for every key was quadratic in the corpus's actors.
    const owners = DEMONYM_FOLDS.map((d) => `x:${d} ${m[1]}`).filter((o) => others.has(o));
    if (owners.length !== 1) continue;
    others.get(owners[0]!)!.push(...items);
    others.delete(k);
  }
  const groups = [...[...people.values()].flatMap(groupPeople), ...others.values()];
  const corpus: Corpus = { known: (w) => known.has(w) };
  const out = groups.filter((g) => g.length).map((g) => combine(g, corpus));
  const used = new Map<string, number>();
  for (const a of out) {
    const slug = a.name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['\u2019]s\b/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const base = `${a.type}:${slug}`;
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    a.id = n ? `${base}-${n + 1}` : base;
  }
  return out;
}
