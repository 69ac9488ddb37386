// GUM's gold coreference for core/coref, read in place from ../shared/eval/gum (never copied into
// the repo), only the documents a partition file lists. Each document comes with its sentences as
// trees — GUM's gold trees aligned to the text, or the shipped parser's own — and its gold mentions
// as character ranges, so a candidate of either kind of tree finds its gold entity by offsets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { treesOf } from '../../core/attribution';
import type { Tree } from '../../core/attribution/tree';
import { doubleApostrophes } from '../../core/statements';
import { analyzeSyntax, type SynToken } from '../../core/syntax';
import { prepare } from '../../core/text';
import { GUM_DIR, gumIds } from './gum-ud';

export type TreeKind = 'gold' | 'predicted';

export interface GoldMention {
  entity: string;
  /** Character range of the whole mention. */
  start: number;
  end: number;
  /** Its head is a pronoun (by the gold tree). */
  pronoun: boolean;
}

export interface CorefDoc {
  id: string;
  trees: Tree[];
  mentions: GoldMention[];
}

interface Word extends SynToken {
  misc: string;
}

/** A document's words as sentences, each placed at its offsets in the text (skipping a word not found nearby). */
function goldWords(conllu: string, text: string): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  let pos = 0;
  for (const line of conllu.split('\n')) {
    if (!line.trim()) {
      if (cur.length) out.push(cur);
      cur = [];
      continue;
    }
    const c = line.split('\t');
    // Multiword tokens ("it's") are read as their words, which spell them out; empty nodes are skipped.
    if (line.startsWith('#') || !/^\d+$/.test(c[0]!)) continue;
    const form = c[1]!;
    let start = text.indexOf(form, pos);
    if (start < 0 || start - pos > 50) start = pos;
    else pos = start + form.length;
    const end = Math.max(start, pos);
    cur.push({
      start,
      end,
      text: form,
      lower: form.toLowerCase(),
      upos: c[3]!,
      xpos: c[4]!,
      head: Number(c[6]) - 1,
      deprel: c[7]!,
      misc: c[9] ?? '',
    });
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * The mentions of GUM's Entity brackets: `(12-person-…` opens one of entity 12 on a word, `12)`
 * closes it, `(12-person-…)` is a one-word mention; brackets nest.
 */
function goldMentions(sentences: Word[][]): GoldMention[] {
  const out: GoldMention[] = [];
  const open: { entity: string; s: number; w: number }[] = [];
  const close = (entity: string, s: number, w: number) => {
    const k = open.findLastIndex((o) => o.entity === entity);
    if (k < 0) return;
    const o = open.splice(k, 1)[0]!;
    const words = sentences[s]!;
    // Its head: the word whose head lies outside it (a mention across sentences: its first word).
    const a = o.s === s ? o.w : 0;
    const head = words.slice(a, w + 1).find((x) => x.head < a || x.head > w) ?? words[a]!;
    const first = sentences[o.s]![o.w]!;
    out.push({ entity, start: first.start, end: words[w]!.end, pronoun: head.upos === 'PRON' });
  };
  sentences.forEach((words, s) =>
    words.forEach((word, w) => {
      const m = /(?:^|\|)Entity=([^|]*)/.exec(word.misc);
      if (!m) return;
      for (const b of m[1]!.matchAll(/\((\d+)-[^()]*(\))?|(\d+)\)/g)) {
        if (b[1]) {
          open.push({ entity: b[1], s, w });
          if (b[2]) close(b[1], s, w);
        } else close(b[3]!, s, w);
      }
    }),
  );
  return out;
}

/** The gold mentions of a CoNLL-U document, placed in its text. */
export const mentionsOf = (conllu: string, text: string): GoldMention[] =>
  goldMentions(goldWords(conllu, text));

/** A partition's documents (`train`, `dev`, `test`), or why they cannot be read. */
export function readCoref(partition: string, kind: TreeKind, limit = Infinity): CorefDoc[] | string {
  const ids = gumIds(partition);
  if (typeof ids === 'string') return ids;
  return ids.slice(0, limit).map((id) => {
    const text = readFileSync(join(GUM_DIR, 'docs', `${id}.txt`), 'utf8');
    const words = goldWords(readFileSync(join(GUM_DIR, 'conllu', `${id}.conllu`), 'utf8'), text);
    const doc = doubleApostrophes(prepare(text));
    const syntax =
      kind === 'gold'
        ? words.map((s) => s.map(({ misc: _, ...t }) => t))
        : analyzeSyntax(doc.norm, doc.sentences);
    return { id, trees: treesOf(doc, syntax), mentions: goldMentions(words) };
  });
}
