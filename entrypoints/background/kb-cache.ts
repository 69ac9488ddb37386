// The extended knowledge base kept between background wakes. Chrome stops an idle service worker after
// about 30 s, and every page load then wakes it for the matcher: without this, each wake would run the
// engine over every one of the reader's articles again (about 1.7 s for 20 seed-size articles, tens of
// seconds for hundreds) before the page could be marked. Kept in the Cache API rather than
// storage.local: a storage write is delivered to every open tab's storage listeners, and this is the
// whole KB. The address is a made-up https one (the Cache API takes no other); nothing is fetched.
// Read back through parseKb like kb.json; a stale, damaged or missing entry just means building again.
import { parseKb, type Kb } from '@/core/kb';

const CACHE = 'footnote-kb';
const ENTRY = 'https://footnote.invalid/extended-kb.json';

interface Entry {
  key: string;
  kb: Kb;
  problems: string[];
}

const available = () => typeof caches !== 'undefined';

export async function readKbCache(key: string): Promise<{ kb: Kb; problems: string[] } | null> {
  if (!available()) return null;
  try {
    const hit = await (await caches.open(CACHE)).match(ENTRY);
    if (!hit) return null;
    const entry = (await hit.json()) as Partial<Entry>;
    if (entry.key !== key || !Array.isArray(entry.problems)) return null;
    return { kb: parseKb(entry.kb), problems: entry.problems.filter((p) => typeof p === 'string') };
  } catch {
    return null;
  }
}

/** Stores the KB built for `key`, or forgets it (null: nothing beyond the bundled KB to keep). */
export async function writeKbCache(key: string, value: { kb: Kb; problems: string[] } | null): Promise<void> {
  if (!available()) return;
  try {
    const cache = await caches.open(CACHE);
    if (!value) await cache.delete(ENTRY);
    else {
      const entry: Entry = { key, ...value };
      await cache.put(
        ENTRY,
        new Response(JSON.stringify(entry), { headers: { 'content-type': 'application/json' } }),
      );
    }
  } catch (e) {
    // Only a slower next wake: the library itself is in storage.local.
    console.warn('[footnote] could not keep the knowledge base for the next wake', e);
  }
}
