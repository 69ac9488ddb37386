// Every page in one browser, one tab at a time. A page that hangs or takes the tab down is recorded
// as such after a time limit, and the browser is started afresh if the tab cannot even be closed.
import type { ExtensionBrowser } from '../../tests/e2e/browsers';
import { blankResult, ourUrl, type PageResult } from './report';
import { runPage, type RunOptions } from './run-page';

export interface BrowserRun {
  name: string;
  /** The build's files, as paths inside it ('card-ui.js'). */
  files: Set<string>;
  launch(): Promise<ExtensionBrowser>;
}

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> =>
  Promise.race([p, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms))]);

export async function sweepBrowser(
  run: BrowserRun,
  files: string[],
  options: Omit<RunOptions, 'ours' | 'browser'> & { pageMs: number },
  progress: (line: string) => void,
): Promise<PageResult[]> {
  let browser = await run.launch();
  const results: PageResult[] = [];
  const once = async (file: string, scriptless: boolean) => {
    const page = await browser.browser.newPage();
    try {
      return await runPage(page, file, scriptless, {
        ...options,
        browser,
        ours: ourUrl(browser.origin, run.files),
      });
    } finally {
      // Closed in the background: a hung tab's close is the timeout's business below.
      void page.close().catch(() => {});
    }
  };
  for (const [i, file] of files.entries()) {
    const t0 = Date.now();
    const outcome = await withTimeout(
      (async () => {
        let main = await once(file, false);
        // No figures while still on the page: once in a while the loaded machine starves a tab
        // (seen once in 311 pages, fine on its own); a second try tells a flake from a page we fail on.
        if (main.result.status === 'no-figures' && !main.navigatedAway) {
          main = await once(file, false);
          main.result.note = `second try${main.result.note ? `; ${main.result.note}` : ''}`;
        }
        // The page's scripts sent the tab elsewhere (a redirect refused by the network block): the
        // page as parsed, without its scripts, is what we can test.
        if (main.navigatedAway && main.result.status === 'no-figures') return (await once(file, true)).result;
        if (main.result.status !== 'ok' || !main.result.pageDomChanges) return main.result;
        // Something changed the DOM while the page's scripts ran: whatever still changes without
        // them is ours.
        const control = await once(file, true);
        return {
          ...main.result,
          domChanges: control.result.domChanges,
          ourErrors: [...main.result.ourErrors, ...control.result.ourErrors],
        };
      })(),
      options.pageMs,
    );
    let result: PageResult;
    if (outcome === 'timeout') {
      result = { ...empty(file), status: 'timeout', note: `no end within ${options.pageMs / 1000} s` };
      // A tab stuck in a page's endless loop may never close, nor let its browser go on: start afresh.
      await stop(browser);
      browser = await run.launch();
    } else result = { ...outcome, file, ms: 0 };
    result.ms = Date.now() - t0;
    results.push(result);
    const f = result.figures;
    progress(
      `[${run.name} ${i + 1}/${files.length}] ${file}: ${result.status}${f ? `, ${result.marks.length} marks, ${(f.setup + f.busy).toFixed(0)} ms` : ''}` +
        `${result.ourErrors.length ? `, ${result.ourErrors.length} errors of ours` : ''}${result.domChanges.length ? `, ${result.domChanges.length} DOM changes` : ''}`,
    );
  }
  await stop(browser);
  return results;
}

/** Closes the browser, or kills the process we started when it will not close. */
async function stop(browser: ExtensionBrowser): Promise<void> {
  const closed = await withTimeout(
    browser.close().catch(() => {}),
    15_000,
  );
  if (closed === 'timeout') browser.browser.process()?.kill('SIGKILL');
}

const empty = (file: string): PageResult => ({ file, ms: 0, ...blankResult('not reached') });
