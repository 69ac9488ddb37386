// How the reader wants cards to open and look: hover delay, an optional modifier key, the marks'
// highlight style and the card theme. In storage.sync (a few dozen bytes), versioned for later shapes.
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';

export const MODIFIERS = ['none', 'alt', 'shift', 'ctrl', 'meta'] as const;
export const HIGHLIGHTS = ['background', 'underline', 'none'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
/** The longest hover delay offered: beyond it a reader would use the keyboard shortcut instead. */
export const MAX_HOVER_DELAY = 2000;

const ReadingSchema = v.object({
  hoverDelay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_HOVER_DELAY)),
  modifier: v.picklist(MODIFIERS),
  highlight: v.picklist(HIGHLIGHTS),
  theme: v.picklist(THEMES),
});

export type Reading = v.InferOutput<typeof ReadingSchema>;

/** The behaviour before this setting existed: 300 ms dwell, no key, a tinted background, the system theme. */
export const DEFAULT_READING: Reading = {
  hoverDelay: 300,
  modifier: 'none',
  highlight: 'background',
  theme: 'system',
};

export const readingItem = storage.defineItem<Reading>('sync:reading', {
  fallback: DEFAULT_READING,
  version: 1,
  // Version 1 is the first stored shape; a later shape adds its upgrade here as `2: (old) => …`.
  migrations: {},
});

/** A stored value, field by field: a field another build left malformed falls back to its default. */
export function readingFrom(value: unknown): Reading {
  const stored = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const out = { ...DEFAULT_READING } as Record<string, unknown>;
  for (const [key, schema] of Object.entries(ReadingSchema.entries)) {
    if (v.is(schema, stored[key])) out[key] = stored[key];
  }
  return out as Reading;
}

export async function getReading(): Promise<Reading> {
  return readingFrom(await readingItem.getValue());
}

/** Stores a change to some fields; refuses an out-of-range value rather than storing it. */
export async function setReading(change: Partial<Reading>): Promise<void> {
  await readingItem.setValue(v.parse(ReadingSchema, { ...(await getReading()), ...change }));
}

export function watchReading(onChange: (reading: Reading) => void): () => void {
  return readingItem.watch((value) => onChange(readingFrom(value)));
}

/** Whether a pointer event has the modifier the reader asked for (always, with none). */
export function modifierHeld(
  reading: Reading,
  e: { altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean },
): boolean {
  switch (reading.modifier) {
    case 'none':
      return true;
    case 'alt':
      return e.altKey;
    case 'shift':
      return e.shiftKey;
    case 'ctrl':
      return e.ctrlKey;
    case 'meta':
      return e.metaKey;
  }
}
