/** The popup, options and playground pages in Chromium: axe-core finds nothing in light or dark; screenshots of each. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumExtension, launchChromium, screenshot } from './harness.js';

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol: extension pages' CSP refuses an injected <script>.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe-core (injected from npm) on the page and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(AXE_SOURCE);
	return page.evaluate(async () => {
		const axe = (
			globalThis as unknown as {
				axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target })),
		}));
	});
}

let ext: ChromiumExtension;
beforeAll(async () => {
	ext = await launchChromium();
});
afterAll(async () => {
	await ext?.close();
});

const PAGES = {
	popup: () => ext.openPopup(),
	options: () => ext.openOptions(),
	playground: () => ext.openPlayground(),
} as const;

describe.each(['light', 'dark'] as const)('%s theme', (scheme) => {
	it.each(Object.keys(PAGES) as (keyof typeof PAGES)[])('%s: axe finds no violations', async (name) => {
		const page = await PAGES[name]();
		await page.emulateMedia({ colorScheme: scheme });
		await page.waitForSelector('h1');
		await page.waitForTimeout(300);
		if (name === 'popup') await page.locator('#channels summary').click();
		const violations = await axeViolations(page);
		console.log(
			`axe ${name} ${scheme}: ${violations.length} violations`,
			violations.length ? JSON.stringify(violations, null, 1) : '',
		);
		await screenshot(page, `${name}-${scheme}.png`);
		expect(violations).toEqual([]);
		await page.close();
	});
});
