// Styles of our shadow root only; page CSS cannot reach in, and these cannot leak out. Light and dark
// follow the reader's system setting, as the page's own theme is not ours to read.
// The dark look of a frame matched by `f`: under a dark system unless the reader forced light
// (data-theme, the Reading option), and always when they forced dark.
const dark = (f: string) => `
  ${f} { color: #f2f2f5; background: #1f1f23; border-color: #3a3a40; }
  ${f} .bar { border-bottom-color: #333338; }
  ${f} .brand, ${f} .note { color: #a0a0a8; }
  ${f} .pin[aria-pressed="true"] { background: #4a3a12; border-color: #8a6a20; }`;

export const FRAME_CSS = `
:host { all: initial; }
.frame {
  position: fixed; top: 0; left: 0; box-sizing: border-box;
  width: max-content; max-width: min(380px, calc(100vw - 16px)); max-height: min(420px, 70vh); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
  letter-spacing: normal; word-spacing: normal;
  background: #fff; border: 1px solid #d0d0d5; border-radius: 8px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18); outline: none;
}
.frame:focus-visible { outline: 2px solid #b36b00; outline-offset: 2px; }
.bar { display: flex; align-items: center; gap: 6px; padding: 4px 6px 4px 10px; border-bottom: 1px solid #ececf0; }
.brand { flex: 1; font-size: 11px; letter-spacing: 0.04em; text-transform: uppercase; color: #6e6e73; }
button { font: inherit; font-size: 12px; color: inherit; background: none; border: 1px solid transparent;
  border-radius: 4px; padding: 2px 6px; cursor: pointer; }
button:hover { border-color: #d0d0d5; }
button:focus-visible { outline: 2px solid #b36b00; }
.pin[aria-pressed="true"] { background: #fff1d6; border-color: #e0b060; }
.close { font-size: 16px; line-height: 1; }
.body { padding: 8px 12px 12px; }
.name { margin: 0; font-size: 16px; font-weight: 600; }
.note { margin: 0; color: #6e6e73; }
.frame[data-sheet] { right: 0; width: auto; max-width: none; overscroll-behavior: contain; }
.frame[data-sheet] .bar { position: sticky; top: 0; z-index: 1; background: inherit; }
.frame[data-sheet="bottom"] { border-radius: 12px 12px 0 0; border-bottom-width: 0; }
.frame[data-sheet="top"] { border-radius: 0 0 12px 12px; border-top-width: 0; }
/* A fingertip is about 9 mm wide: pin and close get 44 px targets (WCAG 2.5.5) on a touch screen,
   and on a phone-wide sheet (a phone's browser may not report its pointer as coarse). */
.frame[data-sheet] .bar button { min-width: 44px; min-height: 44px; }
.frame[data-sheet] .close { font-size: 22px; }
@media (pointer: coarse) {
  .bar button { min-width: 44px; min-height: 44px; }
  .close { font-size: 22px; }
}
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
${dark('.frame:not([data-theme="light"])')}
}
${dark('.frame[data-theme="dark"]')}
`;
