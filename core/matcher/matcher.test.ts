import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatchEntry } from './compile';
import { confirmWeak, Matcher } from './matcher';

const COMMON = new Set(['trump', 'will', 'post', 'reform', 'alliance', 'funds', 'x']);
const entries: MatchEntry[] = [
  { id: 'trump', type: 'person', aliases: ['Donald Trump', 'Trump', 'Mr. Trump', 'President Trump'] },
  { id: 'putin', type: 'person', aliases: ['Vladimir Putin', 'Putin'] },
  { id: 'zelensky', type: 'person', aliases: ['Volodymyr Zelensky', 'Zelensky', 'Zelenskyy'] },
  { id: 'will', type: 'person', aliases: ['Will'] },
  { id: 'wapo', type: 'organization', aliases: ['The Washington Post', 'Post'] },
  { id: 'us', type: 'government', aliases: ['United States', 'US', 'U.S.'] },
  { id: 'nato', type: 'organization', aliases: ['NATO', 'the alliance'] },
  { id: 'x', type: 'organization', aliases: ['X'] },
  { id: 'plan', type: 'term', aliases: ['28-point plan', 'security guarantees'] },
  { id: 'kremlin', type: 'government', aliases: ['the Kremlin'] },
];
const matcher = new Matcher(compileMatcher(entries, (w) => COMMON.has(w)));
const found = (text: string) =>
  confirmWeak(matcher.scan(text)).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);

describe('matcher', () => {
  it('finds full names, surnames and possessives, longest first', () => {
    expect(found('Vladimir Putin met Zelensky. Putin’s envoy spoke to Zelenskyy’s aide.')).toEqual([
      'putin:Vladimir Putin',
      'zelensky:Zelensky',
      'putin:Putin',
      'zelensky:Zelenskyy',
    ]);
  });
  it('never marks a common-word alias alone', () => {
    expect(found('The Post said it will reform. Will you? X marks the spot.')).toEqual([]);
    expect(found('Read The Washington Post today.')).toEqual(['wapo:Washington Post']);
  });
  it('marks a surname that is a common word only with its capital, mid-sentence, and a safe mention', () => {
    expect(found('He played his trump card.')).toEqual([]);
    expect(found('Talks with Trump went on.')).toEqual([]);
    expect(found('President Trump spoke. Later, Trump left. Trump cards.')).toEqual([
      'trump:President Trump',
      'trump:Trump',
    ]);
  });
  it('ignores lower-case anaphora but keeps multi-word key terms, capitalised at a sentence start', () => {
    expect(found('the alliance met; the funds moved.')).toEqual([]);
    expect(found('Security guarantees and the 28-point plan, said the Kremlin.')).toEqual([
      'plan:Security guarantees',
      'plan:28-point plan',
      'kremlin:Kremlin',
    ]);
  });
  it('keeps short capitals out of all-capitals headlines', () => {
    expect(found('TRUMP TELLS US TO WAIT')).toEqual([]);
    expect(found('The US and the U.S. and NATO')).toEqual(['us:US', 'us:U.S', 'nato:NATO']);
  });
  it('does not join names across punctuation', () => {
    expect(found('Donald, Trump')).toEqual([]);
  });
  it('marks nothing for an alias shared by two actors', () => {
    const m = new Matcher(
      compileMatcher(
        [
          { id: 'a', type: 'person', aliases: ['John Smith', 'Smith'] },
          { id: 'b', type: 'person', aliases: ['Jane Smith', 'Smith'] },
        ],
        () => false,
      ),
    );
    expect(m.scan('Smith said. Jane Smith said.').map((x) => x.id)).toEqual(['b']);
  });
});
