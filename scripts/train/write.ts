// What the trainers that build one JSON file share: write it, or say why it was not trained here.
import { writeFileSync } from 'node:fs';

export type Built = { json: string; note: string } | string;

/** Writes `built` to `out` and says so, or prints why there was nothing to write. */
export function writeBuilt(name: string, out: string, built: Built): void {
  if (typeof built === 'string') {
    console.log(`train ${name}: ${built}`);
    return;
  }
  writeFileSync(out, built.json);
  console.log(`train ${name}: ${built.note} → ${out}`);
}
