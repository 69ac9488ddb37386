import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { fakeBrowser } from 'wxt/testing';
import { fixtureIndex } from '@/core/cards/fixture';
import { CardSchema } from '@/messaging/overlay-schemas';
import { handle, request } from '@/messaging/protocol';
import { bridgeRuntimeMessaging } from '@/messaging/runtime-bridge';
import { cardFor } from './card';
import { openPassage, sourceView } from './reader';

const ix = fixtureIndex();

describe('getCard', () => {
  it('answers the card of an actor or a term, null for an unknown id', () => {
    expect(cardFor(ix, { id: 'lavrov' })).toMatchObject({ kind: 'actor', name: 'Sergei Lavrov' });
    expect(cardFor(ix, { id: 'plan' })).toMatchObject({ kind: 'term' });
    expect(cardFor(ix, { id: 'nobody' })).toBeNull();
  });

  it('leaves out the sources the reader deselected', () => {
    const card = cardFor(ix, { id: 'lavrov' }, ['B']);
    expect(card?.header).toMatchObject({ sources: 2, hidden: 2 });
    expect(JSON.stringify(card)).not.toContain('"sourceId":"B"');
  });

  it('has a schema that refuses a card the model does not allow', () => {
    const card = cardFor(ix, { id: 'lavrov' })!;
    expect(v.safeParse(CardSchema, card).success).toBe(true);
    expect(v.safeParse(CardSchema, { ...card, kind: 'term' }).success).toBe(false);
    expect(v.safeParse(CardSchema, { ...card, header: { ...card.header, hidden: -1 } }).success).toBe(false);
    const long = structuredClone(card);
    const entry = long.kind === 'actor' ? long.ownWords[0]!.entries[0]! : null;
    if (entry?.type === 'compare') entry.items[0]!.text = 'x'.repeat(2001);
    expect(v.safeParse(CardSchema, long).success).toBe(false);
  });

  it('crosses the protocol and passes its schema', async () => {
    fakeBrowser.reset();
    bridgeRuntimeMessaging();
    const stop = handle('getCard', (req) => cardFor(ix, req));
    expect(await request('getCard', { id: 'lavrov' })).toEqual(cardFor(ix, { id: 'lavrov' }));
    expect(await request('getCard', { id: 'plan' })).toEqual(cardFor(ix, { id: 'plan' }));
    stop();
  });
});

describe('reader support', () => {
  beforeEach(() => fakeBrowser.reset());

  it('serves a source with its statements by speaker', () => {
    const view = sourceView(ix, 'A')!;
    expect(view).toMatchObject({ id: 'A', outlet: 'Outlet A', title: 'Talks', date: '2025-11-25' });
    expect(view.statements.map((s) => s.speaker)).toEqual([
      'Sergei Lavrov',
      'Sergei Lavrov',
      'Marco Rubio',
      'a US official',
    ]);
    expect(sourceView(ix, 'Z')).toBeNull();
  });

  it('opens the reader page on a passage in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openPassage({ sourceId: 'A', start: 3, end: 9 });
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/\/reader\.html\?source=A&start=3&end=9$/),
    });
  });

  it('takes openPassage requests over the protocol, and refuses bad offsets', async () => {
    bridgeRuntimeMessaging();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const stop = handle('openPassage', openPassage);
    await expect(request('openPassage', { sourceId: 'B', start: 1, end: 2 })).resolves.toBeUndefined();
    await expect(request('openPassage', { sourceId: 'B', start: -1, end: 2 })).rejects.toThrow();
    expect(create).toHaveBeenCalledOnce();
    stop();
  });
});
