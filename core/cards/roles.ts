// Which of an actor's roles a card header shows. The KB lists roles most-given first (core/actors
// role-rank.ts): the header shows the first two that say something the other does not, and the rest
// only behind the card's "more roles" disclosure (a much-quoted politician has dozens).

/** Roles a header shows; the rest go to `more`. */
export const SHOWN_ROLES = 2;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `small` says nothing `big` does not: "Foreign Minister" inside "Russian Foreign Minister".
 * Whole words only: "President" is not inside "presidential nominee".
 */
export function within(small: string, big: string): boolean {
  if (small.length >= big.length) return small.toLowerCase() === big.toLowerCase();
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(small)}(?![\\p{L}\\p{N}])`, 'iu').test(big);
}

export function headerRoles(ranked: readonly string[]): { roles: string[]; moreRoles: string[] } {
  const roles: string[] = [];
  const moreRoles: string[] = [];
  for (const r of ranked) {
    // "Foreign Minister" adds nothing beside "Russian Foreign Minister", whichever the corpus gives more.
    const redundant = roles.some((s) => within(r, s) || within(s, r));
    if (roles.length < SHOWN_ROLES && !redundant) roles.push(r);
    else if (!roles.some((s) => s.toLowerCase() === r.toLowerCase())) moreRoles.push(r);
  }
  return { roles, moreRoles };
}
