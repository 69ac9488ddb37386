import { describe, expect, it } from 'vitest';
import { type Models } from '../../attribution';
import { type Row } from '../../attribution/fixture';
import { type ActorSpec } from '../fixture';
import { MODELS, runModels as run, thatClause } from './fixture';
import { analyze } from '../../engine';

// Whose a model attribution's words are, and what its source is called: a denied verb's words are
// no one's, a relative pronoun is its noun's only where the text makes that clear, a share is named
// with what it is a share of, and a verb of saying by its particle reports as any reporting verb.

describe('a negated reporting verb', () => {
  // Obama has not said that the rule was void.
  const rows = (negated: boolean): Row[] => {
    const r: Row[] = [
      ['Obama', 'PROPN', 'NNP', 4, 'nsubj'],
      ['has', 'AUX', 'VBZ', 4, 'aux'],
      ['not', 'PART', 'RB', 4, 'advmod'],
      ['said', 'VERB', 'VBN', 0, 'root'],
      ...thatClause(4, 5),
      ['.', 'PUNCT', '.', 4, 'punct'],
    ];
    return negated ? r : r.map((x, i): Row => (i === 2 ? ['indeed', 'ADV', 'RB', 4, 'advmod'] : x));
  };
  const models: Models = {
    ...MODELS,
    extent: (f) => (f.some((x) => /^w=(?:has|not|indeed)\|L$/.test(x)) ? 1 : -1),
  };
  const obama: ActorSpec[] = [{ name: 'Barack Obama', type: 'person', aliases: ['Obama'] }];

  it('gives no one the words the source did not say', () => {
    const r = run(rows(true), obama, models);
    expect(r.statements).toEqual([]);
    expect(r.unresolved.map((u) => u.content)).toEqual(['that the rule was void']);
  });

  it('is a statement when nothing denies it', () => {
    const r = run(rows(false), obama, models);
    expect(r.statements.map((s) => [s.speaker, s.words])).toEqual([
      ['Barack Obama', 'that the rule was void'],
    ]);
  });
});

describe('a share as a described source', () => {
  it('is named with what it is a share of', () => {
    // 52 percent of voters said that the rule was void.
    const rows: Row[] = [
      ['52', 'NUM', 'CD', 2, 'nummod'],
      ['percent', 'NOUN', 'NN', 5, 'nsubj'],
      ['of', 'ADP', 'IN', 4, 'case'],
      ['voters', 'NOUN', 'NNS', 2, 'nmod'],
      ['said', 'VERB', 'VBD', 0, 'root'],
      ...thatClause(5, 6),
      ['.', 'PUNCT', '.', 5, 'punct'],
    ];
    expect(run(rows).statements.map((s) => s.speaker)).toEqual(['52 percent of voters']);
  });
});

describe('a subject and verb the parse hung on a noun as its modifier', () => {
  it('names no one ("Sanders highlighted polls" is a clause), while "elected officials" speak', () => {
    // The engine end to end: the shipped parser reads "highlighted" as an adjective on "polls".
    const speakers = (text: string) => analyze(text).statements.map((s) => s.speaker);
    expect(
      speakers(
        'Bernie Sanders spoke in Iowa. Sanders highlighted polls that show him performing as well or better than Clinton in a general election matchup.',
      ).filter((s) => s !== 'Bernie Sanders'),
    ).toEqual([]);
    expect(speakers('Elected officials said the plan would fail.')).toEqual(['Elected officials']);
  });
});

describe('a place as a described source', () => {
  it('is never a state’s abbreviation ("of Ashton, Md., who watched…, said")', () => {
    const text =
      "Chief Justice Roberts spoke at the ceremony.\n\nDonna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen on the Mall, said the event brought back memories of her father, and of ''all the people who weren't here who did things to get us here.''";
    expect(analyze(text).statements.map((s) => s.speaker)).not.toContain('Md.');
  });
});

describe('a relative pronoun as the source', () => {
  // Reporters spoke to a <noun> for Trump who said that the rule was void. (As the shipped parser
  // reads it: the relative joined to the sentence's verb.)
  const rows = (noun: string): Row[] => [
    ['Reporters', 'NOUN', 'NNS', 2, 'nsubj'],
    ['spoke', 'VERB', 'VBD', 0, 'root'],
    ['to', 'ADP', 'IN', 5, 'case'],
    ['a', 'DET', 'DT', 5, 'det'],
    [noun, 'NOUN', 'NN', 2, 'obl'],
    ['for', 'ADP', 'IN', 7, 'case'],
    ['Trump', 'PROPN', 'NNP', 9, 'obl'],
    ['who', 'PRON', 'WP', 9, 'nsubj'],
    ['said', 'VERB', 'VBD', 2, 'conj'],
    ...thatClause(9, 10),
    ['.', 'PUNCT', '.', 2, 'punct'],
  ];
  const trump: ActorSpec[] = [{ name: 'Donald Trump', type: 'person', aliases: ['Trump'] }];

  it('is no one after a preposition that follows a noun who could have said it ("a lawyer for Trump who said")', () => {
    expect(run(rows('lawyer'), trump).statements).toEqual([]);
    expect(run(rows('gift'), trump).statements.map((s) => s.speaker)).toEqual(['Donald Trump']);
  });

  it('is the noun its clause hangs from, without that noun’s preposition', () => {
    // They turned to the Acme Institute which said that the rule was void.
    const police: Row[] = [
      ['They', 'PRON', 'PRP', 2, 'nsubj'],
      ['turned', 'VERB', 'VBD', 0, 'root'],
      ['to', 'ADP', 'IN', 6, 'case'],
      ['the', 'DET', 'DT', 6, 'det'],
      ['Acme', 'PROPN', 'NNP', 6, 'compound'],
      ['Institute', 'PROPN', 'NNP', 2, 'obl'],
      ['which', 'PRON', 'WDT', 8, 'nsubj'],
      ['said', 'VERB', 'VBD', 6, 'acl:relcl'],
      ...thatClause(8, 9),
      ['.', 'PUNCT', '.', 2, 'punct'],
    ];
    expect(run(police).statements.map((s) => s.speaker)).toEqual(['the Acme Institute']);
  });
});

describe('a verb of saying by its particle', () => {
  it('reports what was said ("Politifact pointed out that…"), as any reporting verb does', () => {
    // Politifact pointed out that the rule was void.
    const rows: Row[] = [
      ['Politifact', 'PROPN', 'NNP', 2, 'nsubj'],
      ['pointed', 'VERB', 'VBD', 0, 'root'],
      ['out', 'ADP', 'RP', 2, 'compound:prt'],
      ...thatClause(2, 4),
      ['.', 'PUNCT', '.', 2, 'punct'],
    ];
    const models: Models = {
      ...MODELS,
      predicate: (f) => (f.includes('w=pointed') ? 1 : -1),
      extent: (f) => (f.includes('w=out|R') ? 1 : -1),
    };
    expect(run(rows, [], models).statements.map((s) => [s.speaker, s.words])).toEqual([
      ['Politifact', 'that the rule was void'],
    ]);
  });
});

describe('a described source the parse ran past its phrase', () => {
  const speakers = (text: string) => analyze(text).statements.map((s) => s.speaker);
  it('leaves out a conjunction that opens the sentence', () => {
    expect(
      speakers(
        'But 58 percent of Florida Latino voters said they were much less likely to vote for Republicans in November.',
      ),
    ).toEqual(['58 percent of Florida Latino voters']);
  });
  it('is no one when a preposition or conjunction opens it mid-sentence', () => {
    expect(
      speakers(
        'Clinton won the state, as well as their congressional majorities believed that Trump could bring voters back.',
      ),
    ).toEqual([]);
  });
  it('never holds a live blog’s label before a dash or colon', () => {
    const text =
      'George Zimmerman Auctioning Off Gun Used To Kill Trayvon Martin.\n\nUPDATE: 5/12 — The website that originally listed the weapon for auction, GunBroker.com, has removed the listing from its site.';
    expect(speakers(text).filter((s) => /[:—]/.test(s))).toEqual([]);
  });
  it('never runs into the next sentence', () => {
    const text =
      'The tax is also a key source of revenue. Projections suggest it would generate $91 billion over the next decade.';
    expect(speakers(text).filter((s) => s.includes('.'))).toEqual([]);
  });
});

describe('a relative clause of saying on a count', () => {
  const speakers = (text: string) => analyze(text).statements.map((s) => s.speaker);
  it('names no one: "the number who said…" counts people it does not name', () => {
    const text =
      'In adults aged 26 or older, the number who said they had used cannabis in the past month rose by 23 percent.';
    expect(speakers(text)).not.toContain('the number');
    // A noun that names people keeps the clause: "voters who said they trust Clinton".
    expect(speakers('Many voters who said they trust Clinton stayed home.')).toContain('Many voters');
  });
});

describe('a source the sentence only supposes', () => {
  it('names no one ("any rational person said…"), while "some voters" speak', () => {
    const rows = (det: string): Row[] => [
      [det, 'DET', 'DT', 3, 'det'],
      ['rational', 'ADJ', 'JJ', 3, 'amod'],
      ['voters', 'NOUN', 'NNS', 4, 'nsubj'],
      ['said', 'VERB', 'VBD', 0, 'root'],
      ...thatClause(4, 5),
      ['.', 'PUNCT', '.', 4, 'punct'],
    ];
    expect(run(rows('Any')).statements).toEqual([]);
    expect(run(rows('Some')).statements.map((s) => s.speaker)).toEqual(['Some rational voters']);
  });
});
