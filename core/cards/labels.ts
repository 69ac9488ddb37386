// The words a card uses for topics; the kind labels are in kinds.ts.
import newsJson from '../../data/lexicons/news-topics.json';
import topicsJson from '../../data/lexicons/topics.json';

const topics = topicsJson as { topics: Record<string, string[]>; fallback: string };
const NEWS_LABELS: Record<string, string> = Object.fromEntries(newsJson.topics.map((t) => [t.id, t.label]));

/**
 * Topic ids in the lexicons' order (the seed subject's, then the general news topics), the fallback
 * last: the tie-break wherever topics are ranked. A key term's topic (its name) ranks between the two.
 */
export const TOPIC_ORDER: string[] = [
  ...Object.keys(topics.topics),
  ...Object.keys(NEWS_LABELS),
  topics.fallback,
];
const TERM_RANK = Object.keys(topics.topics).length;

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
  const label = TOPIC_LABELS[id] ?? NEWS_LABELS[id];
  if (label) return label;
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function topicRank(id: string): number {
  const i = TOPIC_ORDER.indexOf(id);
  return i < 0 ? TERM_RANK : i;
}

export { KIND_LABELS, LEGEND } from './kinds';
