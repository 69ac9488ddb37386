// "On this page": the actors the active tab's content script marked, with their counts. Choosing one
// asks the page to scroll to its first mention and flash it; the popup stays open.
import * as v from 'valibot';
import { request } from '@/messaging/protocol';
import { MENTIONS_QUERY, PageActorsSchema, SHOW_MENTION } from '@/messaging/page-queries';
import { useLoad } from '../useLoad';
import { askActiveTab } from './activeTab';

interface Entry {
  id: string;
  name: string;
  count: number;
}

async function loadPageActors(): Promise<Entry[] | null> {
  const answer = v.safeParse(PageActorsSchema, await askActiveTab({ type: MENTIONS_QUERY }));
  if (!answer.success) return null;
  const names = new Map(
    (
      await request(
        'actorNames',
        answer.output.map((a) => a.id),
      )
    ).map((a) => [a.id, a]),
  );
  return answer.output.flatMap((a) => {
    const known = names.get(a.id);
    return known ? [{ id: a.id, name: known.name, count: a.count }] : [];
  });
}

export function OnThisPage() {
  const found = useLoad(loadPageActors);
  if (found.state !== 'ready' || found.value === null) return null;
  return (
    <section data-testid="on-this-page" aria-labelledby="fn-on-page">
      <h2 id="fn-on-page" class="fn-h">
        On this page
      </h2>
      {found.value.length === 0 ? (
        <p class="muted">No one the corpus knows is named here yet.</p>
      ) : (
        <ul class="fn-on-page">
          {found.value.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                title="Scroll to the first mention"
                onClick={() => void askActiveTab({ type: SHOW_MENTION, id: a.id })}
              >
                {a.name} <span class="muted">×{a.count}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
