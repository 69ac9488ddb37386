// Which of an actor's roles a card header shows. The KB lists roles most-given first (core/actors
// role-rank.ts): the header shows the first two that say something the other does not, and the rest
// only behind the card's "more roles" disclosure (a much-quoted politician has dozens).

/** Roles a header shows; the rest go to `more`. */
export const SHOWN_ROLES = 2;

// "then-president", "once-presumptive nominee": true at the time its sentence tells, which a header
// cannot say; such a role waits behind "more roles", where the reader sees it is one of many.
const PAST = /^(?:then|once)\b/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `small` says nothing `big` does not: "Foreign Minister" inside "Russian Foreign Minister".
 * Whole words only: "President" is not inside "presidential nominee".
 */
export function within(small: string, big: string): boolean {
  if (small.length >= big.length) return small.toLowerCase() === big.toLowerCase();
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(small)}(?![\\p{L}\\p{N}])`, 'iu').test(big);
}

/**
 * `sources[i]` is how many sources give `ranked[i]` (absent: unknown). A second role shows only when
 * two sources give it: one article's aside ("the only Republican candidate to campaign in Wyoming")
 * is no header, and in a large corpus it is as often a misread or a namesake's title.
 */
export function headerRoles(
  ranked: readonly string[],
  sources?: readonly number[],
): { roles: string[]; moreRoles: string[] } {
  const roles: string[] = [];
  const moreRoles: string[] = [];
  ranked.forEach((r, i) => {
    // "Foreign Minister" adds nothing beside "Russian Foreign Minister", whichever the corpus gives more.
    const redundant = roles.some((s) => within(r, s) || within(s, r));
    const enough = roles.length === 0 || !sources || (sources[i] ?? 0) >= 2;
    if (roles.length < SHOWN_ROLES && !redundant && enough && !PAST.test(r)) roles.push(r);
    // Nor does "more roles" repeat one: "Foreign Minister" stays out beside "Russian Foreign Minister".
    else if (!roles.some((s) => within(r, s))) moreRoles.push(r);
  });
  return { roles, moreRoles };
}
