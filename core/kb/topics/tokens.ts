// The words a corpus's topic model reads: lower-cased content words, a plural folded to its singular,
// function words and reporting verbs left out (they say that someone spoke, not about what).
import { WEEKDAY_LOWER } from '../../text/dates';

const STOP = new Set(
  (
    'the a an and or but nor of to in on at by for with from into onto over under about after before ' +
    'as than then that this these those there here what which who whom whose when where why how ' +
    'is are was were be been being am do does did done has have had having will would shall should ' +
    'can could may might must not no yes all any some each every both few more most other such own ' +
    'same so too very just also only even still yet again once ever never now out off up down ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'one two three said says say saying told tell tells asked ask added according think thinks thought ' +
    'going get got getting go goes went come came make made know knew want wanted like well really ' +
    'lot lots thing things way time times year years people mr ms mrs dr today yesterday tomorrow ' +
    `${WEEKDAY_LOWER.join(' ')} week weeks day days last first new ` +
    "because while if whether though although since until through during against between among it's " +
    // Where a statement was made, not what about: an interview, a post, a network.
    'interview interviewed statement conference press release email emailed tweet tweeted twitter ' +
    'facebook post posted show radio television cnn abc nbc cbs fox msnbc npr reporter reporters ' +
    "don't i'm we're they're that's he's she's there's can't won't didn't doesn't isn't wasn't"
  ).split(' '),
);

const WORD = /[a-z][a-z'-]*[a-z]/g;

/** The content words of `lower` (already lower-cased), in order, with repeats. */
export function contentWords(lower: string): string[] {
  const out: string[] = [];
  for (const m of lower.matchAll(WORD)) {
    let w = m[0];
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.length < 3 || STOP.has(w)) continue;
    // "voters" and "voter" are one feature; "-ss" ("press") and "-us" ("status") are no plurals.
    if (w.length > 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w))
      w = w.endsWith('ies')
        ? `${w.slice(0, -3)}y`
        : /(?:x|ch|sh|ss)es$/.test(w)
          ? w.slice(0, -2)
          : w.slice(0, -1);
    out.push(w);
  }
  return out;
}
