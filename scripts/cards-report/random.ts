// A seeded random sample, so a judged sample can be drawn again from the same corpus and seed.
import { mulberry32 } from '../../core/learn';

/** mulberry32 (core/learn's): small, fast and the same on every platform; a sample needs no more. */
export const seeded = (seed: number): (() => number) => mulberry32(seed);

/** `n` items drawn without replacement (a partial Fisher–Yates), in the order drawn. */
export function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const rand = seeded(seed);
  const pool = [...items];
  const k = Math.min(n, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}
