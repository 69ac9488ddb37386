// The card's sections: own words by topic (with side-by-side comparisons), what others say, and how
// the sources introduce a term. Each section heads itself so a screen reader can jump between them.
import type { Entry, Introduction, SpeakerGroup, TopicGroup } from '@/core/cards/model';
import { outletName, plural, speakerNote } from './format';
import { IntroItem, Item, type PassageLinkProps } from './Item';

export function OwnWords({ groups, ...link }: { groups: TopicGroup[] } & PassageLinkProps) {
  return (
    <section class="fn-own" aria-label="Their positions, by topic">
      <h3>Their positions, by topic</h3>
      {groups.length === 0 && <p class="fn-note">No statements of theirs in the selected sources.</p>}
      {groups.map((g) => (
        <section key={g.topic} data-topic={g.topic}>
          <h4>{g.label}</h4>
          <ul class="fn-list">
            {g.entries.map((entry) => (
              <li key={entryKey(entry)}>
                <EntryView entry={entry} {...link} />
              </li>
            ))}
          </ul>
          <More n={g.more} />
        </section>
      ))}
    </section>
  );
}

const entryKey = (e: Entry): string => (e.type === 'item' ? e.item.statementId : e.items[0]!.statementId);

function EntryView({ entry, ...link }: { entry: Entry } & PassageLinkProps) {
  if (entry.type === 'item') return <Item item={entry.item} {...link} />;
  const outlets = entry.items.map((i) => outletName(i.outlet)).join(', ');
  return (
    <figure class="fn-compare" aria-label={`The same point in ${entry.items.length} sources: ${outlets}`}>
      <p>
        Same point in {entry.items.length} sources
        {entry.identical ? ', in the same words' : ', worded differently'}:
      </p>
      <div class="fn-columns">
        {entry.items.map((item) => (
          <Item key={item.statementId} item={item} {...link} />
        ))}
      </div>
    </figure>
  );
}

export function SaidAbout({
  heading,
  groups,
  more,
  ...link
}: { heading: string; groups: SpeakerGroup[]; more: number } & PassageLinkProps) {
  return (
    <section class="fn-about" aria-label={heading}>
      <h3>{heading}</h3>
      {groups.length === 0 && <p class="fn-note">Nothing in the selected sources.</p>}
      {groups.map((g) => (
        <section key={g.key} data-speaker={g.key}>
          <h4>
            {g.speaker}
            {speakerNote(g.speakerType) && <span class="fn-note"> ({speakerNote(g.speakerType)})</span>}
          </h4>
          <ul class="fn-list">
            {g.items.map((item) => (
              <li key={item.statementId}>
                <Item item={item} {...link} />
              </li>
            ))}
          </ul>
          <More n={g.more} />
        </section>
      ))}
      <More n={more} />
    </section>
  );
}

export function Introductions({
  items,
  more,
  ...link
}: { items: Introduction[]; more: number } & PassageLinkProps) {
  return (
    <section class="fn-intro" aria-label="How the sources introduce it">
      <h3>How the sources introduce it</h3>
      <p class="fn-note">The sentence where each source first names it; the corpus holds no definitions.</p>
      <ul class="fn-list">
        {items.map((intro) => (
          <li key={intro.passage.sourceId}>
            <IntroItem intro={intro} {...link} />
          </li>
        ))}
      </ul>
      <More n={more} unit="source" />
    </section>
  );
}

function More({ n, unit = 'statement' }: { n: number; unit?: string }) {
  return n > 0 ? (
    <p class="fn-more">{plural(n, `more ${unit}`, `more ${unit}s`)} in the corpus search.</p>
  ) : null;
}
