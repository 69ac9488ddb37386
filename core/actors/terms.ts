// Key terms by general patterns: "28-point plan" = "28-point peace plan" = "twenty eight points".
import terms from '../../data/lexicons/terms.json';
import { CITIES, CITY_IN, DEMONYMS, REGIONS } from './lexicon';

export interface TermHit {
  start: number;
  end: number;
  key: string;
  name: string;
}

const UNITS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_RE = UNITS.slice(1, 10).join('|');
const NUM = `\\d+|(?:${TENS.slice(2).join('|')})(?:[- ]?(?:${UNIT_RE}))?|${UNITS.slice(1).reverse().join('|')}`;

/** "twenty eight" → 28, "28" → 28, "nineteen" → 19. */
export function parseNumber(s: string): number | undefined {
  const t = s.toLowerCase().trim();
  if (/^\d+$/.test(t)) return Number(t);
  const [a, b] = t.split(/[- ]+/);
  const tens = TENS.indexOf(a ?? '');
  if (tens >= 2) return tens * 10 + (b ? Math.max(0, UNITS.indexOf(b)) : 0);
  const u = UNITS.indexOf(a ?? '');
  return u > 0 ? u : undefined;
}

const alt = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[- ]'))
    .join('|');

const COMPILED = terms.patterns.map((p) => {
  const src = p.pattern
    .replace(/\{NUM\}/g, NUM)
    .replace(/\{CITY\}/g, alt(CITIES))
    .replace(/\{DEMONYM\}/g, alt(DEMONYMS))
    .replace(/\{REGION\}/g, alt(REGIONS.flatMap((r) => r.aliases)));
  const caseSensitive = 'caseSensitive' in p && p.caseSensitive === true;
  const needle = requiredLiteral(src);
  return {
    name: p.name,
    key: 'key' in p ? (p.key as string) : p.name,
    re: new RegExp(src, caseSensitive ? 'gu' : 'giu'),
    caseSensitive,
    needle: caseSensitive ? needle : needle?.toLowerCase(),
  };
});

/**
 * The longest run of plain letters every match of the pattern `src` contains, or undefined when
 * there is no run of three letters every match needs. A run counts at the top level or in a group
 * every match passes through (no quantifier after it, no alternatives in it, not a negative
 * look-around); a letter a quantifier makes optional ends a run, and so does a character class.
 */
export function requiredLiteral(src: string): string | undefined {
  // One entry a group open around the current place: its best run so far, and whether it has
  // alternatives or is a negative look-around (then nothing in it is needed).
  const groups: { best: string; loose: boolean }[] = [{ best: '', loose: false }];
  let run = '';
  const end = () => {
    const g = groups[groups.length - 1]!;
    if (run.length > g.best.length) g.best = run;
    run = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      end();
      const e = src[++i];
      // \p{…}, \u{…} and \k<…> run to their closing mark.
      if ((e === 'p' || e === 'P' || e === 'u') && src[i + 1] === '{') i = src.indexOf('}', i);
      else if (e === 'k' && src[i + 1] === '<') i = src.indexOf('>', i);
      if (i < 0) return undefined;
      continue;
    }
    if (c === '[') {
      end();
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
      continue;
    }
    if (c === '(') {
      end();
      const negative = src.startsWith('?!', i + 1) || src.startsWith('?<!', i + 1);
      groups.push({ best: '', loose: negative });
      // The group's name or kind is no text to match.
      if (src[i + 1] === '?')
        i = src[i + 2] === '<' && /\w/.test(src[i + 3] ?? '') ? src.indexOf('>', i) : i + 2;
      if (i < 0) return undefined;
      continue;
    }
    if (c === ')') {
      end();
      const g = groups.pop();
      const parent = groups[groups.length - 1];
      if (!g || !parent) return undefined;
      const q = src[i + 1];
      const needed = !g.loose && q !== '?' && q !== '*' && q !== '{';
      if (needed && g.best.length > parent.best.length) parent.best = g.best;
      continue;
    }
    if (c === '|') {
      end();
      groups[groups.length - 1]!.loose = true;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      end();
      continue;
    }
    const q = src[i + 1];
    if (q === '?' || q === '*' || q === '{') {
      end();
      continue;
    }
    run += c;
    if (q === '+') end();
  }
  end();
  const top = groups.length === 1 ? groups[0]! : undefined;
  return top && !top.loose && top.best.length >= 3 ? top.best : undefined;
}

const HEADS = terms.heads as Record<string, string>;
const REGION_OF = new Map(REGIONS.flatMap((r) => r.aliases.map((a) => [a.toLowerCase(), r.name] as const)));

function fill(template: string, g: Record<string, string | undefined>): string | undefined {
  let ok = true;
  const out = template.replace(/\{(\w+)\}/g, (_, k: string) => {
    if (k === 'n') {
      const n = g.n === undefined ? undefined : parseNumber(g.n);
      if (n === undefined) ok = false;
      return String(n);
    }
    if (k === 'place') {
      const raw = (g.place2 ?? g.place)?.replace(/-/g, ' ');
      if (!raw) return '';
      const city = CITIES.find((c) => c.toLowerCase().replace(/-/g, ' ') === raw.toLowerCase());
      return REGION_OF.get(raw.toLowerCase()) ?? CITY_IN.get(city ?? '') ?? city ?? raw;
    }
    if (k === 'head') return HEADS[(g.head ?? '').toLowerCase()] ?? g.head ?? '';
    if (k === 'dem') {
      const d = g.dem ?? '';
      return d ? (DEMONYMS.find((x) => x.toLowerCase() === d.toLowerCase()) ?? d) : '';
    }
    return g[k] ?? '';
  });
  return ok ? out.replace(/\s+/g, ' ').trim() : undefined;
}

/**
 * Every key-term mention, left to right and never overlapping (the longer match wins). An event at
 * one place is one term whatever its head word ("Alaska summit" = "summit in Anchorage, Alaska"),
 * named "summit" if any mention says so.
 */
export function findTerms(norm: string): TermHit[] {
  const hits: TermHit[] = [];
  // A pattern whose word is nowhere in the text is not run: a dozen case-insensitive Unicode
  // expressions over the whole text were a sixth of the actors stage. Under the 'iu' flags only
  // 'ſ' (long s) matches a plain letter that lower case does not turn into one ('K', the Kelvin
  // sign, lowers to 'k'), so a text with one runs every pattern.
  const lower = norm.includes('ſ') ? undefined : norm.toLowerCase();
  for (const c of COMPILED) {
    const text = c.caseSensitive ? norm : lower;
    if (c.needle && text !== undefined && !text.includes(c.needle)) continue;
    c.re.lastIndex = 0;
    for (const m of norm.matchAll(c.re)) {
      const g = (m.groups ?? {}) as Record<string, string | undefined>;
      const name = fill(c.name, g);
      const key = fill(c.key, g);
      if (!name || !key) continue;
      let start = m.index;
      let end = start + m[0].length;
      if (g.span) {
        start += m[0].indexOf(g.span);
        end = start + g.span.length;
      }
      hits.push({
        start,
        end,
        key: `term:${key.toLowerCase()}`,
        name,
      });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: TermHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}
