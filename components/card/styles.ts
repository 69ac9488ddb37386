// The card's CSS as a string, for the overlay to put in its shadow root (and the popup in a <style>).
// Every rule is scoped to .fn-card so it cannot leak out where there is no shadow root; `:host { all:
// initial }` stops the page's inherited styles at the shadow boundary; sizes are px, not rem, since
// rem would follow the page's root font size. Light and dark follow the system; data-theme overrides.
const LIGHT = `
  --fn-fg: #1d1d1f; --fn-muted: #5f5f66; --fn-bg: #ffffff; --fn-raised: #f6f6f8; --fn-line: #d6d6dc;
  --fn-accent: #0b57d0; --fn-focus: #b35900; --fn-direct: #0f6b3a; --fn-indirect: #6b4a00;
  --fn-described: #6e2f8f; --fn-pin: #fff1d6; --fn-mark: #fff3a8;`;
const DARK = `
  --fn-fg: #f2f2f5; --fn-muted: #b0b0b8; --fn-bg: #1e1e22; --fn-raised: #2a2a30; --fn-line: #44444c;
  --fn-accent: #8ab4f8; --fn-focus: #ffb454; --fn-direct: #7ddc9f; --fn-indirect: #f2c45a;
  --fn-described: #d7a6f0; --fn-pin: #4a3a12; --fn-mark: #5a4b00;`;

export const CARD_CSS = `
:host { all: initial; }
.fn-card {${LIGHT}
  all: initial; display: block; box-sizing: border-box; width: 380px; max-width: 100%; max-height: 480px;
  overflow: auto; overscroll-behavior: contain; color: var(--fn-fg); background: var(--fn-bg);
  border: 1px solid var(--fn-line); border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  color-scheme: light;
}
/* Inside a host's own frame: no second border, shadow, width or scroll box. */
/* Its own background stays, so a theme override (data-theme) never puts light text on a light frame. */
.fn-card.fn-bare { width: auto; max-height: none; overflow: visible; border: 0; border-radius: 0; box-shadow: none; }
.fn-card.fn-bare .fn-bar { position: static; padding: 0 0 6px; }
.fn-card.fn-bare .fn-body { padding: 8px 0 0; }
@media (prefers-color-scheme: dark) { .fn-card:not([data-theme="light"]) {${DARK} color-scheme: dark; } }
.fn-card[data-theme="dark"] {${DARK} color-scheme: dark; }
.fn-card *, .fn-card *::before, .fn-card *::after { box-sizing: border-box; }
.fn-card :where(h2, h3, h4, p, ul, ol, li, dl, dt, dd, blockquote, figure, section, header, details, summary) {
  margin: 0; padding: 0; font: inherit; color: inherit; list-style: none; border: 0; background: none;
}
.fn-card:focus { outline: none; }
.fn-card:focus-visible, .fn-card :focus-visible { outline: 2px solid var(--fn-focus); outline-offset: 2px; }
.fn-card .fn-bar { position: sticky; top: 0; z-index: 1; display: flex; align-items: flex-start; gap: 6px;
  padding: 8px 8px 6px 12px; background: var(--fn-bg); border-bottom: 1px solid var(--fn-line); }
.fn-card .fn-title { flex: 1; min-width: 0; }
.fn-card h2 { font-size: 16px; font-weight: 650; line-height: 1.3; }
.fn-card .fn-sub { color: var(--fn-muted); font-size: 12px; }
.fn-card button { all: unset; box-sizing: border-box; cursor: pointer; font: 12px/1.2 system-ui, sans-serif;
  color: var(--fn-fg); padding: 4px 8px; border: 1px solid var(--fn-line); border-radius: 4px; }
.fn-card button:hover { background: var(--fn-raised); }
.fn-card button[aria-pressed="true"] { background: var(--fn-pin); }
.fn-card .fn-close { font-size: 16px; line-height: 1; padding: 3px 8px; }
.fn-card .fn-body { padding: 8px 12px 12px; display: grid; gap: 12px; }
.fn-card .fn-counts { color: var(--fn-muted); font-size: 12px; }
.fn-card h3 { font-size: 13px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.03em;
  color: var(--fn-muted); margin-bottom: 6px; }
.fn-card h4 { font-size: 13px; font-weight: 650; margin: 8px 0 4px; }
.fn-card .fn-note { color: var(--fn-muted); font-size: 12px; font-weight: 400; }
.fn-card .fn-list { display: grid; gap: 8px; }
.fn-card .fn-item { padding: 6px 8px; background: var(--fn-raised); border-radius: 6px;
  border-left: 3px solid var(--fn-line); }
.fn-card .fn-item[data-kind="direct"] { border-left-color: var(--fn-direct); }
.fn-card .fn-item[data-kind="indirect"] { border-left-color: var(--fn-indirect); }
.fn-card .fn-item[data-kind="according_to"], .fn-card .fn-item[data-kind="position"] { border-left-color: var(--fn-described); }
.fn-card .fn-kind { display: inline-block; font-size: 11px; font-weight: 650; text-transform: uppercase;
  letter-spacing: 0.03em; }
.fn-card [data-kind="direct"] > .fn-kind { color: var(--fn-direct); }
.fn-card [data-kind="indirect"] > .fn-kind { color: var(--fn-indirect); }
.fn-card [data-kind="according_to"] > .fn-kind, .fn-card [data-kind="position"] > .fn-kind { color: var(--fn-described); }
.fn-card .fn-text { overflow-wrap: anywhere; }
.fn-card blockquote.fn-text { font-style: italic; }
.fn-card .fn-cite { margin-top: 2px; color: var(--fn-muted); font-size: 12px; }
.fn-card cite { font-style: normal; }
.fn-card a { color: var(--fn-accent); text-decoration: underline; text-underline-offset: 2px; cursor: pointer; }
.fn-card .fn-compare { padding: 6px; border: 1px dashed var(--fn-line); border-radius: 6px; }
.fn-card .fn-compare > p { font-size: 12px; color: var(--fn-muted); margin-bottom: 4px; }
.fn-card .fn-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 6px; }
.fn-card .fn-more { color: var(--fn-muted); font-size: 12px; }
.fn-card details { font-size: 12px; color: var(--fn-muted); }
.fn-card summary { cursor: pointer; display: list-item; list-style: disclosure-closed inside; }
.fn-card details[open] summary { list-style-type: disclosure-open; }
.fn-card .fn-roles ul { margin-top: 2px; padding-left: 14px; display: grid; gap: 1px; }
.fn-card dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin-top: 4px; }
.fn-card dt { font-weight: 650; }
.fn-card .fn-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  clip-path: inset(50%); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) { .fn-card { scroll-behavior: smooth; } }
`;
