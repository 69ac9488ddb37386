// How the corpus's model reads one statement, as a reader would: its own words first; the rest of its
// sentence only when those leave the model unsure, since that is mostly the reporter's frame ("he told
// the host of …", the speaker's job); the passage around it only when it is still unsure (a fragment:
// "it feels so good"). Each wider reading weighs its words less.
import type { KbStatement } from '../schema';
import type { TopicModel } from './model';
import { contentWords } from './tokens';
import { lowerText } from './words';

/** How sure the model must be of a reading to stop there. */
export const SURE = 0.85;
/** How much a word of the statement's sentence outside it counts, and one of the passage around. */
const FRAME = 0.5;
const NEAR_WEIGHT = 0.2;
/** The passage: this many characters either side of the sentence. */
const NEAR = 400;

/** The index of the likeliest topic for `st` (in `model.topics`) and its probability. */
export function readStatement(
  model: TopicModel,
  prior: Float64Array,
  st: Pick<KbStatement, 'text' | 'start' | 'end' | 'sentence'>,
  source: string,
): [number, number] {
  const words = contentWords(lowerText(st.text));
  let read = best(model.posterior(prior, [[words, 1]]));
  if (read[1] >= SURE) return read;
  const from = Math.min(st.sentence.start, st.start);
  const to = Math.max(st.sentence.end, st.end);
  const frame = contentWords(lowerText(`${source.slice(from, st.start)} ${source.slice(st.end, to)}`));
  read = best(
    model.posterior(prior, [
      [words, 1],
      [frame, FRAME],
    ]),
  );
  if (read[1] >= SURE) return read;
  const near = contentWords(
    lowerText(`${source.slice(Math.max(0, from - NEAR), from)} ${source.slice(to, to + NEAR)}`),
  );
  return best(
    model.posterior(prior, [
      [words, 1],
      [frame, FRAME],
      [near, NEAR_WEIGHT],
    ]),
  );
}

function best(p: Float64Array): [number, number] {
  let i = 0;
  for (let j = 1; j < p.length; j++) if (p[j]! > p[i]!) i = j;
  return [i, p[i]!];
}
