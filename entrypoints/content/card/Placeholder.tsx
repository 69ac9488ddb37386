// Stand-in for the card engineer's <Card> (components/card/Card.tsx) until it lands: the name only.
import type { Card } from '@/messaging/overlay-schemas';

export function Placeholder({ card }: { card: Card }) {
  return (
    <div class="placeholder">
      <h2 class="name">{card.name}</h2>
    </div>
  );
}
