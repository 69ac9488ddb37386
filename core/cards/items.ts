// From KB statements to card items: the source filter, the order, the size bounds.
import type { KbIndex, KbStatement } from '../kb';
import { KIND_LABELS } from './kinds';
import type { CardItem } from './model';

/** The reader's sources: 'all', or the ids still selected. */
export type Selection = Set<string> | 'all';

export const isSelected = (selected: Selection, sourceId: string): boolean =>
  selected === 'all' || selected.has(sourceId);

/** Longest text an item carries; the passage link opens the rest. Keeps a card message small. */
export const MAX_TEXT = 400;

/** Cuts at a word boundary before `max` and says so, rather than ending mid-word. */
export function bounded(text: string, max = MAX_TEXT): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  const cut = text.lastIndexOf(' ', max - 1);
  return { text: `${text.slice(0, cut > max / 2 ? cut : max - 1).trimEnd()}…`, truncated: true };
}

export function toItem(ix: KbIndex, st: KbStatement): CardItem {
  const source = ix.source(st.sourceId);
  return {
    statementId: st.id,
    kind: st.kind,
    label: KIND_LABELS[st.kind],
    ...bounded(st.text),
    outlet: source?.outlet ?? null,
    date: source?.date ?? '',
    ...(source?.dateSource === 'added' && { dateAdded: true as const }),
    passage: { sourceId: st.sourceId, start: st.start, end: st.end },
  };
}

/** Newest first; within a day by source id, then by place in the text: the same on every build. */
export function byDateSourceOffset(ix: KbIndex) {
  const date = (st: KbStatement) => ix.source(st.sourceId)?.date ?? '';
  return (a: KbStatement, b: KbStatement): number =>
    cmp(date(b), date(a)) || cmp(a.sourceId, b.sourceId) || a.start - b.start || a.end - b.end;
}

/**
 * Drops a statement that lies inside another of the same speaker in the same source (a quoted phrase
 * within the sentence that reports it): the enclosing one already shows those words, in their context.
 */
export function withoutNested(
  statements: KbStatement[],
  speakerKey: (st: KbStatement) => string,
): KbStatement[] {
  // Only statements of one source can nest, so compare within each source: a big corpus stays linear.
  const perSource = new Map<string, KbStatement[]>();
  for (const st of statements) push(perSource, st.sourceId, st);
  const encloses = (outer: KbStatement, inner: KbStatement): boolean =>
    outer !== inner &&
    speakerKey(outer) === speakerKey(inner) &&
    outer.start <= inner.start &&
    outer.end >= inner.end &&
    // Of two identical spans the first stays: neither may remove the other.
    (outer.end - outer.start > inner.end - inner.start || outer.id < inner.id);
  return statements.filter(
    (inner) => !perSource.get(inner.sourceId)!.some((outer) => encloses(outer, inner)),
  );
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Code-unit order: unlike localeCompare, the same in every browser and locale. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
