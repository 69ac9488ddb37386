import { describe, expect, it } from 'vitest';
import type { KbActor, KbStatement } from '../schema';
import { assignTopics, listedTopics } from '.';

/** A statement over the whole of `text`'s first sentence holding `quote`, with the engine's `topics`. */
function said(sourceId: string, text: string, quote: string, topics = ['other']): KbStatement {
  const start = text.indexOf(quote);
  const sentenceStart = text.lastIndexOf('.', start) + 1;
  const sentenceEnd = text.indexOf('.', start + quote.length) + 1 || text.length;
  return {
    id: `${sourceId}:${start}`,
    sourceId,
    speakerId: null,
    speakerName: 'X',
    speakerType: 'person',
    kind: 'indirect',
    start,
    end: start + quote.length,
    text: quote,
    sentence: { start: sentenceStart, end: sentenceEnd },
    about: [],
    aboutNames: [],
    topics,
  };
}

const term = (name: string, aliases: string[]): KbActor => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  type: 'term',
  aliases,
  roles: [],
  mentions: {},
});

// A corpus about trade, where "steelworkers" and "Ohio mills" come up only in sentences on tariffs,
// and one about the Ukraine talks, where the engine's seed topics hold.
const TRADE =
  'The tariffs hurt the steelworkers at the Ohio mills. Trade with China and tariffs on steel hurt the steelworkers. ' +
  'The steelworkers at the Ohio mills want tariffs on imports. Tariffs and trade deals anger the steelworkers at the mills. ' +
  'Trade rules cost the steelworkers at the Ohio mills their jobs in trade. ' +
  'Steelworkers at the Ohio mills are tired. He said the plan on the Affordable Care Act is dead. ' +
  'Nobody knows.';
const UKRAINE =
  'Kyiv and Donetsk and Luhansk and Crimea: Ukraine and Zelensky in Kyiv said the land will never be ceded.';

describe('assignTopics', () => {
  const texts = new Map([
    ['trade', TRADE],
    ['kyiv', UKRAINE],
  ]);
  const run = (...sts: KbStatement[]) => {
    assignTopics(sts, texts, [term('Affordable Care Act', ['Affordable Care Act', 'Obamacare'])]);
    return sts.map((s) => s.topics);
  };

  it('files a statement with no listed word by the words the corpus uses on a topic', () => {
    expect(run(said('trade', TRADE, 'Steelworkers at the Ohio mills are tired'))).toEqual([['trade']]);
  });

  it("keeps the engine's seed topics only in a source about the seed subject", () => {
    const kyiv = said('kyiv', UKRAINE, 'the land will never be ceded', ['territory']);
    const elsewhere = said('trade', TRADE, 'the plan on the Affordable Care Act is dead', ['the_plan']);
    expect(run(kyiv, elsewhere)).toEqual([['territory'], ['Affordable Care Act']]);
  });

  it('names the key term a statement names, under its own name', () => {
    expect(run(said('trade', TRADE, 'the plan on the Affordable Care Act is dead'))).toEqual([
      ['Affordable Care Act'],
    ]);
  });

  it('reads a fragment with no telling words by the passage around it', () => {
    const pad = ' Nothing else happened that day, and the weather was mild and grey all along the coast.';
    const trade =
      'Tariffs on steel hurt the steelworkers at the mills. The steelworkers want tariffs on imports.';
    const health =
      'Hospitals and doctors treat patients with insurance. The patients want insurance for doctors.';
    const mixed = `${trade} ${trade} ${trade} It feels so good.${pad.repeat(6)} ${health.repeat(4)}`;
    const st = said('mixed', mixed, 'It feels so good');
    assignTopics([st], new Map([['mixed', mixed]]), []);
    expect(st.topics).toEqual(['trade']);
  });

  it('gives the fallback when the corpus has nothing to tell', () => {
    const texts1 = new Map([['x', 'Nobody knows.']]);
    const st = said('x', 'Nobody knows.', 'Nobody knows');
    assignTopics([st], texts1, []);
    expect(st.topics).toEqual(['other']);
  });
});

describe('listedTopics', () => {
  it('keeps a broad topic only when no narrower one is named', () => {
    expect(listedTopics('income taxes')).toEqual(['taxes']);
    expect(listedTopics('the economy')).toEqual(['economy']);
  });
});
