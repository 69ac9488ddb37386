// No entry point reaches the corpus engine through static imports: the background loads it only through
// engine-loader.ts, and the content script and the pages never need it. Walks the source files' static
// imports from each entry (a small scanner: `import … from`, `export … from`, `import '…'`; type-only
// imports are left out, as the build drops them; `import()` is not static) and fails naming the chain
// that reaches the engine. A build would show the same in background.js, but takes a build.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The engine and what only it needs: its stages, the KB build, its model weights. */
const ENGINE = [
  'core/engine.ts',
  'core/actors/index.ts',
  'core/statements/index.ts',
  'core/kb/build.ts',
  'core/library/kb.ts',
  'core/attribution/',
  'core/syntax/',
  'core/learn/',
  'data/models/',
];
const isEngine = (file: string) => ENGINE.some((e) => (e.endsWith('/') ? file.startsWith(e) : file === e));

const STATIC = /(?:^|[;}\n])\s*(?:import|export)\s+(type\s+)?(?:([\w*{}\s,$]*?)\s+from\s+)?['"]([^'"]+)['"]/g;

/** The repository files `file` (relative to the root) imports statically, for their values. */
function staticImports(file: string): string[] {
  if (!/\.tsx?$/.test(file)) return [];
  const source = readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const [, typeOnly, clause, spec] of source.matchAll(STATIC)) {
    if (typeOnly || !spec) continue;
    // `import { type A, type B } from` is type-only as well.
    const names = clause
      ?.trim()
      .match(/^\{([\s\S]*)\}$/)?.[1]
      ?.split(',')
      .map((n) => n.trim());
    if (names?.length && names.filter(Boolean).every((n) => n.startsWith('type '))) continue;
    const resolved = resolve(file, spec);
    if (resolved) found.push(resolved);
  }
  return found;
}

/** A relative or `@/` import as a repository file; null for a package. */
function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = join(dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const path = join(ROOT, candidate);
    if (existsSync(path) && statSync(path).isFile()) return relative(ROOT, path);
  }
  throw new Error(`${from}: cannot resolve '${spec}'`);
}

/** Every file `entry` reaches statically, each with the chain that reaches it; not walked past the engine. */
function reach(entry: string): Map<string, string[]> {
  const chains = new Map([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (isEngine(file)) continue;
    for (const next of staticImports(file)) {
      if (chains.has(next)) continue;
      chains.set(next, [...chains.get(file)!, next]);
      queue.push(next);
    }
  }
  return chains;
}

const engineChains = (entry: string) =>
  [...reach(entry)].filter(([file]) => isEngine(file)).map(([, chain]) => chain.join(' → '));

describe('the corpus engine is not statically imported', () => {
  it.each([
    'entrypoints/background/index.ts',
    'entrypoints/content/index.ts',
    'entrypoints/popup/main.tsx',
    'entrypoints/options/main.tsx',
    'entrypoints/reader/main.tsx',
    'entrypoints/card-ui.ts',
    'entrypoints/readability.ts',
  ])('by %s', (entry) => {
    expect(engineChains(entry)).toEqual([]);
  });

  it('is what the engine chunk imports, and the scanner follows the background to what it does use', () => {
    expect(engineChains('entrypoints/corpus-engine.ts')).toEqual([
      'entrypoints/corpus-engine.ts → core/library/kb.ts',
    ]);
    const background = reach('entrypoints/background/index.ts');
    // Relative and `@/` imports, `import { type X, y }`, JSON: the KB's checks and the matcher stay static.
    for (const file of [
      'entrypoints/background/library.ts',
      'entrypoints/background/engine-loader.ts',
      'core/kb/load.ts',
      'core/kb/matcher.ts',
      'core/matcher/compile.ts',
      'data/lexicons/names.json',
    ]) {
      expect(background.has(file), file).toBe(true);
    }
    // A type-only import does not count: engine-api.ts names the engine's type without importing it.
    expect(staticImports('entrypoints/background/engine-api.ts')).toEqual([]);
  });
});
