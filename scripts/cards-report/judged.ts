// Judged samples kept in the repository (eval/judged/*.json): what was shown, and whether a person
// reading the texts found it right. The figures in the README are recomputed from these files.
import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';

const PairSchema = v.object({
  actor: v.string(),
  role: v.string(),
  /** The judge's verdict: the text states this of this person, in a form a reader understands. */
  right: v.boolean(),
  why: v.optional(v.string()),
});

export const JudgedRolesSchema = v.object({
  $comment: v.optional(v.string()),
  corpus: v.string(),
  command: v.string(),
  commit: v.string(),
  seed: v.nullable(v.number()),
  /** The most-mentioned people whose header roles were all judged; null for a random sample. */
  people: v.nullable(v.number()),
  pairs: v.array(PairSchema),
});

export type JudgedRoles = v.InferOutput<typeof JudgedRolesSchema>;

export const JudgedTermsSchema = v.object({
  $comment: v.optional(v.string()),
  corpus: v.string(),
  command: v.string(),
  commit: v.string(),
  terms: v.array(
    v.object({
      term: v.string(),
      sources: v.number(),
      forms: v.array(v.string()),
      /** The judge's verdict: a named subject the texts discuss, not a generic word, a place or an aside. */
      right: v.boolean(),
      why: v.optional(v.string()),
    }),
  ),
});

export type JudgedTerms = v.InferOutput<typeof JudgedTermsSchema>;

export function readJudgedTerms(path: string): JudgedTerms | string {
  if (!existsSync(path)) return `no judged file at ${path}`;
  try {
    return v.parse(JudgedTermsSchema, JSON.parse(readFileSync(path, 'utf8')));
  } catch (e) {
    return `${path}: not a judged terms file (${(e as Error).message})`;
  }
}

export function readJudgedRoles(path: string): JudgedRoles | string {
  if (!existsSync(path)) return `no judged file at ${path}`;
  try {
    return v.parse(JudgedRolesSchema, JSON.parse(readFileSync(path, 'utf8')));
  } catch (e) {
    return `${path}: not a judged roles file (${(e as Error).message})`;
  }
}

export interface Score {
  right: number;
  total: number;
}

export const scoreOf = (pairs: readonly { right: boolean }[]): Score => ({
  right: pairs.filter((p) => p.right).length,
  total: pairs.length,
});

const key = (p: { actor: string; role: string }) => `${p.actor}\u0000${p.role}`;

/** Shown pairs nobody judged yet, and judged pairs no longer shown: a judged file goes stale. */
export function drift(
  judged: readonly { actor: string; role: string }[],
  shown: readonly { actor: string; role: string }[],
): { unjudged: { actor: string; role: string }[]; gone: { actor: string; role: string }[] } {
  const j = new Set(judged.map(key));
  const s = new Set(shown.map(key));
  return { unjudged: shown.filter((p) => !j.has(key(p))), gone: judged.filter((p) => !s.has(key(p))) };
}

export const JudgedTopicsSchema = v.object({
  $comment: v.optional(v.string()),
  corpus: v.string(),
  command: v.string(),
  commit: v.string(),
  seed: v.number(),
  pairs: v.array(
    v.object({
      statement: v.string(),
      speaker: v.string(),
      text: v.string(),
      sentence: v.string(),
      topic: v.string(),
      /** The judge's verdict: the statement, read in its sentence, is about this topic. */
      right: v.boolean(),
      why: v.optional(v.string()),
    }),
  ),
});

export function readJudgedTopics(path: string): v.InferOutput<typeof JudgedTopicsSchema> | string {
  if (!existsSync(path)) return `no judged file at ${path}`;
  try {
    return v.parse(JudgedTopicsSchema, JSON.parse(readFileSync(path, 'utf8')));
  } catch (e) {
    return `${path}: not a judged topics file (${(e as Error).message})`;
  }
}
