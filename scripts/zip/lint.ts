// `npm run zip:lint` (after `npm run zip`): the store packages are there under package.json's version,
// the Firefox zip passes Mozilla's `web-ext lint` with no error (warnings are printed), and the
// sources zip for addons.mozilla.org's reviewers holds what the build needs and none of what it makes.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';
import { zipEntries } from './entries';

const root = resolve(import.meta.dirname, '../..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const zip = (what: string) => join(root, '.output', `${name}-${version}-${what}.zip`);
const problems: string[] = [];

for (const what of ['chrome', 'firefox', 'sources']) {
  if (!existsSync(zip(what))) problems.push(`${zip(what)} is missing: run \`npm run zip\` first`);
}
if (problems.length) finish();

interface Finding {
  code: string;
  message: string;
  file?: string;
}
interface LintResult {
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

// addons-linter reads a zip as it reads a folder: the package itself is linted, as AMO will. It
// prints its own report (every warning, with where it is); errors are repeated at the end.
const lint = (await webExt.cmd.lint(
  { sourceDir: zip('firefox'), output: 'text', selfHosted: false },
  { shouldExitProgram: false },
)) as LintResult;
const show = (f: Finding) => `${f.code}: ${f.message}${f.file ? ` (${f.file})` : ''}`;
for (const e of lint.errors) problems.push(`web-ext lint error: ${show(e)}`);
console.log(
  `web-ext lint: ${lint.errors.length} errors, ${lint.warnings.length} warnings, ${lint.notices.length} notices`,
);

for (const what of ['chrome', 'firefox']) {
  const names = zipEntries(readFileSync(zip(what)));
  const manifest = names.includes('manifest.json');
  if (!manifest) problems.push(`${what} zip: no manifest.json at its root`);
}

const sources = zipEntries(readFileSync(zip('sources')));
for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'LICENSE']) {
  if (!sources.includes(needed)) problems.push(`sources zip: ${needed} is missing`);
}
const made = sources.filter((f) => /(^|\/)(node_modules|\.output|\.wxt|artifacts)\//.test(f));
if (made.length)
  problems.push(`sources zip holds build output or dependencies: ${made.slice(0, 5).join(', ')}`);
console.log(`sources zip: ${sources.length} files`);

finish();

function finish(): never {
  for (const p of problems) console.error(p);
  console.log(problems.length ? 'zip:lint failed' : 'zip:lint passed');
  process.exit(problems.length ? 1 : 0);
}
