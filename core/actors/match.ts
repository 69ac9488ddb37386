// Lexicon phrases over tokens: names ("United States", "Coalition of the Willing") and titles
// ("Secretary of State", "Lieutenant-Colonel"); words join across spaces and hyphens only.
import { ENTRY_INDEX, TITLES, type Entry } from './lexicon';
import type { Token } from './tokens';

// Plural titles name several people: "U.S. envoys Steve Witkoff and Jared Kushner".
const plural = (w: string) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);
const WITH_PLURALS = [...TITLES, ...TITLES.map((t) => [...t.slice(0, -1), plural(t[t.length - 1]!)])];

const TITLE_INDEX = new Map<string, string[][]>();
for (const t of WITH_PLURALS) {
  const list = TITLE_INDEX.get(t[0]!) ?? [];
  list.push(t);
  TITLE_INDEX.set(t[0]!, list);
}

export const joined = (t: Token | undefined) => !!t && (t.sep === 'space' || t.sep === 'hyphen');

/** Lengths of the title phrases that start at token i ("Secretary of State", "Lieutenant-Colonel"). */
export function titleLengths(toks: Token[], i: number): number[] {
  const out: number[] = [];
  for (const t of TITLE_INDEX.get(toks[i]?.lower ?? '') ?? []) {
    let ok = true;
    for (let k = 1; k < t.length && ok; k++) ok = toks[i + k]?.lower === t[k] && joined(toks[i + k]);
    if (ok && !toks.slice(i, i + t.length - 1).some((x) => x.poss)) out.push(t.length);
  }
  return out;
}

export function matchEntry(toks: Token[], i: number): { entry: Entry; len: number } | undefined {
  for (const e of ENTRY_INDEX.get(toks[i]!.lower) ?? []) {
    let ok = true;
    for (let k = 0; k < e.words.length && ok; k++) {
      const t = toks[i + k];
      ok = !!t && (e.anyCase ? t.lower === e.words[k]!.toLowerCase() : t.text === e.words[k]);
      if (ok && k > 0) ok = joined(t) && !toks[i + k - 1]!.poss;
    }
    if (!ok) continue;
    const prev = toks[i - 1];
    const prevSame = prev && prev.sentence === toks[i]!.sentence;
    if (e.needsThe && !(prevSame && prev.lower === 'the')) continue;
    if (e.after && !(prevSame && e.after.includes(prev.lower))) continue;
    return { entry: e, len: e.words.length };
  }
  return undefined;
}
