import { browser, type PublicPath } from 'wxt/browser';
import * as v from 'valibot';
import type { KbIndex } from '@/core/kb';
import type { MatcherData } from '@/core/matcher/compile';
import { MatcherDataSchema } from '@/messaging/overlay-schemas';

// Written by `npm run kb` beside kb.json (core/kb/matcher.ts); cast as for kb.json in load-kb.ts.
const MATCHER_PATH = '/matcher.json' as PublicPath;

let cached: Promise<MatcherData> | undefined;

/**
 * The compiled matcher for content scripts, read once from the extension package (no network). It is
 * built from the same KB as `ix`; waiting for the KB first means a page never marks a name whose card
 * the background cannot answer.
 */
export async function matcherFor(ix: KbIndex): Promise<MatcherData> {
  cached ??= (async () => {
    const response = await fetch(browser.runtime.getURL(MATCHER_PATH));
    if (!response.ok) throw new Error(`matcher.json: HTTP ${response.status}`);
    const data = v.parse(MatcherDataSchema, await response.json());
    // A matcher from another build would attach cards to the wrong ids: refuse it.
    const known = new Set(ix.kb.actors.map((a) => a.id));
    if (!data.ids.every((id) => known.has(id))) throw new Error('matcher.json does not match kb.json');
    return data;
  })().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
