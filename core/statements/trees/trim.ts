import type { PreparedText } from '../../types';
import { sentenceAt } from '../../text';
import { base, isTensed, isVerb, type Tree } from '../../attribution/tree';
import type { FoundAttribution } from '../spans';
import { frontedClauseEnd } from './fronted-clause';

/**
 * "Russia's demand that Ukraine withdraw its troops was rejected by Kyiv": where a stance noun's
 * owner opens the sentence, the noun phrase is the sentence's subject, and after the verb of its
 * "that" clause the next finite verb is the sentence's own, what the reporter says of the stance.
 * Read from the tags, not the parse: the parser rarely sees a noun with a "that" clause as subject.
 */
function subjectPhraseEnd(
  doc: PreparedText,
  tree: Tree,
  f: FoundAttribution,
  c: { start: number; end: number },
): number | undefined {
  if (f.kind !== 'position' || !f.source || !f.cue) return undefined;
  const sent = sentenceAt(doc.sentences, f.source.start);
  if (!sent || !/^(?:(?:But|And|Yet|The)\s+)?$/.test(doc.norm.slice(sent.start, f.source.start)))
    return undefined;
  // The words as annotation marks them hold the "that"; the card's begin after it.
  const that =
    /\bthat\s*$/.test(doc.norm.slice(f.cue.start, c.start)) ||
    /^that\s/.test(doc.norm.slice(c.start, c.start + 5));
  if (!that) return undefined;
  const toks = tree.tokens;
  // The cue is the noun itself ("demand", "insistence"), not a verb before the clause ("Russia
  // has insisted that Ukraine's desire … was a primary reason").
  const cue = f.cue;
  if (!toks.some((t) => t.start >= cue.start && t.end <= cue.end && t.upos === 'NOUN')) return undefined;
  let verb = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.start < c.start) continue;
    if (t.end > c.end || tree.quoted[i]) return undefined;
    if (/^(?:,|which|who|that|because|if|when|while|and|but)$/.test(t.lower) && verb) return undefined;
    if (!verb) {
      verb = t.upos === 'VERB';
      continue;
    }
    if (isTensed(t) && (t.upos === 'AUX' || t.upos === 'VERB')) {
      let end = t.start;
      while (end > c.start && /\s/.test(doc.norm[end - 1]!)) end--;
      return end;
    }
  }
  return undefined;
}

/**
 * What a reported clause says stops where the reporter starts adding to it: a relative clause or a
 * participle set off by a comma at the end ("has acknowledged the reality of climate change, which
 * makes him an outlier", "shows that he had his hands up, contradicting the police", "cited the
 * audit, saying…" where "saying" is a cue of its own). Cut at that comma, outside quotation marks,
 * for what a speaker is reported to say or hold (a quotation's words stay as printed).
 */
export function trimAdditions(
  doc: PreparedText,
  trees: Tree[],
  found: FoundAttribution[],
  /**
   * Told when a second clause with its own subject is cut off, so the card's words end there too;
   * what the reporter adds to a speaker's clause (", which…") stays on the card, as printed.
   */
  narrow: (f: FoundAttribution, end: number) => void = () => {},
): void {
  for (const f of found) {
    if ((f.kind !== 'indirect' && f.kind !== 'position') || !f.cue || f.bare) continue;
    const parts = f.content ?? [{ start: f.start, end: f.end }];
    if (parts.length !== 1) continue;
    const c = parts[0]!;
    if (c.start < f.cue.end) continue;
    const sent = sentenceAt(doc.sentences, c.start);
    const tree = sent && trees[sent.index];
    if (!tree) continue;
    const toks = tree.tokens;
    const rel = relativeEnd(doc, f, c);
    if (rel !== undefined) {
      f.content = [{ start: c.start, end: rel }];
      narrow(f, rel);
      continue;
    }
    const phrase = subjectPhraseEnd(doc, tree, f, c);
    if (phrase !== undefined) {
      f.content = [{ start: c.start, end: phrase }];
      narrow(f, phrase);
      continue;
    }
    const fronted = frontedClauseEnd(doc, tree, f.cue, c);
    if (fronted !== undefined) {
      f.content = [{ start: c.start, end: fronted }];
      narrow(f, fronted);
      continue;
    }
    const own = ownSubjectConjunct(tree, c);
    if (own !== undefined) {
      f.content = [{ start: c.start, end: own }];
      narrow(f, own);
      continue;
    }
    const venue = venueStart(tree, c);
    for (let i = 0; i + 1 < toks.length; i++) {
      const t = toks[i]!;
      if (t.start <= c.start + 1 || t.end > c.end) continue;
      if (venue !== undefined && t.start >= venue) break;
      if (t.text !== ',' || tree.quoted[i]) continue;
      // A manner adverb may stand before the participle (", even suggesting…", ", falsely
      // suggesting…"), but not one that opens a clause of the words ("…, so reaching the threshold
      // seems achievable"), nor before a participle that continues a list ("by tightening
      // enforcement, temporarily freezing…").
      const a = toks[i + 1]!;
      const v = toks[i + 2];
      const n =
        v?.xpos === 'VBG' &&
        /^(?:\w+ly|even|further|thereby|again|also|then|still)$/.test(a.lower) &&
        base(v.deprel) !== 'conj'
          ? v
          : a;
      const addition =
        n.lower === 'which' ||
        (n.xpos === 'VBG' && n.upos === 'VERB' && !/^(?:including|according|following)$/.test(n.lower));
      if (!addition && !closingAppositive(tree, i, c)) continue;
      f.content = [{ start: c.start, end: t.start }];
      break;
    }
    if (venue !== undefined && (f.content?.[0]?.end ?? f.end) > venue) {
      let end = venue;
      while (end > c.start && /[\s,]/.test(doc.norm[end - 1]!)) end--;
      f.content = [{ start: c.start, end }];
    }
  }
}

/**
 * Whether the comma at `comma` sets off an appositive that closes the words ("…Bernie Sanders, a
 * self-described Democratic socialist"): a determiner, then to the content's end no verb of its own,
 * no list ("and", another comma) and no quotation. Read up to the first word that breaks it, so a
 * sentence of many commas stays linear.
 */
function closingAppositive(tree: Tree, comma: number, c: { start: number; end: number }): boolean {
  const toks = tree.tokens;
  if (!/^(?:a|an|the)$/.test(toks[comma + 1]?.lower ?? '')) return false;
  for (let k = comma + 1; k < toks.length && toks[k]!.end <= c.end; k++) {
    const x = toks[k]!;
    if (tree.quoted[k] || isTensed(x) || x.upos === 'CCONJ' || x.text === ',') return false;
  }
  return true;
}

// Where and how the words were said, not what: "in a statement", "during the first debate", "while
// at the convention".
const SAID_IN =
  /^(?:statement|interview|speech|remarks|letter|op-ed|column|tweet|post|email|e-mail|address|appearance|conference|briefing|debate|forum|rally|event|hearing|ruling|testimony|video|ad|commercial|broadcast|podcast|memo)$/;

/**
 * Whether what follows the occasion to the content's end is circumstance alone (when, where, with
 * whom), not what was said: "expressed frustration in an interview that the allies were free riders"
 * and "to say in an interview that Sanders was up to it" carry on with the words.
 */
function onlyCircumstance(tree: Tree, from: number, c: { start: number; end: number }): boolean {
  const toks = tree.tokens;
  for (let k = from; k < toks.length && toks[k]!.end <= c.end; k++) {
    const t = toks[k]!;
    if (tree.quoted[k] || isTensed(t) || /^(?:that|:|")$/.test(t.lower)) return false;
  }
  return true;
}

/**
 * "urged more school investment in a statement on Thursday", "called her opponent a fraud during the
 * first debate": after a noun phrase a speaker is reported to have said or held, a phrase naming the
 * occasion ("in", "during", "at" or "while at" a statement, an interview, a debate…) tells where it
 * was said; the words end before it. Only after a phrase, never inside a clause ("said that he
 * had met her at a rally" reports the rally), and never inside quotation marks.
 */
function venueStart(tree: Tree, c: { start: number; end: number }): number | undefined {
  const toks = tree.tokens;
  let first = true;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.start < c.start || t.end > c.end) continue;
    if (tree.quoted[k]) return undefined;
    if (isTensed(t) || (first && /^(?:that|whether|if|why|how|what)$/.test(t.lower))) return undefined;
    const was = first;
    first = false;
    if (was || !/^(?:in|during|at|while)$/.test(t.lower)) continue;
    // The occasion's noun within a few words: the object of the preposition, or of "while at".
    let j = k + 1;
    if (t.lower === 'while' && toks[j]?.lower === 'at') j++;
    // A particular occasion is determined ("a speech", "Saturday's debate"); "in hate speech" or "in
    // political speech" is a kind of thing, not when it was said.
    const d = toks[j];
    if (!d || !(d.upos === 'DET' || d.xpos === 'PRP$' || toks[j + 1]?.xpos === 'POS')) continue;
    for (let n = 0; n < 5 && j < toks.length && toks[j]!.end <= c.end; n++, j++) {
      const w = toks[j]!;
      if (w.upos === 'NOUN' && SAID_IN.test(w.lower))
        return onlyCircumstance(tree, k, c) ? t.start : undefined;
      if (!/^(?:DET|ADJ|PROPN|NOUN|NUM|PRON|PART)$/.test(w.upos) && w.text !== '-') break;
    }
  }
  return undefined;
}

/**
 * "Podesta, who said the project was vetted by his firm's counsel, declined to comment": what a
 * relative clause set off by commas reports ends where the sentence's own verb comes back after a
 * comma. Read from the text: a parse often takes "said" for the sentence's root there.
 */
function relativeEnd(
  doc: PreparedText,
  f: FoundAttribution,
  c: { start: number; end: number },
): number | undefined {
  if (!f.source || !/^who$/i.test(doc.norm.slice(f.source.start, f.source.end))) return undefined;
  if (!/,\s*$/.test(doc.norm.slice(Math.max(0, f.source.start - 3), f.source.start))) return undefined;
  const words = doc.norm.slice(c.start, c.end);
  if (words.includes('"')) return undefined;
  const m = /,\s+(?:[a-z]+ed|is|was|are|were|has|had|have|will|would|could|can|did|does|do|says|said)\b/.exec(
    words,
  );
  return m && m.index > 0 ? c.start + m.index : undefined;
}

/**
 * Where a reported clause runs into a second clause with a subject of its own, joined by "and" or
 * "but" after a comma ("has vowed to bring back mining jobs, and Hillary Clinton is promising to
 * help…"; "said the budget was balanced, and council member Rita Owens also rejected…"): the
 * character offset to end the content at, the end of the word before the comma. The second clause
 * is its own subject's, never the reported speaker's. The joining words are read from the text, not
 * from where the parse hangs them (a parse may take the clause for an adverbial one). Quoted words
 * are left as printed.
 */
function ownSubjectConjunct(tree: Tree, c: { start: number; end: number }): number | undefined {
  const toks = tree.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.start <= c.start || t.end > c.end || tree.quoted[k]) continue;
    if (
      !/^(?:conj|advcl|parataxis)$/.test(base(t.deprel)) ||
      !(isVerb(t) || t.upos === 'AUX' || tree.children[k]!.some((x) => base(toks[x]!.deprel) === 'cop'))
    )
      continue;
    const kids = tree.children[k]!;
    const subj = kids.find((x) => base(toks[x]!.deprel) === 'nsubj' && x < k);
    // A personal pronoun may be the speaker again ("she hopes…, but she knows that…"), and a
    // clause with its own "that" or "because" is a second thing reported or a reason.
    if (subj === undefined || /^(?:PRP|WDT|WP)$/.test(toks[subj]!.xpos)) continue;
    if (kids.some((x) => base(toks[x]!.deprel) === 'mark')) continue;
    // ", and <subject>…", ", but <subject>…".
    let first = tree.lo[subj]!;
    while (first < subj && /^(?:CCONJ|PUNCT)$/.test(toks[first]!.upos)) first++;
    if (!/^(?:and|but)$/i.test(toks[first - 1]?.text ?? '') || toks[first - 2]?.text !== ',') continue;
    // ", but that Kyiv and Washington had reached…": "that" opens a second reported clause.
    if (toks[first]!.lower === 'that') continue;
    const e = first - 3;
    if (e < 0 || toks[e]!.end <= c.start) continue;
    return toks[e]!.end;
  }
  return undefined;
}
