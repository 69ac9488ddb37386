import { setPhrase } from '../text/set-phrases';
import { TELLING } from '../syntax/complements';
import { base, headsFinite, isVerb, ownSubjectMisread, type Tree } from './tree';
import { nameBefore } from './name-before';

// The candidates the models decide among. Generation is generous (every verb, every dependent,
// every subject up the chain); the decisions are the models'. Training reads the same functions,
// so what is learnt is exactly what inference will be asked.

/** Every token that could head a reporting event: each verb, and "according" of "according to". */
export function predicates(tree: Tree): number[] {
  const out: number[] = [];
  for (let i = 0; i < tree.tokens.length; i++) {
    const t = tree.tokens[i]!;
    if (
      (isVerb(t) && !asked(tree, i) && !possessed(tree, i) && !perfect(tree, i) && !setSaid(tree, i)) ||
      t.lower === 'according' ||
      stance(tree, i)
    )
      out.push(i);
  }
  return out;
}

/**
 * An adjective a copula makes the predicate, with a preposition's object after it: a stance ("Graham
 * has been critical of Trump", "aides were coy about whether…", "are wary of"), which the
 * predicate model weighs as it does a verb.
 */
function stance(tree: Tree, i: number): boolean {
  if (tree.tokens[i]!.upos !== 'ADJ') return false;
  const kids = tree.children[i]!;
  return (
    kids.some((c) => base(tree.tokens[c]!.deprel) === 'cop') &&
    kids.some(
      (c) =>
        c > i &&
        // The labeller names an adjective's prepositional phrase either way.
        (base(tree.tokens[c]!.deprel) === 'obl' || base(tree.tokens[c]!.deprel) === 'nmod') &&
        tree.children[c]!.some((g) => g < c && base(tree.tokens[g]!.deprel) === 'case'),
    )
  );
}

/** "That said, …", "Needless to say": a set phrase, no one's report (core/text/set-phrases.ts). */
function setSaid(tree: Tree, i: number): boolean {
  const w = tree.tokens[i]!.lower;
  if (w !== 'said' && w !== 'say') return false;
  // The eight words before are all a set phrase needs to see, however long the sentence.
  const from = Math.max(0, i - 8);
  const words = (a: number, b: number) =>
    tree.tokens
      .slice(a, b)
      .map((t) => t.text)
      .join(' ');
  return setPhrase(words(from, i + 1), ` ${words(i + 1, i + 4)}`, from === 0);
}

const HAVE = new Set(['have', 'has', 'had', 'having', "'ve", "'d"]);

/**
 * "have" before its own participle is the perfect's auxiliary, whatever the parse made of it
 * ("Americans have gone to the polls", parsed with "gone" as have's complement, had been the
 * Americans' position): the participle is the verb that may report.
 */
function perfect(tree: Tree, i: number): boolean {
  if (!HAVE.has(tree.tokens[i]!.lower)) return false;
  for (let j = i + 1; j < tree.tokens.length && j <= i + 3; j++) {
    const t = tree.tokens[j]!;
    if (t.xpos === 'VBN') return t.head === i;
    if (t.xpos !== 'RB') return false;
  }
  return false;
}

/**
 * A word right after a possessive (tagged so, not the "'s" of "he's") is a noun whatever the
 * tagger says of it: "Marsh's warning that taxes would rise" is Marsh's warning, and no verb of the
 * sentence's subject.
 */
const possessed = (tree: Tree, i: number) => i > 1 && tree.tokens[i - 1]!.xpos === 'POS';

/**
 * A verb under "whether" is asked about, not reported ("The question is whether Putin believes he
 * is winning"): 7 of 222 such verbs in PolNeAR train are annotated as attributions.
 */
function asked(tree: Tree, i: number): boolean {
  for (const c of tree.children[i]!) {
    const t = tree.tokens[c]!;
    if (c < i && t.lower === 'whether' && t.deprel === 'mark') return true;
  }
  return false;
}

const CUE_LEFT = new Set(['aux', 'advmod', 'neg', 'cop']);
const CUE_RIGHT = new Set(['compound', 'case', 'punct', 'advmod', 'obl', 'obj', 'xcomp']);

/**
 * Tokens that may join the predicate in the cue, nearest first on each side: auxiliaries, "not" and
 * adverbs before it ("has largely ignored"); a particle, the preposition of a complement ("called
 * for", "pointed to") or a colon after it.
 */
export function extentCandidates(tree: Tree, pred: number): { left: number[]; right: number[] } {
  const left: number[] = [];
  for (let j = pred - 1; j >= 0 && left.length < 4; j--) {
    const t = tree.tokens[j]!;
    const owner = t.head === pred || tree.tokens[t.head]?.head === pred;
    if (!owner || !CUE_LEFT.has(t.deprel.split(':')[0]!)) break;
    left.push(j);
  }
  const right: number[] = [];
  for (let j = pred + 1; j < tree.tokens.length && right.length < 3; j++) {
    const t = tree.tokens[j]!;
    const near = t.head === pred || tree.tokens[t.head]?.head === pred;
    if (!near || !CUE_RIGHT.has(t.deprel.split(':')[0]!)) break;
    // A complement's preposition joins the cue, never its words.
    if (base(t.deprel) === 'obl' || base(t.deprel) === 'obj' || base(t.deprel) === 'xcomp') break;
    right.push(j);
  }
  return { left, right };
}

const NOT_CONTENT = new Set([
  'nsubj',
  'csubj',
  'aux',
  'cop',
  'punct',
  'cc',
  'mark',
  'expl',
  'discourse',
  'vocative',
  'case',
  'dep',
  'reparandum',
]);

export interface Piece {
  token: number;
  kind: 'child' | 'head';
  /** Token range of the piece, inclusive. */
  from: number;
  to: number;
}

/**
 * The parts of the sentence that may be what the predicate reports: each dependent's subtree, and,
 * when the predicate hangs off a clause ("…, he said" as parataxis), that clause without the
 * predicate's own subtree.
 */
export function contentPieces(tree: Tree, pred: number, cue: [number, number]): Piece[] {
  const out: Piece[] = [];
  const dated = datelineEnd(tree);
  const h = tree.tokens[pred]!.head;
  // An adjective's participle ("super PACs supported by the Koch brothers had seized…") qualifies a
  // noun, and a verb with "what" before it is a free relative ("What Romney has said privately about
  // Trump is a different story"), whose words are that "what": the clause around either is never
  // what it reports, and neither is a clause the parse joins after it ("That's smaller than what
  // McKinley said, but his number is a reasonable approximation", a fact-check's own words).
  const freeRelative = tree.children[pred]!.some((c) => c < pred && tree.tokens[c]!.lower === 'what');
  const ofWhat =
    freeRelative || (base(tree.tokens[pred]!.deprel) === 'acl' && tree.tokens[h]?.lower === 'what');
  for (const c of tree.children[pred]!) {
    if (c >= cue[0] && c <= cue[1]) continue;
    if (NOT_CONTENT.has(base(tree.tokens[c]!.deprel))) continue;
    if (tree.hi[c]! < dated) continue;
    if (ofWhat && c > pred && base(tree.tokens[c]!.deprel) === 'conj') continue;
    out.push({ token: c, kind: 'child', from: tree.lo[c]!, to: tree.hi[c]! });
  }
  if (h >= 0 && h < tree.tokens.length && base(tree.tokens[pred]!.deprel) !== 'amod' && !ofWhat) {
    // The clause on the far side of the predicate's own subtree: before it for "“…,” he said",
    // after it for "According to X, …".
    const piece =
      h > pred
        ? { from: tree.hi[pred]! + 1, to: tree.hi[h]! }
        : { from: Math.max(tree.lo[h]!, dated), to: tree.lo[pred]! - 1 };
    if (piece.from <= piece.to) out.push({ token: h, kind: 'head', ...piece });
  }
  return out;
}

/**
 * Where a wire dateline ends ("WASHINGTON —", "RENO, Nev. ―": core/syntax parses it apart and hangs
 * it from the root as `dep`): it says where the story was filed, never what anyone said. 0 if none.
 */
function datelineEnd(tree: Tree): number {
  for (let r = 0; r < Math.min(tree.tokens.length, 12); r++) {
    if (tree.lo[r] !== 0 || tree.tokens[r]!.deprel !== 'dep') continue;
    const end = tree.hi[r]!;
    if (/^(?:-|--|—|–|―)$/.test(tree.tokens[end]!.text)) return end + 1;
  }
  return 0;
}

// Participles of regarding, whose passive says how something is seen, not by whom (a "said" the
// parse reads as a participle after an appositive, "X, a developer, said", is no such aside).
const REGARDED = new Set(
  'seen viewed regarded considered deemed perceived described labeled labelled dubbed branded billed hailed touted known thought believed rumored rumoured expected'.split(
    ' ',
  ),
);

/**
 * "Israel seized control of the territories, seen as pivotal parts of a future state, in 1967",
 * "sanctions on officials deemed responsible for abuses" (real news pages): a participle of
 * regarding with no auxiliary, set off by a comma or right after its noun, is a passive aside,
 * whose seeing is no one named; the clause it hangs off is not its source ("by" would name one).
 */
function passiveAside(tree: Tree, pred: number): boolean {
  const t = tree.tokens[pred]!;
  if (t.xpos !== 'VBN' || !REGARDED.has(t.lower) || !/^(?:advcl|acl)$/.test(base(t.deprel))) return false;
  // Right after its noun ("officials deemed responsible") or set off by a comma from the clause.
  const aside = tree.tokens[tree.lo[pred]! - 1]?.text === ',' || tree.tokens[pred - 1]?.text === ',';
  if (!aside && base(t.deprel) !== 'acl') return false;
  return !tree.children[pred]!.some((c) => /^(?:aux|nsubj|csubj)/.test(tree.tokens[c]!.deprel));
}

export interface SourceCandidate {
  token: number;
  how: string;
  from: number;
  to: number;
}

const OPENERS = new Set(['mark', 'cc']);
const SUBORDINATORS = new Set(['as', 'if', 'when', 'while', 'because', 'although', 'though', 'unless']);
const COMPARING = new Set(['like', 'unlike']);
const PRECONJ = new Set(['both', 'either', 'neither']);
const FOCUS = new Set(['even', 'only', 'just', 'then', 'also', 'still', 'yet']);

const INHERIT = new Set(['xcomp', 'conj', 'advcl', 'acl', 'ccomp', 'parataxis']);

/**
 * Who may be the source: the predicate's subject, a passive's "by" agent, the object of "according
 * to"; failing those, the subject of the clause it depends on ("…, saying that…", "and also
 * rejected…"), at most three heads up.
 */
export function sourceCandidates(tree: Tree, pred: number): SourceCandidate[] {
  const out: SourceCandidate[] = [];
  const span = (c: number, how: string, skipCase = false) => {
    let from = tree.lo[c]!;
    if (skipCase) while (from < c && base(tree.tokens[from]!.deprel) === 'case') from++;
    // A joining or framing word the parse hung on the phrase is not the phrase: "as | The Hill
    // reported", "but | 16 percent of Democrats say", "after | a CNN/ORC poll found", "even |
    // critics concede".
    while (
      from < c &&
      // ("both" of "both men" is the phrase's own: a pre-conjunction.)
      ((OPENERS.has(base(tree.tokens[from]!.deprel)) && !PRECONJ.has(tree.tokens[from]!.lower)) ||
        // …whatever the parse calls it ("As Professor Foner put it", the capital read as a name's).
        SUBORDINATORS.has(tree.tokens[from]!.lower) ||
        (base(tree.tokens[from]!.deprel) === 'advmod' && FOCUS.has(tree.tokens[from]!.lower)))
    )
      from++;
    out.push({ token: c, how, from, to: tree.hi[c]! });
  };
  // Not "by", whose object wrote what the noun before it is ("An estimate by the Joint Committee on
  // Taxation projected…", where the parse makes both subjects).
  const opensOnPreposition = (c: number) =>
    tree.children[c]!.some((g) => {
      const t = tree.tokens[g]!;
      return g < c && t.deprel === 'case' && t.upos === 'ADP' && t.lower !== 'by';
    });
  for (const c of tree.children[pred]!) {
    const r = tree.tokens[c]!.deprel;
    if (base(r) === 'nsubj' || base(r) === 'csubj') {
      // "Hunter …, and like Trump has spoken about…": a comparison the parse took for the subject
      // names whom the subject is like, never the subject (PolNeAR train).
      if (COMPARING.has(tree.tokens[tree.lo[c]!]!.lower) && tree.lo[c]! < c) continue;
      // "During the rally Monday, the former president said…": a phrase a preposition opens, beside
      // a subject of the verb that none opens, is a circumstance the parse took for a second subject.
      // "…, president and CEO of Washington Restaurant Association stated": no subject opens on
      // "of" (wherever the parse hangs it); that is the object of the title's "of".
      const first = tree.lo[c]!;
      const opening = tree.tokens[first]!.lower === 'of' ? first : first - 1;
      if (tree.tokens[opening]?.lower === 'of' && base(tree.tokens[opening]!.deprel) === 'case') continue;
      if (
        opensOnPreposition(c) &&
        tree.children[pred]!.some(
          (o) => o !== c && base(tree.tokens[o]!.deprel) === 'nsubj' && !opensOnPreposition(o),
        )
      )
        continue;
      span(c, r === 'nsubj:pass' && stative(tree, pred) ? 'nsubj' : r);
    } else if (base(r) === 'obl' || base(r) === 'obj') {
      const cs = tree.children[c]!.map((g) => tree.tokens[g]!).find((g) => base(g.deprel) === 'case');
      if (cs?.lower === 'by') span(c, 'agent', true);
      else if (cs?.lower === 'to' && tree.tokens[pred]!.lower === 'according') span(c, 'according', true);
    }
  }
  // "Libertarian presidential candidate | Gary Johnson's doctor is calling…", "the loopholes |
  // Donald Trump used": two subject phrases side by side, nothing between them, are one noun phrase
  // or a noun and the relative clause on it, and either way the verb's subject is the later one.
  for (let i = out.length - 1; i > 0; i--) {
    const [a, b] = [out[i - 1]!, out[i]!];
    // (Not an appositive set off by a comma: "Teck, the Canadian mining company, says…"; nor the
    // halves of a joint subject the parse cut: "Holcomb and GOP | legislative leaders touted…", "he |
    // and the developer Arthur G. Cohen negotiated…".)
    const joined = tree.tokens.slice(a.from, b.to + 1).some((t) => t.upos === 'CCONJ');
    const apart =
      joined || /^[,;:(–—-]$/.test(tree.tokens[a.to]!.text) || /^[,;:(–—-]$/.test(tree.tokens[b.from]!.text);
    if (a.how.startsWith('nsubj') && b.how.startsWith('nsubj') && a.to + 1 === b.from && !apart)
      out.splice(i - 1, 1);
  }
  // "Sens. Marco Rubio (R) and Bill Nelson (D) have both pushed for funding, although Nelson voted
  // against…": the verb's own subordinating word opens its clause; a subject the parse hung on the
  // verb from before that word, beside one after it, is the clause before's.
  const mark = tree.children[pred]!.find((g) => g < pred && base(tree.tokens[g]!.deprel) === 'mark');
  if (mark !== undefined && out.some((o) => o.how.startsWith('nsubj') && o.from > mark))
    for (let i = out.length - 1; i >= 0; i--)
      if (out[i]!.how.startsWith('nsubj') && out[i]!.to < mark) out.splice(i, 1);
  if (out.some((o) => o.how.startsWith('nsubj') || o.how.startsWith('csubj'))) return out;
  const near = nameBefore(tree, pred);
  if (near) out.push({ token: near[1], how: 'before', from: near[0], to: near[1] });
  const participleAside = tree.tokens[pred]!.xpos === 'VBG' && tree.tokens[pred - 1]?.text === ',';
  if (ownSubjectMisread(tree, pred) || passiveAside(tree, pred)) return out;
  let at = pred;
  for (let up = 1; up <= 3; up++) {
    const rel = base(tree.tokens[at]!.deprel);
    const h = tree.tokens[at]!.head;
    if (h < 0 || !INHERIT.has(rel)) break;
    if (rel === 'acl' && h < pred) out.push({ token: h, how: 'aclhead', from: tree.lo[h]!, to: h });
    const subj = tree.children[h]!.find((c) => base(tree.tokens[c]!.deprel) === 'nsubj');
    // "Dale and Martha disputed that Mike was estranged from them, saying instead…": a participle
    // set off by a comma continues the sentence's speaker, not the subject of a "that" clause the
    // parse hangs it from (a real news page).
    const reported =
      participleAside &&
      tree.children[h]!.some(
        (c) => c < h && tree.tokens[c]!.lower === 'that' && base(tree.tokens[c]!.deprel) === 'mark',
      );
    // "…, saying she's experienced “on paper” but suggesting that might not be enough": a participle
    // joined to a tensed verb is joined, in fact, to the participle before it; the tensed verb's
    // subject is that participle's clause's (PolNeAR train).
    const mismatched =
      up === 1 && rel === 'conj' && tree.tokens[pred]!.xpos === 'VBG' && headsFinite(tree, h);
    if (subj !== undefined && (reported || mismatched)) {
      at = h;
      continue;
    }
    if (subj !== undefined) {
      span(subj, `up${up}:${rel}`);
      break;
    }
    at = h;
  }
  return out;
}

/**
 * A participle after "be" that holds a view rather than undergoing an act: "is convinced that the
 * company will recover", "are concerned about…". With a clause or an "about" phrase after it and no
 * agent, its subject holds the view as an adjective's does ("is confident that…"), so it is offered
 * as a plain subject. Not a verb of telling, whose passive subject is the one told ("was told that…").
 */
function stative(tree: Tree, pred: number): boolean {
  // (One convinced or persuaded of something holds it; one told, warned or assured of it need not.)
  const w = tree.tokens[pred]!.lower;
  if ((TELLING.test(w) && !/^(?:convinc|persuad)/.test(w)) || w === 'asked') return false;
  let held = false;
  for (const c of tree.children[pred]!) {
    const r = base(tree.tokens[c]!.deprel);
    const cs = tree.children[c]!.find((g) => base(tree.tokens[g]!.deprel) === 'case');
    if (cs !== undefined && tree.tokens[cs]!.lower === 'by') return false;
    if (r === 'ccomp' || (r === 'obl' && cs !== undefined && tree.tokens[cs]!.lower === 'about')) held = true;
  }
  return held;
}
