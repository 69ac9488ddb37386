// One statement: its kind label, the words, and where they come from, with a link to the passage.
import type { CardItem, Introduction, Passage } from '@/core/cards/model';
import { formatDate, outletName } from './format';

export interface PassageLinkProps {
  passageHref(passage: Passage): string;
  onOpenPassage(passage: Passage): void;
}

export function Item({ item, ...link }: { item: CardItem } & PassageLinkProps) {
  return (
    <div class="fn-item" data-kind={item.kind} data-statement={item.statementId}>
      <span class="fn-kind">{item.label}</span>
      {/* Quotation marks only where the outlet prints the words as the speaker's own. */}
      {item.kind === 'direct' ? (
        <blockquote class="fn-text">“{item.text}”</blockquote>
      ) : (
        <p class="fn-text">{item.text}</p>
      )}
      <Cite outlet={item.outlet} date={item.date} added={item.dateAdded} passage={item.passage} {...link} />
    </div>
  );
}

export function IntroItem({ intro, ...link }: { intro: Introduction } & PassageLinkProps) {
  return (
    <div class="fn-item" data-kind="introduction">
      <p class="fn-text">{intro.text}</p>
      <Cite
        outlet={intro.outlet}
        date={intro.date}
        added={intro.dateAdded}
        passage={intro.passage}
        {...link}
      />
    </div>
  );
}

function Cite({
  outlet,
  date,
  added,
  passage,
  passageHref,
  onOpenPassage,
}: { outlet: string | null; date: string; added?: boolean; passage: Passage } & PassageLinkProps) {
  // A reader's undated article carries the day it was added: said so, never passed off as published.
  const when = `${added ? 'added ' : ''}${formatDate(date)}`;
  const where = `${outletName(outlet)}, ${when}`;
  return (
    <p class="fn-cite">
      <cite>{outletName(outlet)}</cite> · {added && 'added '}
      <time dateTime={date}>{formatDate(date)}</time> ·{' '}
      <a
        href={passageHref(passage)}
        target="_blank"
        rel="noopener"
        data-passage={`${passage.sourceId}:${passage.start}-${passage.end}`}
        onClick={(event) => {
          // The background opens the reader: a page cannot navigate to an extension page itself.
          event.preventDefault();
          onOpenPassage(passage);
        }}
      >
        Read in source<span class="fn-sr"> ({where})</span>
      </a>
    </p>
  );
}
