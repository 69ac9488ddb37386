import { describe, expect, it } from 'vitest';
import { MAX_ROLE, readableRole } from './readable-role';

const known = (w: string) => ['trump', 'hewlett', 'packard', 'americans', 'prosperity'].includes(w);
const read = (r: string) => readableRole(r, known);

describe('readableRole', () => {
  it('keeps what the text states a person is, without its article', () => {
    expect(read('Republican presidential candidate')).toBe('Republican presidential candidate');
    expect(read('the former secretary of state')).toBe('former secretary of state');
    expect(read('a senior fellow at the Carnegie Russia Eurasia Center')).toBe(
      'senior fellow at the Carnegie Russia Eurasia Center',
    );
    expect(read("Trump's son-in-law")).toBe("Trump's son-in-law");
    expect(read('Trump campaign manager')).toBe('Trump campaign manager');
    expect(read('former Hewlett-Packard CEO')).toBe('former Hewlett-Packard CEO');
    expect(read('FBI Director')).toBe('FBI Director');
    expect(read('Ukraine’s ambassador to the U.S.')).toBe('Ukraine’s ambassador to the U.S.');
  });

  it('ends a role where a clause starts', () => {
    expect(read('the Republican frontrunner who has inflamed America with divisive rhetoric')).toBe(
      'Republican frontrunner',
    );
    expect(read('a terrorist group -- a decision they say allowed terrorist activity to multiply')).toBe(
      'terrorist group',
    );
  });

  it('refuses relations to someone else', () => {
    for (const r of ['her opponent', 'his running mate', 'His opponent', 'their Republican counterparts'])
      expect(read(r)).toBeUndefined();
    for (const r of ['fellow candidate', 'Republican opponent', 'husband', 'running mate'])
      expect(read(r)).toBeUndefined();
    expect(read("Clinton's running mate")).toBe("Clinton's running mate");
    expect(read("the state's current governor")).toBeUndefined();
  });

  it('refuses plurals: a person is one person', () => {
    for (const r of [
      'his supporters',
      'PBS Moderators',
      'House candidates',
      'Presidents',
      'sons of Cuban immigrants',
    ])
      expect(read(r)).toBeUndefined();
    expect(read('Americans for Prosperity president')).toBe('Americans for Prosperity president');
  });

  it('refuses clauses and run-ons', () => {
    for (const r of [
      'analysts said',
      'the GOP nominee had some explaining to do',
      "Republican candidates aren't that far apart on policy",
      'the Democratic nominee that year',
      'his supporters and everyone in the Democratic Party for the inexcusable remarks made over email',
    ])
      expect(read(r)).toBeUndefined();
    expect(read('x'.repeat(MAX_ROLE + 1))).toBeUndefined();
  });

  it('refuses a heading or sentence start run into the title', () => {
    for (const r of [
      'Enter President',
      'Take House Speaker',
      'Endorses House Speaker',
      'Big-Name Senator',
      'Canada’s Cape Breton Will Welcome American Refugees Fleeing President',
    ])
      expect(read(r)).toBeUndefined();
    expect(read('Senate Majority Leader')).toBe('Senate Majority Leader');
    expect(read('Former Secretary of State')).toBe('Former Secretary of State');
    expect(read('Kremlin spokesman')).toBe('Kremlin spokesman');
  });

  it('gives the same answer on its own output', () => {
    for (const r of [
      'the former secretary of state',
      'a senior fellow at the Carnegie Russia Eurasia Center',
    ])
      expect(read(read(r)!)).toBe(read(r));
  });
});
