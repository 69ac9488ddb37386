// The tag repairs before the parse (names.ts, control.ts, finite.ts) ask of each token whether its
// tag is of a kind ("a plural noun", "a tensed verb"). A tagger's tags are a fixed list, so each
// kind is worked out once per list, as a mark per tag id, not matched again for every token.
const cache = new WeakMap<readonly string[], Map<string, Uint8Array>>();

/** A mark (1) for each tag id whose tag `kind` matches, for this list of tags. */
export function tagSet(tags: readonly string[], kind: RegExp): Uint8Array {
  let byKind = cache.get(tags);
  if (!byKind) cache.set(tags, (byKind = new Map()));
  let set = byKind.get(kind.source);
  if (!set) byKind.set(kind.source, (set = Uint8Array.from(tags, (t) => (kind.test(t) ? 1 : 0))));
  return set;
}
