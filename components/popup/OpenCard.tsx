// A chosen result's card in the popup: the same <Card> as on the page, loaded through getCard; its
// close button (and Esc) go back to the search.
import { useEffect, useRef } from 'preact/hooks';
import { request } from '@/messaging/protocol';
import { CARD_CSS, Card, openPassage, passageUrl } from '../card';
import { useLoad } from '../useLoad';

export function OpenCard({ id, onClose }: { id: string; onClose(): void }) {
  const card = useLoad(() => request('getCard', { id }), id);
  const box = useRef<HTMLDivElement>(null);
  // Focus moves into the card so a screen reader reads it and Esc reaches it.
  useEffect(() => {
    if (card.state === 'ready') box.current?.querySelector<HTMLElement>('.fn-card')?.focus();
  }, [card.state]);
  if (card.state === 'loading') return <p class="muted">Loading the card…</p>;
  if (card.state === 'error') return <p class="error">{card.error}</p>;
  if (!card.value) return <p class="muted">This card is not in the corpus any more.</p>;
  return (
    <div
      ref={box}
      class="lookup-card"
      data-testid="popup-card"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      <style>{CARD_CSS}</style>
      <Card model={card.value} passageHref={passageUrl} onOpenPassage={openPassage} onClose={onClose} />
    </div>
  );
}
