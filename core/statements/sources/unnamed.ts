import type { PreparedText } from '../../types';
import type { Entity } from './entities';
import { withinSentence } from '../../text';
import sources from '../../../data/lexicons/sources.json';
import titles from '../../../data/lexicons/titles.json';

const ANON = new Set(sources.anonymous);
const GROUP = new Set(sources.group);
const INSTITUTION = new Set(sources.institution);
const DROP = new Set(sources.dropModifiers);
const DET = new Set(sources.determiners);
// A role's modifiers qualify an unnamed source's head as they do a title ("a communications aide",
// "a longtime adviser", "a deputy spokesman").
const MODS = new Set([...sources.modifierWords, ...titles.modifiers]);
const RENAME = sources.rename as Record<string, string>;
const HEADS = [...ANON, ...GROUP, ...INSTITUTION].sort((a, b) => b.length - a.length);
const HEAD_RE = new RegExp(`\\b(${HEADS.join('|')})\\b`, 'gi');

// Complements that belong to the description ("a person familiar with the situation", "officials
// at the White House", "Members of Congress"); kept in the name only where the head alone says
// nothing (person, people, source, members) or names where the officials sit.
const KEEP_COMPLEMENT =
  /^\s+(familiar with [\w\s-]{1,40}?(?=[,.;]|\s+(?:said|says|told))|of (?:the )?(?:Congress|House|Senate|Parliament|Duma|Rada|European Parliament|Bundestag)|at the White House|in the Kremlin)/;
// Complements that are part of the phrase but not of the name ("a former senior Kremlin official
// with knowledge of the talks", "a Russian academic close to senior Russian diplomats").
const SKIP_COMPLEMENT =
  /^\s+(?:with knowledge of|familiar with|close to|briefed on|involved in|from|in|at|of)\s+(?:the\s+|a\s+|an\s+)?[\w.'-]+(?:\s+[A-Z][\w.'-]*|\s+(?:talks|matter|situation|negotiations|diplomats|officials|leadership|discussions|Russian|Ukrainian|senior))*/;

// Capitalised only because they open a sentence: "With Democratic leaders increasingly worried…",
// "Unless countries develop…", "His office said" (a possessive names no one by itself).
const FUNCTION =
  /^(?:He|She|They|It|We|I|You|But|And|Or|The|A|An|In|On|At|As|For|With|Without|From|By|To|Of|After|Before|During|When|While|Although|Though|If|Since|Until|Among|Amid|Despite|Under|Over|About|Against|Like|Unlike|Meanwhile|However|Still|Yet|So|Then|Now|This|That|These|Those|Many|Some|Most|Other|Others|Both|All|Several|Unless|Because|Whether|Once|Even|Given|Where|Why|How|What|His|Her|Their|Its|Our|My|Your)$/;

function isModifier(w: string): boolean {
  if (MODS.has(w.toLowerCase())) return true;
  // Proper adjectives and places: "Kremlin", "Ukrainian", "U.S.", "Western".
  return /^[A-Z][\w.'-]*$/.test(w) && !FUNCTION.test(w);
}

/**
 * Unnamed sources: a head noun from the sources lexicon with its modifiers and determiner, e.g.
 * "A former senior Kremlin official with knowledge of the talks" → "a former senior Kremlin
 * official", "some analysts" → "analysts", "a United States official" → "a US official".
 * A bare singular head ("official") is not a source; a bare plural is ("critics", "diplomats").
 */
export function findUnnamed(doc: PreparedText): Entity[] {
  const { norm } = doc;
  const out: Entity[] = [];
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(norm); m; m = HEAD_RE.exec(norm)) {
    const head = m[1]!;
    const lower = head.toLowerCase();
    const headEnd = m.index + head.length;
    // "spokesman Dmitry Peskov", "adviser Rustem Umerov": a role before a name, not a source.
    if (
      /^\s+(?:[A-Z][a-z]+\.?\s+)?[A-Z][a-z]/.test(norm.slice(headEnd, headEnd + 30)) &&
      !/^\s+(?:of|at|in|with|from|on)\b/.test(norm.slice(headEnd, headEnd + 6))
    ) {
      if (!/^(members|officials|leaders)$/.test(lower)) continue;
    }
    // Walk left over modifiers and one determiner.
    const words: string[] = [];
    let start = m.index;
    let det = '';
    let owned = false;
    const left = norm.slice(Math.max(0, m.index - 80), m.index);
    const toks = left.split(/(\s+)/);
    let pos = m.index;
    for (let i = toks.length - 1; i >= 0; i--) {
      const t = toks[i]!;
      if (t === '') continue;
      if (/^\s+$/.test(t)) {
        if (t.includes('\n')) break;
        pos -= t.length;
        continue;
      }
      const w = t;
      const wl = w.toLowerCase();
      if (DET.has(wl)) {
        det = wl;
        start = pos - w.length;
        break;
      }
      if (/^(and|or)$/.test(wl) && words.length) {
        // "Ukrainian and European officials": a composite modifier.
        words.unshift(w);
        pos -= w.length;
        start = pos;
        continue;
      }
      // A word that ends a sentence ("…unacceptable to Moscow. Analysts warn") is no modifier.
      if (!isModifier(w) || /[,;:"()]$/.test(w) || (/\.$/.test(w) && !/^(?:[A-Z]\.)+$/.test(w))) break;
      words.unshift(w);
      pos -= w.length;
      start = pos;
      // "the Chamber's chief political strategist": a possessive is the phrase's determiner (a
      // body's is part of its name: "House Speaker Paul Ryan's office").
      if (/['’]s$/.test(w) && !INSTITUTION.has(lower)) {
        owned = true;
        const d = /(\S+)\s+$/.exec(norm.slice(Math.max(0, pos - 8), pos));
        if (d && d[1]!.toLowerCase() === 'the') {
          det = 'the';
          start = pos - d[0].length;
        }
        break;
      }
    }
    if (words[0] && /^(and|or)$/i.test(words[0])) {
      // "Military officers and government officials described…": joined to a plural noun, the
      // group is half of a subject no one source is all of (a real news page). Joined to anything
      // else it opens a clause of its own ("…, and officials said"), and the conjunction is not
      // part of its name.
      if (/\p{Ll}s\s+$/u.test(norm.slice(Math.max(0, start - 20), start))) continue;
      words.shift();
      start += /^(?:and|or)\s+/i.exec(norm.slice(start, start + 8))?.[0].length ?? 0;
    }
    // "…, The Wall Street Journal reports." / "Reuters reports that…": after a name and before the
    // clause's end or its "that", "reports" is the name's verb, not a noun the name qualifies.
    if (
      lower === 'reports' &&
      words.length &&
      words.every((w) => /^\p{Lu}/u.test(w)) &&
      /^\s*(?:[.,;:!?]|that\b)/.test(norm.slice(headEnd, headEnd + 6))
    )
      continue;
    if (INSTITUTION.has(lower)) {
      // "Ukraine's military", "the Russian Defence Ministry", "Kyiv police": named by a proper modifier.
      if (!words.some((w) => /^\p{Lu}/u.test(w)) || words.some((w) => /^(?:and|or)$/i.test(w))) continue;
      out.push({
        start,
        end: headEnd,
        name: [...words, head].join(' ').replace(/^(?:The|the)\s+/, ''),
        type: 'government',
        speakerType: 'government',
        unnamed: true,
        head: lower,
        headAt: m.index,
        plural: /s$/.test(lower),
      });
      continue;
    }
    const plural = /s$/.test(lower) || lower === 'people' || lower === 'media';
    const isGroup = GROUP.has(lower);
    // A bare singular is not a source ("the official" needs its determiner; "official copy" is no source).
    if (!plural && !det) continue;
    // Bare group heads ("Leaders agreed…") are too vague to name a source.
    if (isGroup && !words.length) continue;
    if (/^(reports)$/.test(lower) && words.length === 0 && det === '') continue;
    let end = headEnd;
    let complement = '';
    const after = norm.slice(headEnd, headEnd + 80);
    // "a spokesman for Volodymyr Zelensky": the person spoken for is part of the description,
    // and the source is never that person.
    const forWhom =
      /^(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|lawyer|attorney|representative|envoy)$/.test(
        lower,
      )
        ? /^\s+(?:for|to|of)\s+((?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})/u.exec(after)
        : null;
    // The sentence's full stop is not part of the name ("a spokesman for Terry Strada.").
    if (forWhom && /\p{Ll}{2}\.$/u.test(forWhom[0])) forWhom[0] = forWhom[0].slice(0, -1);
    const keep = forWhom ?? KEEP_COMPLEMENT.exec(after);
    if (keep) {
      complement = ' ' + (forWhom ? keep[0] : keep[1]!).trim().replace(/\s+/g, ' ');
      end = headEnd + keep[0].length;
    } else {
      const skip = SKIP_COMPLEMENT.exec(after);
      if (
        skip &&
        /^(official|officials|academic|analyst|diplomat|source|sources|expert|adviser|person|insider|insiders)$/.test(
          lower,
        )
      ) {
        end = headEnd + skip[0].length;
        // A head that says nothing by itself keeps what it is close to ("a source close to the
        // Kremlin"); a bare plural keeps where it sits ("officials in Kyiv").
        if (
          /^(source|sources|insider|insiders)$/.test(lower) ||
          (!words.length && /^\s+(?:in|at|from)\s+\p{Lu}/u.test(skip[0]))
        ) {
          complement = ' ' + skip[0].trim().replace(/\s+/g, ' ');
        }
      }
    }
    if ((lower === 'person' || lower === 'people' || lower === 'members') && !complement) continue;
    // A complement that runs into the next sentence ("a key source of revenue. Projections suggest…")
    // was no description of a speaker.
    if (!withinSentence(doc.sentences, start, end)) continue;
    const mods = words.filter((w) => !(plural && DROP.has(w.toLowerCase())));
    let name = [...mods, lower === 'members' ? 'Members' : lower].join(' ') + complement;
    name = name.replace(/\bUnited States\b|\bU\.S\.(?=\s)/g, 'US');
    if (owned) name = (det === 'the' ? 'the ' : '') + name;
    else if (!plural)
      name =
        (/^[aeiou]/i.test(name) && !/^(US|U\.S\.|Ukrainian|European)\b/.test(name) ? 'an ' : 'a ') + name;
    name = RENAME[name] ?? name;
    out.push({
      start,
      end,
      name,
      type: isGroup ? 'group' : 'person',
      speakerType: isGroup ? 'group' : 'anonymous',
      unnamed: true,
      head: lower.replace(/s$/, ''),
      headAt: m.index,
      definite: !plural && det === 'the',
      plural,
    });
  }
  return out;
}
