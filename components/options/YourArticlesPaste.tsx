// Paste an article: its text, and optionally its title, outlet, address and date. Checked by the
// background (empty, too big, duplicate, a bad address or date get their reason); the fields are kept
// on a refusal so the reader can mend them, and cleared once the article is in.
import { useState } from 'preact/hooks';

export interface PasteFields {
  text: string;
  title: string;
  outlet: string;
  url: string;
  date: string;
}

const EMPTY: PasteFields = { text: '', title: '', outlet: '', url: '', date: '' };

interface Props {
  busy: boolean;
  /** Resolves true when the article was added. */
  onAdd(fields: PasteFields): Promise<boolean>;
}

export function PasteArticle({ busy, onAdd }: Props) {
  const [fields, setFields] = useState<PasteFields>(EMPTY);
  const field = (name: keyof PasteFields) => ({
    value: fields[name],
    onInput: (e: Event) => setFields({ ...fields, [name]: (e.currentTarget as HTMLInputElement).value }),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (await onAdd(fields)) setFields(EMPTY);
  };
  return (
    <form class="fn-paste" onSubmit={(e) => void submit(e)} aria-labelledby="fn-paste-h">
      <h3 id="fn-paste-h">Paste an article</h3>
      <label for="fn-paste-text">Article text</label>
      <textarea id="fn-paste-text" rows={8} {...field('text')} />
      <div class="fn-paste-meta">
        <label>
          Title (optional) <input type="text" {...field('title')} />
        </label>
        <label>
          Outlet (optional) <input type="text" {...field('outlet')} />
        </label>
        <label>
          Address (optional) <input type="url" placeholder="https://…" {...field('url')} />
        </label>
        <label>
          Date (optional) <input type="date" {...field('date')} />
        </label>
      </div>
      <button type="submit" aria-disabled={busy}>
        Add the article
      </button>
    </form>
  );
}
