// `npm run train` (sources): the nouns that head a source phrase in the training annotation of
// PolNeAR and GUM ("officials", "poll", "study", "legend", "voters"), so a source the text only
// describes is a speaker when its head is a word that stands as one ("Many experts suspect…") and
// not when it is a time or a circumstance ("The coming days will show whether…"). Read from the
// parser's trees, as the engine reads text. Runs after the syntax trainer.
import { resolve } from 'node:path';
import type { Tree } from '../../core/attribution/tree';
import { sentenceAt } from '../../core/text';
import { spanHead } from '../../core/statements/trees/heads';
import { SOURCE_HEADS_MIN, type SourceHeadsJson } from '../../core/statements/trees/described';
import type { PreparedText } from '../../core/types';
import type { Attribution } from '../polnear-score';
import { goldDocs, gumDocs } from './attribution';
import { speakerHeads } from './gum-entities';

/**
 * A noun heading GUM's person and organization mentions this often: the annotation's own slips and
 * the quantities a mention may hang from ("a lot of people") come once or twice.
 */
const PEOPLE_MIN = 3;
import { writeBuilt, type Built } from './write';

export const name = 'sources';
export const OUT = resolve(import.meta.dirname, '../../data/models/source-heads.json');

interface Doc {
  doc: PreparedText;
  trees: Tree[];
  gold: Attribution[];
}

/** How often each lower-cased common noun heads a gold source phrase in `docs`. */
export function countHeads(docs: Doc[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { doc, trees, gold } of docs) {
    for (const a of gold) {
      const [s, e] = a.source[0] ?? [];
      if (s === undefined || e === undefined) continue;
      const sent = sentenceAt(doc.sentences, s);
      const tree = sent && trees[sent.index];
      const phrase = tree && spanHead(tree, { start: s, end: e });
      const head = phrase && tree.tokens[phrase.head];
      if (head?.upos === 'NOUN') counts.set(head.lower, (counts.get(head.lower) ?? 0) + 1);
    }
  }
  return counts;
}

export function build(): Built {
  const polnear = goldDocs('train');
  if (typeof polnear === 'string') return polnear;
  const gum = gumDocs('train');
  const docs = typeof gum === 'string' ? polnear : [...polnear, ...gum];
  const counts = countHeads(docs);
  const people = speakerHeads('train');
  const heads = [
    ...new Set([
      ...[...counts].filter(([, n]) => n >= SOURCE_HEADS_MIN).map(([w]) => w),
      ...(typeof people === 'string' ? [] : [...people].filter(([, n]) => n >= PEOPLE_MIN).map(([w]) => w)),
    ]),
  ].sort();
  const json: SourceHeadsJson = { format: 'source-heads-1', minCount: SOURCE_HEADS_MIN, heads };
  return {
    json: JSON.stringify(json) + '\n',
    note: `${docs.length} texts; ${heads.length} of ${counts.size} nouns`,
  };
}

export const run = (): void => writeBuilt(name, OUT, build());
