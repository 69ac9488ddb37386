// Ids that stay the same from one build of the same corpus to the next, so links, stored
// preferences and test fixtures keep pointing at the same actor or statement.

/** "Sergei Lavrov" → "sergei-lavrov", "Zelenskyy’s office" → "zelenskyy-s-office"; letters of any script kept. */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s || `actor-${hash(name)}`;
}

/** FNV-1a, hex: only for names with no letter or digit, which have no readable slug. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * Hands out ids from a base, adding "-2", "-3"… for a base already taken. Callers must offer the
 * bases in a deterministic order for the suffixes to be stable.
 */
export class IdAllocator {
  private taken = new Set<string>();

  take(base: string, ...alternatives: string[]): string {
    for (const id of [base, ...alternatives]) {
      if (!this.taken.has(id)) {
        this.taken.add(id);
        return id;
      }
    }
    for (let n = 2; ; n++) {
      const id = `${base}-${n}`;
      if (!this.taken.has(id)) {
        this.taken.add(id);
        return id;
      }
    }
  }
}
