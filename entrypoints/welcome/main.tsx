// The first-run page (opened once on install by the background, reachable later from the popup and the
// options page): what Footnote does, a live example, the keys as bound now, where the settings are,
// and that nothing leaves the browser.
import { render } from 'preact';
import { Shortcuts } from '@/components/shortcuts/Shortcuts';
import { Example } from '@/components/welcome/Example';
import '@/components/base.css';
import './welcome.css';

function Welcome() {
  return (
    <main>
      <h1>Welcome to Footnote</h1>
      <p>
        On news pages, Footnote marks the people, governments and key terms its bundled corpus of articles
        knows. Open a mark and a card shows what the corpus reports of them: who said what, where, quoted
        exactly, with a link to each passage.
      </p>
      <section aria-labelledby="try">
        <h2 id="try">Try it</h2>
        <p>
          Rest the mouse on a marked name, tap it, or press Tab to reach it: its card opens below the
          paragraph.
        </p>
        <Example />
      </section>
      <section aria-labelledby="pages">
        <h2 id="pages">On a news page</h2>
        <ul>
          <li>With a mouse, rest on a mark; the card closes when you move away, unless you pin it.</li>
          <li>
            On a touch screen, tap a mark; tap anywhere else or the × to close the card. A name that is also a
            link still follows the link when tapped: press and hold it for its card.
          </li>
          <li>From the keyboard, with the shortcuts below.</li>
        </ul>
        <Shortcuts heading="h3" />
      </section>
      <section aria-labelledby="settings">
        <h2 id="settings">Sources, sites and your own articles</h2>
        <p>
          Choose which sources the cards draw on, the sites Footnote runs on, and add articles of your own
          (pasted, from files, or “Add this page” in the toolbar popup) on the{' '}
          <a href="/options.html" data-testid="options-link">
            options page
          </a>
          .
        </p>
      </section>
      <p class="privacy" data-testid="privacy">
        Everything runs in your browser: the corpus ships inside Footnote, and nothing you read or add is sent
        anywhere.
      </p>
    </main>
  );
}

render(<Welcome />, document.getElementById('app')!);
