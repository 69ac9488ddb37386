// Reads GUM's attribution material in place from ../shared/eval/gum (beside the repo, never copied
// into it): a partition's documents with their speech-and-thought attributions as source, cue and
// content ranges. Answers a "skipped: …" sentence instead when it is not there.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Attribution, Range } from './polnear-score';

export const GUM_DIR = resolve(import.meta.dirname, '../../shared/eval/gum');

export interface GumDoc {
  name: string;
  text: string;
  gold: Attribution[];
}

interface GumRecord {
  doc_id: string;
  kind: string;
  source?: { char_spans?: Range[] };
  cue?: { char: Range }[];
  content: { char_spans: Range[] };
}

/** The documents of one partition (`train`, `dev` or `test`), in the partition file's order. */
export function readGum(partition: string): GumDoc[] | string {
  const list = join(GUM_DIR, `${partition}.txt`);
  if (!existsSync(list)) return `skipped: ${list} not found (GUM lives in ../shared/eval beside the repo)`;
  const ids = readFileSync(list, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const byDoc = new Map<string, Attribution[]>();
  for (const line of readFileSync(join(GUM_DIR, 'attributions.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as GumRecord;
    if (r.kind !== 'speech_thought') continue;
    const a: Attribution = {
      source: r.source?.char_spans ?? [],
      cue: (r.cue ?? []).map((c) => c.char),
      content: r.content.char_spans,
    };
    byDoc.set(r.doc_id, [...(byDoc.get(r.doc_id) ?? []), a]);
  }
  return ids.map((id) => ({
    name: id,
    text: readFileSync(join(GUM_DIR, 'docs', `${id}.txt`), 'utf8'),
    gold: byDoc.get(id) ?? [],
  }));
}
