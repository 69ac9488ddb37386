// The popup's corpus search (issue #4): a combobox whose listbox holds grouped hits, searched in the
// background on every keystroke; a chosen actor or term opens its card, a statement the reader at its
// passage.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { request } from '@/messaging/protocol';
import type { PopupHit } from '@/messaging/search-schemas';
import { Filters } from './Filters';
import { keyAction } from './keys';
import { OpenCard } from './OpenCard';
import { flatten, optionId, Results } from './Results';
import { useSearch, type Filters as FilterValue } from './useSearch';

const NO_FILTERS: FilterValue = { topic: '', source: '' };

export function Search({ cardId, onCard }: { cardId: string | null; onCard(id: string | null): void }) {
  const base = useId();
  const listId = `${base}-list`;
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<FilterValue>(NO_FILTERS);
  const found = useSearch(query, filters);
  // New results: nothing is active until the reader moves (Enter still opens the first). Kept with the
  // results it belongs to rather than reset by an effect, which could land after a quick arrow key.
  const [moved, setMoved] = useState({ found, index: -1 });
  const active = moved.found === found ? moved.index : -1;
  const setActive = (index: number) => setMoved({ found, index });
  const options = flatten(found.results);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(listId, active))?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const choose = (hit: PopupHit | undefined) => {
    if (!hit) return;
    // A statement is read where it was said: the reader at its passage.
    if (hit.passage) void request('openPassage', hit.passage);
    else if (hit.card) onCard(hit.card);
  };
  const closeCard = () => {
    onCard(null);
    // Back where the reader was: in the text field.
    setTimeout(() => input.current?.focus(), 0);
  };
  if (cardId) return <OpenCard id={cardId} onClose={closeCard} />;

  const expanded = options.length > 0 && found.query === query.trim();
  const filtered = filters.topic !== '' || filters.source !== '';
  return (
    <section class="fn-search">
      <label for={`${base}-q`} class="fn-search-label">
        Search the corpus
      </label>
      <input
        ref={input}
        id={`${base}-q`}
        type="text"
        role="combobox"
        autoFocus
        autoComplete="off"
        spellcheck={false}
        placeholder="A name, a term, words of a statement"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(listId, active) : undefined}
        aria-describedby={`${base}-status`}
        value={query}
        data-testid="search-input"
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          const action = keyAction(e.key, active, expanded ? options.length : 0, query);
          if (action.type === 'none') return;
          e.preventDefault();
          if (action.type === 'move') setActive(action.active);
          else if (action.type === 'open') choose(options[action.index]);
          else setQuery('');
        }}
      />
      <Filters value={filters} onChange={setFilters} />
      {expanded && found.results && (
        <Results
          id={listId}
          results={found.results}
          active={active}
          onChoose={(i) => choose(options[i])}
          onHover={setActive}
        />
      )}
      <p id={`${base}-status`} class="muted" role="status" data-testid="search-status">
        {status(query.trim(), found, options.length, filtered)}
      </p>
      {!expanded && filtered && query.trim() && found.query === query.trim() && (
        <button type="button" onClick={() => setFilters(NO_FILTERS)}>
          Search without filters
        </button>
      )}
    </section>
  );
}

/** What the status line says: how to start, how many hits, or why there are none. */
function status(q: string, found: ReturnType<typeof useSearch>, count: number, filtered: boolean): string {
  if (!q)
    return 'Try “zelenski”, “lavrof”, “anchorage” or “28 point”: misspellings are fine. Arrows move, Enter opens, Esc clears.';
  if (found.error) return `The search failed: ${found.error}`;
  if (found.query !== q) return '';
  if (count) return `${count} ${count === 1 ? 'result' : 'results'}. Arrows move, Enter opens.`;
  return filtered
    ? `Nothing matches “${q}” with these filters.`
    : `Nothing in the corpus matches “${q}”. The first letter must be right; statements need 3 letters.`;
}
