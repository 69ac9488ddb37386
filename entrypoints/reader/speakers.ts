// The reader's speaker key: one entry per speaker in the order the article first gives them the floor,
// each with a number and a hue that its legend entry, its statement markers and their underlines share.
// Numbers as well as colours, so no one has to tell two greens apart (or see colour at all).

export interface SpokenBy {
  id: string;
  start: number;
  speaker: string;
}

export interface Speaker {
  name: string;
  /** 1-based, in order of first statement. */
  n: number;
  hue: number;
  /** Statements this speaker has in the source. */
  count: number;
}

// The golden angle spreads successive hues evenly however many speakers there are (the first two are
// 137° apart, the first three all at least 85°); the offset keeps the first speaker off pure red,
// which reads as an error.
const hueOf = (i: number) => Math.round((210 + i * 137.508) % 360);

export function speakerKey(statements: readonly SpokenBy[]): Map<string, Speaker> {
  const key = new Map<string, Speaker>();
  for (const st of [...statements].sort((a, b) => a.start - b.start)) {
    const known = key.get(st.speaker);
    if (known) known.count++;
    else key.set(st.speaker, { name: st.speaker, n: key.size + 1, hue: hueOf(key.size), count: 1 });
  }
  return key;
}
