// The frame around a card: what makes it a dialog one can reach, pin and close from the keyboard or
// a screen reader. The card's content is the card component's (see Placeholder.tsx).
import type { Card } from '@/messaging/overlay-schemas';
import { Placeholder } from './Placeholder';

export type CardState =
  | { status: 'loading'; name: string }
  | { status: 'ready'; card: Card }
  | { status: 'missing'; name: string }
  | { status: 'error'; name: string };

export interface FrameProps {
  state: CardState;
  pinned: boolean;
  onPin(): void;
  onClose(): void;
}

export function CardFrame({ state, pinned, onPin, onClose }: FrameProps) {
  const name = state.status === 'ready' ? state.card.name : state.name;
  return (
    <div
      class="frame"
      role="dialog"
      aria-label={`Footnote: ${name}`}
      tabIndex={-1}
      data-testid="footnote-card"
    >
      <div class="bar">
        <span class="brand" aria-hidden="true">
          Footnote
        </span>
        <button type="button" class="pin" aria-pressed={pinned} onClick={onPin} title="Keep this card open">
          {pinned ? 'Pinned' : 'Pin'}
        </button>
        <button
          type="button"
          class="close"
          aria-label="Close card (Esc)"
          title="Close (Esc)"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <div class="body">
        {state.status === 'ready' ? (
          <Placeholder card={state.card} />
        ) : (
          <p class="note">
            {state.status === 'loading'
              ? `${name}…`
              : state.status === 'missing'
                ? `The corpus has no card for ${name}.`
                : 'The card could not be loaded.'}
          </p>
        )}
      </div>
    </div>
  );
}
