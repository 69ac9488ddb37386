// The welcome page's live example: a paragraph from the bundled corpus, marked by the same matcher the
// overlay uses, each mark a button that opens the real card (getCard) below the paragraph, where it
// never covers the name. A mouse opens it by resting on a mark, a finger by a tap, the keyboard by
// Tab (focus) or Enter.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { confirmWeak, Matcher } from '@/core/matcher/matcher';
import { request } from '@/messaging/protocol';
import { CARD_CSS, Card, openPassage, passageUrl } from '../card';
import { useLoad } from '../useLoad';
import { segments } from './segments';

/** Seed 000's words (data/seeds), so every mark in it has a card in any build of the corpus. */
export const EXAMPLE =
  'Russian Foreign Minister Sergei Lavrov said he expected the Americans to soon present to Russia ' +
  'their interim version of the deal following input from the Ukrainians and Europeans. But he warned ' +
  'that if it strayed from what Mr Putin demanded in August when he met Mr Trump in Alaska, there ' +
  'would be a problem.';

const DWELL_MS = 300;
const CARD_ID = 'example-card';

export function Example() {
  const parts = useLoad(async () => {
    const data = await request('getMatcher');
    return segments(EXAMPLE, confirmWeak(new Matcher(data).scan(EXAMPLE)));
  });
  const [open, setOpen] = useState<{ id: string; name: string } | null>(null);
  const dwell = useRef<ReturnType<typeof setTimeout>>();
  const box = useRef<HTMLDivElement>(null);
  // Focus given back to a mark on closing its card must not open the card again.
  const returning = useRef(false);
  useEffect(() => () => clearTimeout(dwell.current), []);
  const card = useLoad(() => (open ? request('getCard', { id: open.id }) : Promise.resolve(null)), open?.id);

  const show = (id: string, name: string) => setOpen((o) => (o?.id === id ? o : { id, name }));
  const close = () => {
    const id = open?.id;
    setOpen(null);
    returning.current = true;
    if (id) box.current?.parentElement?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
    returning.current = false;
  };
  const paragraph = useMemo(() => {
    if (parts.state !== 'ready') return null;
    return parts.value.map((s, i) =>
      s.id === undefined ? (
        s.text
      ) : (
        <button
          key={i}
          type="button"
          class="fn-mark"
          data-id={s.id}
          aria-expanded={open?.id === s.id}
          aria-controls={CARD_ID}
          onPointerEnter={(e) => {
            if (e.pointerType === 'touch') return;
            clearTimeout(dwell.current);
            dwell.current = setTimeout(() => show(s.id, s.text), DWELL_MS);
          }}
          onPointerLeave={() => clearTimeout(dwell.current)}
          onFocus={() => returning.current || show(s.id, s.text)}
          onClick={() => show(s.id, s.text)}
        >
          {s.text}
        </button>
      ),
    );
  }, [parts, open?.id]);

  return (
    <div class="example" data-testid="example">
      {parts.state === 'error' ? (
        <p class="error">The example could not be marked: {parts.error}</p>
      ) : (
        <blockquote>
          <p>{paragraph ?? EXAMPLE}</p>
        </blockquote>
      )}
      <div
        id={CARD_ID}
        ref={box}
        class="example-card"
        data-testid="example-card"
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !open) return;
          e.preventDefault();
          close();
        }}
      >
        {open && <style>{CARD_CSS}</style>}
        {open && card.state === 'loading' && <p class="muted">Loading the card for {open.name}…</p>}
        {open && card.state === 'error' && <p class="error">The card could not be loaded.</p>}
        {open && card.state === 'ready' && !card.value && (
          <p class="muted">The corpus has no card for {open.name}.</p>
        )}
        {open && card.state === 'ready' && card.value && (
          <Card model={card.value} onClose={close} onOpenPassage={openPassage} passageHref={passageUrl} />
        )}
      </div>
    </div>
  );
}
