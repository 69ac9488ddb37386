import { describe, expect, it } from 'vitest';
import { prepare } from '../../text';
import { captionParagraphs } from './captions';

describe('captionParagraphs', () => {
  it('finds a short paragraph with a photo credit, and only that one', () => {
    const doc = prepare(
      'Peace talks stall.\n\nU.S. President Donald Trump discusses the peace deal. Image credit: Anadolu Ajansi\n\n' +
        'Trump said the talks would go on. "We will see," he said.\n\nThe senator speaks in Iowa. (AP Photo/Evan Vucci)',
    );
    expect([...captionParagraphs(doc)]).toEqual([1, 3]);
  });

  it('leaves a long paragraph that happens to hold a credit', () => {
    const long = `${'Trump said the talks would go on and that the deal was close. '.repeat(8)}Scott Olson via Getty Images.`;
    expect(captionParagraphs(prepare(long)).size).toBe(0);
  });
});
