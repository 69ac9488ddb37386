// The export file of "Your articles" and its import. An import is checked whole before anything is
// used: a damaged, foreign, empty, duplicated or oversized file gets one clear message and changes
// nothing. The library itself is held to the same limits, so an export always imports again.
import * as v from 'valibot';
import { issuePath } from '../kb/path';
import { type Article, ArticleSchema, articleId, mb, textProblem, utf8Bytes } from './article';
import type { Library } from './library';
import {
  FORMAT,
  FORMAT_VERSION,
  MAX_LIBRARY_ARTICLES,
  MAX_LIBRARY_BYTES,
  overLimits,
  serializeExport,
} from './limits';

export type ImportResult =
  { ok: true; exportedAt: string; articles: Article[] } | { ok: false; error: string };

export type MergeResult =
  { ok: true; library: Library; added: Article[]; alreadyThere: Article[] } | { ok: false; error: string };

/** The export file's text for the whole library. */
export function exportLibrary(lib: Library, now: Date = new Date()): string {
  return serializeExport(lib.articles, now);
}

/** "footnote-articles-2026-11-21.json" */
export function exportFileName(now: Date = new Date()): string {
  return `footnote-articles-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * For a File before it is read: refuses one over the limit without reading it. The browser gives
 * `file.size` for free, and reading 1 GB only to refuse it would freeze the page.
 */
export function importSizeProblem(bytes: number): string | null {
  if (bytes === 0) return 'the file is empty';
  return bytes > MAX_LIBRARY_BYTES
    ? `the file is ${mb(bytes)}, over the ${mb(MAX_LIBRARY_BYTES)} limit for an import`
    : null;
}

const EnvelopeSchema = v.strictObject({
  format: v.literal(FORMAT),
  version: v.literal(FORMAT_VERSION),
  exportedAt: v.pipe(v.string(), v.isoTimestamp('an ISO timestamp')),
  articles: v.array(v.unknown(), 'a list'),
});

/** The articles of an export file, or the first reason it cannot be imported. */
export function parseImport(text: string): ImportResult {
  const fail = (error: string): ImportResult => ({ ok: false, error });
  // UTF-16 units never outnumber UTF-8 bytes, so a huge string is refused before it is walked.
  const tooBig = importSizeProblem(text.length > MAX_LIBRARY_BYTES ? text.length : utf8Bytes(text));
  if (tooBig) return fail(tooBig);
  if (!text.trim()) return fail('the file is empty');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(`the file is not a Footnote export: it is not valid JSON (${(e as Error).message})`);
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (typeof json !== 'object' || json === null || Array.isArray(json) || head!.format !== FORMAT) {
    return fail(`the file is not a Footnote export of your articles (it has no "format": "${FORMAT}")`);
  }
  if (head!.version !== FORMAT_VERSION) {
    // Never "version undefined", and never a long value echoed whole (exchange.property.test).
    const shown = JSON.stringify(head!.version) ?? '';
    return fail(
      head!.version === undefined
        ? 'the file is damaged: its "version" is missing'
        : typeof head!.version === 'number' && head!.version > FORMAT_VERSION
          ? `the file is a version ${head!.version} export, newer than this Footnote reads (version ${FORMAT_VERSION}): update Footnote`
          : `the file's version ${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown} is not a version of the export format`,
    );
  }
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) return fail(`the file is damaged: ${issueText(envelope.issues[0])}`);
  const raw = envelope.output.articles;
  if (raw.length === 0) return fail('the file holds no articles');
  if (raw.length > MAX_LIBRARY_ARTICLES) {
    return fail(`the file holds ${raw.length} articles, over the limit of ${MAX_LIBRARY_ARTICLES}`);
  }
  const articles: Article[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < raw.length; i++) {
    const checked = checkArticle(raw[i], i, raw.length);
    if (typeof checked === 'string') return fail(checked);
    const before = seen.get(checked.id);
    if (before !== undefined) {
      return fail(`articles ${before + 1} and ${i + 1} of the file have the same text (${name(checked)})`);
    }
    seen.set(checked.id, i);
    articles.push(checked);
  }
  return { ok: true, exportedAt: envelope.output.exportedAt, articles };
}

/** One article of the file, or what is wrong with it, naming the article and the field. */
function checkArticle(raw: unknown, i: number, n: number): Article | string {
  const where = `article ${i + 1} of ${n}`;
  const parsed = v.safeParse(ArticleSchema, raw);
  if (!parsed.success) {
    const label = nameOf(raw);
    return `${where}${label ? ` (${label})` : ''}: ${issueText(parsed.issues[0])}`;
  }
  const a = parsed.output;
  const problem = textProblem(a.text);
  if (problem) return `${where} (${name(a)}): ${problem}`;
  if (a.id !== articleId(a.text))
    return `${where} (${name(a)}): its id does not match its text; the file was changed`;
  return a;
}

/** A schema issue in words: 'its "url" should be an http(s) address'. */
function issueText(issue: v.BaseIssue<unknown>): string {
  // By the path, not the field's name: a field named "" is still a field (exchange.property.test).
  if (!issue.path?.length) return 'it is not an article';
  const field = issuePath(issue);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return `it has a field ${JSON.stringify(field.length > 40 ? `${field.slice(0, 40)}…` : field)} this Footnote does not know`;
  }
  if (issue.received === 'undefined') return `its "${field}" is missing`;
  // Our own messages name the requirement; valibot's default ones start "Invalid type: …".
  const wanted = issue.message.startsWith('Invalid') ? `of type ${issue.expected}` : issue.message;
  return `its "${field}" should be ${wanted}`;
}

function name(a: Article): string {
  return a.title ? `“${a.title}”` : a.id;
}

function nameOf(raw: unknown): string {
  const r = raw as { title?: unknown; id?: unknown } | null;
  if (typeof r !== 'object' || r === null) return '';
  if (typeof r.title === 'string' && r.title) return `“${r.title.slice(0, 80)}”`;
  return typeof r.id === 'string' ? r.id.slice(0, 40) : '';
}

/**
 * Adds an import's articles to the library. Those whose text is already there are kept as they are
 * in the library and reported; if the result would be over the limits, nothing is added.
 */
export function mergeImport(lib: Library, imported: readonly Article[]): MergeResult {
  const have = new Set(lib.articles.map((a) => a.id));
  const added: Article[] = [];
  const alreadyThere: Article[] = [];
  for (const a of imported) (have.has(a.id) ? alreadyThere : added).push(a);
  const articles = [...lib.articles, ...added];
  const over = overLimits(articles);
  if (over) return { ok: false, error: `nothing was imported: ${over}` };
  return { ok: true, library: { articles }, added, alreadyThere };
}

/** An export file's text into the library, all or nothing: what the import button does. */
export function importInto(lib: Library, text: string): MergeResult {
  const parsed = parseImport(text);
  return parsed.ok
    ? mergeImport(lib, parsed.articles)
    : { ok: false, error: `nothing was imported: ${parsed.error}` };
}

/** The outcome of an import in one sentence for the reader. */
export function describeMerge(r: Extract<MergeResult, { ok: true }>): string {
  const n = (k: number) => `${k} article${k === 1 ? '' : 's'}`;
  if (!r.added.length)
    return `Nothing new: the ${n(r.alreadyThere.length)} of the file are already in your articles.`;
  const rest = r.alreadyThere.length
    ? `; ${n(r.alreadyThere.length)} already there were left as they are`
    : '';
  return `Added ${n(r.added.length)}${rest}.`;
}
