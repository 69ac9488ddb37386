import { FeatureKeys, FeatureNames, type NamedFeatures } from '../learn';
import { DAY_OR_MONTH } from '../text/dates';
import type { Span } from '../types';
import { contentPieces, extentCandidates, predicates, sourceCandidates } from './candidates';
import { contentFeatures, extentFeatures, predicateFeatures, sourceFeatures } from './features';
import { charSpan, contentRange, phraseRange } from './spans';
import { base, NOUN_PHRASE_TAGS, type Tree } from './tree';

/**
 * A model's margin for a feature list: above zero means yes. A shipped model also scores the same
 * features hashed (`keyed`), which spares building their strings.
 */
export type Scorer = ((features: string[]) => number) & {
  keyed?: (keys: ArrayLike<number>, n: number) => number;
};

const KEYS = new FeatureKeys();

/** The scorer's margin for the features `fill` gives: hashed as they come when it takes them so. */
function margin(scorer: Scorer, fill: (f: NamedFeatures) => void): number {
  if (scorer.keyed) {
    fill(KEYS.clear());
    return scorer.keyed(KEYS.keys, KEYS.n);
  }
  const names = new FeatureNames();
  fill(names);
  return scorer(names.list);
}

export interface Models {
  predicate: Scorer;
  extent: Scorer;
  content: Scorer;
  source: Scorer;
}

/** One attribution the models found in a sentence. */
export interface ModelAttribution {
  /** Index of the predicate token in its sentence's tokens. */
  predicate: number;
  sentence: number;
  cue: Span;
  /** Cue token range (inclusive). */
  cueTokens: [number, number];
  source?: Span;
  /** Source token range and the token heading it. */
  sourceTokens?: [number, number];
  sourceHead?: number;
  content: Span;
  contentTokens: [number, number];
  /** The predicate model's margin: how sure the model is that this is an attribution at all. */
  score: number;
  /** The source model's margin for the chosen source (or minus the best one's when none is chosen). */
  sourceScore: number;
}

/** The predicate's cue: itself and the neighbours the extent model takes, stopping at the first it does not. */
export function cueRange(tree: Tree, pred: number, extent: Scorer): [number, number] {
  const { left, right } = extentCandidates(tree, pred);
  let lo = pred;
  for (const j of left) {
    if (margin(extent, (f) => extentFeatures(f, tree, pred, j)) <= 0) break;
    lo = j;
  }
  let hi = pred;
  for (const j of right) {
    if (margin(extent, (f) => extentFeatures(f, tree, pred, j)) <= 0) break;
    hi = j;
  }
  return [lo, hi];
}

/** Every attribution of one sentence whose predicate the model accepts (margin above `floor`). */
export function findInTree(tree: Tree, sentence: number, models: Models, floor = 0): ModelAttribution[] {
  const out: ModelAttribution[] = [];
  for (const p of predicates(tree)) {
    const score = margin(models.predicate, (f) => predicateFeatures(f, tree, p));
    if (score <= floor) continue;
    const cueTokens = cueRange(tree, p, models.extent);
    // Content lies on one side of the cue: where pieces are chosen on both, the side whose surest
    // piece the model is surer of ("Machado promised to… and said she would…": the clause a
    // conjoined "said" hangs from is not what it reports).
    const side = [
      { from: Infinity, to: -Infinity, best: -Infinity },
      { from: Infinity, to: -Infinity, best: -Infinity },
    ];
    for (const piece of contentPieces(tree, p, cueTokens)) {
      const m = margin(models.content, (f) => contentFeatures(f, tree, p, piece.token, piece.kind));
      if (m <= 0) continue;
      const s = side[piece.kind === 'head' && piece.from < cueTokens[0] ? 0 : 1]!;
      s.from = Math.min(s.from, piece.from);
      s.to = Math.max(s.to, piece.to);
      s.best = Math.max(s.best, m);
    }
    const { from, to } = side[0]!.best > side[1]!.best ? side[0]! : side[1]!;
    if (from > to) continue;
    const contentTokens = contentRange(tree, from, to);
    if (!contentTokens) continue;
    let best: { s: number; r: [number, number]; head: number } | undefined;
    for (const c of sourceCandidates(tree, p)) {
      // "A news report published Wednesday said…": the parse takes the date for the verb's
      // subject; a day or a month names no one.
      if (DAY_OR_MONTH.has(tree.tokens[c.token]!.text)) continue;
      const s = margin(models.source, (f) => sourceFeatures(f, tree, p, c.token, c.how));
      const r = phraseRange(tree, c.from, c.to, c.to < p);
      if (r && (!best || s > best.s)) best = { s, r, head: c.token };
    }
    const chosen = best && best.s > 0 ? best : undefined;
    // Words that all come before their verb end before their source: "“…,” Craig Morris, an
    // environmental blogger, wrote", where the parse hangs the verb on the quote and the clause
    // before it runs on into the name. (Not words around the source: "…, the campaign said, it may…".)
    let words: [number, number] | undefined = contentTokens;
    if (
      chosen &&
      cueTokens[0] > contentTokens[1] &&
      chosen.r[0] > contentTokens[0] &&
      chosen.r[0] <= contentTokens[1]
    )
      words = contentRange(tree, contentTokens[0], apposedFrom(tree, chosen.r[0]) - 1);
    if (!words) continue;
    out.push({
      predicate: p,
      sentence,
      cue: charSpan(tree, cueTokens),
      cueTokens,
      ...(chosen
        ? { source: charSpan(tree, chosen.r), sourceTokens: chosen.r, sourceHead: chosen.head }
        : {}),
      content: charSpan(tree, words),
      contentTokens: words,
      score,
      sourceScore: best ? best.s : -Infinity,
    });
  }
  return mediumApart(tree, endBeforeAdditions(tree, out));
}

// What carries words rather than being them: "a message", "a statement", "a letter".
const MEDIUM =
  /^(?:message|statement|letter|note|post|tweet|video|email|e-mail|memo|ad|advertisement|petition|report|release|notice)s?$/;

/**
 * "He posted a message saying that talks continue", "issued a statement calling for…": the verb's
 * object is the medium and the participle right after it says what the medium carries. The verb
 * read with the medium alone as its words would show a card for "a message"; the participle's
 * reading stands for both. Not "acknowledged the changes, saying…", where the object is a position
 * of its own (PolNeAR annotates both).
 */
function mediumApart(tree: Tree, found: ModelAttribution[]): ModelAttribution[] {
  const tk = tree.tokens;
  return found.filter((a) => {
    const [from, to] = a.contentTokens;
    const obj = tree.children[a.predicate]!.find((c) => base(tk[c]!.deprel) === 'obj');
    if (obj === undefined || tree.lo[obj] !== from || tree.hi[obj] !== to) return true;
    if (!MEDIUM.test(tk[obj]!.lower)) return true;
    const next = to + 1;
    return !found.some(
      (b) => b.predicate === next && tk[next]!.xpos === 'VBG' && tk[next]!.head === a.predicate,
    );
  });
}

// How a verb added after a clause hangs from it: a participle or a second verb ("…, saying that…",
// "and called for…", "but also contended that…"), never a complement, which is part of the words.
const ADDED = new Set(['advcl', 'conj', 'parataxis']);
const JOINS = new Set([',', ';', '--', '—', '–']);
const RELATIVE = /^(?:who|which|that)$/;

/**
 * A reported clause ends where another attribution of the sentence is added after it: in "called
 * Wells Fargo's behavior “outrageous” and called for compensation…" or "had mocked the complaint,
 * saying anybody who complains…", the second verb's subtree hangs inside the first one's content
 * in the parse, and the content as a whole subtree would hold a second attribution (which
 * `univocal` would then drop as reported by the first). Its content stops before the added verb's
 * subtree, set off by a comma, a dash or a conjunction, and both stand.
 */
function endBeforeAdditions(tree: Tree, found: ModelAttribution[]): ModelAttribution[] {
  const tk = tree.tokens;
  const joins = (k: number) => JOINS.has(tk[k]?.text ?? '') || tk[k]?.upos === 'CCONJ';
  const dropped = new Set<ModelAttribution>();
  for (const inner of found) {
    const p = inner.predicate;
    if (tree.quoted[p]) continue;
    const from = tree.lo[p]!;
    // "The party offered fresh ammunition to Republicans who say the law is a money pit": a
    // relative clause that reports, inside another attribution's words, is not the outer source's
    // to say, so the outer words end before it. Nor is it surely its relative word's: "slamming
    // candidates who think they can outsource…" is the slammer's account of what the candidates
    // think. Whether it is depends on the outer verb, which the parse does not tell, so it is
    // given to no one (a gap, never a wrong mouth).
    if (tk[p]!.deprel === 'acl:relcl' && RELATIVE.test(tk[from]!.lower)) {
      if (cutOuters(tree, found, inner, () => from - 1)) dropped.add(inner);
      continue;
    }
    if (!ADDED.has(base(tk[p]!.deprel)) || (!joins(from) && !joins(from - 1))) continue;
    cutOuters(tree, found, inner, (cf) => {
      let end = from - 1;
      while (end > cf && joins(end)) end--;
      return end;
    });
  }
  return dropped.size ? found.filter((a) => !dropped.has(a)) : found;
}

/**
 * Ends the words of every other attribution whose content holds `inner`'s subtree (to the end, but
 * for a closing mark) at `endOf(its first content token)`, where the content that leaves still
 * ends before `inner`. Returns whether any attribution held `inner`.
 */
function cutOuters(
  tree: Tree,
  found: ModelAttribution[],
  inner: ModelAttribution,
  endOf: (contentFrom: number) => number,
): boolean {
  const from = tree.lo[inner.predicate]!;
  let inside = false;
  for (const outer of found) {
    const [cf, ct] = outer.contentTokens;
    if (outer === inner || from <= cf || from > ct || tree.hi[inner.predicate]! < ct - 1) continue;
    inside = true;
    const r = contentRange(tree, cf, endOf(cf));
    if (!r || r[1] >= from) continue;
    outer.contentTokens = r;
    outer.content = charSpan(tree, r);
  }
  return inside;
}

/**
 * One attribution per stretch of text: a predicate inside another's cue is the same event, and one
 * inside another's content is reported by it (news annotation gives the outer one alone). The
 * surest go first.
 */
export function univocal(found: ModelAttribution[]): ModelAttribution[] {
  const kept: ModelAttribution[] = [];
  const within = (x: Span, y: Span) => y.start <= x.start && x.end <= y.end;
  for (const a of [...found].sort((x, y) => y.score - x.score)) {
    if (kept.some((k) => within(a.cue, k.content) || within(a.cue, k.cue) || within(k.cue, a.cue))) continue;
    // An outer attribution found after the inner one it holds replaces it.
    for (let i = kept.length - 1; i >= 0; i--) if (within(kept[i]!.cue, a.content)) kept.splice(i, 1);
    kept.push(a);
  }
  return kept.sort((x, y) => x.cue.start - y.cue.start);
}

/**
 * Where a source's name begins, with the description set off before it: "…,'' the Vatican
 * spokesman, Federico Lombardi, told…" is one phrase, none of it the words.
 */
function apposedFrom(tree: Tree, start: number): number {
  const tk = tree.tokens;
  if (tk[start - 1]?.text !== ',') return start;
  let k = start - 2;
  while (k >= 0 && (NOUN_PHRASE_TAGS.has(tk[k]!.upos) || tk[k]!.xpos === 'POS')) k--;
  return k >= 0 && k < start - 2 && tk[k]!.upos === 'PUNCT' ? k + 1 : start;
}
