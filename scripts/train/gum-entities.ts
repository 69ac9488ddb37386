// The common nouns that head a mention of a person or an organization in GUM's gold entity
// annotation (the `Entity=` of each word's MISC column, read in place from ../shared/eval/gum/conllu,
// only the documents a partition lists): "questioner", "administrators", "speechwriter" stand for
// people wherever they are printed, so a source the text describes with one of them can speak
// though no attribution in the training annotation happens to have it as its source.
import { readGumUd, type GoldToken } from './gum-ud';

/** The entity types that can be a source: people and the bodies they speak for. */
const SPEAKERS = new Set(['person', 'organization']);

type Row = Pick<GoldToken, 'lemma' | 'upos' | 'head' | 'misc'>;

/** Each closed mention's word range and entity type in one sentence's rows. */
export function mentionsOf(rows: Row[]): { from: number; to: number; type: string }[] {
  const open: { id: string; type: string; from: number }[] = [];
  const out: { from: number; to: number; type: string }[] = [];
  rows.forEach((r, i) => {
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(r.misc)?.[1];
    if (!entity) return;
    // Openings "(id-type-…", which run to the next bracket and are closed at once when that is
    // ")", and closings "id)".
    for (let at = 0; at < entity.length;) {
      if (entity[at] === '(') {
        const stop: number = entity.slice(at + 1).search(/[()]/);
        const end = stop < 0 ? entity.length : at + 1 + stop;
        const [id = '', type = ''] = entity.slice(at + 1, end).split('-');
        if (entity[end] === ')') out.push({ from: i, to: i, type });
        else open.push({ id, type, from: i });
        at = entity[end] === ')' ? end + 1 : end;
        continue;
      }
      const close = /^(\d+)\)/.exec(entity.slice(at));
      if (!close) break;
      const k = open.findLastIndex((o) => o.id === close[1]);
      if (k >= 0) out.push({ from: open[k]!.from, to: i, type: open.splice(k, 1)[0]!.type });
      at += close[0].length;
    }
  });
  return out;
}

/** How often each lower-cased noun lemma heads a person or organization mention in a partition. */
export function speakerHeads(partition: string): Map<string, number> | string {
  const sentences = readGumUd(partition);
  if (typeof sentences === 'string') return sentences;
  const counts = new Map<string, number>();
  for (const { tokens: rows } of sentences) {
    for (const m of mentionsOf(rows)) {
      if (!SPEAKERS.has(m.type)) continue;
      // The mention's head: its one word whose head lies outside it.
      for (let i = m.from; i <= m.to; i++) {
        const h = rows[i]!.head;
        if (h >= m.from && h <= m.to) continue;
        if (rows[i]!.upos === 'NOUN') {
          const w = rows[i]!.lemma.toLowerCase();
          counts.set(w, (counts.get(w) ?? 0) + 1);
        }
        break;
      }
    }
  }
  return counts;
}
