// Words in -ing that are no participle ("Nothing has changed, he said"), and prepositions ("During
// his years in office, Mr. Lee said, most voters…", where the words go on after the verb).
const NOT_PARTICIPLE =
  /^(?:During|Following|Regarding|Including|Concerning|Considering|Notwithstanding|Pending|According|Excluding|Barring|Nothing|Something|Anything|Everything|King|Beijing|Spring|Morning|Evening|Wedding|Ceiling|Thing|Things)\b/;

/**
 * A participle phrase that opens the sentence and sets the scene for the speaker ("Standing next to
 * his wife, Trump said: “…”", "Flanked by aides, she said…", a real news page and PolNeAR): what the
 * speaker did, not what they said. A gerund that is a clause's subject has a finite verb of its own
 * before any "that" ("Building a wall is easy, he said"), and stays content.
 */
export function participial(opening: string): boolean {
  if (!/^[A-Z][a-z]+ing\b/.test(opening) && !/^[A-Z][a-z]+ed\s+(?:by|with)\b/.test(opening)) return false;
  if (NOT_PARTICIPLE.test(opening)) return false;
  const own = opening.split(/\b(?:that|whether|how|what|why|if|who|which)\b/)[0]!;
  return !/\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|did|do)\b|n't\b|'s\b/.test(
    own,
  );
}
