// The background's side of the reader page: opening it on a passage, and serving it one source.
import { browser, type PublicPath } from 'wxt/browser';
import type { Passage } from '@/core/cards/model';
import type { KbIndex } from '@/core/kb';
import type { SourceView } from '@/messaging/overlay-schemas';
import { READER_PATH, readerQuery } from '../reader/url';

/** A new tab next to the reader's page; tabs.create needs no permission. */
export async function openPassage(passage: Passage): Promise<undefined> {
  await browser.tabs.create({
    url: browser.runtime.getURL(READER_PATH as PublicPath) + readerQuery(passage),
  });
  return undefined;
}

export function sourceView(ix: KbIndex, id: string): SourceView | null {
  const source = ix.source(id);
  if (!source) return null;
  return {
    id: source.id,
    outlet: source.outlet,
    title: source.title,
    date: source.date,
    text: source.text,
    statements: ix.statementsIn(id).map((st) => ({
      id: st.id,
      start: st.start,
      end: st.end,
      speaker: (st.speakerId && ix.actor(st.speakerId)?.name) || st.speakerName,
      speakerType: st.speakerType,
      kind: st.kind,
    })),
  };
}
