import sources from '../../../data/lexicons/sources.json';
import { AFFILIATIONS, TITLES } from '../../actors/lexicon';

// Words an appositive opens on that describe a person: a one-word title or role ("a farmer", "an
// attorney"), an anonymous source's head ("a resident"), a party's member ("a nominal Republican").
const PERSON_WORDS = new Set([
  ...TITLES.filter((t) => t.length === 1).map((t) => t[0]!),
  ...sources.anonymous.filter((w) => !w.endsWith('s')).map((w) => w.toLowerCase()),
  ...[...AFFILIATIONS].map((w) => w.toLowerCase()).filter((w) => !w.endsWith('s')),
  ...'resident voter supporter native mother father grandmother grandfather man woman retiree farmer veteran student'.split(
    ' ',
  ),
]);

/**
 * Whether what follows a name the lexicons do not know describes a person: an age (", 81,") or an
 * appositive whose head is a person's role within its first words ("Parker Eaton, a nominal
 * Republican, said", "Jo Vane, a retired farmer from Ohio, said"). Not a body's ("Goldman Sachs, a
 * bank, said").
 */
export function personAppositive(norm: string, end: number): boolean {
  const after = norm.slice(end, end + 80);
  if (/^,\s*\d{1,3},/.test(after)) return true;
  const m =
    /^,\s+(?:a|an)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*[,.;]|\s+(?:who|from|in|of|at|with|for)\b)/i.exec(
      after,
    );
  if (!m) return false;
  const last = m[1]!.split(/\s+/).pop()!.toLowerCase();
  return PERSON_WORDS.has(last);
}
