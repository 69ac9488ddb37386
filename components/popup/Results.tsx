// The listbox of the search: options grouped (people and groups · terms · statements), the matched
// letters emphasised. Focus stays in the text field; the active option is named by aria-activedescendant.
import type { PopupHit, SearchAnswer } from '@/messaging/search-schemas';

export const GROUPS = [
  { key: 'actors', title: 'People and groups' },
  { key: 'terms', title: 'Terms' },
  { key: 'statements', title: 'Statements' },
] as const;

/** The options in the order they are shown and stepped through. */
export function flatten(results: SearchAnswer | null): PopupHit[] {
  return results ? GROUPS.flatMap((g) => results[g.key]) : [];
}

export const optionId = (base: string, i: number) => `${base}-opt-${i}`;

interface Props {
  id: string;
  results: SearchAnswer;
  active: number;
  onChoose(index: number): void;
  onHover(index: number): void;
}

export function Results({ id, results, active, onChoose, onHover }: Props) {
  let i = 0;
  return (
    <div id={id} role="listbox" aria-label="Search results" class="fn-results">
      {GROUPS.map(({ key, title }) => {
        const hits = results[key];
        if (!hits.length) return null;
        return (
          <div role="group" aria-labelledby={`${id}-${key}`} key={key}>
            <div class="fn-group" id={`${id}-${key}`} role="presentation">
              {title}
            </div>
            {hits.map((hit) => {
              const n = i++;
              return (
                <div
                  key={`${hit.kind}:${hit.id}`}
                  id={optionId(id, n)}
                  role="option"
                  aria-selected={n === active}
                  class={n === active ? 'fn-option fn-active' : 'fn-option'}
                  data-testid="search-option"
                  // mousedown would move focus out of the text field before the click lands.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onChoose(n)}
                  onMouseMove={() => n !== active && onHover(n)}
                >
                  <span class="fn-label">{emphasise(hit.label, hit.ranges)}</span>
                  <span class="fn-detail">{hit.detail}</span>
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}

/** The label with its matched ranges in <mark>, statements cut to a readable line. */
function emphasise(label: string, ranges: [number, number][]) {
  const parts: (string | preact.JSX.Element)[] = [];
  let at = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (s < at || e > label.length) continue;
    if (s > at) parts.push(label.slice(at, s));
    parts.push(<mark key={s}>{label.slice(s, e)}</mark>);
    at = e;
  }
  if (at < label.length) parts.push(label.slice(at));
  return parts;
}
