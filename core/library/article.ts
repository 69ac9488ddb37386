// A reader's own article ("Your articles", issue #4): the record kept in the browser and exported,
// and how one is made from a page, a paste or a file. Pure, so the options page, the background and
// the tests share one set of rules and one set of messages.
import * as v from 'valibot';
import { MAX_ARTICLE_BYTES, checkText } from '../text/decode';
import { contentHash } from './hash';

export type Origin = 'page' | 'paste' | 'file';

export interface Article {
  /** "user:" + a hash of the text, so the same text added twice is the same id, never a bundled source's. */
  id: string;
  /** null when none was given: the UI shows "Untitled", as for bundled sources. */
  title: string | null;
  /** null when none was given: the UI shows "unnamed outlet"; never guessed. */
  outlet: string | null;
  url?: string;
  /** YYYY-MM-DD, when the page or the reader gave one. */
  date?: string;
  /** ISO timestamp of when the reader added it. */
  addedAt: string;
  text: string;
  origin: Origin;
}

export const USER_ID_PREFIX = 'user:';
export const MAX_TITLE_CHARS = 300;
export const MAX_OUTLET_CHARS = 120;
export const MAX_URL_CHARS = 2048;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

const ID = new RegExp(`^${USER_ID_PREFIX}[0-9a-f]{16}$`);

const bounded = (max: number) =>
  v.nullable(
    v.pipe(
      v.string(),
      v.minLength(1, 'null rather than empty'),
      v.maxLength(max, `at most ${max} characters`),
    ),
  );

export const ArticleSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID, `"${USER_ID_PREFIX}" and 16 hex digits`)),
  title: bounded(MAX_TITLE_CHARS),
  outlet: bounded(MAX_OUTLET_CHARS),
  url: v.optional(
    v.pipe(
      v.string(),
      v.check((u) => urlProblem(u) === null, 'an http(s) address'),
    ),
  ),
  date: v.optional(
    v.pipe(
      v.string(),
      v.check((d) => isCalendarDate(d), 'a YYYY-MM-DD date'),
    ),
  ),
  addedAt: v.pipe(v.string(), v.isoTimestamp('an ISO timestamp')),
  text: v.string(),
  origin: v.picklist(['page', 'paste', 'file'], '"page", "paste" or "file"'),
});

// Fails to compile when the interface and the schema drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _inSync: Same<v.InferOutput<typeof ArticleSchema>, Article> = true;
void _inSync;

export interface ArticleInput {
  text: string;
  origin: Origin;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** YYYY-MM-DD, or an ISO date-time (a page's article:published_time) whose date part is kept. */
  date?: string | null;
}

/** A new article from what the reader gave, or why it cannot be one. */
export function newArticle(input: ArticleInput, now: Date = new Date()): Result<Article> {
  const text = storedText(input.text);
  const problem = textProblem(text, input.origin === 'file' ? 'file' : 'text');
  if (problem) return { ok: false, error: problem };
  const url = input.url?.trim();
  if (url) {
    const bad = urlProblem(url);
    if (bad) return { ok: false, error: bad };
  }
  const rawDate = input.date?.trim();
  const date = rawDate ? rawDate.slice(0, 10) : undefined;
  if (rawDate && !(isCalendarDate(date!) && (rawDate.length === 10 || rawDate[10] === 'T'))) {
    return { ok: false, error: `the date "${cut(rawDate, 40)}" is not a date (YYYY-MM-DD)` };
  }
  // Keys in the schema's order, which an import gives back, so a re-export is byte for byte the same.
  const article: Article = {
    id: articleId(text),
    title: label(input.title, MAX_TITLE_CHARS),
    outlet: label(input.outlet, MAX_OUTLET_CHARS),
    ...(url ? { url } : {}),
    ...(date ? { date } : {}),
    // An invalid clock must not throw (toISOString would): the time of the call stands in.
    addedAt: (Number.isNaN(now.getTime()) ? new Date() : now).toISOString(),
    text,
    origin: input.origin,
  };
  return { ok: true, value: article };
}

/**
 * The text as kept: line breaks unified and the ends trimmed (a BOM too), nothing else, so offsets
 * in the KB point into exactly what the reader sees in the reader page.
 */
export function storedText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * The id of a text. Whitespace and Unicode composition are ignored, so the same article from the page
 * and from a paste is found to be the same; 64 bits, so 500 articles collide with odds near 1e-14.
 */
export function articleId(text: string): string {
  return USER_ID_PREFIX + contentHash(text.normalize('NFC'));
}

/** Why a text cannot be an article (empty, over the size limit, binary, no letters), or null. */
export function textProblem(text: string, noun: 'text' | 'file' = 'text'): string | null {
  if (!text.trim()) return `the ${noun} is empty`;
  const bytes = utf8Bytes(text);
  if (bytes > MAX_ARTICLE_BYTES) {
    return `the ${noun} is ${mb(bytes)}, over the ${mb(MAX_ARTICLE_BYTES)} limit for one article`;
  }
  // decodeArticle finds NUL in bytes; a string reaches here already decoded.
  if (text.includes('\u0000')) return `the ${noun} is not text (it holds NUL characters)`;
  const checked = checkText(text);
  return checked.ok ? null : checked.error;
}

export function urlProblem(url: string): string | null {
  if (url.length > MAX_URL_CHARS) return `the address is over ${MAX_URL_CHARS} characters`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${cut(url, 60)}" is not a web address`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `"${cut(url, 60)}" is not an http(s) address`;
  }
  return null;
}

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === s;
}

/** Whitespace collapsed, cut at a word under `max` characters (marked with "…"); empty is null. */
function label(s: string | null | undefined, max: number): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? cut(t, max) : null;
}

function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** UTF-8 length without allocating: the limits are in bytes, as a file's size is. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
