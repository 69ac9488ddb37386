import speech from '../../data/lexicons/speech-verbs.json';
import { tagSet } from './tag-sets';

/** The tags of a tensed verb or a modal, what makes a clause finite. */
const TENSED = /^(?:VBD|VBZ|VBP|MD)\|/;

/**
 * A sentence's verb the tagger read as a past participle: "Minyon Moore, a senior adviser to the
 * Clinton campaign, called Mr. Obama's remarks "a true wake-up call"", "David Axelrod on Wednesday
 * called on Howard Dean to apologize", "Protesters marching through the streets chanted…". A
 * sentence of news has a tensed verb, and a participle needs an auxiliary to be one; where the
 * tagger found no tensed verb and no auxiliary at all, the first participle right after the words
 * that can end a subject (a noun, a pronoun, an adverb, the comma closing an appositive) is the past
 * tense the sentence lacks. Not after a hyphen ("Pakistan-based"), an adjective or a determiner,
 * nor a participle in a list ("wealthy, privileged, narcissistic"), nor in a sentence that opens on
 * an imperative or holds another verb's base form the tagger misread. Retags in place, before the parse reads the tags.
 */
export function pastForParticiple(tagIds: Int32Array, tags: readonly string[]): void {
  const past = tags.indexOf('VBD|VERB');
  if (past < 0 || tagIds.length < 3) return;
  const n = tagIds.length;
  const bare = tagSet(tags, /^VB\|/);
  const tensed = tagSet(tags, TENSED);
  const licenses = tagSet(tags, /^(?:TO|MD|VB[DZP]?|RB)\|/);
  const participle = tagSet(tags, /^VBN\|/);
  const subjectEnd = tagSet(tags, /^(?:NNS?|NNPS?|PRP|RB|,)\|/);
  const comma = tagSet(tags, /^,\|/);
  const listGoesOn = tagSet(tags, /^(?:,|CC|JJ|\.)\|/);
  if (bare[tagIds[0]!]) return;
  for (let i = 0; i < n; i++) {
    if (tensed[tagIds[i]!]) return;
    // A base form with nothing before it to license one ("He, like others interviewed, spoke on…"
    // with "spoke" read so) is the tensed verb, misread; the participle is then a reduced relative.
    if (bare[tagIds[i]!] && (i === 0 || !licenses[tagIds[i - 1]!])) return;
  }
  for (let k = 1; k < n; k++) {
    if (!participle[tagIds[k]!]) continue;
    const before = tagIds[k - 1]!;
    if (!subjectEnd[before]) continue;
    // (Past the sentence's end counts as the list going on.)
    if (comma[before] && (k + 1 >= n || listGoesOn[tagIds[k + 1]!])) continue;
    tagIds[k] = past;
    return;
  }
}

// Reporting verbs in the third person ("notes", "contends"), from the lexicon the cue finder reads.
const REPORTS = new Set(speech.that.filter((w) => /[^s]s$/.test(w)));

/**
 * A verb in the present the tagger read as a plural noun after a name: "Trump calls for bringing
 * back surveillance…", "Clinton hints at husband's job", "Pew notes that the surveys…", "The
 * Journal notes that…". A name before an "-s" word makes the two look like a compound ("Clinton
 * aides"), which holds the sentence's subject, not its verb. Two shapes say it is the verb:
 * - no tensed verb in the sentence at all, and no determiner, possessive, number or adjective
 *   before the name ("the Clinton emails", "anti-engagement Cuba policies"; a role may stand there:
 *   "Conservative icon Morton Blackwell endorses…"). A capitalised first word counts as part of
 *   the name whatever its tag (the tagger reads "Hillary" there as an adjective);
 * - a reporting verb of the lexicon with "that", a quotation mark or a colon after it, and no tensed
 *   verb before it in the sentence.
 * After a common noun the first shape needs the noun's phrase to open the sentence ("The rare accord
 * calls on all nations…"; not "…, campaign officials in Ohio"). Retags the first such word in
 * place, before the parse reads the tags.
 */
export function presentForPlural(
  text: string,
  spans: readonly { start: number; end: number }[],
  tagIds: Int32Array,
  tags: readonly string[],
): void {
  const present = tags.indexOf('VBZ|VERB');
  const n = tagIds.length;
  if (present < 0 || n < 2) return;
  const plural = tagSet(tags, /^NNS\|/);
  const name = tagSet(tags, /^NNPS?\|/);
  const noun = tagSet(tags, /^NN\|/);
  // What a noun phrase that opens the sentence may hold before its head.
  const phrase = tagSet(tags, /^(?:NNP?S?|JJ[RS]?|DT|PRP\$|POS|CD|HYPH)\|/);
  const tensed = tagSet(tags, TENSED);
  const determines = tagSet(tags, /^(?:DT|PRP\$|POS|CD|PDT|WP\$)\|/);
  const modifies = tagSet(tags, /^(?:DT|PRP\$|POS|CD|JJ[RS]?|PDT|WP\$)\|/);
  let anyTensed = false;
  for (let i = 0; i < n; i++) if (tensed[tagIds[i]!]) anyTensed = true;
  for (let i = 1; i < n; i++) {
    if (tensed[tagIds[i]!]) return;
    const common = noun[tagIds[i - 1]!];
    if (!plural[tagIds[i]!] || !(name[tagIds[i - 1]!] || common)) continue;
    const word = text.slice(spans[i]!.start, spans[i]!.end).toLowerCase();
    if (!/[^s]s$/.test(word)) continue;
    const next = i + 1 < n ? text.slice(spans[i + 1]!.start, spans[i + 1]!.end) : '';
    if (REPORTS.has(word) && /^(?:that|["“:])$/i.test(next)) {
      tagIds[i] = present;
      return;
    }
    if (anyTensed) continue;
    if (common) {
      // "His plan calls for rates that rise…", "The rare accord calls on all nations…": after a
      // common noun only where its phrase opens the sentence.
      let k = i - 1;
      while (k > 0 && phrase[tagIds[k - 1]!]) k--;
      if (k > 0 || (i + 1 < n && tensed[tagIds[i + 1]!])) continue;
      tagIds[i] = present;
      return;
    }
    let j = i - 1;
    while (j > 0 && name[tagIds[j - 1]!]) j--;
    if (j === 1 && !determines[tagIds[0]!] && /^[A-Z]/.test(text.slice(spans[0]!.start, spans[0]!.end)))
      j = 0;
    if (j > 0 && modifies[tagIds[j - 1]!]) continue;
    if (i + 1 < n && tensed[tagIds[i + 1]!]) continue;
    tagIds[i] = present;
    return;
  }
}

// Past forms of irregular verbs that English never uses as a noun or an adjective of their own
// ("thought", "felt", "saw", "won" are nouns too, and stay as the tagger reads them).
const PAST_ONLY = new Set(
  'wrote said told spoke took gave knew began came went chose drove grew threw brought bought taught sought fought understood forgot became'.split(
    ' ',
  ),
);
const PERFECT = /^(?:have|has|had|having|'s|'ve|'d|’s|’ve|’d)$/i;

/**
 * An irregular past form the tagger read as a noun or an adjective: "…,” the Times wrote.", "The
 * Florida senator sought to calm…", "40 percent chose Trump". The tagger learnt these forms from
 * too few sentences to have them in its dictionary, and a name or a number before them reads like
 * a compound. After a form of "have" the word is a participle; after a hyphen ("hard-fought") it is
 * part of a compound adjective and stays as read. Retags in place, before the parse reads the tags.
 */
export function pastNeverNoun(
  text: string,
  spans: readonly { start: number; end: number }[],
  tagIds: Int32Array,
  tags: readonly string[],
): void {
  const past = tags.indexOf('VBD|VERB');
  const participle = tags.indexOf('VBN|VERB');
  if (past < 0 || participle < 0) return;
  const misread = tagSet(tags, /^(?:NN|NNS|NNP|NNPS|JJ|RB|IN)\|/);
  for (let i = 0; i < tagIds.length; i++) {
    if (!misread[tagIds[i]!]) continue;
    const word = text.slice(spans[i]!.start, spans[i]!.end);
    // A capitalised form inside a sentence is a name or a title ("Said Business School").
    if (!PAST_ONLY.has(word.toLowerCase()) || (i > 0 && /^[A-Z]/.test(word))) continue;
    const prev = i > 0 ? text.slice(spans[i - 1]!.start, spans[i - 1]!.end) : '';
    if (/^[-‐–]$/.test(prev) || spans[i]!.start === spans[i - 1]?.end) continue;
    tagIds[i] = PERFECT.test(prev) ? participle : past;
  }
}
