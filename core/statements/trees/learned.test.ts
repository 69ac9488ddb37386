import { describe, expect, it } from 'vitest';
import { attribute, type Models } from '../../attribution';
import { analyze } from '../../engine';
import { handTree, type Row } from '../../attribution/fixture';
import { prepare } from '../../text';
import { handMadeActors, type ActorSpec } from '../fixture';
import { findStatementsOrThrow } from '../index';
import { MODELS, runModels as run } from './fixture';

// The trial courts, which heard the case, said that the rule was void.
const COURT: Row[] = [
  ['The', 'DET', 'DT', 3, 'det'],
  ['trial', 'NOUN', 'NN', 3, 'compound'],
  ['courts', 'NOUN', 'NNS', 10, 'nsubj'],
  [',', 'PUNCT', ',', 6, 'punct'],
  ['which', 'PRON', 'WDT', 6, 'nsubj'],
  ['heard', 'VERB', 'VBD', 3, 'acl:relcl'],
  ['the', 'DET', 'DT', 8, 'det'],
  ['case', 'NOUN', 'NN', 6, 'obj'],
  [',', 'PUNCT', ',', 6, 'punct'],
  ['said', 'VERB', 'VBD', 0, 'root'],
  ['that', 'SCONJ', 'IN', 15, 'mark'],
  ['the', 'DET', 'DT', 13, 'det'],
  ['rule', 'NOUN', 'NN', 15, 'nsubj'],
  ['was', 'AUX', 'VBD', 15, 'cop'],
  ['void', 'ADJ', 'JJ', 10, 'ccomp'],
  ['.', 'PUNCT', '.', 10, 'punct'],
];

describe('statements from the attribution models', () => {
  it('gives a described source its words as printed, up to its head noun, as an unnamed source', () => {
    const { statements } = run(COURT);
    expect(statements).toEqual([
      {
        speaker: 'The trial courts',
        type: 'anonymous',
        words: 'that the rule was void',
        source: 'The trial courts, which heard the case,',
      },
    ]);
  });

  it('gives a named source its actor', () => {
    const rows = COURT.map((r, i) => (i === 0 ? (['Chen', 'PROPN', 'NNP', 3, 'compound'] as Row) : r));
    rows[1] = ['Li', 'PROPN', 'NNP', 3, 'flat'];
    rows[2] = ['Wang', 'PROPN', 'NNP', 10, 'nsubj'];
    const { statements } = run(rows, [{ name: 'Chen Li Wang', type: 'person', aliases: ['Chen Li Wang'] }]);
    expect(statements.map((s) => [s.speaker, s.type])).toEqual([['Chen Li Wang', 'person']]);
  });

  it('names a described source whose head noun can speak, in either number, and none whose head is a time', () => {
    const court = COURT.map((r) => (r[0] === 'courts' ? (['court', 'NOUN', 'NN', 10, 'nsubj'] as Row) : r));
    expect(run(court).statements.map((s) => [s.speaker, s.type])).toEqual([['The trial court', 'anonymous']]);
    // "The coming days, which …, said that …": a time is the verb's subject, not anyone speaking.
    const days = COURT.map((r) =>
      r[0] === 'courts'
        ? (['days', 'NOUN', 'NNS', 10, 'nsubj'] as Row)
        : r[0] === 'trial'
          ? (['coming', 'ADJ', 'JJ', 3, 'amod'] as Row)
          : r,
    );
    const { statements, unresolved } = run(days);
    expect(statements).toEqual([]);
    expect(unresolved.length).toBeGreaterThan(0);
    // "A report published Wednesday said that …", where the parse takes the day for the subject.
    const day: Row[] = [
      ['Wednesday', 'PROPN', 'NNP', 2, 'nsubj'],
      ['said', 'VERB', 'VBD', 0, 'root'],
      ['that', 'SCONJ', 'IN', 7, 'mark'],
      ['the', 'DET', 'DT', 5, 'det'],
      ['rule', 'NOUN', 'NN', 7, 'nsubj'],
      ['was', 'AUX', 'VBD', 7, 'cop'],
      ['void', 'ADJ', 'JJ', 2, 'ccomp'],
      ['.', 'PUNCT', '.', 2, 'punct'],
    ];
    expect(run(day).statements).toEqual([]);
  });

  it('gives a name the parse hangs from a title or role word to the person it names', () => {
    // Sen. Chuck Grassley found that the rule was void.
    const rows: Row[] = [
      ['Sen.', 'PROPN', 'NNP', 4, 'nsubj'],
      ['Chuck', 'PROPN', 'NNP', 1, 'flat'],
      ['Grassley', 'PROPN', 'NNP', 1, 'flat'],
      ['found', 'VERB', 'VBD', 0, 'root'],
      ['that', 'SCONJ', 'IN', 9, 'mark'],
      ['the', 'DET', 'DT', 7, 'det'],
      ['rule', 'NOUN', 'NN', 9, 'nsubj'],
      ['was', 'AUX', 'VBD', 9, 'cop'],
      ['void', 'ADJ', 'JJ', 4, 'ccomp'],
      ['.', 'PUNCT', '.', 4, 'punct'],
    ];
    const grassley = [{ name: 'Chuck Grassley', type: 'person' as const, aliases: ['Chuck Grassley'] }];
    expect(run(rows, grassley).statements.map((s) => [s.speaker, s.words])).toEqual([
      ['Chuck Grassley', 'that the rule was void'],
    ]);
  });

  it('gives a stance to a source the text describes, never to a pronoun the rules follow back', () => {
    const found = COURT.map((r) => (r[0] === 'said' ? (['found', 'VERB', 'VBD', 0, 'root'] as Row) : r));
    expect(run(found).statements.map((s) => [s.speaker, s.words])).toEqual([
      ['The trial courts', 'that the rule was void'],
    ]);
    // He found that the rule was void (after a sentence naming him): something done, by nobody named here.
    const he: Row[] = [
      ['He', 'PRON', 'PRP', 2, 'nsubj'],
      ['found', 'VERB', 'VBD', 0, 'root'],
      ['that', 'SCONJ', 'IN', 6, 'mark'],
      ['the', 'DET', 'DT', 5, 'det'],
      ['rule', 'NOUN', 'NN', 6, 'nsubj'],
      ['void', 'ADJ', 'JJ', 2, 'ccomp'],
      ['.', 'PUNCT', '.', 2, 'punct'],
    ];
    expect(run(he).statements).toEqual([]);
  });

  it('gives a stance of two named sources joined by "and" to both as one group, and none with an unnamed member', () => {
    // France and Germany found that the rule was void.
    const joint = (second: string, tag: string): Row[] => [
      ['France', 'PROPN', 'NNP', 4, 'nsubj'],
      ['and', 'CCONJ', 'CC', 3, 'cc'],
      [second, tag, tag === 'PROPN' ? 'NNP' : 'NNS', 1, 'conj'],
      ['found', 'VERB', 'VBD', 0, 'root'],
      ['that', 'SCONJ', 'IN', 9, 'mark'],
      ['the', 'DET', 'DT', 7, 'det'],
      ['rule', 'NOUN', 'NN', 9, 'nsubj'],
      ['was', 'AUX', 'VBD', 9, 'cop'],
      ['void', 'ADJ', 'JJ', 4, 'ccomp'],
      ['.', 'PUNCT', '.', 4, 'punct'],
    ];
    const actors: ActorSpec[] = [
      { name: 'France', type: 'government', aliases: ['France'] },
      { name: 'Germany', type: 'government', aliases: ['Germany'] },
    ];
    expect(run(joint('Germany', 'PROPN'), actors).statements).toEqual([
      {
        speaker: 'France and Germany',
        type: 'group',
        words: 'that the rule was void',
        source: 'France and Germany',
      },
    ]);
    // "France and others found…": the others are no one named, so the stance is no one's.
    expect(run(joint('others', 'NOUN'), actors).statements).toEqual([]);
  });

  it('gives no card to a source the sentence denies ("Neither side said…")', () => {
    const rows = (first: string): Row[] => [
      [first, 'DET', 'DT', 2, 'det'],
      ['side', 'NOUN', 'NN', 3, 'nsubj'],
      ['said', 'VERB', 'VBD', 0, 'root'],
      ['that', 'SCONJ', 'IN', 8, 'mark'],
      ['the', 'DET', 'DT', 6, 'det'],
      ['rule', 'NOUN', 'NN', 8, 'nsubj'],
      ['was', 'AUX', 'VBD', 8, 'cop'],
      ['void', 'ADJ', 'JJ', 3, 'ccomp'],
      ['.', 'PUNCT', '.', 3, 'punct'],
    ];
    expect(run(rows('Each')).statements.map((s) => s.speaker)).toEqual(['Each side']);
    expect(run(rows('Neither')).statements).toEqual([]);
  });

  it('names no source from a phrase the parse cut short or a clause it read as a noun phrase', () => {
    const said: Row[] = [
      ['said', 'VERB', 'VBD', 0, 'root'],
      ['the', 'DET', 'DT', 0, 'det'],
      ['rule', 'NOUN', 'NN', 0, 'nsubj'],
      ['was', 'AUX', 'VBD', 0, 'cop'],
      ['void', 'ADJ', 'JJ', 0, 'ccomp'],
      ['.', 'PUNCT', '.', 0, 'punct'],
    ];
    // The rows after a subject of `n` words: "said the rule was void."
    const rest = (n: number): Row[] => {
      const at = (k: number) => n + k;
      const heads = [0, at(3), at(5), at(5), at(1), at(1)];
      return said.map(([w, u, x, , d], i) => [w, u, x, heads[i]!, d] as Row);
    };
    // "A major Muslim group said…" where the parse hangs the article off the verb and heads the
    // subject with "Muslim": its words "major Muslim" are no name.
    const cut: Row[] = [
      ['A', 'DET', 'DT', 5, 'dep'],
      ['major', 'ADJ', 'JJ', 3, 'amod'],
      ['Muslim', 'PROPN', 'NNP', 5, 'nsubj'],
      ['group', 'NOUN', 'NN', 3, 'dep'],
      ...rest(4),
    ];
    const r = run(cut);
    expect(r.statements).toEqual([]);
    expect(r.unresolved).toHaveLength(1);
    // "On Monday some Democrats said…": described, not named, and still a source.
    const some: Row[] = [
      ['On', 'ADP', 'IN', 2, 'case'],
      ['Monday', 'PROPN', 'NNP', 5, 'obl'],
      ['some', 'DET', 'DT', 4, 'det'],
      ['Democrats', 'PROPN', 'NNPS', 5, 'nsubj'],
      ...rest(4),
    ];
    expect(run(some).statements.map((s) => [s.speaker, s.type])).toEqual([['some Democrats', 'anonymous']]);
    // "That's seven hours said…": a copula inside the subject makes it a clause.
    const clause: Row[] = [
      ['That', 'PRON', 'DT', 4, 'nsubj'],
      ["'s", 'AUX', 'VBZ', 4, 'cop'],
      ['seven', 'NUM', 'CD', 4, 'nummod'],
      ['hours', 'NOUN', 'NNS', 5, 'nsubj'],
      ...rest(4),
    ];
    expect(run(clause).statements).toEqual([]);
  });

  it('never gives a stance to the target of a passive verb of judgement', () => {
    // Trump was criticized by rivals for failing.
    const criticized = (aux: string): Row[] => [
      ['Trump', 'PROPN', 'NNP', 3, 'nsubj'],
      [aux, 'AUX', 'VBD', 3, aux === 'was' ? 'aux:pass' : 'aux'],
      ['criticized', 'VERB', 'VBN', 0, 'root'],
      ['the', 'DET', 'DT', 5, 'det'],
      ['plan', 'NOUN', 'NN', 3, 'obj'],
      ['.', 'PUNCT', '.', 3, 'punct'],
    ];
    const models: Models = { ...MODELS, predicate: () => 1, content: (f) => (f.includes('rb=obj') ? 1 : -1) };
    const actors = [{ name: 'Donald Trump', type: 'person' as const, aliases: ['Trump'] }];
    const speakers = (rows: Row[]) => run(rows, actors, models).statements.map((s) => s.speaker);
    expect(speakers(criticized('had'))).toEqual(['Donald Trump']);
    expect(speakers(criticized('was'))).toEqual([]);
  });

  it('leaves a pronoun nobody can be meant by as an attribution without a card', () => {
    // He believes that taxes will rise.
    const { statements, unresolved } = run([
      ['He', 'PRON', 'PRP', 2, 'nsubj'],
      ['believes', 'VERB', 'VBZ', 0, 'root'],
      ['that', 'SCONJ', 'IN', 6, 'mark'],
      ['taxes', 'NOUN', 'NNS', 6, 'nsubj'],
      ['will', 'AUX', 'MD', 6, 'aux'],
      ['rise', 'VERB', 'VB', 2, 'ccomp'],
      ['.', 'PUNCT', '.', 2, 'punct'],
    ]);
    expect(statements).toEqual([]);
    expect(unresolved).toEqual([{ source: 'He', content: 'that taxes will rise' }]);
  });
});

describe('speech acts and speech verbs in any form', () => {
  it('follows a pronoun back for a verb of a speech act with a noun-phrase object, as for a speech verb', async () => {
    // Before the confidence decision: which of the two reach a card is the threshold's to say.
    const { analyzeUndecided } = await import('../../engine');
    const text =
      'Senator Maria Lopez spoke at a rally in Ohio on Tuesday. She cited her years as a county prosecutor and railed against the corrupting influence of super PACs.';
    const said = analyzeUndecided(text).result.statements.map((s) => [s.speaker, text.slice(s.start, s.end)]);
    expect(said).toEqual([
      ['Maria Lopez', 'her years as a county prosecutor'],
      ['Maria Lopez', 'the corrupting influence of super PACs'],
    ]);
  });

  it('reads a form of a listed speech verb the lexicon does not list as reported speech, not a stance', () => {
    const models: Models = { ...MODELS, predicate: (f) => (f.includes('w=argue') ? 1 : -1) };
    const argue = COURT.map((r) => (r[0] === 'said' ? (['argue', 'VERB', 'VBP', 0, 'root'] as Row) : r));
    const { text, tree } = handTree(argue);
    const doc = prepare(text);
    const r = findStatementsOrThrow(doc, handMadeActors(doc, []), true, {
      trees: [tree],
      found: attribute([tree], models),
    });
    expect(r.statements.map((s) => [s.speaker, s.kind])).toEqual([['The trial courts', 'indirect']]);
  });
});

describe('a second clause with a subject of its own', () => {
  it('gives the model’s attribution after ", and <subject>" to that subject, not to the first verb’s words', async () => {
    const { analyze } = await import('../../engine');
    const text =
      "Obama emphasized that Burma's reforms were not complete, and human rights groups warned that the administration was relinquishing critical leverage over the military.";
    const said = analyze(text).statements.map((s) => [s.speaker, text.slice(s.start, s.end)]);
    expect(said).toContainEqual(['Barack Obama', "Burma's reforms were not complete"]);
    expect(said.find(([speaker]) => speaker === 'human rights groups')?.[1]).toMatch(
      /the administration was relinquishing critical leverage over the military$/,
    );
  });
});

describe('a quotation of several sentences the rules read and the model attributes', () => {
  it('keeps the whole quote, as a quote, with the speaker the model reads', async () => {
    const { analyze } = await import('../../engine');
    const text =
      'Chancellor Olaf Scholz issued a statement after the meeting. "We are united in our support for Ukraine. We will not accept any settlement. Our commitment is unwavering," the statement said.';
    const said = analyze(text).statements.map((s) => [s.speaker, s.kind, s.text]);
    expect(said).toEqual([
      [
        'Olaf Scholz',
        'direct',
        'We are united in our support for Ukraine. We will not accept any settlement. Our commitment is unwavering',
      ],
    ]);
  });
});

describe('a past participle set off after its source', () => {
  it('is done to the source, no statement of theirs ("Ridge, asked about…, said")', async () => {
    const { analyzeUndecided } = await import('../../engine');
    const text = 'Senator Tom Ridge, asked about Governor Ellen Marsh’s remarks, said she was wrong.';
    const said = analyzeUndecided(text).result.statements.map((s) => s.text);
    expect(said).not.toContain('Governor Ellen Marsh’s remarks');
    expect(said).toContain('she was wrong');
  });
});

// McConnell aides acknowledged a close relationship with the administration.
const AIDES: Row[] = [
  ['McConnell', 'PROPN', 'NNP', 2, 'compound'],
  ['aides', 'NOUN', 'NNS', 3, 'nsubj'],
  ['acknowledged', 'VERB', 'VBD', 0, 'root'],
  ['a', 'DET', 'DT', 6, 'det'],
  ['close', 'ADJ', 'JJ', 6, 'amod'],
  ['relationship', 'NOUN', 'NN', 3, 'obj'],
  ['with', 'ADP', 'IN', 9, 'case'],
  ['the', 'DET', 'DT', 9, 'det'],
  ['administration', 'NOUN', 'NN', 6, 'nmod'],
  ['.', 'PUNCT', '.', 3, 'punct'],
];

describe('a reporting verb the rules read without words and the model with them', () => {
  // The model reads the object as the content and finds no source; the rules read the subject
  // right before the verb but no clause after it.
  const objectOnly: Models = {
    predicate: (f) => (f.includes('w=acknowledged') ? 1 : -1),
    extent: () => -1,
    content: (f) => (f.includes('r=obj') ? 1 : -1),
    source: () => -1,
  };

  it('gives way to the model’s reading where the rules found no source either', () => {
    // Developers (and lawyers) say the program failed: a subject no rule reads.
    const rows: Row[] = [
      ['Developers', 'NOUN', 'NNS', 6, 'nsubj'],
      ['(', 'PUNCT', '-LRB-', 4, 'punct'],
      ['and', 'CCONJ', 'CC', 4, 'cc'],
      ['lawyers', 'NOUN', 'NNS', 1, 'conj'],
      [')', 'PUNCT', '-RRB-', 4, 'punct'],
      ['say', 'VERB', 'VBP', 0, 'root'],
      ['the', 'DET', 'DT', 8, 'det'],
      ['program', 'NOUN', 'NN', 9, 'nsubj'],
      ['failed', 'VERB', 'VBD', 6, 'ccomp'],
      ['.', 'PUNCT', '.', 6, 'punct'],
    ];
    const clauseOnly: Models = {
      ...objectOnly,
      predicate: (f) => (f.includes('w=say') ? 1 : -1),
      content: (f) => (f.includes('rb=ccomp') ? 1 : -1),
    };
    const { unresolved } = run(rows, [], clauseOnly);
    expect(unresolved).toContainEqual({ source: undefined, content: 'the program failed' });
  });

  it('is one attribution: the rules’ source with the model’s words', () => {
    const { unresolved, statements } = run(AIDES, [], objectOnly);
    const all = [...unresolved, ...statements.map((s) => ({ source: s.source, content: s.words }))];
    expect(all).toContainEqual({
      source: 'McConnell aides',
      content: 'a close relationship with the administration',
    });
  });
});

describe('words that name more speakers', () => {
  it('are no one’s words: "has said the same thing, including <Name> -- ‘…’" gives the group no card', () => {
    const text =
      "A chorus of prominent Republicans has said the same thing, including the former candidate Mitt Romney -- ''It is disqualifying for a nominee to refuse to release tax returns'' -- and Fred Goldberg, a former tax commissioner.";
    const said = analyze(text).statements.map((s) => `${s.speaker}: ${text.slice(s.start, s.end)}`);
    expect(said.filter((s) => /including/.test(s))).toEqual([]);
  });
});

describe('a participle after the object of "help", "let" or "see"', () => {
  it('is not that object’s, however the parse reads the bare verb after it', () => {
    const text =
      'Barack Obama spoke. The president left no doubt of his commitment to helping Mrs. Clinton succeed him, saying that there has never been a candidate more qualified.';
    const said = analyze(text).statements.map((s) => `${s.speaker}: ${text.slice(s.start, s.end)}`);
    expect(said.filter((s) => s.startsWith('Hillary Clinton') || s.startsWith('Clinton'))).toEqual([]);
  });
});
