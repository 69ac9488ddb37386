// Opening, placing, pinning and closing the one card, and where focus goes. The card lives in our
// shadow root; its data comes from the background (`getCard`). What draws it (Preact, the card
// component, floating-ui) is the card chunk, loaded at the first card or in idle time before
// (`preload`), so that a page which is only read never parses it.
import { openPassage, passageUrl } from '@/components/card/passage';
import { request } from '@/messaging/protocol';
import type { Host } from '../host';
import type { Mark, MarkSet } from '../marks';
import type { CardUi } from './api';
import type { CardState } from './CardFrame';
import { loadCardUi } from './load';
import { currentReading } from '../reading';

/** How a card was opened: a hover, a key, or a tap or long press (touch has no hover to leave). */
export type Via = 'pointer' | 'keyboard' | 'touch';

export class CardController {
  private mark: Mark | null = null;
  private via: Via = 'pointer';
  private pinned = false;
  private state: CardState | null = null;
  private stopPlacing: (() => void) | null = null;
  private returnFocus: Element | null = null;
  private container: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private ticket = 0;
  private ui: CardUi | null = null;

  constructor(
    private readonly host: (css: string) => Host,
    private readonly marks: MarkSet,
    private readonly nameOf: (mark: Mark) => string,
  ) {}

  get current(): Mark | null {
    return this.mark;
  }
  get isPinned(): boolean {
    return this.pinned;
  }
  get openedBy(): Via {
    return this.via;
  }

  /** Loads the card chunk ahead of the first card (idle time after the first scan found marks). */
  preload(): void {
    this.load().catch(() => {});
  }

  private load(): Promise<CardUi> {
    return loadCardUi().then((ui) => (this.ui = ui));
  }

  /** Whether an event's path runs through the card (the pointer is on it, focus is in it). */
  contains(path: EventTarget[]): boolean {
    return !!this.container && path.includes(this.container);
  }

  open(mark: Mark, via: Via, pointer?: { x: number; y: number }): void {
    if (this.mark === mark) {
      if (via === 'keyboard') this.focus();
      return;
    }
    const wasOpen = !!this.mark;
    this.stopPlacing?.();
    // Focus returns where the reader was before the first card, not to a card stepped away from.
    if (via === 'keyboard' && !(wasOpen && this.via === 'keyboard')) {
      this.returnFocus = deepActive(document);
    }
    this.mark = mark;
    this.via = via;
    this.pinned = false;
    this.marks.setActive(mark);
    const ticket = ++this.ticket;
    this.state = { status: 'loading', name: this.nameOf(mark) };
    if (this.ui) this.show(this.ui, pointer);
    else {
      this.load().then(
        (ui) => {
          if (ticket === this.ticket) this.show(ui, pointer);
        },
        (error: unknown) => {
          if (ticket === this.ticket) console.warn('[footnote] card unavailable', error);
        },
      );
    }
    request('getCard', { id: mark.id })
      .then((card) => {
        if (ticket !== this.ticket) return;
        this.state = card ? { status: 'ready', card } : { status: 'missing', name: this.nameOf(mark) };
        this.render();
        this.announceState();
      })
      .catch(() => {
        if (ticket !== this.ticket) return;
        this.state = { status: 'error', name: this.nameOf(mark) };
        this.render();
      });
  }

  /** Creates the card's container in the host (a new host after a site switch) and places the card. */
  private show(ui: CardUi, pointer?: { x: number; y: number }) {
    const mark = this.mark;
    if (!mark) return;
    const { root } = this.host(ui.css);
    // A new host after the site was switched off and on: the old container went with the old host.
    if (!this.container?.isConnected) {
      this.container = document.createElement('div');
      this.live = document.createElement('div');
      this.live.className = 'sr';
      this.live.setAttribute('role', 'status');
      this.live.setAttribute('aria-live', 'polite');
      root.append(this.live, this.container);
    }
    this.render();
    const frame = this.container.firstElementChild as HTMLElement;
    this.stopPlacing = ui.place(mark.range, frame, pointer);
    if (this.via === 'keyboard') this.focus();
    // The card's data came before the chunk (a first card opened before the preload finished).
    this.announceState();
  }

  private announceState() {
    const { ui, state, mark } = this;
    if (!ui || !mark || !state || state.status === 'loading' || state.status === 'error') return;
    this.announce(
      state.status === 'ready'
        ? `${ui.announce(state.card)} Escape closes it.`
        : `The corpus has no card for ${this.nameOf(mark)}.`,
    );
  }

  close(restore = this.via === 'keyboard'): void {
    if (!this.mark) return;
    this.ticket++;
    this.stopPlacing?.();
    this.stopPlacing = null;
    this.mark = null;
    this.state = null;
    this.pinned = false;
    this.marks.setActive(null);
    if (this.container) this.ui?.render(null, this.container);
    const target = this.returnFocus;
    this.returnFocus = null;
    if (restore && target && target.isConnected) (target as HTMLElement).focus?.({ preventScroll: true });
  }

  togglePin(): void {
    this.pinned = !this.pinned;
    this.render();
    this.announce(this.pinned ? 'Card pinned.' : 'Card unpinned.');
  }

  private focus() {
    (this.container?.firstElementChild as HTMLElement | null)?.focus({ preventScroll: true });
  }

  private announce(text: string) {
    // Cleared first, so the same words twice are announced twice.
    if (!this.live) return;
    this.live.textContent = '';
    const live = this.live;
    setTimeout(() => (live.textContent = text), 50);
  }

  private render() {
    if (!this.ui || !this.container || !this.state) return;
    this.ui.render(
      {
        state: this.state,
        pinned: this.pinned,
        onPin: () => this.togglePin(),
        onClose: () => this.close(true),
        onOpenPassage: openPassage,
        passageHref: passageUrl,
        theme: themeOf(currentReading().theme),
      },
      this.container,
    );
  }
}

/** The focused element, looking into shadow roots (a page's web components hold focus inside). */
export function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The Reading option's theme as the card takes it: 'system' is no override. */
const themeOf = (theme: 'system' | 'light' | 'dark') => (theme === 'system' ? undefined : theme);
