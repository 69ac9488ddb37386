// The features of a parse state for the parser's model (Honnibal's set and a few more), hashed.
import { feature as hashFeature } from '../learn';
import type { Config } from './transitions';

// Bound once: a transpiler's CommonJS output (tsx, vitest) reads an imported name through getters at
// every use, and the loop below hashes some seventy features a move (a third of the parser's time).
const feature = hashFeature;

/** An atom's value when its word is not there (no second word on the stack, no left child…). */
const NONE = 0x4e4f4e45;
/** The hash of "," as `Words.lower` has it. */
const COMMA = Math.imul(0x811c9dc5 ^ 44, 0x01000193);

// A state's features are pairs of atoms: the word and tag of the stack's top three, the buffer's
// first three and the outer children (POSITIONS), child counts, distance, commas, and a few pairs
// of those hashed into one (COMBOS). Listed as data, the features are hashed in one loop, where the
// hash is inlined (seventy call sites of it would not all be).
const POSITIONS = [
  'n0',
  'n1',
  'n2',
  's0',
  's1',
  's2',
  'n0l1',
  'n0l2',
  's0l1',
  's0l2',
  's0r1',
  's0r2',
] as const;
type Position = (typeof POSITIONS)[number];
const COUNTS = ['vs0r', 'vs0l', 'vn0l', 'dist', 'commas'] as const;
// prettier-ignore
const COMBO_NAMES = [
  'wtn0', 'wts0', 'ts0tn0', 'tn0tn1', 'ts0ts1', 'ts0ts0r1', 'ts0ts0l1', 'tn0tn0l1', 'wn0ws0', 'tn1tn2', 'ws0tn0',
  'wn0ts0', 'ts1ts0',
] as const;
type Atom = 'zero' | `w${Position}` | `t${Position}` | (typeof COUNTS)[number] | (typeof COMBO_NAMES)[number];
const ATOMS: Atom[] = [
  'zero',
  ...POSITIONS.flatMap((p) => [`w${p}`, `t${p}`] as const),
  ...COUNTS,
  ...COMBO_NAMES,
];
const at = (a: Atom) => ATOMS.indexOf(a);
const FIRST_COUNT = at('vs0r');

const COMBOS: [Atom, Atom, Atom][] = [
  ['wtn0', 'wn0', 'tn0'],
  ['wts0', 'ws0', 'ts0'],
  ['ts0tn0', 'ts0', 'tn0'],
  ['tn0tn1', 'tn0', 'tn1'],
  ['ts0ts1', 'ts0', 'ts1'],
  ['ts0ts0r1', 'ts0', 'ts0r1'],
  ['ts0ts0l1', 'ts0', 'ts0l1'],
  ['tn0tn0l1', 'tn0', 'tn0l1'],
  ['wn0ws0', 'wn0', 'ws0'],
  ['tn1tn2', 'tn1', 'tn2'],
  ['ws0tn0', 'ws0', 'tn0'],
  ['wn0ts0', 'wn0', 'ts0'],
  ['ts1ts0', 'ts1', 'ts0'],
];

/** Each feature: two atoms (a lone atom's feature is left out when its word is not there). */
const TEMPLATES: ([Atom] | [Atom, Atom])[] = [
  ['zero'],
  // Words and tags one by one.
  ...POSITIONS.flatMap((p) => [[`w${p}`], [`t${p}`]] as [Atom][]),
  // Word and tag together; pairs of the stack's top and the buffer's front.
  ['wn0', 'tn0'],
  ['wn1', 'tn1'],
  ['wn2', 'tn2'],
  ['ws0', 'ts0'],
  ['ws0', 'wn0'],
  ['wtn0', 'ws0'],
  ['wtn0', 'ts0'],
  ['wts0', 'wn0'],
  ['wts0', 'tn0'],
  ['wts0', 'wtn0'],
  ['ts0', 'tn0'],
  ['tn0', 'tn1'],
  // Tag trigrams.
  ['tn0tn1', 'tn2'],
  ['ts0tn0', 'tn1'],
  ['ts0ts1', 'tn0'],
  ['ts0ts0r1', 'tn0'],
  ['ts0tn0', 'tn0l1'],
  ['ts0ts0l1', 'ts0l2'],
  ['ts0ts0r1', 'ts0r2'],
  ['tn0tn0l1', 'tn0l2'],
  ['ts0ts1', 'ts2'],
  // How many children the top and the front have, and how far apart they are.
  ['ws0', 'vs0r'],
  ['ws0', 'vs0l'],
  ['wn0', 'vn0l'],
  ['ts0', 'vs0r'],
  ['ts0', 'vs0l'],
  ['tn0', 'vn0l'],
  ['ws0', 'dist'],
  ['wn0', 'dist'],
  ['ts0', 'dist'],
  ['tn0', 'dist'],
  ['ts0tn0', 'dist'],
  ['wn0ws0', 'dist'],
  // Commas between the top and the front; more pairs and a tag four-gram.
  ['ts0tn0', 'commas'],
  ['ws1', 'ws0'],
  ['ts1ts0', 'ws0'],
  ['wtn0', 'ts0r1'],
  ['ws0', 'wn1'],
  ['ts0tn0', 'tn1tn2'],
  ['ws0tn0', 'tn1'],
  ['wn0ts0', 'ts1'],
];

const COMBO_OUT = Int8Array.from(COMBOS, (c) => at(c[0]));
const COMBO_A = Int8Array.from(COMBOS, (c) => at(c[1]));
const COMBO_B = Int8Array.from(COMBOS, (c) => at(c[2]));
const TEMPLATE_A = Int8Array.from(TEMPLATES, (t) => at(t[0]));
const TEMPLATE_B = Int8Array.from(TEMPLATES, (t) => at(t[1] ?? 'zero'));
/** The most features a state has. */
export const MAX_FEATURES = TEMPLATES.length;

// The templates by what they read: the buffer's front alone, the stack alone, or both. A parse
// keeps the first group's weights while the front stays (an arc leaves it in place) and the
// second's while the stack below and the top's children do (parser.ts), so a state mostly needs
// only the third: the same weights summed, fewer look-ups.
const BUFFER_ATOMS = new Set<Atom>([
  'zero',
  'wn0',
  'tn0',
  'wn1',
  'tn1',
  'wn2',
  'tn2',
  'wtn0',
  'tn0tn1',
  'tn1tn2',
]);
const STACK_ATOMS = new Set<Atom>([
  'zero',
  ...(['s0', 's1', 's2', 's0l1', 's0l2', 's0r1', 's0r2'] as const).flatMap(
    (p) => [`w${p}`, `t${p}`] as const,
  ),
  'wts0',
  'ts0ts1',
  'ts0ts0r1',
  'ts0ts0l1',
  'ts1ts0',
  'vs0r',
  'vs0l',
]);
const only = (atoms: Set<Atom>) => (t: [Atom] | [Atom, Atom]) => atoms.has(t[0]) && atoms.has(t[1] ?? 'zero');
const templatesWhere = (keep: (t: [Atom] | [Atom, Atom]) => boolean) =>
  Int8Array.from(TEMPLATES.flatMap((t, i) => (keep(t) ? [i] : [])));
const ALL = templatesWhere(() => true);
export const GROUPS = {
  buffer: templatesWhere(only(BUFFER_ATOMS)),
  stack: templatesWhere((t) => only(STACK_ATOMS)(t) && !only(BUFFER_ATOMS)(t)),
  both: templatesWhere((t) => !only(STACK_ATOMS)(t) && !only(BUFFER_ATOMS)(t)),
};

/**
 * The features of a parse state (Honnibal's set and a few more), hashed; made for one sentence at a
 * time (`reset`), with its arrays reused from sentence to sentence.
 */
export class StateFeatures {
  /** Commas before each word. */
  private commas = new Int32Array(0);
  /** What the current state's features are made of (see ATOMS), and the words at POSITIONS. */
  private readonly atoms = new Int32Array(ATOMS.length);
  private readonly where = new Int32Array(POSITIONS.length);

  /** Ready for the sentence `c` was just reset to. */
  reset(c: Config): this {
    const { n, W } = c;
    if (this.commas.length < n + 1) this.commas = new Int32Array(Math.max(64, 2 * n + 2));
    let k = 0;
    for (let i = 0; i <= n; i++) {
      this.commas[i] = k;
      if (i < n && W[i] === COMMA) k++;
    }
    return this;
  }

  /** Reads state `c`'s atoms, for `hash` to combine. */
  fill(c: Config): this {
    const { stack, depth, b, n, W, T } = c;
    const { atoms: x, where, commas } = this;
    const s0 = depth > 0 ? stack[depth - 1]! : -1;
    const s1 = depth > 1 ? stack[depth - 2]! : -1;
    const s2 = depth > 2 ? stack[depth - 3]! : -1;
    where[0] = b;
    where[1] = b + 1 <= n ? b + 1 : -1;
    where[2] = b + 2 <= n ? b + 2 : -1;
    where[3] = s0;
    where[4] = s1;
    where[5] = s2;
    where[6] = c.l1[b]!;
    where[7] = c.l2[b]!;
    where[8] = s0 >= 0 ? c.l1[s0]! : -1;
    where[9] = s0 >= 0 ? c.l2[s0]! : -1;
    where[10] = s0 >= 0 ? c.r1[s0]! : -1;
    where[11] = s0 >= 0 ? c.r2[s0]! : -1;
    for (let p = 0; p < POSITIONS.length; p++) {
      const i = where[p]!;
      x[1 + 2 * p] = i >= 0 ? W[i]! : NONE;
      x[2 + 2 * p] = i >= 0 ? T[i]! : NONE;
    }
    x[FIRST_COUNT] = s0 >= 0 ? c.nr[s0]! : 0;
    x[FIRST_COUNT + 1] = s0 >= 0 ? c.nl[s0]! : 0;
    x[FIRST_COUNT + 2] = c.nl[b]!;
    x[FIRST_COUNT + 3] = s0 >= 0 ? Math.min(b - s0, 5) : 0;
    x[FIRST_COUNT + 4] = Math.min(3, commas[b]! - (s0 >= 0 ? commas[s0 + 1]! : 0));
    for (let i = 0; i < COMBO_OUT.length; i++)
      x[COMBO_OUT[i]!] = feature(0, x[COMBO_A[i]!]!, x[COMBO_B[i]!]!);
    return this;
  }

  /** The features of state `c`, hashed, into `out`; answers how many. */
  extract(c: Config, out: Int32Array): number {
    return this.fill(c).hash(ALL, out);
  }

  /** The features of the templates `group` (see GROUPS) of the state last read, into `out`. */
  hash(group: Int8Array, out: Int32Array): number {
    const x = this.atoms;
    let k = 0;
    for (let j = 0; j < group.length; j++) {
      const i = group[j]!;
      const a = x[TEMPLATE_A[i]!]!;
      const bb = TEMPLATE_B[i]!;
      if (bb === 0 && a === NONE) continue;
      out[k++] = feature(i + 1, a, x[bb]!);
    }
    return k;
  }
}
