// What the lazily loaded card chunk (entrypoints/card-ui.ts) gives the content script: rendering the
// card frame, placing it, the words announced for it and the stylesheet of the host's shadow root.
import { h, render } from 'preact';
import { announce } from '@/components/card/Card';
import { CARD_CSS } from '@/components/card/styles';
import { place } from '../placement';
import { CardFrame, type FrameProps } from './CardFrame';
import { FRAME_CSS } from './styles';
import type { CardUi } from './api';

export { CARD_UI_KEY } from './api';

export const cardUi: CardUi = {
  css: FRAME_CSS + CARD_CSS,
  render: (props: FrameProps | null, container: HTMLElement) =>
    render(props && h(CardFrame, props), container),
  place,
  announce,
};
