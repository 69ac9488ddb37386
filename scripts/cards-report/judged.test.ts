// The judged figures the README quotes, recomputed from the judged files kept in eval/judged.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ROLE } from '../../core/actors/readable-role';
import { drift, readJudgedRoles, readJudgedTerms, readJudgedTopics, scoreOf } from './judged';

const judged = (name: string) => {
  const j = readJudgedRoles(resolve(import.meta.dirname, '../../eval/judged', name));
  if (typeof j === 'string') throw new Error(j);
  return j;
};

describe('judged roles (eval/judged)', () => {
  it('the 50 most-mentioned PolNeAR people: at least 95 % of the roles their headers show are right', () => {
    const j = judged('roles.json');
    expect(j.people).toBe(50);
    const s = scoreOf(j.pairs);
    console.log(`roles shown for the 50 most-mentioned PolNeAR people: ${s.right}/${s.total} right`);
    expect(s.total).toBeGreaterThanOrEqual(50);
    expect(s.right / s.total).toBeGreaterThanOrEqual(0.95);
    expect(j.pairs.filter((p) => p.role.length > MAX_ROLE)).toEqual([]);
  });

  it('a seeded random sample of (person, shown role) pairs over every PolNeAR person', () => {
    const j = judged('roles-sample.json');
    expect(j.seed).not.toBeNull();
    const s = scoreOf(j.pairs);
    console.log(`random sample (seed ${j.seed}): ${s.right}/${s.total} right`);
    expect(s.right / s.total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('drift', () => {
  it('names shown pairs nobody judged and judged pairs no longer shown', () => {
    const a = { actor: 'A', role: 'senator' };
    const b = { actor: 'B', role: 'governor' };
    const c = { actor: 'C', role: 'mayor' };
    expect(drift([a, b], [b, c])).toEqual({ unjudged: [c], gone: [a] });
  });
});

describe('judged key terms (eval/judged/terms.json)', () => {
  const j = readJudgedTerms(resolve(import.meta.dirname, '../../eval/judged/terms.json'));
  it('PolNeAR: at least 30 key terms, at least 90 % of them real subjects, the ACA and Obamacare one term', () => {
    if (typeof j === 'string') throw new Error(j);
    const s = scoreOf(j.terms);
    console.log(`key terms on PolNeAR: ${s.right}/${s.total} real subjects`);
    expect(s.total).toBeGreaterThanOrEqual(30);
    expect(s.right / s.total).toBeGreaterThanOrEqual(0.9);
    const aca = j.terms.filter((t) => t.forms.some((f) => /^(?:Obamacare|ACA|Affordable Care Act)$/.test(f)));
    expect(aca).toHaveLength(1);
    expect(aca[0]!.forms).toEqual(expect.arrayContaining(['Affordable Care Act', 'Obamacare', 'ACA']));
  });
});

describe('judged (statement, topic) pairs (eval/judged/topics.json)', () => {
  it('PolNeAR: a seeded sample of 100, scored (the target, 90 %, is not met yet)', () => {
    const j = readJudgedTopics(resolve(import.meta.dirname, '../../eval/judged/topics.json'));
    if (typeof j === 'string') throw new Error(j);
    const s = scoreOf(j.pairs);
    console.log(
      `(statement, topic) pairs on PolNeAR (seed ${j.seed}, at ${j.commit}): ${s.right}/${s.total} right`,
    );
    expect(s.total).toBe(100);
    // Recorded, not a gate: the figure the README reports. Raise to 0.9 when the topics reach it.
    expect(s.right).toBe(81);
  });
});

describe('judged (statement, topic) pairs after the topics were fitted on the corpus', () => {
  it('PolNeAR: a fresh seeded sample of 100 (seed 2026), scored (the target, 90 %, is not met yet)', () => {
    const j = readJudgedTopics(resolve(import.meta.dirname, '../../eval/judged/topics-seed-2026.json'));
    if (typeof j === 'string') throw new Error(j);
    const s = scoreOf(j.pairs);
    console.log(
      `(statement, topic) pairs on PolNeAR (seed ${j.seed}, at ${j.commit}): ${s.right}/${s.total} right`,
    );
    expect(j.seed).not.toBe(3);
    expect(s.total).toBe(100);
    // Every wrong verdict says why, so the figure can be checked.
    expect(j.pairs.filter((p) => !p.right && !p.why)).toEqual([]);
    // Recorded, not a gate: the figure the README reports.
    expect(s.right).toBe(82);
  });
});

describe('judged (statement, topic) pairs with the passage read for fragments', () => {
  it('PolNeAR: a fresh seeded sample of 100 (seed 4711), scored (the target, 90 %, is not met yet)', () => {
    const j = readJudgedTopics(resolve(import.meta.dirname, '../../eval/judged/topics-seed-4711.json'));
    if (typeof j === 'string') throw new Error(j);
    const s = scoreOf(j.pairs);
    console.log(
      `(statement, topic) pairs on PolNeAR (seed ${j.seed}, at ${j.commit}): ${s.right}/${s.total} right`,
    );
    expect([3, 2026]).not.toContain(j.seed);
    expect(s.total).toBe(100);
    expect(j.pairs.filter((p) => !p.right && !p.why)).toEqual([]);
    // Recorded, not a gate: the figure the README reports.
    expect(s.right).toBe(86);
  });
});

describe('judged (statement, topic) pairs with the passage read 800 characters either side', () => {
  it('PolNeAR: a fresh seeded sample of 100 (seed 8128), scored (the target, 90 %, is not met yet)', () => {
    const j = readJudgedTopics(resolve(import.meta.dirname, '../../eval/judged/topics-seed-8128.json'));
    if (typeof j === 'string') throw new Error(j);
    const s = scoreOf(j.pairs);
    console.log(
      `(statement, topic) pairs on PolNeAR (seed ${j.seed}, at ${j.commit}): ${s.right}/${s.total} right`,
    );
    // Neither an earlier judged seed nor one of the development samples (101-106) this step looked at.
    expect([3, 2026, 4711, 101, 102, 103, 104, 105, 106]).not.toContain(j.seed);
    expect(s.total).toBe(100);
    expect(j.pairs.filter((p) => !p.right && !p.why)).toEqual([]);
    // Recorded, not a gate: the figure the README reports.
    expect(s.right).toBe(86);
  });
});
