// A 64-bit content hash in plain JavaScript: the ids of the reader's articles are made in the browser,
// where Node's crypto is absent and Subtle crypto is async. Not for security, only identity: two
// multiply-xorshift lanes (cyrb53's mixing) over UTF-16 units, both kept, as 16 hex digits.
export function contentHash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex(h2) + hex(h1);
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
