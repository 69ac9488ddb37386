// The words a card uses for statement kinds. Each label is a promise to the reader about whose wording
// they are reading, so each one is spelled out in the legend. Kept apart from the topic labels so the
// card component does not carry the topics lexicon into the content script.
import type { StatementKind } from '../types';

export const KIND_LABELS: Record<StatementKind, string> = {
  direct: 'Direct quote',
  indirect: 'Paraphrase',
  according_to: 'Attributed claim',
  position: 'Described stance',
};

/** Shown under every card: what each label means, in the order a reader meets them. */
export const LEGEND: { kind: StatementKind; label: string; meaning: string }[] = [
  {
    kind: 'direct',
    label: KIND_LABELS.direct,
    meaning: 'the outlet prints these words in quotation marks as the speaker’s own.',
  },
  {
    kind: 'indirect',
    label: KIND_LABELS.indirect,
    meaning: 'the outlet reports what the speaker said, in the outlet’s words.',
  },
  {
    kind: 'according_to',
    label: KIND_LABELS.according_to,
    meaning: 'the outlet gives information “according to” the speaker; the wording is the outlet’s.',
  },
  {
    kind: 'position',
    label: KIND_LABELS.position,
    meaning: 'the outlet describes the speaker’s stance; it is not reported as something they said.',
  },
];
