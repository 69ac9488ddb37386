import { describe, expect, it } from 'vitest';
import { prepare } from '../text';
import { findActors } from '.';
import { mergeAcrossDocuments } from './merge';

const doc = (sourceId: string, text: string) => ({ sourceId, actors: findActors(prepare(text)).actors });

describe('mergeAcrossDocuments', () => {
  it('merges one person across spellings and titled-only mentions', () => {
    const out = mergeAcrossDocuments([
      doc('002', 'Ukrainian President Volodymyr Zelensky spoke. Mr. Zelenskyy agreed.'),
      doc('003', 'President Volodymyr Zelenskiy pushed back. Zelenskiy said so.'),
      doc('004', 'Mr. Zelenskyy said no.'),
    ]);
    const z = out.filter((a) => a.type === 'person');
    expect(z).toHaveLength(1);
    expect(z[0]!.mentionsBySource).toEqual({ '002': 2, '003': 2, '004': 1 });
    expect(Object.keys(z[0]!.localIds)).toEqual(['002', '003', '004']);
    expect(z[0]!.aliases).toEqual(expect.arrayContaining(['Mr. Zelenskyy', 'Zelenskiy']));
  });

  it('keeps people with different given names apart and merges governments, events and owned councils', () => {
    const out = mergeAcrossDocuments([
      doc(
        'a',
        "Senator John Smith spoke in Moscow. Rustem Umerov, the secretary of Ukraine's National Security and Defence Council, spoke. The Alaska summit ended.",
      ),
      doc(
        'b',
        'Governor Mary Smith spoke. Russia agreed. Umerov, Secretary of the National Security and Defense Council, spoke. The meeting in Anchorage ended.',
      ),
    ]);
    expect(out.filter((a) => a.type === 'person' && a.name.endsWith('Smith'))).toHaveLength(2);
    expect(out.find((a) => a.name === 'Russia')!.mentionsBySource).toEqual({ a: 1, b: 1 });
    expect(out.filter((a) => /National Security/.test(a.name))).toHaveLength(1);
    expect(out.filter((a) => a.type === 'term').map((a) => a.name)).toEqual(['Alaska summit']);
    expect(new Set(out.map((a) => a.id)).size).toBe(out.length);
  });
});

describe('corpus ids', () => {
  it('are readable slugs of the canonical name', () => {
    const out = mergeAcrossDocuments([doc('a', 'President Donald Trump met Russian envoy Kirill Dmitriev.')]);
    expect(out.map((a) => a.id).sort()).toEqual([
      'government:russia',
      'person:donald-trump',
      'person:kirill-dmitriev',
    ]);
  });
});
