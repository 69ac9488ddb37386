// The keyboard shortcuts, on the options page and the welcome page: the keys as the browser binds them
// now and where to change them, or, where the browser cannot say, the keys Footnote suggests. Read
// again when the page is shown again, since the reader changes the keys on a page of the browser's
// own, not here.
import { Fragment } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { boundShortcuts, type ShortcutList } from './bound';
import { buildBrowser, CHANGE_SHORTCUTS, openShortcutSettings, type ShortcutBrowser } from './change';
import './shortcuts.css';

export interface ShortcutsProps {
  /** The heading level the surrounding page needs; h2 by default. */
  heading?: 'h2' | 'h3';
  /** Which browser's instructions; the build's own by default. */
  browserKind?: ShortcutBrowser;
}

export function Shortcuts({ heading: Heading = 'h2', browserKind = buildBrowser() }: ShortcutsProps) {
  const [list, setList] = useState<ShortcutList | null>(null);
  const [cannotOpen, setCannotOpen] = useState(false);
  // Unique wherever the section is placed, however many times a page shows it.
  const titleId = useId();

  useEffect(() => {
    let current = true;
    // boundShortcuts never rejects: without an answer it gives the suggested keys.
    const load = () => void boundShortcuts().then((l) => current && setList(l));
    const onShow = () => document.visibilityState === 'visible' && load();
    load();
    document.addEventListener('visibilitychange', onShow);
    window.addEventListener('focus', load);
    return () => {
      current = false;
      document.removeEventListener('visibilitychange', onShow);
      window.removeEventListener('focus', load);
    };
  }, []);

  return (
    <section class="fn-shortcuts" data-testid="shortcuts" aria-labelledby={titleId}>
      <Heading id={titleId}>Keyboard shortcuts</Heading>
      {!list ? (
        <p class="muted">Loading the shortcuts…</p>
      ) : (
        <>
          {!list.bound && (
            <p>This browser does not say which keys are set; these are the keys Footnote suggests.</p>
          )}
          <table>
            <tbody>
              {list.shortcuts.map((s) => (
                <tr key={s.name} data-command={s.name}>
                  <th scope="row">{s.description}</th>
                  <td>{s.keys.length ? <Keys keys={s.keys} /> : <span class="muted">not set</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <kbd>Esc</kbd> closes a card and takes you back where you were. The browser owns the shortcuts, so a
        page and its text fields keep their keys.
      </p>
      {/* Only for keys the browser has bound: there is nothing to change where it has no commands. */}
      {list?.bound && (
        <p>
          {CHANGE_SHORTCUTS[browserKind]}{' '}
          <button
            type="button"
            onClick={() => void openShortcutSettings(browserKind).then((ok) => setCannotOpen(!ok))}
          >
            Change shortcuts
          </button>
        </p>
      )}
      {/* In the page from the start, so a screen reader hears the sentence when it appears. */}
      <p role="status">
        {cannotOpen && 'This browser does not let Footnote open that page: open it as above.'}
      </p>
    </section>
  );
}

function Keys({ keys }: { keys: string[] }) {
  return (
    <span>
      {keys.map((k, i) => (
        <Fragment key={i}>
          {i > 0 && '+'}
          <kbd>{k}</kbd>
        </Fragment>
      ))}
    </span>
  );
}
