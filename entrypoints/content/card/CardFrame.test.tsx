// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CardFrame } from './CardFrame';
import { FRAME_CSS } from './styles';

const props = {
  state: { status: 'loading' as const, name: 'Lavrov' },
  pinned: false,
  onPin: () => undefined,
  onClose: () => undefined,
  onOpenPassage: () => undefined,
  passageHref: () => '#',
};

describe('CardFrame theme', () => {
  it('follows the system unless the Reading option forces a theme', () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
    render(<CardFrame {...props} />, document.getElementById('a')!);
    render(<CardFrame {...props} theme="dark" />, document.getElementById('b')!);
    const [system, forced] = [...document.querySelectorAll<HTMLElement>('.frame')];
    expect(system!.dataset.theme).toBeUndefined();
    expect(forced!.dataset.theme).toBe('dark');
    expect(FRAME_CSS).toContain('.frame[data-theme="dark"] {');
    expect(FRAME_CSS).toContain('.frame:not([data-theme="light"]) {');
  });
});
