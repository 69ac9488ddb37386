// Small wordings the card repeats. English only for now; one place to translate later.
import type { ActorType, SpeakerType } from '@/core/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "25 Nov 2025" from "2025-11-25", the same in every locale (a citation must not change with it). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m && MONTHS[Number(m[2]) - 1];
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const outletName = (outlet: string | null): string => outlet ?? 'unnamed outlet';

export const TYPE_LABELS: Record<ActorType, string> = {
  person: 'Person',
  organization: 'Organisation',
  government: 'Government or state body',
  group: 'Group',
  term: 'Key term',
};

export const speakerNote = (type: SpeakerType): string => (type === 'anonymous' ? 'unnamed source' : '');
