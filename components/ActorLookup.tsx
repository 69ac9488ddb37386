import { useState } from 'preact/hooks';
import { request } from '@/messaging/protocol';
import { CARD_CSS, Card, openPassage, passageUrl } from './card';
import { useLoad } from './useLoad';

/** Exact name lookup through the protocol; the fuzzy corpus search replaces it (issue #4). */
export function ActorLookup() {
  const [query, setQuery] = useState('');
  const [asked, setAsked] = useState('');
  return (
    <section>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setAsked(query.trim());
        }}
      >
        <input
          type="search"
          placeholder="A name, e.g. Zelensky"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          aria-label="Name to look up"
        />
        <button type="submit">Look up</button>
      </form>
      {asked && <Answer name={asked} />}
    </section>
  );
}

function Answer({ name }: { name: string }) {
  const card = useLoad(() => request('findCard', name), name);
  if (card.state === 'loading') return null;
  if (card.state === 'error') return <p class="error">{card.error}</p>;
  if (!card.value) return <p class="muted">The corpus does not name “{name}”.</p>;
  return (
    <div class="lookup-card" data-testid="actor-card">
      {/* The card's CSS is scoped to .fn-card, so it is safe in the popup's document as is. */}
      <style>{CARD_CSS}</style>
      <Card model={card.value} passageHref={passageUrl} onOpenPassage={openPassage} />
    </div>
  );
}
