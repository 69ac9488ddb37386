// Sources grouped by outlet for the options page. A source whose text names no outlet is not guessed
// into one: those share an honest "Unnamed outlet" group, listed last.
import type { SourceEntry } from '@/messaging/source-schemas';

export const UNNAMED_OUTLET = 'Unnamed outlet';

export interface OutletGroup {
  /** The outlet's name, or null for the sources that name none. */
  outlet: string | null;
  sources: SourceEntry[];
}

/** Groups by outlet (alphabetical, unnamed last); within a group, newest first, then by id. */
export function groupByOutlet(sources: SourceEntry[]): OutletGroup[] {
  const groups = new Map<string | null, SourceEntry[]>();
  for (const s of sources) groups.set(s.outlet, [...(groups.get(s.outlet) ?? []), s]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([outlet, list]) => ({
      outlet,
      sources: list.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    }));
}

/** The deselected ids after switching every source of `ids` on or off. */
export function withAll(deselected: string[], ids: string[], on: boolean): string[] {
  const off = new Set(deselected);
  for (const id of ids) {
    if (on) off.delete(id);
    else off.add(id);
  }
  return [...off];
}
