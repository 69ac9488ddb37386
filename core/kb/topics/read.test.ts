import { describe, expect, it } from 'vitest';
import { TopicModel } from './model';
import { readStatement } from './read';

/** A model taught "tariff" and "steel" with trade, "rally" and "crowd" with elections. */
function taught(): TopicModel {
  const m = new TopicModel(['elections', 'trade']);
  for (let i = 0; i < 6; i++) {
    m.add(['rally', 'crowd', 'host'], ['elections']);
    m.add(['tariff', 'steel', 'import'], ['trade']);
  }
  return m;
}

/** A statement over `quote` in `text`, its sentence the one around it (ended by '.'). */
function at(text: string, quote: string) {
  const start = text.indexOf(quote);
  const sentenceStart = text.lastIndexOf('.', start) + 1;
  const sentenceEnd = text.indexOf('.', start + quote.length) + 1;
  return {
    text: quote,
    start,
    end: start + quote.length,
    sentence: { start: sentenceStart, end: sentenceEnd },
  };
}

describe('readStatement', () => {
  const m = taught();
  const flat = new Float64Array([0.5, 0.5]);
  const topic = (text: string, quote: string) => m.topics[readStatement(m, flat, at(text, quote), text)[0]];

  it("files a statement by its own words when they are sure, whatever the reporter's frame", () => {
    const text =
      'At the rally, to the crowd and the host, and again to the rally crowd and host, he said tariff rules hurt.';
    expect(topic(text, 'tariff rules hurt')).toBe('trade');
  });

  it('reads the rest of the sentence when its own words say nothing', () => {
    const text = 'It is good, he said of the tariff on steel imports.';
    expect(topic(text, 'It is good')).toBe('trade');
  });

  it('reads the passage around when the sentence says nothing either', () => {
    const text =
      'The rally crowd cheered the host. The crowd at the rally grew. It is good, he said. Nothing more.';
    expect(topic(text, 'It is good')).toBe('elections');
  });

  it('gives the prior back when nothing around says anything', () => {
    const text = 'It is good, he said.';
    expect(readStatement(m, flat, at(text, 'It is good'), text)[1]).toBe(0.5);
  });
});
