// The Reading option: how cards open (hover delay, an optional modifier key) and look (highlight
// style, theme). Each change is stored at once; open tabs' overlays watch it (utils/reading.ts) and
// apply it without a reload: the highlight style swaps the marks' highlight (content/reading.ts).
import { useEffect, useState } from 'preact/hooks';
import {
  getReading,
  HIGHLIGHTS,
  MAX_HOVER_DELAY,
  MODIFIERS,
  setReading,
  THEMES,
  watchReading,
  type Reading,
} from '@/utils/reading';

const LABELS: Record<string, string> = {
  none: 'None',
  alt: 'Alt (Option)',
  shift: 'Shift',
  ctrl: 'Ctrl',
  meta: 'Cmd / Win',
  background: 'Tinted background',
  underline: 'Underline',
  system: 'As the system',
  light: 'Light',
  dark: 'Dark',
};

export function ReadingSettings() {
  const [reading, setValue] = useState<Reading | null>(null);
  useEffect(() => {
    const unwatch = watchReading(setValue);
    void getReading().then(setValue);
    return unwatch;
  }, []);
  if (!reading) return <p class="muted">Loading the reading settings…</p>;
  const save = (change: Partial<Reading>) => void setReading(change);
  return (
    <section data-testid="reading-settings">
      <h2>Reading</h2>
      <p>
        <label>
          Hover delay before a card opens:{' '}
          <input
            type="number"
            min={0}
            max={MAX_HOVER_DELAY}
            step={50}
            value={reading.hoverDelay}
            onChange={(e) => {
              const ms = Math.round(Number(e.currentTarget.value));
              if (ms >= 0 && ms <= MAX_HOVER_DELAY) save({ hoverDelay: ms });
            }}
          />{' '}
          ms (0–{MAX_HOVER_DELAY})
        </label>
      </p>
      <Choice
        name="modifier"
        label="Open cards on hover only while holding"
        options={MODIFIERS}
        value={reading.modifier}
        onChange={(modifier) => save({ modifier })}
      />
      <Choice
        name="highlight"
        label="Highlight style of names"
        options={HIGHLIGHTS}
        labels={{ none: 'None (names still open cards)' }}
        value={reading.highlight}
        onChange={(highlight) => save({ highlight })}
      />
      <Choice
        name="theme"
        label="Card theme"
        options={THEMES}
        value={reading.theme}
        onChange={(theme) => save({ theme })}
      />
    </section>
  );
}

interface ChoiceProps<T extends string> {
  /** The setting's key, also the select's test id (reading-<name>). */
  name: string;
  label: string;
  labels?: Partial<Record<T, string>>;
  options: readonly T[];
  value: T;
  onChange(value: T): void;
}

function Choice<T extends string>({ name, label, labels, options, value, onChange }: ChoiceProps<T>) {
  return (
    <p>
      <label>
        {label}:{' '}
        <select
          value={value}
          data-testid={`reading-${name}`}
          onChange={(e) => onChange(e.currentTarget.value as T)}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {labels?.[option] ?? LABELS[option] ?? option}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}
