import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG levels checked: 2.0, 2.1 and 2.2, A and AA. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One accessibility problem, compact enough to read in a test failure. */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core over `page` (or the part matched by `include`) and returns the serious and
 * critical violations of WCAG 2.2 A/AA. Moderate and minor findings are not returned.
 */
export async function seriousA11yViolations(
  page: Page,
  options: { include?: string; exclude?: readonly string[] } = {},
): Promise<AxeFinding[]> {
  // AxeBuilder is typed against @playwright/test's Page; playwright-core's is the same object.
  let builder = new AxeBuilder({ page: page as never }).withTags(wcagTags);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

/**
 * Fails (throws) when axe finds serious or critical WCAG 2.2 A/AA violations on `page`;
 * `label` names the screen in the message. Call it once the screen has settled.
 */
export async function expectAccessible(
  page: Page,
  label: string,
  options: { include?: string; exclude?: readonly string[] } = {},
): Promise<void> {
  const findings = await seriousA11yViolations(page, options);
  if (findings.length === 0) return;
  const lines = findings.map(
    (f) => `  [${f.impact}] ${f.rule}: ${f.help}\n    at ${f.targets.join('\n    at ')}`,
  );
  throw new Error(`Accessibility violations on ${label}:\n${lines.join('\n')}`);
}
