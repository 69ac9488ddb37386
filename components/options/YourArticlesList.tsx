// The reader's articles as a list: title, outlet, date (or the day it was added, said so), size and what
// the engine found in it, each with a delete that asks first, in place (keyboard and screen reader
// friendly, unlike window.confirm in a page that may be a tab among many).
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '@/components/card/format';
import type { ArticleEntry } from '@/messaging/library-schemas';

export const articleName = (a: Pick<ArticleEntry, 'title'>) => a.title ?? 'Untitled';

const size = (chars: number) =>
  chars < 10_000
    ? `${chars.toLocaleString('en')} characters`
    : `${Math.round(chars / 1000).toLocaleString('en')}K characters`;

export function ArticleMeta({ a }: { a: ArticleEntry }) {
  const found =
    a.statements === null
      ? 'not in the knowledge base (see above)'
      : `${a.statements} statement${a.statements === 1 ? '' : 's'}, ${a.actors} ${a.actors === 1 ? 'actor' : 'actors'}`;
  return (
    <span class="muted">
      {a.outlet ?? 'unnamed outlet'} ·{' '}
      {a.date ? (
        <time dateTime={a.date}>{formatDate(a.date)}</time>
      ) : (
        <>
          added <time dateTime={a.addedAt.slice(0, 10)}>{formatDate(a.addedAt.slice(0, 10))}</time>
        </>
      )}{' '}
      · {size(a.chars)} · {found}
    </span>
  );
}

interface ListProps {
  articles: ArticleEntry[];
  busy: boolean;
  onDelete(a: ArticleEntry): void;
}

export function ArticleList({ articles, busy, onDelete }: ListProps) {
  const [asking, setAsking] = useState<string | null>(null);
  if (!articles.length) return <p class="muted">No articles of your own yet.</p>;
  return (
    <ul class="fn-articles" data-testid="article-list">
      {articles.map((a) => (
        <li key={a.id} data-id={a.id}>
          <strong class="fn-article-title">{articleName(a)}</strong>
          {a.url && (
            <>
              {' '}
              <a href={a.url} target="_blank" rel="noreferrer noopener">
                (page)
              </a>
            </>
          )}
          <br />
          <ArticleMeta a={a} />{' '}
          {asking === a.id ? (
            <Confirm
              name={articleName(a)}
              onYes={() => {
                setAsking(null);
                onDelete(a);
              }}
              onNo={() => setAsking(null)}
            />
          ) : (
            <button
              type="button"
              aria-label={`Delete “${articleName(a)}”`}
              aria-disabled={busy}
              onClick={() => !busy && setAsking(a.id)}
            >
              Delete
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "Delete …? Yes / Cancel" in place, the Yes button focused so Enter confirms and Esc cancels. */
export function Confirm({ name, onYes, onNo }: { name: string; onYes(): void; onNo(): void }) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <span role="group" aria-label={`Delete ${name}?`} onKeyDown={(e) => e.key === 'Escape' && onNo()}>
      Delete {name}?{' '}
      <button type="button" ref={yes} onClick={onYes}>
        Yes, delete
      </button>{' '}
      <button type="button" onClick={onNo}>
        Cancel
      </button>
    </span>
  );
}
