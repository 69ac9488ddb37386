// On a phone the card is a sheet across the screen's width, not a box beside the name: a 380 px box
// beside a name on a 360 px screen would cover the name or leave the screen. The sheet takes the
// larger of the spaces above and below the mark and stops short of it, so it never covers it.

/** Viewports this narrow or narrower get the sheet (CSS px). */
export const SHEET_MAX_WIDTH = 480;
/** The gap kept between the mark and the sheet (CSS px). */
const GAP = 6;
/** A sheet never takes more of the screen than this, so the page stays in sight around it. */
const MAX_SHARE = 0.7;

export interface Sheet {
  /** The screen edge the sheet hangs from. */
  edge: 'top' | 'bottom';
  maxHeight: number;
}

/** Where the sheet goes for a mark spanning `top`..`bottom` in a viewport `height` px high. */
export function sheetFor(mark: { top: number; bottom: number }, height: number): Sheet {
  const cap = Math.round(height * MAX_SHARE);
  const below = Math.floor(height - Math.max(mark.bottom, 0) - GAP);
  const above = Math.floor(Math.min(mark.top, height) - GAP);
  const edge = below >= above ? 'bottom' : 'top';
  return { edge, maxHeight: Math.max(0, Math.min(cap, edge === 'bottom' ? below : above)) };
}
