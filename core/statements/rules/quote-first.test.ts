import { describe, expect, it } from 'vitest';
import { undecidedLines as said } from '../fixture';

// A quotation closed on its comma, then its source and verb: what follows the verb is when, where
// and to whom (reported.ts, after-quote.ts).
describe('words after the verb of a quotation’s source', () => {
  it('a time before a place leaves the quote the verb’s words', () => {
    expect(said('"It is bad. It is plagiarism," David Axelrod said just after midnight on CNN.')).toEqual([
      'David Axelrod (direct): It is bad. It is plagiarism',
    ]);
  });
  it('so does a date', () => {
    expect(said('"They need to be defeated on the ground," Rubio said Dec. 6 on CNN.')).toEqual([
      'Marco Rubio (direct): They need to be defeated on the ground',
    ]);
  });
  it('a listener with a clause of its own is still whom it was told', () => {
    expect(
      said(
        '“We are friends,” Jim Bennett, 57, told a voter passing by who seemed to be confused at the sight.',
      ),
    ).toEqual(['Jim Bennett (direct): We are friends']);
  });
  it('after a colon too', () => {
    expect(
      said(
        'But Fiorina was far less bubbly: "The market will hate this deal. They won\'t reward us for it," she recounted telling them in her memoir.',
      ).filter((s) => s.includes('memoir')),
    ).toEqual([]);
  });
  it('not after a title in quotation marks inside an opening phrase', () => {
    expect(
      said(
        'In an interview on CBS\'s "Face the Nation," House Speaker Paul Ryan said the protests demand more listening.',
      ),
    ).toEqual(['Paul Ryan (indirect): the protests demand more listening']);
  });
  it('a listener that is a show’s title in quotation marks is still whom it was told', () => {
    expect(
      said(
        '"Of course Bill Clinton’s fair game. He’s a former president," Fiorina told "Fox and Friends," reminding the co-hosts.',
      )[0],
    ).toBe('Carly Fiorina (direct): Of course Bill Clinton’s fair game. He’s a former president');
    expect(
      said(
        "''I wish him well - he's a nice person,'' Mr. Trump told the MSNBC hosts of ''Morning Joe,'' adding that he liked him.",
      )[0],
    ).toBe("Donald Trump (direct): I wish him well - he's a nice person");
  });
});
