import { useState } from 'preact/hooks';
import { request } from '@/messaging/protocol';
import type { ActorCard } from '@/messaging/schemas';
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
  const card = useLoad(() => request('getActor', name), name);
  if (card.state === 'loading') return null;
  if (card.state === 'error') return <p class="error">{card.error}</p>;
  if (!card.value) return <p class="muted">The corpus does not name “{name}”.</p>;
  return <Card actor={card.value} />;
}

function Card({ actor }: { actor: ActorCard }) {
  return (
    <article class="card" data-testid="actor-card">
      <h2>{actor.name}</h2>
      {actor.roles.length > 0 && <p class="muted">{actor.roles.join('; ')}</p>}
      <p>
        {actor.statements.length} {actor.statements.length === 1 ? 'statement' : 'statements'} in the corpus.
      </p>
      <ul>
        {actor.statements.slice(0, 3).map((s, i) => (
          // Quotation marks only for direct quotes: reported speech is the outlet's wording.
          <li key={i}>{s.kind === 'direct' ? `“${s.text}”` : s.text}</li>
        ))}
      </ul>
    </article>
  );
}
