// Features are 32-bit integers: strings hashed once (FNV-1a), then combined with numbers, so the hot
// loops of the tagger and the parser never build a string.

/** FNV-1a over the UTF-16 units of `s` (from `start` to `end`), as a signed 32-bit integer. */
export function hashString(s: string, start = 0, end = s.length, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Combines two integers into one well-spread 32-bit feature (order matters), MurmurHash3-style. */
export function mix(a: number, b: number): number {
  let k = Math.imul(b, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  let h = a ^ Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * A feature from a template number and up to two values: `feature(T_WORD, wordHash)`. Cheaper than
 * two `mix` calls (it runs some hundred times a word in the parser) and still one-to-one in each
 * argument, the others fixed, so distinct features collide only by chance.
 */
export function feature(template: number, a: number, b = 0): number {
  let h = Math.imul(template ^ 0x3c6ef372, 0x9e3779b1) ^ a;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A named feature from the FNV-1a hash of its name (see `featureOf`). */
export const namedFeature = (nameHash: number): number => mix(nameHash, 0x5bd1e995);

/** A named feature, for callers whose features are strings ("w=said"). */
export const featureOf = (name: string): number => namedFeature(hashString(name));
