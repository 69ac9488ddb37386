import type { SynToken } from '../syntax';
import { ancestors, base, type Tree } from './tree';
import { stem } from './stem';

// Feature strings for the attribution models. Each names the kind of evidence, never a document:
// words and stems carry the reporting lexicon the corpus teaches, relations carry the shape of the
// clause (a verb with a clausal complement, a quote beside it), and conjunctions of the two let a
// verb that reports only in one shape ("found that" against "found the keys") be learnt as such.

const shape = (t: SynToken) =>
  /^[A-Z]/.test(t.text) ? 'X' : /^[a-z]/.test(t.text) ? 'x' : t.text.length === 1 ? t.text : 'o';

function childRels(tree: Tree, i: number): string[] {
  return tree.children[i]!.map((c) => tree.tokens[c]!.deprel);
}

/** Whether the token right after the subtree edge (or before) is a quote mark or a colon. */
function edge(tree: Tree, j: number): string {
  const t = tree.tokens[j];
  if (!t) return 'none';
  if (t.text === '"' || t.text === '“' || t.text === '”' || t.text === "''" || t.text === '``') return 'q';
  if (t.text === ':' || t.text === ',' || t.text === '.') return t.text;
  return t.upos;
}

/** Evidence that token `i` heads a reporting event (speech, thought, stance, intention). */
export function predicateFeatures(tree: Tree, i: number): string[] {
  const t = tree.tokens[i]!;
  const w = t.lower;
  const s = stem(w);
  const rel = t.deprel;
  const kids = childRels(tree, i);
  const kb = new Set(kids.map(base));
  const head = tree.tokens[t.head];
  const f = [
    'bias',
    `w=${w}`,
    `s=${s}`,
    `x=${t.xpos}`,
    `r=${rel}`,
    `s|r=${s}|${base(rel)}`,
    `s|x=${s}|${t.xpos}`,
    `h=${head ? head.lower : 'ROOT'}`,
    `hr=${head ? base(head.deprel) : 'ROOT'}`,
    `q=${tree.quoted[i] ? 1 : 0}`,
    `prev=${tree.tokens[i - 1]?.lower ?? 'BOS'}`,
    `next=${tree.tokens[i + 1]?.lower ?? 'EOS'}`,
    `nextE=${edge(tree, i + 1)}`,
    `prevE=${edge(tree, i - 1)}`,
    `s|nextE=${s}|${edge(tree, i + 1)}`,
  ];
  for (const k of kb) f.push(`k=${k}`, `s|k=${s}|${k}`);
  for (const k of kids) if (k.includes(':')) f.push(`kk=${k}`);
  const subj = tree.children[i]!.find((c) => base(tree.tokens[c]!.deprel) === 'nsubj');
  if (subj !== undefined) {
    const st = tree.tokens[subj]!;
    f.push(`subj=${st.upos}`, `subjw=${st.upos === 'PRON' ? st.lower : st.xpos}`, `s|subj=${s}|${st.upos}`);
  } else f.push('nosubj', `s|nosubj=${s}`);
  for (const c of tree.children[i]!) {
    const ct = tree.tokens[c]!;
    const cr = base(ct.deprel);
    if (cr === 'ccomp' || cr === 'parataxis' || cr === 'xcomp') {
      const mark = tree.children[c]!.map((g) => tree.tokens[g]!).find((g) => base(g.deprel) === 'mark');
      f.push(`comp=${cr}|${mark?.lower ?? '-'}`, `s|comp=${s}|${cr}|${mark?.lower ?? '-'}`);
      f.push(`compq=${cr}|${tree.quoted[c] ? 1 : 0}`);
    }
    if (cr === 'obj') f.push(`obj=${ct.upos}`, `s|obj=${s}|${ct.upos}`);
    if (cr === 'obl') {
      const cs = tree.children[c]!.map((g) => tree.tokens[g]!).find((g) => base(g.deprel) === 'case');
      if (cs) f.push(`obl=${cs.lower}`, `s|obl=${s}|${cs.lower}`);
    }
    if (cr === 'aux') f.push(`aux=${ct.lower}`);
    if (cr === 'advmod' && c === i - 1) f.push(`adv=${ct.lower}`);
  }
  // Words inside what another verb reports are that verb's content, not attributions of their own
  // (PolNeAR's annotation is univocal), so the chain of heads above matters.
  const up = ancestors(tree, i, 6);
  let depth = 0;
  let below = i;
  for (const a of up) {
    const br = base(tree.tokens[below]!.deprel);
    depth++;
    f.push(`up${Math.min(depth, 3)}=${br}|${stem(tree.tokens[a]!.lower)}`);
    below = a;
  }
  f.push(`depth=${Math.min(depth, 4)}`);
  f.push(`shape=${shape(t)}`);
  f.push(`sentq=${tree.quoted.some(Boolean) ? 1 : 0}`);
  return f;
}

/** Evidence that a dependent (or the clause above) is part of what the predicate reports. */
export function contentFeatures(tree: Tree, pred: number, piece: number, kind: 'child' | 'head'): string[] {
  const p = tree.tokens[pred]!;
  const s = stem(p.lower);
  if (kind === 'head') {
    const h = tree.tokens[piece]!;
    const r = base(p.deprel);
    return [
      'bias',
      'head',
      `hr=${r}`,
      `s|hr=${s}|${r}`,
      `hx=${h.upos}`,
      `side=${piece < pred ? 'L' : 'R'}`,
      `hq=${tree.quoted[piece] ? 1 : 0}`,
      `r|q=${r}|${tree.quoted[piece] ? 1 : 0}`,
    ];
  }
  const c = tree.tokens[piece]!;
  const r = c.deprel;
  const side = piece < pred ? 'L' : 'R';
  const mark = tree.children[piece]!.map((g) => tree.tokens[g]!).find((g) =>
    /^(mark|case)$/.test(base(g.deprel)),
  );
  return [
    'bias',
    `r=${r}`,
    `rb=${base(r)}`,
    `r|side=${base(r)}|${side}`,
    `s|r=${s}|${base(r)}`,
    `s|r|side=${s}|${base(r)}|${side}`,
    `cx=${c.upos}`,
    `r|cx=${base(r)}|${c.upos}`,
    `mark=${mark?.lower ?? '-'}`,
    `r|mark=${base(r)}|${mark?.lower ?? '-'}`,
    `s|mark=${s}|${mark?.lower ?? '-'}`,
    `cq=${tree.quoted[piece] ? 1 : 0}`,
    `len=${Math.min(4, Math.ceil(Math.log2(1 + tree.hi[piece]! - tree.lo[piece]!)))}`,
  ];
}

/** Evidence that a candidate phrase is the predicate's source. */
export function sourceFeatures(tree: Tree, pred: number, cand: number, how: string): string[] {
  const p = tree.tokens[pred]!;
  const c = tree.tokens[cand]!;
  const s = stem(p.lower);
  return [
    'bias',
    `how=${how}`,
    `how|cx=${how}|${c.upos}`,
    `how|r=${how}|${base(p.deprel)}`,
    `s|how=${s}|${how}`,
    `cx=${c.xpos}`,
    `cw=${c.upos === 'PRON' || c.upos === 'DET' ? c.lower : c.upos}`,
    `side=${cand < pred ? 'L' : 'R'}`,
    `cq=${tree.quoted[cand] ? 1 : 0}`,
  ];
}

/** Evidence that a token next to the predicate belongs to the cue's words. */
export function extentFeatures(tree: Tree, pred: number, j: number): string[] {
  const t = tree.tokens[j]!;
  const side = j < pred ? 'L' : 'R';
  const attached = t.head === pred ? 'kid' : tree.tokens[t.head]?.head === pred ? 'grandkid' : 'other';
  return [
    'bias',
    `side=${side}`,
    `r=${t.deprel}|${side}`,
    `w=${t.lower}|${side}`,
    `x=${t.upos}|${side}`,
    `att=${attached}|${side}`,
    `r|att=${base(t.deprel)}|${attached}|${side}`,
    `pw|w=${stem(tree.tokens[pred]!.lower)}|${t.lower}`,
  ];
}
