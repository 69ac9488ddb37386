import { LEGEND } from '@/core/cards/kinds';

/** What each label promises about whose words the reader is reading. */
export function Legend() {
  return (
    <details class="fn-legend">
      <summary>What the labels mean</summary>
      <dl>
        {LEGEND.map((l) => [
          <dt key={`${l.kind}-t`}>{l.label}</dt>,
          <dd key={`${l.kind}-d`}>{l.meaning}</dd>,
        ])}
      </dl>
      <p>
        What others say about someone is listed apart, under its speaker’s name, and never as that person’s
        words.
      </p>
    </details>
  );
}
