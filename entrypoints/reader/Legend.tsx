// Who speaks in this source: one button per speaker, numbered and coloured as their statements are in
// the text; pressing one lights up everything that speaker says here.
import { plural } from '@/components/card/format';
import type { Speaker } from './speakers';

interface Props {
  speakers: Speaker[];
  on: ReadonlySet<string>;
  onToggle(name: string): void;
}

export function Legend({ speakers, on, onToggle }: Props) {
  if (!speakers.length) return <p class="muted">Footnote found no statements in this source.</p>;
  return (
    <section class="legend" aria-labelledby="fn-legend">
      <h2 id="fn-legend">Who speaks here</h2>
      <p class="muted">
        Each statement begins with its speaker’s number; a solid underline is a direct quote, a dotted one the
        outlet’s own words. Choose a speaker to light up all they say.
      </p>
      <ul>
        {speakers.map((sp) => (
          <li key={sp.name}>
            <button
              type="button"
              class="legend-item"
              aria-pressed={on.has(sp.name)}
              style={{ '--speaker-hue': sp.hue }}
              data-testid="legend-item"
              onClick={() => onToggle(sp.name)}
            >
              <span class="who-n" data-n={sp.n} aria-hidden="true" />
              {sp.name} <span class="muted">{plural(sp.count, 'statement')}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
