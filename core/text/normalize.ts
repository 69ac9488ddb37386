// Normalisation that never changes the text's length, so every offset in the normalised text is the
// same offset in the original: one UTF-16 unit always stands for one.

const MAP: Record<string, string> = {};
for (const c of '\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02') MAP[c] = '"';
for (const c of '\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\uFF07') MAP[c] = "'";
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D') MAP[c] = '-';
for (const c of '\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\t\v\f')
  MAP[c] = ' ';
// A lone CR (old Mac files) is a line break; in CRLF it becomes an empty line, which splits nothing.
MAP['\r'] = '\n';
MAP['\u2028'] = '\n';
MAP['\u2029'] = '\n';

const PATTERN = new RegExp(
  `[${Object.keys(MAP)
    .join('')
    .replace(/[-\\\]^]/g, '\\$&')}]`,
  'g',
);

export function normalize(text: string): string {
  const out = text.replace(PATTERN, (c) => MAP[c] ?? c);
  if (out.length !== text.length) throw new Error('normalize changed the text length');
  return out;
}
