import { defineBackground } from 'wxt/utils/define-background';
import { handle } from '@/messaging/protocol';
import type { KbIndex } from '@/core/kb';
import { getDeselectedSources } from '@/utils/settings';
import { cardFor } from './card';
import { openPassage, sourceView } from './reader';
import { listSources, summarize } from './kb';
import { matcherFor } from './matcher';
import { actorNames, searchFacets, searchKb } from './search';
import { fetchKb } from './load-kb';
import { LibraryService } from './library';
import { matcherWithLibrary } from './library-matcher';
import { keepEngineForLaterWakes } from './engine-loader';
import { openWelcomeOnInstall } from './welcome';
import { relayCommands } from './commands';

export default defineBackground(() => {
  // The corpus engine is not imported here: the library loads it when an article must be analysed.
  // Chrome can do that at a later wake only if the worker imported it while being installed.
  keepEngineForLaterWakes();
  openWelcomeOnInstall();
  // Fetched on first use, then kept for the worker's lifetime. A failed load is forgotten so that the
  // next message retries instead of serving the same error until the worker restarts.
  let bundled: Promise<KbIndex> | undefined;
  const getBundled = (): Promise<KbIndex> =>
    (bundled ??= fetchKb().catch((error: unknown) => {
      bundled = undefined;
      throw error;
    }));
  // The KB every answer reads: the bundled one extended with the reader's own articles, rebuilt on
  // each change of them (search indexes and compiled matchers are keyed by it, so they follow).
  const library = new LibraryService({ bundled: getBundled });
  const getKb = (): Promise<KbIndex> => library.kb();

  // Listeners are registered synchronously: a Chrome service worker woken by a message only delivers
  // it to listeners that exist when the worker's first turn ends.
  handle('getKbSummary', async () => summarize(await getKb()));
  handle('getMatcher', async () => {
    const [ix, base] = await Promise.all([getKb(), getBundled()]);
    return matcherWithLibrary(ix, base, await matcherFor(base));
  });
  handle('getCard', async (req) => cardFor(await getKb(), req, await getDeselectedSources()));
  handle('openPassage', (passage) => openPassage(passage));
  handle('getSource', async ({ id }) => {
    const ix = await getKb();
    const view = sourceView(ix, id);
    if (!view) return null;
    // A reader's own article: the page it came from, and whether its date is only the day it was added.
    const url = await library.urlOf(id);
    const added = ix.source(id)?.dateSource === 'added';
    return { ...view, ...(url && { url }), ...(added && { dateAdded: true as const }) };
  });
  handle('search', async (req) => searchKb(await getKb(), req, await getDeselectedSources()));
  handle('searchFacets', async () => searchFacets(await getKb(), await getDeselectedSources()));
  handle('actorNames', async (ids) => actorNames(await getKb(), ids));
  handle('getSources', async () => listSources(await getKb()));
  handle('listArticles', () => library.list());
  handle('addArticle', (input) => library.add(input));
  handle('deleteArticle', ({ id }) => library.remove(id));
  handle('exportArticles', () => library.exportFile());
  handle('importArticles', ({ text }) => library.importText(text));
  relayCommands();
});
