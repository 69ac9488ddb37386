import { genderOfName, type Entity } from './entities';
import { roleAfter, roleBefore } from './guess';
import { MONTHS, WEEKDAYS } from '../../text/dates';

// Names joined by spaces only; a name never spans a line break.

// A personal name the actors stage did not list, right next to a reporting verb: "…,” Melanie
// said", "said Rep. G.K. Butterfield (D-N.C.)", "Trump lawyer Marc Kasowitz said" (PolNeAR). The
// attribution itself is explicit, so the printed name is the safest speaker there is.
const TITLE =
  '(?:(?:Rep|Sen|Gov|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Adm|Prof|Rev|Sgt|Judge|Justice|President|Senator|Governor|Mayor|Chairman|Secretary|Minister|Ambassador)\\.?\\s+)';
const TOKEN = "(?:\\p{Lu}\\p{Ll}[\\p{L}'-]*|\\p{Lu}\\.(?:\\p{Lu}\\.)*|Mc\\p{Lu}\\p{Ll}+)";
const NAME = `(${TOKEN}(?:\\s+(?:${TOKEN}|de|van|von|al|bin|da|del|la|le)){0,3})`;
const BEFORE = new RegExp(`(?:^|[\\s"(,])${TITLE}?${NAME}(\\s*\\([^)]{1,30}\\))?\\s*$`, 'u');
const TITLED = new RegExp(`^${TITLE}`);
const AFTER = new RegExp(`^\\s*${TITLE}?${NAME}`, 'u');
// Capitalised words that are not names where a subject stands.
const NOT_NAME = new Set(
  (
    'It This That These Those They He She We I You There Here The A An Some Many Most Others Other Both All One Each ' +
    'But And Or Yet So Then Now Also Still However Meanwhile Later Earlier Today Yesterday Asked When While If As ' +
    'Officials Critics Analysts Experts Sources Reports Polls Police Democrats Republicans Voters People Aides Advisers ' +
    `${[...WEEKDAYS, ...MONTHS].join(' ')} ` +
    'Reuters Unlike Having Everything Nothing Anything Everyone Nobody Someone ' +
    'Like According Despite After Before During Since Until With Without For From In On At By Of To Although Though ' +
    // Title-case headlines: "Physically Assaulting A Reporter Is A Fireable Offense".
    'Is Are Was Were Be Been Has Have Had Do Does Did Will Would Can Could Should May Might Must Not No Yes Says Said ' +
    'Why What How Who Where Which Whether Tells Told Asks Asked Just Only Even Very More Less ' +
    // Titles alone are no name ("Secretary of Homeland Security Jeh Johnson").
    'Secretary President Minister Senator Governor Chairman Chairwoman Director Chief Ambassador Spokesman ' +
    'Spokeswoman Speaker Leader General Commander Envoy Adviser Deputy Prime Foreign Defence Defense'
  ).split(' '),
);

function make(norm: string, full: string, fullStart: number, titled: string): Entity | undefined {
  const words = full.split(/\s+/);
  // "The Kremlin said" → "Kremlin"; "It said" → nothing.
  while (words.length && NOT_NAME.has(words[0]!)) words.shift();
  if (!words.length || words.some((w) => NOT_NAME.has(w)) || /'s?$/.test(full)) return undefined;
  // Initials alone are a name cut by the sentence splitter ("Rep. G.K. | Butterfield").
  if (words.every((w) => /^(?:\p{Lu}\.)+$/u.test(w))) return undefined;
  const name = words.join(' ');
  const start = fullStart + full.length - name.length;
  const gender = /^(Mr|Mister)\b/.test(titled)
    ? 'm'
    : /^(Mrs|Ms|Miss)\b/.test(titled)
      ? 'f'
      : genderOfName(name);
  return {
    start,
    end: start + name.length,
    name,
    guess:
      TITLED.test(titled) || roleBefore(norm, start) || roleAfter(norm, start + name.length)
        ? 'titled'
        : 'bare',
    type: 'person',
    speakerType: words.length === 1 && /s$/.test(name) ? 'group' : 'person',
    ...(gender ? { gender } : {}),
  };
}

/**
 * A name that ends right before `pos` (only a parenthetical may follow it). A lone capitalised
 * word opening the sentence is too likely a common noun ("Leaders agreed…", 001) unless a title
 * comes with it.
 */
export function nameBefore(norm: string, from: number, pos: number): Entity | undefined {
  const lo = Math.max(from, pos - 80);
  const m = BEFORE.exec(norm.slice(lo, pos));
  if (!m) return undefined;
  const name = m[1]!;
  const start = lo + m.index + m[0].indexOf(name);
  const titled = m[0].trim();
  // "Rep. Adam B. Schiff of California": the name is before the place.
  // A name after "of"/"from" is a place or body, never the source itself.
  const of = /\s(?:of|from)\s+(?:the\s+)?$/.exec(norm.slice(Math.max(from, start - 10), start));
  if (of) return nameBefore(norm, from, start - of[0].length + 1);
  if (!/\s/.test(name) && titled === name && /^[\s"(]*$/.test(norm.slice(from, start))) return undefined;
  return make(norm, name, start, titled);
}

/** A name that starts right after `pos`: "said Murphy, now a consultant…". */
export function nameAfter(norm: string, pos: number, end: number): Entity | undefined {
  const m = AFTER.exec(norm.slice(pos, Math.min(end, pos + 80)));
  if (!m) return undefined;
  const name = m[1]!;
  return make(norm, name, pos + m[0].length - name.length, m[0].trim());
}
