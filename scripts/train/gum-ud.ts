// Reads GUM's gold Universal Dependencies trees in place from ../shared/eval/gum/conllu (beside the
// repo, never copied into it), only the documents a partition file lists: the folder holds more (a
// genre kept out on purpose), so it is never listed. Answers a "skipped: …" sentence when absent.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const GUM_DIR = resolve(import.meta.dirname, '../../../shared/eval/gum');

export interface GoldToken {
  form: string;
  /** Offsets into the sentence's `text`. */
  start: number;
  end: number;
  upos: string;
  xpos: string;
  /** Index of the head in the sentence, -1 for the root. */
  head: number;
  deprel: string;
  lemma: string;
  /** The MISC column (GUM's entity and discourse annotation among it). */
  misc: string;
}

export interface GoldSentence {
  id: string;
  text: string;
  tokens: GoldToken[];
}

/** A partition's document ids (`train`, `dev`, `test`), or why they cannot be read. */
export function gumIds(partition: string): string[] | string {
  const list = join(GUM_DIR, `${partition}.txt`);
  if (!existsSync(list)) return `skipped: ${list} not found (GUM lives in ../shared/eval beside the repo)`;
  return readFileSync(list, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The gold sentences of a partition's documents, in the partition file's order. */
export function readGumUd(partition: string, limit = Infinity): GoldSentence[] | string {
  const ids = gumIds(partition);
  if (typeof ids === 'string') return ids;
  return ids
    .slice(0, limit)
    .flatMap((id) => parseConllu(readFileSync(join(GUM_DIR, 'conllu', `${id}.conllu`), 'utf8')));
}

/**
 * Sentences of a CoNLL-U file with each syntactic word's offsets in the `# text` line. A multiword
 * token ("it's", "gonna") is split into its words where they spell it out, and kept whole otherwise
 * (rare: "youll"); empty nodes (8.1) are left out.
 */
export function parseConllu(src: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const block of src.split(/\n\s*\n/)) {
    let id = '';
    let text = '';
    const rows: string[][] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('# sent_id = ')) id = line.slice(12).trim();
      else if (line.startsWith('# text = ')) text = line.slice(9);
      else if (line && !line.startsWith('#')) rows.push(line.split('\t'));
    }
    if (!rows.length) continue;
    const tokens: GoldToken[] = [];
    let pos = 0;
    let mwtEnd = 0;
    let mwt: { surface: string; start: number; end: number } | undefined;
    const place = (form: string): [number, number] => {
      while (pos < text.length && /\s/.test(text[pos]!)) pos++;
      if (text.startsWith(form, pos)) return [pos, (pos += form.length)];
      return [pos, pos];
    };
    for (const r of rows) {
      // ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
      const [num = '', form = '', lemma = '', upos = '', xpos = '', , head = '', deprel = '', , misc = '_'] =
        r;
      const range = /^(\d+)-(\d+)$/.exec(num);
      if (range) {
        mwtEnd = Number(range[2]);
        const [s, e] = place(form);
        mwt = { surface: form, start: s, end: e };
        pos = s;
        continue;
      }
      if (!/^\d+$/.test(num)) continue;
      let start: number, end: number;
      if (mwt && Number(num) <= mwtEnd) {
        if (text.startsWith(form, pos) && pos + form.length <= mwt.end)
          [start, end] = [pos, (pos += form.length)];
        else [start, end] = [pos, (pos = mwt.end)];
        if (Number(num) === mwtEnd) {
          end = mwt.end;
          pos = mwt.end;
          mwt = undefined;
        }
      } else [start, end] = place(form);
      tokens.push({ form, start, end, upos, xpos, head: Number(head) - 1, deprel, lemma, misc });
    }
    out.push({ id, text, tokens });
  }
  return out;
}
