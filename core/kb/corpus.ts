// From the manifest and a file reader to the build's inputs, with every unusable source named. The
// reader is passed in so this stays free of Node APIs (the script, the bench and tests share it).
import { decodeArticle } from '../text/decode';
import type { KbInput } from './build';
import { parseManifest } from './manifest';

export type CorpusRead = { ok: true; inputs: KbInput[] } | { ok: false; errors: string[] };

/**
 * `readFile` gets the manifest's `file` (relative to the manifest's folder) and returns its bytes
 * or throws. Returns all the problems found, not just the first, so one run shows all to fix.
 */
export function readCorpus(manifestJson: unknown, readFile: (file: string) => Uint8Array): CorpusRead {
  let manifest;
  try {
    manifest = parseManifest(manifestJson);
  } catch (e) {
    return { ok: false, errors: [`manifest: ${(e as Error).message}`] };
  }
  const inputs: KbInput[] = [];
  const errors: string[] = [];
  for (const { id, file, outlet, title, date, dateSource } of manifest.sources) {
    let bytes: Uint8Array;
    try {
      bytes = readFile(file);
    } catch (e) {
      const code = (e as { code?: string }).code;
      errors.push(`source ${id} (${file}): cannot be read (${code ?? (e as Error).message})`);
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (decoded.ok)
      inputs.push({
        meta: { id, outlet, title, date, dateSource },
        text: decoded.text,
      });
    else errors.push(`source ${id} (${file}): ${decoded.error}`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, inputs };
}
