// The reader page's address for a passage, and reading it back. Shared by the background (which opens
// the tab) and the page (which reads its own query), so both agree on one format.
import type { Passage } from '@/core/cards/model';

/** Path of the reader page inside the extension package. */
export const READER_PATH = '/reader.html';

export function readerQuery({ sourceId, start, end }: Passage): string {
  return `?${new URLSearchParams({ source: sourceId, start: String(start), end: String(end) })}`;
}

/** The reader on a whole source, from its top (the options list, the popup's source filter). */
export function sourceQuery(sourceId: string): string {
  return `?${new URLSearchParams({ source: sourceId })}`;
}

/** The passage a reader URL asks for; null when the query names no source or bad offsets. */
export function passageFromQuery(search: string): Passage | null {
  const query = new URLSearchParams(search);
  const sourceId = query.get('source');
  // A missing offset is no passage (Number(null) would read it as 0).
  const start = Number(query.get('start') ?? NaN);
  const end = Number(query.get('end') ?? NaN);
  if (!sourceId || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start)
    return null;
  return { sourceId, start, end };
}
