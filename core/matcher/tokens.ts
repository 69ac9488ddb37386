// Word tokens for matching names in page text. Aliases and page text go through the same tokenizer,
// so "U.S." in the knowledge base meets "U.S." on the page, and "Putin’s" on the page meets "Putin".

export interface Token {
  /** The token as printed, with straight apostrophes and a possessive ending removed. */
  text: string;
  start: number;
  end: number;
  /** The printed word went on with a possessive "’s", which ends any name. */
  possessive?: boolean;
}

// Letters and digits, joined by inner periods, hyphens and apostrophes: "U.S", "Mar-a-Lago",
// "28-point", "O'Brien". A trailing period is not part of the token: "U.S." ends a sentence as often
// as not, and the alias is tokenised the same way.
const WORD = /[\p{L}\p{N}]+(?:[.\-'’‘][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0].replace(/[’‘]/g, "'");
    let end = m.index + m[0].length;
    // "Putin’s" names Putin; "Reuters'" style plural possessives are rare in names and left alone.
    const poss = /'s$/i.exec(word);
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      end -= 2;
    }
    out.push(
      poss && word.length > 0 && end < m.index + m[0].length
        ? { text: word, start: m.index, end, possessive: true }
        : { text: word, start: m.index, end },
    );
  }
  return out;
}

/** Whether only white space (at most a line break's worth) lies between two tokens. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  return /^[ \t\u00A0\n]*$/.test(text.slice(a.end, b.start)) && a.end <= b.start;
}

export const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);
export const isAllCaps = (w: string) => w.length > 1 && /^[\p{Lu}\p{N}.\-']+$/u.test(w) && /\p{Lu}/u.test(w);
