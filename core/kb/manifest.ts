// The corpus manifest, data/sources.json: which article files make the knowledge base, with what
// metadata. Checked before anything is built so a typo fails with its path, not half a KB.
import * as v from 'valibot';
import { issuePath } from './path';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));

const EntrySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-" only')),
  // Relative to data/, inside it: no absolute path, no "..".
  file: v.pipe(
    nonEmpty,
    v.check((f) => !/^([/\\]|[A-Za-z]:)/.test(f) && !f.split(/[/\\]/).includes('..'), 'a path inside data/'),
  ),
  outlet: v.nullable(nonEmpty),
  title: v.nullable(nonEmpty),
  date: v.pipe(v.string(), v.isoDate('a YYYY-MM-DD date')),
  dateSource: v.picklist(['text', 'corpus']),
});

export const ManifestSchema = v.object({
  version: v.number(),
  sources: v.pipe(v.array(EntrySchema), v.minLength(1, 'at least one source')),
});

export type ManifestEntry = v.InferOutput<typeof EntrySchema>;
export type Manifest = v.InferOutput<typeof ManifestSchema>;

/** Returns the manifest, or throws an Error naming the first bad path ("sources[2].date: …"). */
export function parseManifest(json: unknown): Manifest {
  const result = v.safeParse(ManifestSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(`${issuePath(issue) || '(root)'}: ${issue.message}`);
  }
  const seen = new Map<string, number>();
  result.output.sources.forEach((s, i) => {
    const before = seen.get(s.id);
    if (before !== undefined)
      throw new Error(`sources[${i}].id: "${s.id}" is already used by sources[${before}]`);
    seen.set(s.id, i);
  });
  const files = new Map<string, number>();
  result.output.sources.forEach((s, i) => {
    const before = files.get(s.file);
    if (before !== undefined)
      throw new Error(`sources[${i}].file: "${s.file}" is already used by sources[${before}]`);
    files.set(s.file, i);
  });
  return result.output;
}
