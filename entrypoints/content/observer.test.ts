// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { compileMatcher } from '@/core/matcher/compile';
import { Matcher } from '@/core/matcher/matcher';
import { MarkSet } from './marks';
import { watchChanges } from './observer';
import { Scanner } from './scan';
import { idleCallback, IdleRunner } from './scheduler';

const data = compileMatcher(
  [
    { id: 'lavrov', type: 'person', aliases: ['Sergei Lavrov', 'Lavrov'] },
    { id: 'zelensky', type: 'person', aliases: ['Volodymyr Zelensky', 'Zelensky'] },
  ],
  () => false,
);

function setup(html: string) {
  document.body.innerHTML = html;
  const controller = new AbortController();
  const marks = new MarkSet();
  const runner = new IdleRunner(idleCallback(controller.signal), controller.signal);
  const partials: string[][] = [];
  const scanner = new Scanner(
    new Matcher(data),
    data,
    marks,
    runner,
    () => null,
    () => undefined,
  );
  watchChanges(
    document,
    {
      partial: (roots) => {
        partials.push(roots.map((r) => (r as Element).tagName ?? r.nodeName));
        scanner.partial(roots);
      },
      full: () => scanner.full(document),
    },
    () => null,
    controller.signal,
  );
  scanner.full(document);
  const texts = () => marks.ordered().map((m) => m.range.toString());
  const settle = async () => {
    // The observer flushes on the next frame (or a 250 ms timeout), then the runner drains.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await runner.drained();
  };
  return { controller, texts, settle, partials };
}

describe('following page changes', () => {
  let stop: AbortController | undefined;
  afterEach(() => stop?.abort());

  it('marks text that arrives later, and rescans a new block on its own', async () => {
    const page = setup('<p>Lavrov spoke.</p>');
    stop = page.controller;
    await page.settle();
    expect(page.texts()).toEqual(['Lavrov']);
    const p = document.createElement('p');
    p.innerHTML = 'Then Volodymyr <b>Zelensky</b> answered.';
    document.body.append(p);
    await page.settle();
    expect(page.texts()).toEqual(['Lavrov', 'Volodymyr Zelensky']);
    // The new paragraph, not the whole body.
    expect(page.partials).toEqual([['P']]);
  });

  it('follows text a re-render changes, and drops marks of removed text', async () => {
    const page = setup('<p id="a">Lavrov spoke.</p><p id="b">Nobody here.</p>');
    stop = page.controller;
    await page.settle();
    document.getElementById('b')!.firstChild!.textContent = 'Sergei Lavrov here.';
    await page.settle();
    expect(page.texts()).toEqual(['Lavrov', 'Sergei Lavrov']);
    document.getElementById('a')!.remove();
    await page.settle();
    expect(page.texts()).toEqual(['Sergei Lavrov']);
  });

  it('joins an inline element added into a sentence with its words', async () => {
    const page = setup('<p id="p">Volodymyr </p>');
    stop = page.controller;
    await page.settle();
    expect(page.texts()).toEqual([]);
    const b = document.createElement('b');
    b.textContent = 'Zelensky';
    document.getElementById('p')!.append(b);
    await page.settle();
    expect(page.texts()).toEqual(['Volodymyr Zelensky']);
  });
});
