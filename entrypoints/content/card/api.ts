// The contract between the eagerly loaded content script and the lazily loaded card chunk. Types and
// one string only: importing this file pulls none of the chunk into the content script.
import type { CardModel } from '@/core/cards/model';
import type { FrameProps } from './CardFrame';

export const CARD_UI_KEY = '__footnoteCardUi';

export interface CardUi {
  /** The stylesheet of the host's shadow root: the frame's and the card component's (CARD_CSS). */
  css: string;
  /** Renders the frame into `container`, or empties it for `null`. */
  render(props: FrameProps | null, container: HTMLElement): void;
  /** Places `card` beside the mark's range and keeps it there; returns the stop function. */
  place(range: Range, card: HTMLElement, pointer?: { x: number; y: number }): () => void;
  /** The sentence the live region says when a card appears. */
  announce(card: CardModel): string;
}
