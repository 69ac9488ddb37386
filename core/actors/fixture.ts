// Test helper: the actors stage on a hand-made sentence, its people's names sorted.
import { prepare } from '../text';
import { findActors } from '.';

export function runActors(text: string) {
  const r = findActors(prepare(text));
  const people = r.actors.filter((a) => a.type === 'person');
  const byName = (name: string) => r.actors.find((a) => a.name === name);
  return { ...r, people, names: people.map((p) => p.name).sort(), byName };
}
