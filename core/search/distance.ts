// Typo distance between what the reader typed and a corpus word they may still be typing: the fewest
// edits (insert, delete, substitute, swap two neighbours) that turn `q` into some prefix of `w`.
// "zelenski" is 0 from "zelenskiy" and 1 from "zelensky"; "lavrof" is 1 from "lavrov".

const ROWS = 3;
let scratch = new Int32Array(ROWS * 64);

/** Prefix edit distance of `q` to `w`, or `max + 1` as soon as it must exceed `max`. */
export function prefixDistance(q: string, w: string, max: number): number {
  const m = q.length;
  const n = Math.min(w.length, m + max);
  if (m === 0) return 0;
  if (w.length + max < m) return max + 1;
  const width = n + 1;
  if (scratch.length < ROWS * width) scratch = new Int32Array(ROWS * width * 2);
  // Rows i-2, i-1 and i of the table, rotating through the scratch buffer.
  let prev2 = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j <= n; j++) scratch[prev + j] = j;
  for (let i = 1; i <= m; i++) {
    scratch[cur] = i;
    let rowMin = i;
    const qc = q.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const wc = w.charCodeAt(j - 1);
      let d = Math.min(
        scratch[prev + j]! + 1,
        scratch[cur + j - 1]! + 1,
        scratch[prev + j - 1]! + (qc === wc ? 0 : 1),
      );
      if (i > 1 && j > 1 && qc === w.charCodeAt(j - 2) && q.charCodeAt(i - 2) === wc) {
        d = Math.min(d, scratch[prev2 + j - 2]! + 1);
      }
      scratch[cur + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  let best = max + 1;
  for (let j = 0; j <= n; j++) best = Math.min(best, scratch[prev + j]!);
  return best;
}

/** How many typos a word of this length may carry: none in short words, where one edit is another word. */
export function typoBudget(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}
