// The reader page for one source, bundled or the reader's own: loads it through getSource and shows
// it as an article (Article.tsx), at the passage a card or a search hit cited when there is one.
import { useLoad } from '@/components/useLoad';
import type { Passage } from '@/core/cards/model';
import { request } from '@/messaging/protocol';
import { Article } from './Article';

export function Reader({ sourceId, passage }: { sourceId: string; passage: Passage | null }) {
  const source = useLoad(
    () => (sourceId ? request('getSource', { id: sourceId }) : Promise.resolve(null)),
    sourceId,
  );
  if (!sourceId) return <p class="error">This reader address names no source.</p>;
  if (source.state === 'loading') return <p class="muted">Loading the source…</p>;
  if (source.state === 'error') return <p class="error">The source could not be loaded: {source.error}</p>;
  if (!source.value)
    return (
      <p class="error">Footnote has no source “{sourceId}”: it may have been deleted from your articles.</p>
    );
  return <Article source={source.value} passage={passage?.sourceId === sourceId ? passage : null} />;
}
