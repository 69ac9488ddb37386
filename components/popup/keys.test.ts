import { describe, expect, it } from 'vitest';
import { keyAction } from './keys';

describe('keyAction', () => {
  it('moves through the options with the arrows, wrapping at both ends', () => {
    expect(keyAction('ArrowDown', -1, 3, 'x')).toEqual({ type: 'move', active: 0 });
    expect(keyAction('ArrowDown', 2, 3, 'x')).toEqual({ type: 'move', active: 0 });
    expect(keyAction('ArrowUp', -1, 3, 'x')).toEqual({ type: 'move', active: 2 });
    expect(keyAction('ArrowUp', 1, 3, 'x')).toEqual({ type: 'move', active: 0 });
    expect(keyAction('End', 0, 3, 'x')).toEqual({ type: 'move', active: 2 });
    expect(keyAction('Home', 2, 3, 'x')).toEqual({ type: 'move', active: 0 });
  });

  it('opens the active option on Enter, the first when none is active', () => {
    expect(keyAction('Enter', 1, 3, 'x')).toEqual({ type: 'open', index: 1 });
    expect(keyAction('Enter', -1, 3, 'x')).toEqual({ type: 'open', index: 0 });
  });

  it('does nothing without options, and leaves Home/End to the text until an option is active', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'Enter']) expect(keyAction(key, -1, 0, 'x').type).toBe('none');
    expect(keyAction('Home', -1, 3, 'x').type).toBe('none');
    expect(keyAction('a', 0, 3, 'x').type).toBe('none');
  });

  it('clears the query on Esc, and leaves a second Esc to the browser (which closes the popup)', () => {
    expect(keyAction('Escape', 0, 3, 'lav')).toEqual({ type: 'clear' });
    expect(keyAction('Escape', -1, 0, '')).toEqual({ type: 'none' });
  });
});
