// The welcome page's keyboard section: the keys as bound now, Esc, and where each browser lets the
// reader change them.
import { browser } from 'wxt/browser';
import { useLoad } from '../useLoad';
import { shortcutRows, type Command } from './shortcuts';

/** The browser's commands, or null where there is no commands API (Firefox for Android). */
async function commands(): Promise<Command[] | null> {
  try {
    return (await browser.commands?.getAll?.()) ?? null;
  } catch {
    return null;
  }
}

export function Shortcuts() {
  const loaded = useLoad(commands);
  if (loaded.state === 'loading') return <p class="muted">Reading your shortcuts…</p>;
  const { rows, bound } = shortcutRows(loaded.state === 'ready' ? loaded.value : null);
  return (
    <>
      <table class="shortcuts" data-testid="shortcuts">
        <caption class="sr">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {[...rows, { keys: 'Esc', what: 'Close the card and go back where you were' }].map((r) => (
            <tr key={r.what}>
              <td>
                <kbd>{r.keys}</kbd>
              </td>
              <td>{r.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        The shortcuts leave text fields alone.
        {bound &&
          ' To change them: in Chrome, chrome://extensions/shortcuts; in Firefox, Add-ons and themes → the gear menu → Manage Extension Shortcuts.'}
      </p>
    </>
  );
}
