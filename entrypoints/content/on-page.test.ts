// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { MarkSet } from './marks';
import { mentionCounts, showMention } from './on-page';

function markedPage() {
  document.body.innerHTML = '<p>Lavrov met Rubio.</p><p>Lavrov left.</p>';
  const marks = new MarkSet();
  const mark = (p: number, start: number, end: number, id: string) => {
    const text = document.querySelectorAll('p')[p]!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, end);
    marks.add({ range, id, weak: false, nodes: [text] });
  };
  mark(0, 0, 6, 'lavrov');
  mark(0, 11, 16, 'rubio');
  mark(1, 0, 6, 'lavrov');
  return marks;
}

describe('on this page', () => {
  it('counts the marked actors, most mentioned first', () => {
    expect(mentionCounts(markedPage())).toEqual([
      { id: 'lavrov', count: 2 },
      { id: 'rubio', count: 1 },
    ]);
  });

  it('scrolls to the first mention without changing the page, and says when there is none', () => {
    const marks = markedPage();
    const before = document.body.innerHTML;
    const scroll = vi.fn();
    document.querySelectorAll('p')[0]!.scrollIntoView = scroll;
    expect(showMention(marks, 'lavrov')).toBe(true);
    expect(scroll).toHaveBeenCalledOnce();
    expect(showMention(marks, 'nobody')).toBe(false);
    expect(document.body.innerHTML).toBe(before);
  });
});
