// Where Footnote marks pages: everywhere or only on listed sites (the scope), minus an exclusion list.
// Both are in local storage ("sync" would send them through the browser vendor's servers; Footnote
// sends nothing anywhere). The exclusion list is the popup's per-site switch's list: it held host names
// before patterns existed, and a host name is a valid pattern, so old values need no migration.
import { storage } from 'wxt/utils/storage';
import { checkPattern, matchesPattern } from './site-patterns';

export const disabledSites = storage.defineItem<string[]>('local:disabledSites', {
  fallback: [],
  version: 1,
});

export interface SiteScope {
  /** 'everywhere': every http(s) page; 'listed': only pages matching `sites`. */
  mode: 'everywhere' | 'listed';
  sites: string[];
}

const EVERYWHERE: SiteScope = { mode: 'everywhere', sites: [] };

export const siteScope = storage.defineItem<SiteScope>('local:siteScope', {
  fallback: EVERYWHERE,
  version: 1,
  // Version 1 is the first stored shape; a later shape adds its upgrade here as `2: (old) => …`.
  migrations: {},
});

/** "www.example.com" and "example.com" are one site to a reader. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** The rule itself: excluded anywhere wins; in 'listed' mode a site must match a listed pattern. */
export function siteAllowed(hostname: string, scope: SiteScope, excluded: string[]): boolean {
  const key = siteKey(hostname);
  if (excluded.some((p) => matchesPattern(key, p))) return false;
  return scope.mode === 'everywhere' || scope.sites.some((p) => matchesPattern(key, p));
}

const strings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((x) => typeof x === 'string');

/** A scope value another build or a hand-edited profile left malformed counts as "everywhere". */
export function scopeFrom(value: unknown): SiteScope {
  const scope = value as Partial<SiteScope> | null;
  return scope && (scope.mode === 'listed' || scope.mode === 'everywhere') && strings(scope.sites)
    ? { mode: scope.mode, sites: scope.sites }
    : EVERYWHERE;
}

/** A malformed exclusion list counts as none: better marks on an excluded site than none anywhere. */
export const excludedFrom = (value: unknown): string[] => (strings(value) ? value : []);

const readScope = async (): Promise<SiteScope> => scopeFrom(await siteScope.getValue());
const readExcluded = async (): Promise<string[]> => excludedFrom(await disabledSites.getValue());

export async function isSiteEnabled(hostname: string): Promise<boolean> {
  return siteAllowed(hostname, await readScope(), await readExcluded());
}

/**
 * The popup's switch. Off: the site joins the exclusions. On: every exclusion matching it goes (a
 * "*.example.com" too, or the switch would not turn it on), and in 'listed' mode it joins the list.
 */
export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const key = siteKey(hostname);
  const list = (await readExcluded()).filter((p) => (enabled ? !matchesPattern(key, p) : p !== key));
  await disabledSites.setValue(enabled ? list : [...list, key].sort());
  const scope = await readScope();
  if (enabled && !siteAllowed(hostname, scope, [])) {
    await siteScope.setValue({ ...scope, sites: [...scope.sites, key].sort() });
  }
}

/** Calls `cb` with whether `hostname` is enabled on every change of either list; returns the unwatch. */
export function watchSite(hostname: string, cb: (enabled: boolean) => void): () => void {
  // The latest of each value, so a change is decided synchronously, in the order changes happen.
  let scope: SiteScope = EVERYWHERE;
  let excluded: string[] = [];
  void readScope().then((s) => (scope = s));
  void readExcluded().then((l) => (excluded = l));
  const unwatchList = disabledSites.watch((list) => {
    excluded = excludedFrom(list);
    cb(siteAllowed(hostname, scope, excluded));
  });
  const unwatchScope = siteScope.watch((value) => {
    scope = scopeFrom(value);
    cb(siteAllowed(hostname, scope, excluded));
  });
  return () => {
    unwatchList();
    unwatchScope();
  };
}

export type PatternsCheck = { ok: true; patterns: string[] } | { ok: false; errors: string[] };

/** One pattern a line (blank lines skipped), each checked; sorted, without repeats, when all are valid. */
export function parsePatterns(text: string): PatternsCheck {
  const checks = text
    .split('\n')
    .filter((line) => line.trim())
    .map(checkPattern);
  const errors = checks.flatMap((c) => (c.ok ? [] : [c.error]));
  if (errors.length) return { ok: false, errors };
  return { ok: true, patterns: [...new Set(checks.flatMap((c) => (c.ok ? [c.pattern] : [])))].sort() };
}

/** The message the popup sends the active tab's content script to learn which site it shows. */
export const SITE_QUERY = 'footnote:which-site';
