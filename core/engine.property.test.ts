// The engine on hostile text built to reach its rules: news prose with invisible and bidirectional
// characters inside names, quotes of every script nested and left open, and text that never ends a
// sentence. engine.test.ts covers random code points and a 5 MB article; these aim at the quote,
// sentence and attribution rules. Whatever comes back must cite exactly and name real actors.
// Timeouts are generous: how long the runs take is the machine's load, not what these tests check.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from './engine';
import type { DocumentAnalysis, Span } from './types';

/** Every promise an analysis makes about spans and speakers, as a list of broken ones. */
function broken(text: string, a: DocumentAnalysis): string[] {
  const out: string[] = [];
  const inText = (s: Span | undefined) =>
    s !== undefined &&
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    0 <= s.start &&
    s.start <= s.end &&
    s.end <= text.length;
  for (const p of a.prepared.paragraphs) if (!inText(p)) out.push(`paragraph [${p.start}, ${p.end})`);
  for (const s of a.prepared.sentences) if (!inText(s)) out.push(`sentence [${s.start}, ${s.end})`);
  const actors = new Map(a.actors.map((x) => [x.id, x]));
  for (const m of a.mentions) {
    if (!inText(m) || text.slice(m.start, m.end) !== m.text) out.push(`mention "${m.text}" off its span`);
    if (!actors.has(m.actorId)) out.push(`mention "${m.text}" of no actor`);
  }
  for (const s of a.statements) {
    const at = `statement at ${s.start} ("${s.speaker}")`;
    if (!inText(s) || text.slice(s.start, s.end) !== s.text) out.push(`${at}: text off its span`);
    if (!inText(s.sentence)) out.push(`${at}: sentence span`);
    if (s.source && !inText(s.source)) out.push(`${at}: source span`);
    if (s.cue && !inText(s.cue)) out.push(`${at}: cue span`);
    for (const c of s.content ?? []) if (!inText(c)) out.push(`${at}: content span`);
    // Words must never go to a speaker the result does not hold: a named speaker is one of its actors,
    // called by that actor's name or one of its aliases.
    if (s.speakerId !== undefined && !actors.has(s.speakerId)) out.push(`${at}: speaker is no actor`);
    if (s.speakerType !== 'anonymous') {
      const actor = s.speakerId === undefined ? undefined : actors.get(s.speakerId);
      if (!actor) out.push(`${at}: a named speaker without an actor`);
      else if (actor.name !== s.speaker && !actor.aliases.includes(s.speaker))
        out.push(`${at}: speaker is not a name of actor "${actor.name}"`);
    }
  }
  return out;
}

/** Runs that found a statement with a named speaker: a property no run reaches proves nothing. */
let reached = 0;

function holds(text: string): DocumentAnalysis {
  const a = analyze(text);
  if (a.statements.some((s) => s.speakerId !== undefined)) reached++;
  const problems = broken(text, a);
  if (problems.length) throw new Error(problems.slice(0, 5).join('; '));
  return a;
}

const words = fc.constantFrom(
  ' said',
  ' says',
  ' told reporters',
  ' according to',
  ' a senior official',
  ' officials',
  ' that',
  ' he',
  ' she',
  ' they',
  ' added',
  ' the plan',
  ' sanctions',
  ' in Moscow',
  ' Mr.',
  ' U.S.',
  ' Vladimir Putin',
  ' Putin',
  ' Donald Trump',
  ' Hillary Clinton',
  ' Sergei Lavrov',
  ' the Kremlin',
  ' NBC News',
  ' ',
);
const names = fc.constantFrom('Vladimir Putin', 'Donald Trump', 'Sergei Lavrov', 'Hillary Clinton');
const punctuation = fc.constantFrom('.', ',', ':', ';', '?', '!', '\u2014', '\n', '\n\n', '...');

// Characters that look like nothing, turn text around, or break a string into halves.
const invisible = fc.constantFrom(
  '\u200B', // zero-width space
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD', // soft hyphen
  '\u200E', // LRM
  '\u200F', // RLM
  '\u202B', // RLE
  '\u202E', // RLO
  '\u2066',
  '\u2069',
  '\u0301', // combining acute
  '\u0000',
  '\u0007',
  '\u001B',
  '\u0085',
  '\u2028',
  '\u2029',
  '\r',
  '\t',
  '\v',
  '\f',
  '\uD800', // lone surrogates
  '\uDFFF',
  '\uD83D\uDE00',
  '\uD83D\uDC69\u200D\uD83D\uDC67',
);
const foreign = fc.constantFrom(
  ' \u0642\u0627\u0644 \u0628\u0648\u062A\u064A\u0646', // Arabic: "Putin said"
  ' \u05D0\u05DE\u05E8', // Hebrew: "said"
  ' \u041F\u0443\u0442\u0438\u043D \u0441\u043A\u0430\u0437\u0430\u043B', // Russian
  ' \uFF30\uFF55\uFF54\uFF49\uFF4E', // fullwidth "Putin"
  ' \u666E\u4EAC\u8BF4', // Chinese
);
// A name with something hidden inside it: "Pu\u200Btin said".
const brokenName = fc
  .tuple(names, invisible, fc.nat())
  .map(([n, x, at]) => ` ${n.slice(0, at % (n.length + 1))}${x}${n.slice(at % (n.length + 1))}`);

const OPEN_CLOSE: [string, string][] = [
  ['"', '"'],
  ["'", "'"],
  ['\u201C', '\u201D'],
  ['\u2018', '\u2019'],
  ['\u201E', '\u201C'],
  ['\u201A', '\u2018'],
  ['\u00AB', '\u00BB'],
  ['\u00BB', '\u00AB'],
  ['\u2039', '\u203A'],
  ['\u300C', '\u300D'],
  ['\u300E', '\u300F'],
  ['\u301D', '\u301E'],
  ['\uFF02', '\uFF02'],
  ['``', "''"],
  ['\u2033', '\u2033'],
];
const anyQuote = fc.constantFrom(...OPEN_CLOSE.flat());

// Quotes inside quotes, of any kinds, closed by the right mark, a wrong one, or never.
const { quoted } = fc.letrec((tie) => ({
  quoted: fc
    .tuple(
      fc.constantFrom(...OPEN_CLOSE),
      fc.array(fc.oneof({ weight: 3, arbitrary: words }, { weight: 1, arbitrary: tie('quoted') }), {
        maxLength: 6,
      }),
      fc.constantFrom('right', 'wrong', 'open'),
      anyQuote,
    )
    .map(([[open, close], inner, end, other]) => {
      const body = (inner as string[]).join('');
      return `${open}${body}${end === 'right' ? close : end === 'wrong' ? other : ''}`;
    }),
}));

// Attributions in the forms the rules look for, so the hostile pieces land next to real statements.
const claim = fc
  .tuple(
    names,
    fc.constantFrom(...OPEN_CLOSE),
    fc.array(words, { minLength: 1, maxLength: 8 }).map((xs) => xs.join('')),
    fc.nat({ max: 3 }),
  )
  .map(
    ([name, [open, close], content, form]) =>
      [
        ` ${open}${content.trim()},${close} ${name} said.`,
        ` ${name} said: ${open}${content.trim()}.${close}`,
        ` ${name} said that${content}.`,
        ` According to ${name},${content}.`,
      ][form]!,
  );

const prose = (extra: fc.Arbitrary<string>, maxLength: number) =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: words },
        { weight: 2, arbitrary: claim },
        { weight: 2, arbitrary: punctuation },
        { weight: 3, arbitrary: extra },
      ),
      { maxLength },
    )
    .map((xs) => xs.join(''));

describe('analyze on hostile text (property)', () => {
  beforeEach(() => {
    reached = 0;
  });

  it(
    'cites exactly with invisible, bidirectional, control and foreign characters in the prose',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(prose(fc.oneof(invisible, foreign, brokenName, anyQuote), 120), (t) => void holds(t)),
        { numRuns: 400 },
      );
      expect(reached).toBeGreaterThan(40);
    },
  );

  it('cites exactly with quotes of every kind nested, mismatched and left open', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(prose(quoted, 60), (t) => void holds(t)),
      { numRuns: 400 },
    );
    expect(reached).toBeGreaterThan(40);
  });

  it('cites exactly in text that never ends a sentence', { timeout: 60_000 }, () => {
    // No terminator and no line break: one sentence as long as the text, with or without spaces.
    const endless = fc
      .tuple(
        fc.array(fc.oneof({ weight: 5, arbitrary: words }, claim, anyQuote), {
          minLength: 1,
          maxLength: 400,
        }),
        fc.boolean(),
      )
      .map(([xs, squeeze]) =>
        (squeeze ? xs.join('').replace(/\s+/g, '') : xs.join('')).replace(/[.?!:]/g, ''),
      );
    fc.assert(
      fc.property(endless, (t) => {
        expect(holds(t).prepared.sentences.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
    expect(reached).toBeGreaterThan(20);
  });
});
