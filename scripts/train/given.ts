// `npm run train` (given): the gender a given name usually carries, for names the curated lists in
// data/lexicons/names.json do not hold ("Grant Green", "Lance Beebe", "Wes Nakagiri"), so that a
// "he" or "she" can tell the people near it apart. Two independent lists must agree: faker's
// English first names (@faker-js/faker, ~1,400 a gender, disjoint) and gender-detection-from-name's
// English table (~32,000, the usual gender of each). A name either curated list calls unisex, one
// of UNISEX below, or one the two disagree on carries none. Read at build time only: neither
// package is shipped; the list is written to data/lexicons/given-gender.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { en } from '@faker-js/faker';
import names from '../../data/lexicons/names.json';
import { writeBuilt, type Built } from './write';

export const name = 'given';
export const OUT = resolve(import.meta.dirname, '../../data/lexicons/given-gender.json');

// Given names both sexes carry often enough in English-language news that a list's majority says
// little of one person (both lists force each name to one side): "Lindsey Graham", "Kelly Ayotte"
// and "Kelly Armstrong", "Dana Perino" and "Dana Rohrabacher", "Kim Jong Un".
export const UNISEX = new Set(
  (
    'Alex Ali Angel Ashley Marty Avery Billie Blair Bobbie Cameron Carol Carson Casey Chris Courtney Dale Dana Darcy ' +
    'Devon Drew Elliot Elliott Emerson Evelyn Frankie Gail Gale Glenn Harley Hayden Jackie Jamie Jan Jean Jesse ' +
    'Jessie Jody Joey Jordan Kai Kelly Kendall Kerry Kim Kris Lee Leslie Lesley Lindsey Logan Lou Lynn Marion Morgan ' +
    'Nikki Noel Parker Pat Peyton Quinn Ray Reese Rene Riley Robin Rory Rowan Sage Sam Sandy Sasha Shannon Shelby ' +
    'Shirley Sidney Skyler Stacy Stevie Sydney Taylor Terry Toni Tracy Val Vivian Whitney Beverly'
  ).split(' '),
);

/** gender-detection-from-name's English table, read from its file (it exports only a lookup). */
function tableOf(): Map<string, 'm' | 'f'> {
  const file = createRequire(import.meta.url).resolve('gender-detection-from-name/names/en.js');
  const src = readFileSync(file, 'utf8');
  return new Map(
    [...src.matchAll(/\['([^']+)', '(male|female)'\]/g)].map((m) => [m[1]!, m[2] === 'male' ? 'm' : 'f']),
  );
}

export function build(): Built {
  const table = tableOf();
  const curated = new Set([...names.given.male, ...names.given.female, ...names.given.either]);
  const first = en.person?.first_name;
  if (!first?.male || !first.female) return '@faker-js/faker has no English first names';
  const out = { male: [] as string[], female: [] as string[] };
  for (const [list, g, key] of [
    [first.male, 'm', 'male'],
    [first.female, 'f', 'female'],
  ] as const) {
    for (const n of list) {
      if (!/^[A-Z][a-z]+$/.test(n) || curated.has(n) || UNISEX.has(n)) continue;
      if (table.get(n.toLowerCase()) === g) out[key].push(n);
    }
  }
  out.male.sort();
  out.female.sort();
  const json =
    JSON.stringify({
      $comment:
        'Built by `npm run train` (given) from @faker-js/faker and gender-detection-from-name where both agree; names.json given lists come first. Do not edit by hand.',
      male: out.male.join(' '),
      female: out.female.join(' '),
    }) + '\n';
  return { json, note: `${out.male.length} male, ${out.female.length} female` };
}

export const run = (): void => writeBuilt(name, OUT, build());
