// "Your articles" on the options page (issue #4): paste an article, add or import files, export, and
// the list with delete. Every change goes through the background (which stores it, runs the engine and
// rebuilds the knowledge base), one at a time; what happened is said in a polite live region.
import { useRef, useState } from 'preact/hooks';
import { exportFileName } from '@/core/library';
import { request } from '@/messaging/protocol';
import { LIMITS, type ArticleEntry } from '@/messaging/library-schemas';
import { useLoad } from '../useLoad';
import { addFile } from './YourArticlesFiles';
import { ArticleList, Confirm, articleName } from './YourArticlesList';
import { PasteArticle, type PasteFields } from './YourArticlesPaste';

interface Props {
  /** Changes when the KB changes (here or from the popup), so the list is asked again. */
  revision: number;
  /** Told after each change made here. */
  onChange(): void;
}

type Said = { ok: boolean; text: string }[];

export function YourArticles({ revision, onChange }: Props) {
  const [own, setOwn] = useState(0);
  const library = useLoad(() => request('listArticles'), `${revision}/${own}`);
  const [busy, setBusy] = useState<string | null>(null);
  const [said, setSaid] = useState<Said>([]);
  const [askingAll, setAskingAll] = useState(false);
  // A deleted article's button goes with it: focus then goes to the list's heading, not to the page's top.
  const listHeading = useRef<HTMLHeadingElement>(null);
  const refocus = () => listHeading.current?.focus();

  /** Runs one change with its progress line, then says how it went and reloads the list. */
  const run = async (doing: string, change: () => Promise<Said>): Promise<Said> => {
    if (busy) return [];
    setBusy(doing);
    setSaid([]);
    let result: Said;
    try {
      result = await change();
    } catch (e) {
      result = [{ ok: false, text: `Something went wrong: ${(e as Error).message}` }];
    }
    setBusy(null);
    setSaid(result);
    setOwn((n) => n + 1);
    onChange();
    return result;
  };

  const paste = async (f: PasteFields) => {
    const [r] = await run('Finding who said what in the article…', async () => {
      // Beyond what a message may carry; newArticle words every smaller excess itself.
      if (f.text.length > LIMITS.libraryBytes) {
        return [{ ok: false, text: 'Not added: the text is over 20 MB; one article may be 5 MB at most.' }];
      }
      const a = await request('addArticle', { ...f, origin: 'paste' });
      return [a.ok ? { ok: true, text: a.message } : { ok: false, text: a.error }];
    });
    return r?.ok ?? false;
  };

  const files = (list: FileList | null) => {
    const chosen = [...(list ?? [])];
    if (!chosen.length) return;
    void run(`Reading ${chosen.length === 1 ? chosen[0]!.name : `${chosen.length} files`}…`, async () => {
      const out: Said = [];
      for (const file of chosen) {
        const r = await addFile(file);
        out.push({ ok: r.ok, text: `${r.name}: ${r.text}` });
      }
      return out;
    });
  };

  const remove = (a: ArticleEntry) =>
    void run(`Deleting “${articleName(a)}”…`, async () => {
      const r = await request('deleteArticle', { id: a.id });
      return [r.ok ? { ok: true, text: r.message } : { ok: false, text: r.error }];
    }).then(refocus);

  const removeAll = (all: ArticleEntry[]) =>
    void run(`Deleting ${all.length} articles…`, async () => {
      for (const a of all) {
        const r = await request('deleteArticle', { id: a.id });
        if (!r.ok) return [{ ok: false, text: r.error }];
      }
      return [{ ok: true, text: `Deleted all ${all.length} articles.` }];
    }).then(refocus);

  const exportAll = async () => {
    const file = await request('exportArticles');
    if (!file.count) {
      setSaid([{ ok: false, text: 'There is nothing to export yet.' }]);
      return;
    }
    const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName || exportFileName();
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setSaid([
      { ok: true, text: `Exported ${file.count} article${file.count === 1 ? '' : 's'} to ${file.fileName}.` },
    ]);
  };

  const articles = library.state === 'ready' ? library.value.articles : [];
  return (
    <section data-testid="your-articles" aria-labelledby="fn-yours-h" aria-busy={busy !== null}>
      <h2 id="fn-yours-h">Your articles</h2>
      <p class="muted">
        Articles you add join the knowledge base as sources of their own: their speakers appear in search and
        cards, and you can switch them off above. They stay in this browser. To add the page you are reading,
        use “Add this page to your articles” in Footnote’s toolbar popup.
      </p>
      <PasteArticle busy={busy !== null} onAdd={paste} />
      <h3>Add or import files</h3>
      <label for="fn-files">
        Text (.txt, .md) or saved web pages (.html) as articles, or a Footnote export (.json) to import
      </label>{' '}
      <input
        id="fn-files"
        type="file"
        multiple
        accept=".txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json"
        onChange={(e) => {
          const input = e.currentTarget;
          files(input.files);
          input.value = ''; // the same file chosen again is a new attempt
        }}
      />
      <div role="status" aria-live="polite" class="fn-said" data-testid="articles-status">
        {busy && <p class="muted">{busy}</p>}
        {said.map((s, i) => (
          <p key={i} class={s.ok ? undefined : 'error'}>
            {s.text}
          </p>
        ))}
      </div>
      <h3 ref={listHeading} tabIndex={-1}>
        Your {articles.length} article{articles.length === 1 ? '' : 's'}
      </h3>
      {library.state === 'loading' && <p class="muted">Loading your articles…</p>}
      {library.state === 'error' && <p class="error">Your articles could not be listed: {library.error}</p>}
      {library.state === 'ready' && (
        <>
          {library.value.damaged.map((d) => (
            <p key={d.id} class="error">
              A stored article ({d.id}) could not be read: {d.reason}. It is kept as it is.{' '}
              <button
                type="button"
                onClick={() =>
                  void run('Deleting the damaged record…', async () => {
                    const r = await request('deleteArticle', { id: d.id });
                    return [r.ok ? { ok: true, text: r.message } : { ok: false, text: r.error }];
                  })
                }
              >
                Delete the damaged record
              </button>
            </p>
          ))}
          {library.value.problems.map((p, i) => (
            <p key={i} class="error">
              {p}
            </p>
          ))}
          <p>
            <button type="button" onClick={() => void exportAll()} aria-disabled={busy !== null}>
              Export your articles
            </button>{' '}
            {articles.length > 0 &&
              (askingAll ? (
                <Confirm
                  name={`all ${articles.length} articles`}
                  onYes={() => {
                    setAskingAll(false);
                    removeAll(articles);
                  }}
                  onNo={() => setAskingAll(false)}
                />
              ) : (
                <button
                  type="button"
                  aria-disabled={busy !== null}
                  onClick={() => !busy && setAskingAll(true)}
                >
                  Delete all…
                </button>
              ))}
          </p>
          <ArticleList articles={articles} busy={busy !== null} onDelete={remove} />
        </>
      )}
    </section>
  );
}
