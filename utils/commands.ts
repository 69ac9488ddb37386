// The extension's keyboard commands, declared once: the manifest's `commands` block is built from this
// list, and the shortcuts component (components/shortcuts) labels what `commands.getAll()` reports by
// it. The browser owns the keys (readers rebind them in chrome://extensions/shortcuts or Firefox's add-on
// shortcuts), so a page or a text field keeps every key it listens to.

/** Commands the background relays to the active tab's content script. */
export const PAGE_COMMANDS = ['next-mark', 'previous-mark', 'toggle-marks'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

/** The browser's own command for the toolbar button: it opens the popup without reaching our code. */
export const POPUP_COMMAND = '_execute_action';

export interface CommandInfo {
  name: PageCommand | typeof POPUP_COMMAND;
  /** What the browser's shortcut settings and the options page call it. */
  description: string;
  /**
   * The keys the overlay had before the commands API (issue #11). Chrome takes at most four suggested
   * keys; the popup has none, since it never had one and any default may be a key the reader's pages
   * or system already use. The browser leaves a suggestion unbound when another extension holds it.
   */
  suggested?: string;
}

export const COMMANDS: readonly CommandInfo[] = [
  {
    name: 'next-mark',
    description: 'Go to the next marked name and open its card',
    suggested: 'Alt+Shift+Right',
  },
  {
    name: 'previous-mark',
    description: 'Go to the previous marked name and open its card',
    suggested: 'Alt+Shift+Left',
  },
  { name: 'toggle-marks', description: 'Switch the marks off or on for this page', suggested: 'Alt+Shift+F' },
  { name: POPUP_COMMAND, description: 'Open the Footnote popup' },
];

export function isPageCommand(name: unknown): name is PageCommand {
  return (PAGE_COMMANDS as readonly unknown[]).includes(name);
}

type ManifestCommands = Record<string, { description: string; suggested_key?: { default: string } }>;

/** The manifest's `commands`, the same in Chrome and Firefox. */
export function manifestCommands(): ManifestCommands {
  return Object.fromEntries(
    COMMANDS.map(({ name, description, suggested }) => [
      name,
      { description, ...(suggested && { suggested_key: { default: suggested } }) },
    ]),
  );
}
