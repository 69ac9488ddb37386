// @vitest-environment happy-dom
// A reader's undated article on a card: its date is the day it was added, and the card says so.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CardContent } from '@/components/card';
import { buildKb } from '@/core/kb/build';
import { indexKb } from '@/core/kb';
import { cardFor } from './card';
import { LibraryService } from './library';

const bundled = indexKb(
  buildKb([
    {
      meta: { id: '000', outlet: 'The Outlet', title: null, date: '2025-11-25', dateSource: 'text' },
      text: 'Russian Foreign Minister Sergei Lavrov said, \u201CWe are ready.\u201D',
    },
  ]),
);
const QUAY = 'Ottilie Brandvold, the harbour commissioner, said: \u201CThe quay will reopen in March.\u201D';

async function cardText(date?: string): Promise<string> {
  fakeBrowser.reset();
  const service = new LibraryService({
    bundled: async () => bundled,
    now: () => new Date('2026-11-21T09:00:00Z'),
    announce: async () => {},
    engine: () => import('@/core/library/kb'),
  });
  await service.add({ text: QUAY, origin: 'paste', outlet: 'Elmsby Post', date });
  const card = cardFor(await service.kb(), { id: 'ottilie-brandvold' })!;
  const root = document.createElement('div');
  render(<CardContent model={card} onOpenPassage={() => {}} passageHref={() => '#'} />, root);
  return root.querySelector('.fn-cite')!.textContent!.replace(/\s+/g, ' ');
}

describe('the card of a reader’s article', () => {
  it('says "added" before the day an undated article was added', async () => {
    expect(await cardText()).toMatch(/^Elmsby Post · added 21 Nov 2026 · Read in source/);
  });

  it('gives a dated article its date as it is', async () => {
    expect(await cardText('2026-03-02')).toMatch(/^Elmsby Post · 2 Mar 2026 · Read in source/);
  });
});
