// The actor behind each mark: the page gives the marked text in its context, and the same matcher the
// content script ran (the build's matcher.json) says which alias, hence which actor, it read there.
import { Matcher } from '../../core/matcher/matcher';
import type { MatcherData } from '../../core/matcher/compile';
import type { MarkContext } from './probe';

export interface MarkRecord {
  text: string;
  /** The actor's id, or null when the context no longer yields that match (a page that re-rendered). */
  id: string | null;
  context: string;
}

export function markIds(data: MatcherData): (marks: MarkContext[]) => MarkRecord[] {
  const matcher = new Matcher(data);
  return (marks) =>
    marks.map(({ text, context, at }) => {
      const hit =
        matcher.scan(context).find((m) => m.start === at && m.end === at + text.length) ??
        matcher.scan(text).find((m) => m.start === 0 && m.end === text.length);
      return { text, id: hit?.id ?? null, context: context.replace(/\s+/g, ' ').trim() };
    });
}
