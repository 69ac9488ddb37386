// The keyboard shortcuts as the browser binds them now, and where to change them: on the options page
// and the welcome page. Read again when the page is shown again, since the reader changes the keys on
// a page of the browser's own, not here.
import { Fragment } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import {
  boundShortcuts,
  CHANGE_SHORTCUTS,
  openShortcutSettings,
  type BoundShortcut,
  type ShortcutBrowser,
} from './bound';
import './shortcuts.css';

const defaultBrowser = (): ShortcutBrowser => (import.meta.env.FIREFOX ? 'firefox' : 'chrome');

export interface ShortcutsProps {
  /** The heading level the surrounding page needs; h2 by default. */
  heading?: 'h2' | 'h3';
  /** Which browser's instructions; the build's own by default. */
  browserKind?: ShortcutBrowser;
}

export function Shortcuts({ heading: Heading = 'h2', browserKind = defaultBrowser() }: ShortcutsProps) {
  const [list, setList] = useState<BoundShortcut[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [cannotOpen, setCannotOpen] = useState(false);
  // Unique wherever the section is placed, however many times a page shows it.
  const titleId = useId();

  useEffect(() => {
    const load = () =>
      void boundShortcuts().then(
        (l) => (setList(l), setFailed(false)),
        () => setFailed(true),
      );
    const onShow = () => document.visibilityState === 'visible' && load();
    load();
    document.addEventListener('visibilitychange', onShow);
    window.addEventListener('focus', load);
    return () => {
      document.removeEventListener('visibilitychange', onShow);
      window.removeEventListener('focus', load);
    };
  }, []);

  return (
    <section data-testid="shortcuts" aria-labelledby={titleId}>
      <Heading id={titleId}>Keyboard shortcuts</Heading>
      {failed ? (
        <p class="error">The browser did not say which keys are set.</p>
      ) : !list ? (
        <p class="muted">Loading the shortcuts…</p>
      ) : (
        <table class="fn-shortcuts">
          <tbody>
            {list.map((s) => (
              <tr key={s.name} data-command={s.name}>
                <th scope="row">{s.description}</th>
                <td>{s.keys.length ? <Keys keys={s.keys} /> : <span class="muted">not set</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        The browser owns these keys, so a page and its text fields keep theirs.{' '}
        {CHANGE_SHORTCUTS[browserKind]}{' '}
        <button
          type="button"
          onClick={() => void openShortcutSettings(browserKind).then((ok) => setCannotOpen(!ok))}
        >
          Change shortcuts
        </button>
      </p>
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
