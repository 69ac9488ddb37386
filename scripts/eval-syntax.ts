// `npx tsx scripts/eval-syntax.ts [dev|test ...]`: the shipped syntax models (data/models) on GUM's
// gold trees read in place (../shared/eval/gum, the partitions' documents only): tokenizer
// agreement with GUM's tokens, tag accuracy, and attachment scores with predicted tags, on gold
// tokens and on the tokenizer's own. Skips with a message when GUM is absent.
import { shipped, tokenize } from '../core/syntax';
import { parseScores, tagScores } from './train/syntax';
import { readGumUd, type GoldSentence } from './train/gum-ud';

/** Tokens whose offsets match GUM's exactly: precision, recall, F1 and whole sentences right. */
export function tokenAgreement(sents: GoldSentence[]): string {
  let gold = 0;
  let ours = 0;
  let same = 0;
  let whole = 0;
  for (const s of sents) {
    const g = new Set(s.tokens.map((t) => `${t.start}:${t.end}`));
    const o = tokenize(s.text);
    const hits = o.filter((t) => g.has(`${t.start}:${t.end}`)).length;
    gold += g.size;
    ours += o.length;
    same += hits;
    if (hits === g.size && hits === o.length) whole++;
  }
  const p = same / ours;
  const r = same / gold;
  const f = (x: number) => (100 * x).toFixed(2);
  return `P ${f(p)}, R ${f(r)}, F1 ${f((2 * p * r) / (p + r))}, sentences all right ${f(whole / sents.length)} (${gold} tokens)`;
}

const parts = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const part of parts.length ? parts : ['dev', 'test']) {
  const sents = readGumUd(part);
  if (typeof sents === 'string') {
    console.log(`eval syntax: ${sents}`);
    break;
  }
  const m = shipped();
  console.log(`GUM ${part}, ${sents.length} sentences`);
  console.log(`  tokenizer:            ${tokenAgreement(sents)}`);
  console.log(`  tagger:               ${tagScores(m.tagger, sents)}`);
  console.log(`  parser (gold tokens): ${parseScores(m, sents)}`);
  console.log(`  parser (our tokens):  ${parseScores(m, sents, true)}`);
}
