// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockOf, collectBlocks, insideSkipped, positionIn } from './blocks';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}
const blocks = (root: Node, options: Parameters<typeof collectBlocks>[1] = {}) =>
  [...collectBlocks(root, options)].filter((b) => b !== null);
const texts = (root: Node, ownHost?: Element) => blocks(root, { ownHost }).map((b) => b.text);

describe('collectBlocks', () => {
  it('joins a name split across inline elements into one block', () => {
    expect(texts(page('<p>Volodymyr <b>Zelensky</b> met <a href="#">Sergei <i>Lavrov</i></a>.</p>'))).toEqual(
      ['Volodymyr Zelensky met Sergei Lavrov.'],
    );
  });

  it('keeps paragraphs, list items and nested blocks apart', () => {
    expect(
      texts(page('<div>Vladimir<p>Putin spoke.</p>after</div><ul><li>one</li><li>two</li></ul>')),
    ).toEqual(['Vladimir', 'Putin spoke.', 'after', 'one', 'two']);
  });

  it('breaks lines at <br> beyond the matcher’s reach', () => {
    const [block] = texts(page('<p>Vladimir<br>Putin</p>'));
    expect(block).toMatch(/^Vladimir\s{4,}Putin$/);
  });

  it('skips form fields, code, scripts, styles and editable regions', () => {
    expect(
      texts(
        page(`<p>Lavrov said</p>
          <input value="Putin"><textarea>Putin</textarea><select><option>Putin</option></select>
          <code>Putin()</code><pre>Putin</pre><script>var Putin</script><style>.Putin{}</style>
          <div contenteditable="true"><p>Putin in an editor</p></div>
          <div contenteditable="false"><p>Shown</p></div>`),
      ),
    ).toEqual(['Lavrov said', 'Shown']);
  });

  it('parts the words around a skipped element inside a sentence', () => {
    expect(texts(page('<p>Vladimir <code>x</code> Putin</p>'))[0]).toMatch(/^Vladimir \s{4,}Putin$/);
  });

  it('skips our own host', () => {
    const root = page('<p>Lavrov</p><footnote-overlay><p>Card text</p></footnote-overlay>');
    expect(texts(root, root.querySelector('footnote-overlay')!)).toEqual(['Lavrov']);
  });

  it('reports open shadow roots for scanning of their own', () => {
    const root = page('<p>Lavrov</p><div id="h"></div>');
    const shadow = root.querySelector('#h')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Putin inside</p>';
    const seen: ShadowRoot[] = [];
    expect(blocks(root, { onShadowRoot: (s) => seen.push(s) }).map((b) => b.text)).toEqual(['Lavrov']);
    expect(seen).toEqual([shadow]);
    expect(texts(shadow)).toEqual(['Putin inside']);
  });

  it('pauses inside a very long block without splitting it', () => {
    const links = Array.from({ length: 700 }, (_, i) => `<a href="#">n${i}</a>`).join(', ');
    const all = [...collectBlocks(page(`<p>${links} and Sergei <b>Lavrov</b></p>`))];
    expect(all.filter((b) => b === null).length).toBeGreaterThan(0);
    const real = all.filter((b) => b !== null);
    expect(real).toHaveLength(1);
    expect(real[0]!.text.endsWith('and Sergei Lavrov')).toBe(true);
  });

  it('maps block offsets back to text nodes', () => {
    const [block] = blocks(page('<p>Volodymyr <b>Zelensky</b> met</p>'));
    const start = positionIn(block!, 'Volodymyr '.length, false);
    const end = positionIn(block!, 'Volodymyr Zelensky'.length, true);
    expect([start.node.data, start.offset, end.node.data, end.offset]).toEqual([
      'Zelensky',
      0,
      'Zelensky',
      8,
    ]);
  });

  it('finds a node’s block and whether it sits in a skipped region', () => {
    const root = page('<p id="p">A <b><i id="i">name</i></b></p><textarea id="t">x</textarea>');
    expect(blockOf(root.querySelector('#i')!)?.id).toBe('p');
    expect(insideSkipped(root.querySelector('#t')!.firstChild!)).toBe(true);
    expect(insideSkipped(root.querySelector('#i')!)).toBe(false);
  });
});
