// What the e2e tests know about the build they test: the output folders and the KB inside them.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Build {
  dir: string;
  manifest: {
    browser_specific_settings?: { gecko?: { id?: string } };
    web_accessible_resources: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  };
  kb: { sources: unknown[]; actors: { name?: unknown }[]; statements: unknown[] };
}

/** The build in .output/<target>, or an error that says how to make it. */
export function readBuild(target: 'chrome-mv3' | 'firefox-mv3'): Build {
  const dir = `${ROOT}.output/${target}`;
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`${dir} is missing: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const json = (file: string): unknown => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  return { dir, manifest: json('manifest.json') as Build['manifest'], kb: json('kb.json') as Build['kb'] };
}
