// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actorCard } from '@/core/cards/actor';
import { fixtureIndex } from '@/core/cards/fixture';
import type { CardModel, Passage } from '@/core/cards/model';
import { termCard } from '@/core/cards/term';
import { Card, CARD_CSS, CardContent } from './index';

const ix = fixtureIndex();
const lavrov = actorCard(ix, 'lavrov', 'all')!;
const plan = termCard(ix, 'plan', 'all')!;
const href = (p: Passage) =>
  `chrome-extension://x/reader.html?source=${p.sourceId}&start=${p.start}&end=${p.end}`;

function mount(model: CardModel, props: Partial<Parameters<typeof Card>[0]> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const handlers = { onPin: vi.fn(), onClose: vi.fn(), onOpenPassage: vi.fn() };
  act(() => render(<Card model={model} pinned={false} passageHref={href} {...handlers} {...props} />, root));
  return { root, card: root.querySelector<HTMLElement>('[role=dialog]')!, ...handlers };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<Card>', () => {
  it('is a non-modal dialog named by its heading and described by its roles', () => {
    const { card } = mount(lavrov);
    expect(card.getAttribute('aria-modal')).toBe('false');
    const name = document.getElementById(card.getAttribute('aria-labelledby')!)!;
    expect(name.tagName).toBe('H2');
    expect(name.textContent).toBe('Sergei Lavrov');
    expect(document.getElementById(card.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Person · Russian Foreign Minister',
    );
    expect(card.tabIndex).toBe(-1);
  });

  it('keeps roles beyond the first two behind a keyboard-reachable disclosure', () => {
    expect(mount(lavrov).card.querySelector('.fn-roles')).toBeNull();
    const many = { ...lavrov, header: { ...lavrov.header, moreRoles: ['diplomat', 'minister'] } };
    const { card } = mount(many);
    const more = card.querySelector('details.fn-roles')!;
    expect(more.querySelector('summary')!.textContent).toBe('2 more roles');
    expect([...more.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['diplomat', 'minister']);
    expect(document.getElementById(card.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Person · Russian Foreign Minister',
    );
  });

  it('announces itself politely once it is on screen', () => {
    const { card } = mount(lavrov);
    const status = card.querySelector('[role=status]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toMatch(/^Footnote card: Sergei Lavrov\. 8 statements in 3 sources\./);
  });

  it('heads its sections and topics for screen-reader navigation', () => {
    const { card } = mount(lavrov);
    const headings = [...card.querySelectorAll('h3, h4')].map((h) => `${h.tagName} ${h.textContent}`);
    expect(headings).toEqual([
      'H3 Their positions, by topic',
      'H4 The peace plan',
      'H4 Territory',
      'H4 Sanctions and assets',
      'H4 Ceasefire and peace process',
      'H3 What others say about them',
      'H4 Marco Rubio',
    ]);
  });

  it('keeps others’ words out of the own-words section, and labels every item', () => {
    const { card } = mount(lavrov);
    const own = card.querySelector('.fn-own')!;
    expect(own.textContent).not.toContain('stalling');
    expect(card.querySelector('.fn-about')!.textContent).toContain('Lavrov was stalling');
    for (const item of card.querySelectorAll('.fn-item')) {
      expect(item.querySelector('.fn-kind')?.textContent).toMatch(
        /^(Direct quote|Paraphrase|Attributed claim|Described stance)$/,
      );
    }
    // Quotation marks for direct quotes only.
    expect(card.querySelector('[data-kind=direct] .fn-text')!.textContent).toMatch(/^“.*”$/);
    expect(card.querySelector('[data-kind=indirect] .fn-text')!.textContent).not.toMatch(/^“/);
  });

  it('shows a comparison with each outlet side by side', () => {
    const { card } = mount(lavrov);
    const compare = card.querySelector('.fn-compare')!;
    expect(compare.getAttribute('aria-label')).toBe(
      'The same point in 3 sources: Outlet B, Outlet A, unnamed outlet',
    );
    expect([...compare.querySelectorAll('cite')].map((c) => c.textContent)).toEqual([
      'Outlet B',
      'Outlet A',
      'unnamed outlet',
    ]);
  });

  it('reaches pin, close, every passage link and the legend by keyboard', () => {
    const { card, onPin, onClose } = mount(lavrov);
    const tabbable = [...card.querySelectorAll<HTMLElement>('button, a[href]')];
    expect(tabbable.every((el) => el.tabIndex >= 0 && !el.hasAttribute('disabled'))).toBe(true);
    // A <summary> that is its <details>' first child is focusable natively.
    expect(card.querySelector('details > summary:first-child')?.textContent).toBe('What the labels mean');
    expect(tabbable.filter((el) => el.tagName === 'A')).toHaveLength(
      card.querySelectorAll('.fn-item').length,
    );
    const pin = card.querySelector<HTMLButtonElement>('.fn-pin')!;
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    pin.click();
    card.querySelector<HTMLButtonElement>('.fn-close')!.click();
    expect(onPin).toHaveBeenCalledOnce();
    expect(onClose).toHaveBeenCalledOnce();
    expect(card.querySelector('.fn-close')!.getAttribute('aria-label')).toBe('Close card');
  });

  it('leaves out pin and close where the page embeds it without them', () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Card model={lavrov} passageHref={href} onOpenPassage={() => undefined} />, root));
    expect(root.querySelectorAll('button')).toHaveLength(0);
    expect(root.querySelector('[role=dialog] h2')!.textContent).toBe('Sergei Lavrov');
  });

  it('comes without the dialog for a host that draws its own frame', () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(<CardContent model={lavrov} passageHref={href} onOpenPassage={() => undefined} />, root),
    );
    expect(root.querySelector('[role=dialog], [role=status], button')).toBeNull();
    expect(root.querySelector('h2')!.textContent).toBe('Sergei Lavrov');
    expect(root.querySelectorAll('.fn-compare .fn-item')).toHaveLength(3);
  });

  it('shows the pinned state', () => {
    const { card } = mount(lavrov, { pinned: true });
    expect(card.querySelector('.fn-pin')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('opens a passage through its handler, and links to the reader page', () => {
    const { card, onOpenPassage } = mount(lavrov);
    const link = card.querySelector<HTMLAnchorElement>('.fn-cite a')!;
    expect(link.getAttribute('href')).toMatch(/reader\.html\?source=B&start=\d+&end=\d+$/);
    expect(link.textContent).toMatch(/^Read in source \(Outlet B, 26 Nov 2025\)$/);
    link.click();
    expect(onOpenPassage).toHaveBeenCalledWith({
      sourceId: 'B',
      start: expect.any(Number),
      end: expect.any(Number),
    });
  });

  it('renders a term card: introductions, then who said what', () => {
    const { card } = mount(plan);
    expect([...card.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'How the sources introduce it',
      'Who said what about it',
    ]);
    expect(card.querySelector('.fn-about h4')!.textContent).toBe('Marco Rubio');
    expect(card.textContent).toContain('a US official (unnamed source)');
  });

  it('takes a forced theme, and its CSS covers both themes and stays inside the card', () => {
    const { card } = mount(lavrov, { theme: 'dark' });
    expect(card.dataset.theme).toBe('dark');
    expect(CARD_CSS).toContain(':host { all: initial; }');
    expect(CARD_CSS).toContain('prefers-color-scheme: dark');
    expect(CARD_CSS).toContain('.fn-card[data-theme="dark"]');
    // Every rule but :host and @media is scoped, so the CSS is safe outside a shadow root too.
    const selectors = CARD_CSS.replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@media[^{]*\{/g, '')
      .replace(/\{[^{}]*\}/g, '\n')
      .replace(/\}/g, '')
      .replace(/\([^)]*\)/g, '()')
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s && s !== ':host');
    expect(selectors.length).toBeGreaterThan(30);
    for (const s of selectors) expect(s).toMatch(/^\.fn-card/);
  });
});
