// Named features given in pieces: a name and up to three values, which read as one string
// `name=a|b|c` ("w=said", "s|r=say|ccomp"). Training and tests keep the strings (`FeatureNames`);
// inference hashes the pieces as they come (`FeatureKeys`) to the number `featureOf` gives the whole
// string, since FNV-1a reads the characters in order, so no string is built for a feature.
import { hashString, namedFeature } from './hash';

export interface NamedFeatures {
  /** The feature `name`, or with values `name=a`, `name=a|b`, `name=a|b|c`. */
  add(name: string, a?: string, b?: string, c?: string): void;
}

/** The features as strings, in the order given. */
export class FeatureNames implements NamedFeatures {
  readonly list: string[] = [];

  add(name: string, a?: string, b?: string, c?: string): void {
    this.list.push(
      a === undefined
        ? name
        : b === undefined
          ? `${name}=${a}`
          : c === undefined
            ? `${name}=${a}|${b}`
            : `${name}=${a}|${b}|${c}`,
    );
  }
}

/** The strings of the features `fill` gives. */
export function namesOf(fill: (f: NamedFeatures) => void): string[] {
  const names = new FeatureNames();
  fill(names);
  return names.list;
}

const PRIME = 0x01000193;
const EQUALS = 61;
const BAR = 124;

/** The features hashed as `featureOf` hashes their strings, into `keys[0, n)`; reused by `clear`. */
export class FeatureKeys implements NamedFeatures {
  keys = new Int32Array(64);
  n = 0;

  clear(): this {
    this.n = 0;
    return this;
  }

  add(name: string, a?: string, b?: string, c?: string): void {
    let h = hashString(name);
    if (a !== undefined) {
      h = hashString(a, 0, a.length, Math.imul(h ^ EQUALS, PRIME));
      if (b !== undefined) {
        h = hashString(b, 0, b.length, Math.imul(h ^ BAR, PRIME));
        if (c !== undefined) h = hashString(c, 0, c.length, Math.imul(h ^ BAR, PRIME));
      }
    }
    if (this.n === this.keys.length) {
      const more = new Int32Array(2 * this.n);
      more.set(this.keys);
      this.keys = more;
    }
    this.keys[this.n++] = namedFeature(h);
  }
}
