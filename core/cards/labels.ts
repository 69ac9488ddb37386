// The words a card uses for statement kinds and topics. The kind labels are promises to the reader
// about whose wording they are reading, so each one is spelled out in the legend.
import topicsJson from '../../data/lexicons/topics.json';
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

const topics = topicsJson as { topics: Record<string, string[]>; fallback: string };

/** Topic ids in the lexicon's order, the fallback last: the tie-break wherever topics are ranked. */
export const TOPIC_ORDER: string[] = [...Object.keys(topics.topics), topics.fallback];

// topics.json has ids only; these read better than the ids do. Unknown ids fall back to the id itself.
const TOPIC_LABELS: Record<string, string> = {
  territory: 'Territory',
  nato: 'NATO',
  security_guarantees: 'Security guarantees',
  military_size: 'Size of the military',
  sanctions_assets: 'Sanctions and assets',
  meetings_diplomacy: 'Meetings and diplomacy',
  the_plan: 'The peace plan',
  military_strikes: 'Fighting and strikes',
  ceasefire_peace_process: 'Ceasefire and peace process',
  other: 'Other',
};

export function topicLabel(id: string): string {
  const label = TOPIC_LABELS[id];
  if (label) return label;
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function topicRank(id: string): number {
  const i = TOPIC_ORDER.indexOf(id);
  return i < 0 ? TOPIC_ORDER.length : i;
}
