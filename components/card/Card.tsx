// A Footnote card: a non-modal dialog with the subject's name as its accessible name. The overlay owns
// the host element, its placement, Esc and focus return; this owns everything inside the card.
import { useEffect, useId, useState } from 'preact/hooks';
import type { CardModel, Passage } from '@/core/cards/model';
import { TYPE_LABELS, plural } from './format';
import { Legend } from './Legend';
import { Introductions, OwnWords, SaidAbout } from './Sections';

export interface ContentProps {
  model: CardModel;
  /** Opens a passage in the reader page (in a content script: the `openPassage` message). */
  onOpenPassage(passage: Passage): void;
  /** The reader page's URL for a passage, so each source link is a real link; see passage.ts. */
  passageHref(passage: Passage): string;
  /** Forces a theme (tests, the #4 setting); by default the system's light or dark. */
  theme?: 'light' | 'dark';
}

export interface CardProps extends ContentProps {
  pinned?: boolean;
  /** Without onPin (or onClose) the card has no pin (or close) button: for a page that embeds it. */
  onPin?(): void;
  onClose?(): void;
}

export function Card({ model, pinned = false, onPin, onClose, theme, ...link }: CardProps) {
  const id = useId();
  // Filled after the first paint: a live region that is born with its text is not announced.
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => setAnnouncement(announce(model)), [model]);
  return (
    <div
      class="fn-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-name`}
      aria-describedby={`${id}-sub`}
      tabIndex={-1}
      data-theme={theme}
      data-testid="footnote-card-content"
    >
      <header class="fn-bar">
        <Title model={model} id={id} />
        {onPin && (
          <button
            type="button"
            class="fn-pin"
            aria-pressed={pinned}
            onClick={onPin}
            title="Keep this card open"
          >
            {pinned ? 'Pinned' : 'Pin'}
          </button>
        )}
        {onClose && (
          <button
            type="button"
            class="fn-close"
            aria-label="Close card"
            title="Close (Esc)"
            onClick={onClose}
          >
            ×
          </button>
        )}
      </header>
      <Body model={model} {...link} />
      <div class="fn-sr" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}

/**
 * The card's content without the dialog around it, for a host that draws its own frame (role, pin,
 * close, live region), as the overlay's CardFrame does: the same headings, items and legend.
 */
export function CardContent({ model, theme, ...link }: ContentProps) {
  const id = useId();
  return (
    <div class="fn-card fn-bare" data-theme={theme} data-testid="footnote-card-content">
      <div class="fn-bar">
        <Title model={model} id={id} />
      </div>
      <Body model={model} {...link} />
    </div>
  );
}

function Title({ model, id }: { model: CardModel; id: string }) {
  return (
    <div class="fn-title">
      <h2 id={`${id}-name`}>{model.name}</h2>
      <p class="fn-sub" id={`${id}-sub`}>
        {[TYPE_LABELS[model.header.type], ...model.header.roles].join(' · ')}
      </p>
    </div>
  );
}

/**
 * The roles beyond the header's one or two, only when asked for: a native disclosure, so it opens
 * from the keyboard (Tab, Enter or Space) and says whether it is open to a screen reader.
 */
function MoreRoles({ roles }: { roles: string[] }) {
  if (!roles.length) return null;
  return (
    <details class="fn-roles">
      <summary>{plural(roles.length, 'more role')}</summary>
      <ul>
        {roles.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </details>
  );
}

function Body({ model, ...link }: Omit<ContentProps, 'theme'>) {
  return (
    <div class="fn-body">
      <p class="fn-counts">{counts(model)}</p>
      {/* In the body, not the title: Tab reaches the card's pin and close buttons first. */}
      <MoreRoles roles={model.header.moreRoles} />
      {model.kind === 'actor' ? (
        <>
          <OwnWords groups={model.ownWords} {...link} />
          <SaidAbout
            heading="What others say about them"
            groups={model.saidAbout}
            more={model.saidAboutMore}
            {...link}
          />
        </>
      ) : (
        <>
          <Introductions items={model.introductions} more={model.introductionsMore} {...link} />
          <SaidAbout
            heading="Who said what about it"
            groups={model.saidAbout}
            more={model.saidAboutMore}
            {...link}
          />
        </>
      )}
      <Legend />
    </div>
  );
}

function counts({ header }: CardModel): string {
  const base = `${plural(header.statements, 'statement')} in ${plural(header.sources, 'source')}`;
  return header.hidden > 0 ? `${base}; ${header.hidden} more in sources you have switched off.` : `${base}.`;
}

/** What a screen reader hears when the card opens: whose card, and how much it holds. */
export function announce(model: CardModel): string {
  const topics = model.kind === 'actor' ? model.ownWords.length : 0;
  const what =
    model.kind === 'actor' ? `positions on ${plural(topics, 'topic')}` : 'how the sources introduce it';
  return `Footnote card: ${model.name}. ${counts(model)} ${what}.`;
}
