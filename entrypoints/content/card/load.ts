// The card chunk (entrypoints/card-ui.ts), loaded ahead of the first card or at it.
import { loadChunk } from '../chunk';
import { CARD_UI_KEY, type CardUi } from './api';

export const loadCardUi = (): Promise<CardUi> => loadChunk<CardUi>('/card-ui.js', CARD_UI_KEY, 'card UI');
