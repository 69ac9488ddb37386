// The features of one (pronoun, candidate) pair, as strings for a linear model. Most are crossed
// with the pronoun ("he", "she", "they"): a plural noun is a good sign for "they" and a bad one for
// "she".
import { base, isVerb, type Tree } from '../attribution/tree';
import { isSaying, type Family } from './lexicon';
import { compatible, headOf, headsAbove, personLike, WINDOW, type Mention } from './mentions';

/** The pronoun being resolved. */
export interface Anaphor {
  sentence: number;
  token: number;
  family: Family;
}

const bucket = (n: number) => (n < 4 ? String(n) : n < 6 ? '4-5' : n < 10 ? '6-9' : '10+');

/** What the pronoun does in its clause: subject, possessor, reflexive or other. */
function roleOf(tree: Tree, i: number): string {
  const t = tree.tokens[i]!;
  if (t.lower.endsWith('self') || t.lower.endsWith('selves')) return 'refl';
  const rel = base(t.deprel);
  return rel === 'nsubj'
    ? 'subj'
    : t.deprel === 'nmod:poss'
      ? 'poss'
      : rel === 'obj' || rel === 'iobj'
        ? 'obj'
        : 'obl';
}

/** The verb a noun is the subject of, if any. */
function verbOfSubject(tree: Tree, i: number): number | undefined {
  const t = tree.tokens[i]!;
  const h = headOf(tree, i);
  return base(t.deprel) === 'nsubj' && h >= 0 ? h : undefined;
}

/**
 * A paragraph break before a sentence, read from the offsets alone (a tree carries no text): a
 * paragraph ends in a line break and a blank line, a sentence in one space.
 */
export function paragraphBreak(trees: Tree[], s: number): boolean {
  const prev = trees[s - 1]?.tokens.at(-1);
  const first = trees[s]?.tokens[0];
  return !!prev && !!first && first.start - prev.end >= 2;
}

const FIRST_SECOND = new Set(['i', 'me', 'my', 'you', 'your', 'we', 'us', 'our']);

/**
 * First and second persons outside quotation marks in a sentence and the `back` before it: in talk
 * ("You —", "I know she's …") the person meant is often one the talk never names, so a named
 * candidate is less sure than in narration, where "I" and "you" stand only inside quotes.
 */
function dialogue(trees: Tree[], s: number, back: number): number {
  let n = 0;
  for (let k = Math.max(0, s - back); k <= s; k++) {
    const tree = trees[k]!;
    tree.tokens.forEach((t, i) => {
      if (!tree.quoted[i] && FIRST_SECOND.has(t.lower)) n++;
    });
  }
  return n;
}

const talkLevel = (n: number) => (n === 0 ? '0' : n < 3 ? '1-2' : n < 6 ? '3-5' : '6+');

/** The features of each candidate, in the order given (nearest first). */
export function pairFeatures(trees: Tree[], p: Anaphor, cands: Mention[]): string[][] {
  const ptree = trees[p.sentence]!;
  const prole = roleOf(ptree, p.token);
  const pAncestors = headsAbove(ptree, p.token, 40);
  const talk = `dlg=${talkLevel(dialogue(trees, p.sentence, 1))}`;
  let paragraphs = 0;
  let lastSentence = p.sentence;
  let compatibleSeen = 0;
  // Earlier compatible mentions of one entity ("Maria … Maria", "he … he") count as one rival.
  const rivalKeys = new Set<string>();
  return cands.map((c, rank) => {
    const ctree = trees[c.sentence]!;
    const t = ctree.tokens[c.token]!;
    const far = p.sentence - c.sentence > WINDOW;
    const sd = far ? 'far' : p.sentence - c.sentence;
    // Paragraphs crossed, counted within the window only (a salient name may lie far back).
    if (!far)
      for (; lastSentence > c.sentence; lastSentence--) if (paragraphBreak(trees, lastSentence)) paragraphs++;
    const rel = base(t.deprel);
    const ok = compatible(p.family, c);
    const f: string[] = [];
    // Each feature twice: for this pronoun, and for any (what holds of "he" mostly holds of "she").
    const type = c.family ? '>p' : '>n';
    const add = (...names: string[]) => {
      for (const n of names) f.push(`${p.family}${type}|${n}`, `*${type}|${n}`);
    };
    add(
      'bias',
      talk,
      `${talk}|rel=${rel}`,
      `sd=${sd}`,
      `rank=${bucket(rank)}`,
      `rel=${rel}`,
      `rel=${rel}|sd=${sd}`,
      `prole=${prole}|rel=${rel}`,
      `pos=${t.xpos}`,
      `pos=${t.xpos}|sd=${sd}`,
      `par=${far ? 'far' : Math.min(paragraphs, 2)}`,
    );
    const key = c.family ?? c.key;
    const rivals = rivalKeys.size - (rivalKeys.has(key) ? 1 : 0);
    const person = personLike(c);
    if (ok) add(`ok|nearest=${bucket(compatibleSeen)}`, `ok|sd=${sd}|nearest=${Math.min(compatibleSeen, 3)}`);
    else add('clash');
    add(`rivals=${Math.min(rivals, 3)}|ok=${ok}|person=${person}`);
    add(`g=${c.gender ?? '-'}`, `num=${c.plural ? 'pl' : 'sg'}${c.coordinated ? '+conj' : ''}`);
    if (c.named) add('named', `named|rel=${rel}`);
    if (c.role) add('role', `role|rel=${rel}`);
    if (c.kind) add(`kind=${c.kind}`);
    if (person) add(`person|sd=${sd}`);
    if (!c.family) add(`seen=${bucket(c.seen)}`, `words=${Math.min(c.words, 3)}|pos=${t.xpos}`);
    if (c.family) add('pron', `pron=${t.lower}`, `pron|sd=${sd}`, `pron|prole=${prole}|rel=${rel}`);
    else {
      add(`w=${t.lower}`);
      if (t.upos === 'NOUN') add(`suf=${t.lower.slice(-3)}`);
      for (const d of ctree.children[c.token]!) {
        const dt = ctree.tokens[d]!;
        if (base(dt.deprel) === 'det') add(`det=${dt.lower}`);
        else if (dt.deprel === 'nmod:poss') add('det=poss');
      }
    }
    const verb = verbOfSubject(ctree, c.token);
    if (verb !== undefined) {
      const v = ctree.tokens[verb]!;
      if (isVerb(v) && isSaying(v.lower)) add('says', `says|sd=${sd}`);
      if (sd === 0 && pAncestors.includes(verb)) add(`governs|prole=${prole}`);
      if (headOf(ctree, verb) < 0) add(`rootsubj|sd=${sd}`);
    }
    if (sd === 0) {
      const h = headOf(ctree, c.token);
      if (h >= 0 && h === headOf(ptree, p.token)) add(`coarg|prole=${prole}`);
      if (ctree.lo[c.token]! <= p.token && p.token <= ctree.hi[c.token]!) add('contains');
      add(`q=${ptree.quoted[p.token] ? 1 : 0}${ctree.quoted[c.token] ? 1 : 0}`);
    } else add(`q=${ptree.quoted[p.token] ? 1 : 0}${ctree.quoted[c.token] ? 1 : 0}|far`);
    if (ok) compatibleSeen++;
    // A rival is another compatible mention that is a person ("he" had better be one).
    if (ok && (person || p.family === 'they')) rivalKeys.add(key);
    return f;
  });
}

/** What a pronoun's resolution chose, for the answer model to judge. */
export interface Choice {
  /** The candidate chosen: the mention itself, or the pronoun through which it was reached. */
  candidate: Mention;
  /** The noun or name the answer names. */
  target: Mention;
  /** The pair score of the chosen candidate, that of the next entity (at least 0), the lead. */
  score: number;
  second: number;
  lead: number;
  /** Pronouns passed through on the way to the target. */
  links: number;
  /** Other entities that score above 0. */
  rivals: number;
  /** Other entities that could be meant and are known to be people. */
  persons: number;
}

const STEPS = [-5, -2, 0, 2, 5, 10, 20];
/** A number as the steps it clears, so a linear model can give each step its own weight. */
const steps = (name: string, x: number) => STEPS.filter((s) => x > s).map((s) => `${name}>${s}`);

/** The features of a pronoun's chosen answer, for the answer model. */
export function answerFeatures(trees: Tree[], p: Anaphor, c: Choice): string[] {
  const ptree = trees[p.sentence]!;
  const target = trees[c.target.sentence]!.tokens[c.target.token]!;
  const sd = p.sentence - c.target.sentence;
  const names = [
    'bias',
    `prole=${roleOf(ptree, p.token)}`,
    ...steps('lead', c.lead),
    // A lead over "none" differs from a lead over another person who could be meant.
    ...steps(`persons=${Math.min(c.persons, 2)}|lead`, c.lead),
    ...steps('score', c.score),
    ...steps('second', c.second),
    `links=${Math.min(c.links, 3)}`,
    `via=${c.candidate.family ? 'pron' : 'noun'}`,
    `rivals=${Math.min(c.rivals, 3)}`,
    `persons=${Math.min(c.persons, 3)}`,
    `persons=${Math.min(c.persons, 3)}|named=${c.target.named}`,
    `crel=${base(trees[c.candidate.sentence]!.tokens[c.candidate.token]!.deprel)}`,
    `dlg=${talkLevel(dialogue(trees, p.sentence, 1))}`,
    `talk=${talkLevel(dialogue(trees, p.sentence, WINDOW))}`,
    `talk=${talkLevel(dialogue(trees, p.sentence, WINDOW))}|links=${Math.min(c.links, 2)}`,
    `pos=${target.xpos}`,
    `named=${c.target.named}`,
    `kind=${c.target.kind ?? '-'}`,
    `w=${target.lower}`,
    `role=${c.target.role}`,
    `g=${c.target.gender ?? '-'}`,
    `seen=${bucket(c.target.seen)}`,
    `sd=${sd > WINDOW ? 'far' : sd}`,
    `rel=${base(target.deprel)}`,
    `q=${ptree.quoted[p.token] ? 1 : 0}`,
  ];
  return names.flatMap((n) => [`${p.family}|${n}`, `*|${n}`]);
}
