// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockText, pageDate } from './text';

describe('blockText', () => {
  it('keeps paragraphs apart and inline text together, leaving scripts out', () => {
    const div = document.createElement('div');
    div.innerHTML =
      '<h1>Quay to reopen</h1><p>Adaeze <b>Okonkwo</b> said:\n “The quay<br>will reopen.”</p>' +
      '<script>var x = 1;</script><ul><li>One</li><li>Two</li></ul>';
    expect(blockText(div)).toBe(
      'Quay to reopen\n\nAdaeze Okonkwo said: “The quay\n\nwill reopen.”\n\nOne\n\nTwo',
    );
  });

  it('is empty for a tree without text', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p> </p><style>p{}</style>';
    expect(blockText(div)).toBe('');
  });
});

describe('pageDate', () => {
  it('keeps the day of an ISO time or a dated string, and drops what is no date', () => {
    expect(pageDate('2025-11-25T10:00:00+02:00')).toBe('2025-11-25');
    expect(pageDate('Tue, 25 Nov 2025 10:00:00 GMT')).toBe('2025-11-25');
    expect(pageDate('yesterday')).toBeNull();
    expect(pageDate('')).toBeNull();
    expect(pageDate(null)).toBeNull();
  });
});
