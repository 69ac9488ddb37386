// "Add this page to your articles" (issue #4): the page's content script reads the article with
// Readability on a copy of the page, and the background adds it to the reader's library and the KB.
// The answer (added, already there, no article found) is said in a polite live region.
import * as v from 'valibot';
import { useState } from 'preact/hooks';
import { request } from '@/messaging/protocol';
import { EXTRACT_QUERY, ExtractedPageSchema } from '@/messaging/library-page';
import { askActiveTab } from './activeTab';

type State = { step: 'idle' } | { step: 'busy'; doing: string } | { step: 'done'; ok: boolean; text: string };

/** The page's article into the library; what happened, in a sentence. */
export async function addThisPage(onStep: (doing: string) => void): Promise<{ ok: boolean; text: string }> {
  onStep('Reading the article on the page…');
  const raw = await askActiveTab({ type: EXTRACT_QUERY });
  if (raw === undefined) {
    return {
      ok: false,
      text: 'Footnote cannot read this tab: it is a browser page, or it was opened before Footnote was installed (reload it).',
    };
  }
  const page = v.safeParse(ExtractedPageSchema, raw);
  if (!page.success) return { ok: false, text: 'The page gave an answer Footnote cannot use.' };
  if ('error' in page.output) return { ok: false, text: `Not added: ${page.output.error}.` };
  onStep('Finding who said what…');
  const { text, title, outlet, url, date } = page.output;
  const r = await request('addArticle', { text, title, outlet, url, date, origin: 'page' });
  return r.ok ? { ok: true, text: r.message } : { ok: false, text: r.error };
}

export function AddThisPage() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const run = async () => {
    try {
      const done = await addThisPage((doing) => setState({ step: 'busy', doing }));
      setState({ step: 'done', ...done });
    } catch (e) {
      setState({ step: 'done', ok: false, text: `Not added: ${(e as Error).message}` });
    }
  };
  const busy = state.step === 'busy';
  return (
    <section class="fn-add-page" aria-labelledby="fn-add-page">
      <h2 id="fn-add-page" class="fn-h">
        Your articles
      </h2>
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus it holds. */}
      <button
        type="button"
        onClick={() => void (busy || run())}
        aria-disabled={busy}
        aria-describedby="fn-add-status"
      >
        Add this page to your articles
      </button>
      <p id="fn-add-status" role="status" class={busy ? 'muted' : undefined}>
        {state.step === 'busy' ? state.doing : state.step === 'done' ? state.text : ''}
      </p>
    </section>
  );
}
