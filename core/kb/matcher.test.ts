import { describe, expect, it } from 'vitest';
import { Matcher, confirmWeak } from '../matcher/matcher';
import { assembleKb } from './build';
import { fixtureDocs } from './fixture';
import { matcherForKb } from './matcher';

describe('matcherForKb', () => {
  const kb = assembleKb(fixtureDocs());
  const common = new Set(['will', 'post', 'officials', 'official']);
  const data = matcherForKb(kb, (w) => common.has(w));

  it('compiles every actor id and marks a known name', () => {
    expect(data.ids).toEqual(kb.actors.map((a) => a.id));
    const m = new Matcher(data);
    const text = 'Yesterday Steve Witkoff flew in.';
    expect(confirmWeak(m.scan(text)).map((x) => text.slice(x.start, x.end))).toContain('Steve Witkoff');
  });

  it('leaves out unnamed descriptions of anonymous speakers', () => {
    const unnamed = kb.statements.filter((s) => s.speakerType === 'anonymous').map((s) => s.speakerName);
    const keys = new Set(data.aliases.map(([k]) => k.toLowerCase()));
    for (const name of unnamed) expect(keys.has(name.toLowerCase())).toBe(false);
  });
});
