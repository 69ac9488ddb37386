// One search request per keystroke (the background answers in a few ms); an answer that arrives after
// a newer query was sent is dropped, so fast typing never shows the results of an older prefix.
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/messaging/protocol';
import type { SearchAnswer } from '@/messaging/search-schemas';

export interface SearchState {
  /** The query the results answer ('' before any). */
  query: string;
  results: SearchAnswer | null;
  error: string | null;
}

export interface Filters {
  topic: string;
  source: string;
}

export function useSearch(query: string, filters: Filters): SearchState {
  const [state, setState] = useState<SearchState>({ query: '', results: null, error: null });
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    const q = query.trim();
    if (!q) {
      setState({ query: '', results: null, error: null });
      return;
    }
    request('search', {
      q,
      ...(filters.topic ? { topics: [filters.topic] } : {}),
      ...(filters.source ? { sources: [filters.source] } : {}),
    }).then(
      (results) => ticket === latest.current && setState({ query: q, results, error: null }),
      (error: unknown) =>
        ticket === latest.current && setState({ query: q, results: null, error: String(error) }),
    );
  }, [query, filters.topic, filters.source]);
  return state;
}
