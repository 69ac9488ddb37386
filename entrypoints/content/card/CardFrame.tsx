// The frame around a card: what makes it a dialog one can reach, pin and close from the keyboard or
// a screen reader. What the card says is the card component's (components/card, CardContent).
// Imported from the component's own files, not its index: the index also exports the passage
// handlers, which would pull messaging into the lazily loaded card chunk (content/card/ui.ts).
import { CardContent } from '@/components/card/Card';
import type { Passage } from '@/core/cards/model';
import type { Card } from '@/messaging/overlay-schemas';

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
  /** The passage handlers (components/card/passage.ts), passed in from the content script. */
  onOpenPassage(passage: Passage): void;
  passageHref(passage: Passage): string;
  /** The reader's forced theme (Reading option); undefined follows the system. */
  theme?: 'light' | 'dark';
}

export function CardFrame({ state, pinned, onPin, onClose, onOpenPassage, passageHref, theme }: FrameProps) {
  const name = state.status === 'ready' ? state.card.name : state.name;
  return (
    <div
      class="frame"
      role="dialog"
      aria-label={`Footnote: ${name}`}
      tabIndex={-1}
      data-testid="footnote-card"
      data-theme={theme}
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
          <CardContent
            model={state.card}
            onOpenPassage={onOpenPassage}
            passageHref={passageHref}
            theme={theme}
          />
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
