// The reader page for one source, bundled or the reader's own: loads it through getSource and shows
// it as an article (Article.tsx), at the passage a card or a search hit cited when there is one.
import type { ComponentChildren } from 'preact';
import { useLoad } from '@/components/useLoad';
import type { Passage } from '@/core/cards/model';
import { request } from '@/messaging/protocol';
import { Article } from './Article';

export function Reader({ sourceId, passage }: { sourceId: string; passage: Passage | null }) {
  const source = useLoad(
    () => (sourceId ? request('getSource', { id: sourceId }) : Promise.resolve(null)),
    sourceId,
  );
  if (!sourceId) return <Problem>This reader address names no source.</Problem>;
  if (source.state === 'loading') return <p class="muted">Loading the source…</p>;
  if (source.state === 'error') return <Problem>The source could not be loaded: {source.error}</Problem>;
  if (!source.value)
    return (
      <Problem>Footnote has no source “{sourceId}”: it may have been deleted from your articles.</Problem>
    );
  return <Article source={source.value} passage={passage?.sourceId === sourceId ? passage : null} />;
}

// The page keeps a heading when it has no article to show, so a screen reader's heading list still
// says where it is (axe: page-has-heading-one, seen on the missing-source page).
function Problem({ children }: { children: ComponentChildren }) {
  return (
    <>
      <h1>Source not available</h1>
      <p class="error">{children}</p>
    </>
  );
}
