// The search box's keyboard, as a pure function so it is tested without a DOM: what each key does to
// the active option of the listbox (the combobox pattern of the WAI-ARIA practices).

export type KeyAction =
  { type: 'move'; active: number } | { type: 'open'; index: number } | { type: 'clear' } | { type: 'none' };

/**
 * `active` is the highlighted option (-1: none, focus stays in the text), `count` the options shown.
 * Arrows wrap around; Enter opens the active option, or the first when none is active; Esc clears the
 * query (a second Esc, with nothing typed, is left to the browser, which closes the popup).
 */
export function keyAction(key: string, active: number, count: number, query: string): KeyAction {
  switch (key) {
    case 'ArrowDown':
      return count ? { type: 'move', active: active + 1 >= count ? 0 : active + 1 } : { type: 'none' };
    case 'ArrowUp':
      return count ? { type: 'move', active: active <= 0 ? count - 1 : active - 1 } : { type: 'none' };
    case 'Home':
      return count && active >= 0 ? { type: 'move', active: 0 } : { type: 'none' };
    case 'End':
      return count && active >= 0 ? { type: 'move', active: count - 1 } : { type: 'none' };
    case 'Enter':
      return count ? { type: 'open', index: Math.max(active, 0) } : { type: 'none' };
    case 'Escape':
      return query ? { type: 'clear' } : { type: 'none' };
    default:
      return { type: 'none' };
  }
}
