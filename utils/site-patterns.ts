// Site patterns for the Sites option: "example.com" (that site, with or without www.) and
// "*.example.com" (that site and every subdomain). Host names only: a scheme, path or port is refused
// with a message saying so, rather than silently trimmed into something the reader did not mean.

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export type PatternCheck = { ok: true; pattern: string } | { ok: false; error: string };

/** Normalises `input` (trimmed, lower case, no leading www.) or says why it is no pattern. */
export function checkPattern(input: string): PatternCheck {
  const raw = input.trim().toLowerCase();
  if (!raw) return { ok: false, error: 'Empty: type a site such as example.com.' };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(raw) || raw.includes('/')) {
    return { ok: false, error: `“${input}”: a host name only, without http:// or a path (example.com).` };
  }
  if (raw.includes(':')) return { ok: false, error: `“${input}”: no port, just the host name.` };
  const wild = raw.startsWith('*.');
  const host = (wild ? raw.slice(2) : raw).replace(/^www\./, '');
  if (host.includes('*')) {
    return { ok: false, error: `“${input}”: a * may only open the pattern, as in *.example.com.` };
  }
  if (host.length > 253 || !host.split('.').every((label) => LABEL.test(label))) {
    return {
      ok: false,
      error: `“${input}”: not a host name (letters, digits and hyphens, parts joined by dots).`,
    };
  }
  return { ok: true, pattern: wild ? `*.${host}` : host };
}

/** Whether `key` (a host name as siteKey gives it: lower case, no www.) matches `pattern`. */
export function matchesPattern(key: string, pattern: string): boolean {
  if (!pattern.startsWith('*.')) return key === pattern;
  const base = pattern.slice(2);
  return key === base || key.endsWith(`.${base}`);
}
