// A model's numbers as base64 of variable-length integers: most weights and key gaps take one or two
// bytes, so a model's JSON is a few short strings instead of long arrays of decimals.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) INDEX[ALPHABET.charCodeAt(i)] = i;

/** Unsigned integers (below 2^32) as LEB128 bytes. */
export class VarintWriter {
  private bytes = new Uint8Array(1024);
  private n = 0;

  uint(v: number): void {
    v = v >>> 0;
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.byte(v);
  }

  /** A signed integer, zigzag-coded so small magnitudes stay short. */
  int(v: number): void {
    this.uint((v << 1) ^ (v >> 31));
  }

  private byte(b: number): void {
    if (this.n === this.bytes.length) {
      const more = new Uint8Array(this.bytes.length * 2);
      more.set(this.bytes);
      this.bytes = more;
    }
    this.bytes[this.n++] = b;
  }

  base64(): string {
    return encodeBase64(this.bytes.subarray(0, this.n));
  }
}

export class VarintReader {
  private i = 0;
  constructor(private readonly bytes: Uint8Array) {}

  uint(): number {
    let v = 0;
    let shift = 0;
    for (;;) {
      const b = this.bytes[this.i++];
      if (b === undefined) throw new Error('varint: out of data');
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v >>> 0;
      shift += 7;
    }
  }

  int(): number {
    const u = this.uint();
    return (u >>> 1) ^ -(u & 1);
  }
}

export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let line = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    line += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    line += b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    line += c === undefined ? '=' : ALPHABET[c & 63]!;
    if (line.length >= 4096) {
      parts.push(line);
      line = '';
    }
  }
  parts.push(line);
  return parts.join('');
}

export function decodeBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    const v = INDEX[s.charCodeAt(i) & 127]!;
    if (v < 0 || s.charCodeAt(i) > 127) throw new Error('base64: bad character');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}
