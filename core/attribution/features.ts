import type { NamedFeatures } from '../learn/named';
import type { SynToken } from '../syntax';
import { ancestors, base, type Tree } from './tree';
import { stem } from './stem';
import sources from '../../data/lexicons/sources.json';

// Named features for the attribution models, given in pieces (core/learn/named.ts). Each names the
// kind of evidence, never a document: words and stems carry the reporting lexicon the corpus teaches, relations carry the shape of the
// clause (a verb with a clausal complement, a quote beside it), and conjunctions of the two let a
// verb that reports only in one shape ("found that" against "found the keys") be learnt as such.

const shape = (t: SynToken) =>
  /^[A-Z]/.test(t.text) ? 'X' : /^[a-z]/.test(t.text) ? 'x' : t.text.length === 1 ? t.text : 'o';

/** The first child of `i` whose basic relation is `rel`. */
function childWith(tree: Tree, i: number, rel: string): SynToken | undefined {
  for (const c of tree.children[i]!) if (base(tree.tokens[c]!.deprel) === rel) return tree.tokens[c];
  return undefined;
}

/** Whether the token right after the subtree edge (or before) is a quote mark or a colon. */
function edge(tree: Tree, j: number): string {
  const t = tree.tokens[j];
  if (!t) return 'none';
  if (t.text === '"' || t.text === '“' || t.text === '”' || t.text === "''" || t.text === '``') return 'q';
  if (t.text === ':' || t.text === ',' || t.text === '.') return t.text;
  return t.upos;
}

// What kind of thing a common-noun subject is: a document or poll ("the poll found", "records
// show": their verbs report what the text attributes to them), a person described ("officials
// said"), or a body. Names are typed by the actors stage instead.
const NOUN_CLASS = new Map<string, string>([
  ...sources.things.map((w): [string, string] => [w, 'thing']),
  ...sources.anonymous.map((w): [string, string] => [w, 'person']),
  ...sources.group.map((w): [string, string] => [w, 'body']),
  ...sources.institution.map((w): [string, string] => [w, 'body']),
]);
const nounClass = (t: SynToken) => (t.upos === 'NOUN' ? NOUN_CLASS.get(t.lower) : undefined);

/** Evidence that token `i` heads a reporting event (speech, thought, stance, intention). */
export function predicateFeatures(f: NamedFeatures, tree: Tree, i: number): void {
  const t = tree.tokens[i]!;
  const w = t.lower;
  const s = stem(w);
  const rel = t.deprel;
  const kids = tree.children[i]!;
  const head = tree.tokens[t.head];
  f.add('bias');
  f.add('w', w);
  f.add('s', s);
  f.add('x', t.xpos);
  f.add('r', rel);
  f.add('s|r', s, base(rel));
  f.add('s|x', s, t.xpos);
  f.add('h', head ? head.lower : 'ROOT');
  f.add('hr', head ? base(head.deprel) : 'ROOT');
  f.add('q', tree.quoted[i] ? '1' : '0');
  f.add('prev', tree.tokens[i - 1]?.lower ?? 'BOS');
  f.add('next', tree.tokens[i + 1]?.lower ?? 'EOS');
  f.add('nextE', edge(tree, i + 1));
  f.add('prevE', edge(tree, i - 1));
  f.add('s|nextE', s, edge(tree, i + 1));
  // Each basic relation among the children once, in the order first seen.
  for (let j = 0; j < kids.length; j++) {
    const k = base(tree.tokens[kids[j]!]!.deprel);
    let seen = false;
    for (let e = 0; e < j && !seen; e++) seen = base(tree.tokens[kids[e]!]!.deprel) === k;
    if (seen) continue;
    f.add('k', k);
    f.add('s|k', s, k);
  }
  for (const c of kids) {
    const k = tree.tokens[c]!.deprel;
    if (k.includes(':')) f.add('kk', k);
  }
  const si = kids.find((c) => base(tree.tokens[c]!.deprel) === 'nsubj');
  if (si !== undefined) {
    const st = tree.tokens[si]!;
    f.add('subj', st.upos);
    f.add('subjw', st.upos === 'PRON' ? st.lower : st.xpos);
    f.add('s|subj', s, st.upos);
    const e = tree.actor[si] || '-';
    f.add('subjE', e);
    f.add('s|subjE', s, e);
    const c = nounClass(st);
    if (c) {
      f.add('subjC', c);
      f.add('s|subjC', s, c);
    }
  } else {
    f.add('nosubj');
    f.add('s|nosubj', s);
  }
  for (const c of kids) {
    const ct = tree.tokens[c]!;
    const cr = base(ct.deprel);
    // An unmarked advcl is most often a clausal complement the parse mislabelled ("said he had…").
    if (cr === 'ccomp' || cr === 'parataxis' || cr === 'xcomp' || cr === 'advcl') {
      const mark = childWith(tree, c, 'mark');
      f.add('comp', cr, mark?.lower ?? '-');
      f.add('s|comp', s, cr, mark?.lower ?? '-');
      f.add('compq', cr, tree.quoted[c] ? '1' : '0');
    }
    if (cr === 'obj') {
      f.add('obj', ct.upos);
      f.add('s|obj', s, ct.upos);
    }
    if (cr === 'obl') {
      const cs = childWith(tree, c, 'case');
      if (cs) {
        f.add('obl', cs.lower);
        f.add('s|obl', s, cs.lower);
      }
    }
    if (cr === 'aux') f.add('aux', ct.lower);
    if (cr === 'advmod' && c === i - 1) f.add('adv', ct.lower);
  }
  // A verb under "if" is supposed rather than reported ("if he said so"), under "as" often an
  // aside ("as he put it"): the model weighs the verb's own conjunction.
  const own = childWith(tree, i, 'mark');
  f.add('mark', own?.lower ?? '-');
  // Words inside what another verb reports are that verb's content, not attributions of their own
  // (PolNeAR's annotation is univocal), so the chain of heads above matters.
  const up = ancestors(tree, i, 6);
  let depth = 0;
  let below = i;
  for (const a of up) {
    const br = base(tree.tokens[below]!.deprel);
    depth++;
    f.add(UP[Math.min(depth, 3)]!, br, stem(tree.tokens[a]!.lower));
    below = a;
  }
  f.add('depth', String(Math.min(depth, 4)));
  f.add('shape', shape(t));
  f.add('sentq', tree.quoted.some(Boolean) ? '1' : '0');
}

const UP = ['up0', 'up1', 'up2', 'up3'];

/** Evidence that a dependent (or the clause above) is part of what the predicate reports. */
export function contentFeatures(
  f: NamedFeatures,
  tree: Tree,
  pred: number,
  piece: number,
  kind: 'child' | 'head',
): void {
  const p = tree.tokens[pred]!;
  const s = stem(p.lower);
  const side = piece < pred ? 'L' : 'R';
  const q = tree.quoted[piece] ? '1' : '0';
  f.add('bias');
  if (kind === 'head') {
    const h = tree.tokens[piece]!;
    const r = base(p.deprel);
    f.add('head');
    f.add('hr', r);
    f.add('s|hr', s, r);
    f.add('hx', h.upos);
    f.add('side', side);
    f.add('hq', q);
    f.add('r|q', r, q);
    return;
  }
  const c = tree.tokens[piece]!;
  const r = c.deprel;
  const rb = base(r);
  const mark = tree.children[piece]!.map((g) => tree.tokens[g]!).find((g) =>
    /^(mark|case)$/.test(base(g.deprel)),
  );
  const m = mark?.lower ?? '-';
  f.add('r', r);
  f.add('rb', rb);
  f.add('r|side', rb, side);
  f.add('s|r', s, rb);
  f.add('s|r|side', s, rb, side);
  f.add('cx', c.upos);
  f.add('r|cx', rb, c.upos);
  f.add('mark', m);
  f.add('r|mark', rb, m);
  f.add('s|mark', s, m);
  f.add('cq', q);
  // A clause of its own right after the verb, unmarked ("said he had prepared…"), is what a
  // reporting verb reports whatever label the parse gives it (often advcl for ccomp).
  const subj = tree.children[piece]!.some((g) => base(tree.tokens[g]!.deprel) === 'nsubj') ? 'S' : '-';
  const next = tree.lo[piece] === pred + 1 ? 'A' : '-';
  f.add('s|r|mark', s, rb, m);
  f.add('r|mark|subj|next', rb, m, subj + next);
  f.add('s|mark|subj|next', s, m, subj + next);
  f.add('len', String(Math.min(4, Math.ceil(Math.log2(1 + tree.hi[piece]! - tree.lo[piece]!)))));
  // A phrase's own noun tells when or where it was said ("in a statement", "on Friday", "during a
  // campaign stop") from what was said ("on trade", "in the deal"): the word with its preposition.
  if (rb === 'obl' || rb === 'nmod') f.add('mark|w', m, c.lower);
}

/** Evidence that a candidate phrase is the predicate's source. */
export function sourceFeatures(f: NamedFeatures, tree: Tree, pred: number, cand: number, how: string): void {
  const p = tree.tokens[pred]!;
  const c = tree.tokens[cand]!;
  const s = stem(p.lower);
  f.add('bias');
  f.add('how', how);
  f.add('how|cx', how, c.upos);
  f.add('how|r', how, base(p.deprel));
  f.add('s|how', s, how);
  f.add('cx', c.xpos);
  f.add('cw', c.upos === 'PRON' || c.upos === 'DET' ? c.lower : c.upos);
  f.add('side', cand < pred ? 'L' : 'R');
  f.add('cq', tree.quoted[cand] ? '1' : '0');
  const e = tree.actor[cand] || '-';
  f.add('ce', e);
  f.add('how|ce', how, e);
  const k = nounClass(c);
  if (k) {
    f.add('cc', k);
    f.add('how|cc', how, k);
  }
  // What stands before the phrase: a verb whose object the parse made a subject ("helping Mrs.
  // Clinton succeed him, saying…"), a "that" opening someone else's clause, a comma.
  const before = tree.tokens[tree.lo[cand]! - 1];
  f.add(
    'how|before',
    how,
    before ? (before.upos === 'SCONJ' || before.upos === 'PUNCT' ? before.lower : before.upos) : 'BOS',
  );
}

/** Evidence that a token next to the predicate belongs to the cue's words. */
export function extentFeatures(f: NamedFeatures, tree: Tree, pred: number, j: number): void {
  const t = tree.tokens[j]!;
  const side = j < pred ? 'L' : 'R';
  const attached = t.head === pred ? 'kid' : tree.tokens[t.head]?.head === pred ? 'grandkid' : 'other';
  f.add('bias');
  f.add('side', side);
  f.add('r', t.deprel, side);
  f.add('w', t.lower, side);
  f.add('x', t.upos, side);
  f.add('att', attached, side);
  f.add('r|att', base(t.deprel), attached, side);
  f.add('pw|w', stem(tree.tokens[pred]!.lower), t.lower);
}
