// axe-core in a real page, for the accessibility suite. Its source is evaluated through the driver
// (CDP, WebDriver BiDi), which a page's or an extension's CSP does not govern, so the same call works
// on a news page, the popup and the reader. Only serious and critical findings fail a test; every
// finding is printed with its nodes, so a failure says what to fix and where.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

export interface AxeReport {
  violations: Finding[];
  /** What axe could not decide (e.g. a contrast it cannot compute): not failures, but not passes. */
  incomplete: Finding[];
  /** How many nodes passed each rule: proof that a rule looked at something. */
  passed: Record<string, number>;
}

/**
 * Runs axe on `page`: on the whole document, or on the elements `scope` selects with their shadow
 * trees; `rules` limits the run to those rules.
 */
export async function runAxe(page: Page, scope = 'document', rules?: string[]): Promise<AxeReport> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (scope: string, tags: string[], rules: string[] | null) => {
      type Result = {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string; any: { message: string }[] }[];
      };
      type Axe = { run(context: unknown, options: unknown): Promise<Record<string, Result[]>> };
      const { axe } = globalThis as unknown as { axe: Axe };
      const results = await axe.run(scope === 'document' ? document : { include: [scope] }, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
      });
      // No named function in here: tsx (esbuild's keepNames) would wrap it in a __name() the page lacks.
      const [violations, incomplete] = [results.violations!, results.incomplete!].map((list) =>
        list.map((r) => ({
          id: r.id,
          impact: r.impact ?? null,
          help: r.help,
          nodes: r.nodes.map((n) => ({
            target: JSON.stringify(n.target),
            summary: (n.failureSummary ?? n.any.map((c) => c.message).join('; ')).replace(/\s+/g, ' ').trim(),
          })),
        })),
      );
      return {
        violations: violations!,
        incomplete: incomplete!,
        passed: Object.fromEntries(results.passes!.map((r) => [r.id, r.nodes.length])),
      };
    },
    scope,
    TAGS,
    rules ?? null,
  );
}

export const serious = (findings: Finding[]): Finding[] =>
  findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');

/** Every finding, one line per rule and an indented line per node: what a failing test prints. */
export function describeFindings(where: string, findings: Finding[]): string {
  if (!findings.length) return `${where}: nothing found`;
  return [
    `${where}: ${findings.length} axe rule(s)`,
    ...findings.flatMap((f) => [
      `  [${f.impact}] ${f.id}: ${f.help}`,
      ...f.nodes.map((n) => `      ${n.target} — ${n.summary}`),
    ]),
  ].join('\n');
}
