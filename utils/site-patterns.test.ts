import { describe, expect, it } from 'vitest';
import { checkPattern, matchesPattern } from './site-patterns';

describe('site patterns', () => {
  it('accepts host names and a leading wildcard, normalised', () => {
    expect(checkPattern(' WWW.Example.com ')).toEqual({ ok: true, pattern: 'example.com' });
    expect(checkPattern('*.example.co.uk')).toEqual({ ok: true, pattern: '*.example.co.uk' });
    expect(checkPattern('localhost')).toEqual({ ok: true, pattern: 'localhost' });
  });

  it.each([
    ['', 'Empty'],
    ['https://example.com', 'without http://'],
    ['example.com/news', 'without http://'],
    ['example.com:8080', 'no port'],
    ['news.*.com', 'may only open'],
    ['*example.com', 'may only open'],
    ['exa mple.com', 'not a host name'],
    ['-bad.com', 'not a host name'],
    ['a..com', 'not a host name'],
  ])('refuses %j with a message', (input, message) => {
    const check = checkPattern(input);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.error).toContain(message);
  });

  it('matches a site exactly, or with every subdomain under a wildcard', () => {
    expect(matchesPattern('example.com', 'example.com')).toBe(true);
    expect(matchesPattern('news.example.com', 'example.com')).toBe(false);
    expect(matchesPattern('news.example.com', '*.example.com')).toBe(true);
    expect(matchesPattern('example.com', '*.example.com')).toBe(true);
    expect(matchesPattern('badexample.com', '*.example.com')).toBe(false);
  });
});
