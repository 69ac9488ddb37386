// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardController } from './card/controller';
import type { Mark } from './marks';
import { LONG_PRESS_MS, linked, watchTouch } from './touch';

function markIn(html: string): Mark {
  document.body.innerHTML = html;
  const text = document.querySelector('#name')!.firstChild!;
  const range = document.createRange();
  range.selectNodeContents(text);
  return { id: 'a1', range, nodes: [text] } as unknown as Mark;
}

function fakeCards() {
  const state = { current: null as Mark | null, pinned: false, inside: false };
  const cards = {
    get current() {
      return state.current;
    },
    get isPinned() {
      return state.pinned;
    },
    contains: () => state.inside,
    open: vi.fn((mark: Mark) => (state.current = mark)),
    close: vi.fn(() => (state.current = null)),
  };
  return { cards, state };
}

const pointer = (type: string, pointerType: string, x = 5, y = 5) =>
  new PointerEvent(type, { pointerType, clientX: x, clientY: y, isPrimary: true, bubbles: true });
const click = (x = 5, y = 5) =>
  new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, cancelable: true });

describe('watchTouch', () => {
  let abort: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    abort = new AbortController();
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });

  function start(mark: Mark, hitMark = true) {
    const { cards, state } = fakeCards();
    watchTouch(
      document,
      () => (hitMark ? mark : null),
      cards as unknown as CardController,
      () => true,
      abort.signal,
    );
    return { cards, state };
  }
  const tap = (x = 5, y = 5) => {
    document.body.dispatchEvent(pointer('pointerdown', 'touch', x, y));
    document.body.dispatchEvent(pointer('pointerup', 'touch', x, y));
    const c = click(x, y);
    document.body.dispatchEvent(c);
    return c;
  };

  it('a tap on a mark outside a link opens its card', () => {
    const mark = markIn('<p><span id="name">Lavrov</span> said</p>');
    const { cards } = start(mark);
    expect(tap().defaultPrevented).toBe(false);
    expect(cards.open).toHaveBeenCalledWith(mark, 'touch', { x: 5, y: 5 });
  });

  it('a tap on a linked mark is left to the link; a long press opens its card and its lift is no click', () => {
    const mark = markIn('<p><a href="/x"><span id="name">Lavrov</span></a></p>');
    expect(linked(mark)).toBe(true);
    const { cards } = start(mark);
    expect(tap().defaultPrevented).toBe(false);
    expect(cards.open).not.toHaveBeenCalled();
    document.body.dispatchEvent(pointer('pointerdown', 'touch'));
    vi.advanceTimersByTime(LONG_PRESS_MS);
    expect(cards.open).toHaveBeenCalledWith(mark, 'touch', { x: 5, y: 5 });
    document.body.dispatchEvent(pointer('pointerup', 'touch'));
    const lift = click();
    document.body.dispatchEvent(lift);
    expect(lift.defaultPrevented).toBe(true);
    expect(cards.close).not.toHaveBeenCalled();
  });

  it('a finger that moves is scrolling: no long press', () => {
    const mark = markIn('<p><a href="/x"><span id="name">Lavrov</span></a></p>');
    const { cards } = start(mark);
    document.body.dispatchEvent(pointer('pointerdown', 'touch', 5, 5));
    document.body.dispatchEvent(pointer('pointermove', 'touch', 5, 40));
    vi.advanceTimersByTime(LONG_PRESS_MS * 2);
    expect(cards.open).not.toHaveBeenCalled();
  });

  it('a tap elsewhere closes an unpinned card, not a pinned one; a tap in the card does nothing', () => {
    const mark = markIn('<p><span id="name">Lavrov</span></p>');
    const { cards, state } = start(mark, false);
    state.current = mark;
    state.inside = true;
    tap();
    expect(cards.close).not.toHaveBeenCalled();
    state.inside = false;
    state.pinned = true;
    tap();
    expect(cards.close).not.toHaveBeenCalled();
    state.pinned = false;
    tap();
    expect(cards.close).toHaveBeenCalledTimes(1);
  });

  it('a mouse click is the hover code’s business', () => {
    const mark = markIn('<p><span id="name">Lavrov</span></p>');
    const { cards } = start(mark);
    document.body.dispatchEvent(pointer('pointerdown', 'mouse'));
    document.body.dispatchEvent(click());
    expect(cards.open).not.toHaveBeenCalled();
  });
});
