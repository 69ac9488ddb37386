// Key terms from the corpus itself: the named subjects several of its sources keep returning to,
// each with the forms the sources give it clustered ("the Affordable Care Act" / "Obamacare" / "the
// ACA"). Linear in the corpus: one pass of termCandidates per source, then work over distinct forms.
import subjects from '../../../data/lexicons/subjects.json';
import { type Candidate, termCandidates } from './candidates';

export interface TermSource {
  id: string;
  /** The source's normalised text (core/text prepare().norm): offsets as in the source. */
  text: string;
}

export interface DiscoveredTerm {
  name: string;
  /** Printed forms, the most used first. */
  forms: string[];
  /** Mentions per source id, in the order the sources were given. */
  mentions: Record<string, number>;
  /** What `taken` gave for the term's forms: the actors that already stand for it, if any. */
  over: string[];
}

/** A subject named in fewer sources is one article's business, not the corpus's. */
export const MIN_SOURCES = 3;

/** Forms that are one name: case, a leading "the", quote glyphs, hyphens and a plural ("Iowa caucuses"). */
export function foldForm(form: string): string {
  const words = form
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .split(' ');
  const last = words.pop() ?? '';
  const one = last.endsWith('ses') ? last.slice(0, -2) : /[^sui]s$/.test(last) ? last.slice(0, -1) : last;
  return [...words, one].join(' ');
}

/** Union-find over folded forms, each set carrying the lexicon group it holds, if any. */
class Sets {
  private parent = new Map<string, string>();
  private known = new Map<string, number>();
  find(x: string): string {
    const p = this.parent.get(x) ?? x;
    if (p === x) return x;
    const root = this.find(p);
    this.parent.set(x, root);
    return root;
  }
  label(x: string, known: number | undefined): void {
    if (known !== undefined && !this.known.has(this.find(x))) this.known.set(this.find(x), known);
  }
  knownOf(x: string): number | undefined {
    return this.known.get(this.find(x));
  }
  /** Two subjects the lexicon knows apart ("Medicare", "Medicaid") are never joined, whatever a text says. */
  union(a: string, b: string): void {
    const [x, y] = [this.find(a), this.find(b)].sort() as [string, string];
    if (x === y) return;
    const kx = this.known.get(x);
    const ky = this.known.get(y);
    if (kx !== undefined && ky !== undefined && kx !== ky) return;
    this.parent.set(y, x);
    if (kx === undefined && ky !== undefined) this.known.set(x, ky);
  }
}

interface Form {
  printed: Map<string, number>;
  /** Mentions per source index. */
  bySource: Map<number, number>;
  known?: number;
}

const ACRONYM_TOKEN = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;

/**
 * `taken` gives, for a folded form, the actor that already goes by it ("Clinton Foundation", an
 * organisation): the caller decides whether the term stands beside it, replaces it or is dropped.
 */
export function discoverTerms(
  sources: readonly TermSource[],
  taken: (folded: string) => string | undefined,
  minSources = MIN_SOURCES,
): DiscoveredTerm[] {
  const forms = new Map<string, Form>();
  const sets = new Sets();
  const acronyms: Map<string, number>[] = [];
  const see = (key: string, printed: string, source: number, known?: number): Form => {
    let f = forms.get(key);
    if (!f) forms.set(key, (f = { printed: new Map(), bySource: new Map() }));
    f.printed.set(printed, (f.printed.get(printed) ?? 0) + 1);
    f.bySource.set(source, (f.bySource.get(source) ?? 0) + 1);
    if (known !== undefined) f.known ??= known;
    sets.label(key, f.known);
    return f;
  };
  const stated: [string, string, number][] = [];
  sources.forEach(({ text }, i) => {
    for (const c of termCandidates(text)) {
      see(foldForm(c.form), bare(c), i, c.known);
      if (c.alias) stated.push([foldForm(c.form), c.alias, i]);
    }
    const counts = new Map<string, number>();
    for (const m of text.matchAll(ACRONYM_TOKEN)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    acronyms.push(counts);
  });
  // "the Trans-Pacific Partnership (TPP)": the stated name is a form of the same subject.
  for (const [key, alias, i] of stated) {
    const a = foldForm(alias);
    if (!forms.has(a)) see(a, alias, i);
    sets.union(key, a);
  }
  // Forms the lexicon knows to be one subject.
  const byKnown = new Map<number, string>();
  for (const [key, f] of forms) {
    if (f.known === undefined) continue;
    const first = byKnown.get(f.known);
    if (first) sets.union(first, key);
    else byKnown.set(f.known, key);
  }
  // "(TPP)" stated beside the Trans-Pacific Partnership: the bare "TPP" of any source that also names
  // it is a mention there. Only a stated or known acronym: "DNC" beside the Democratic National
  // Convention is as often the Committee.
  for (const [key, alias] of stated) {
    if (!/^\p{Lu}{2,6}$/u.test(alias)) continue;
    const a = forms.get(foldForm(alias))!;
    for (const [i] of forms.get(key)!.bySource) {
      const n = acronyms[i]!.get(alias);
      if (n && n > (a.bySource.get(i) ?? 0)) {
        a.bySource.set(i, n);
        a.printed.set(alias, (a.printed.get(alias) ?? 0) + n);
      }
    }
  }

  const groups = new Map<string, string[]>();
  for (const key of [...forms.keys()].sort()) {
    const root = sets.find(key);
    const list = groups.get(root);
    if (list) list.push(key);
    else groups.set(root, [key]);
  }
  const out: DiscoveredTerm[] = [];
  for (const keys of groups.values()) {
    const over = [...new Set(keys.map(taken).filter((id): id is string => id !== undefined))];
    const bySource = new Map<number, number>();
    const printed = new Map<string, number>();
    let known: number | undefined;
    for (const k of keys) {
      const f = forms.get(k)!;
      for (const [i, n] of f.bySource) bySource.set(i, (bySource.get(i) ?? 0) + n);
      for (const [p, n] of f.printed) printed.set(p, (printed.get(p) ?? 0) + n);
      known ??= f.known;
    }
    if (bySource.size < minSources) continue;
    const ranked = [...printed].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p]) => p);
    const mentions: Record<string, number> = {};
    for (const i of [...bySource.keys()].sort((a, b) => a - b)) mentions[sources[i]!.id] = bySource.get(i)!;
    const name = nameOf(ranked, known);
    out.push({ name, forms: [name, ...ranked.filter((r) => r !== name)], mentions, over });
  }
  const total = (t: DiscoveredTerm) => Object.values(t.mentions).reduce((a, b) => a + b, 0);
  return out.sort((a, b) => total(b) - total(a) || (a.name < b.name ? -1 : 1));
}

const bare = (c: Candidate) => c.form.replace(/^the\s+/i, '');

/** The lexicon's name when the corpus uses it, else the commonest form of several words. */
function nameOf(ranked: string[], known: number | undefined): string {
  if (known !== undefined) {
    const preferred = subjects.known[known]![0]!;
    if (ranked.some((r) => r.toLowerCase() === preferred.toLowerCase())) return preferred;
  }
  return ranked.find((r) => /\s/.test(r) && r !== r.toUpperCase()) ?? ranked[0]!;
}
