/** The popup, options, playground and preset builder pages in Chromium: axe-core finds nothing in light or dark; screenshots of each. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { type ChromiumExtension, type ExtensionApi, launchChromium, screenshot } from './harness.js';

declare const chrome: ExtensionApi;

let ext: ChromiumExtension;
beforeAll(async () => {
	ext = await launchChromium();
	// A week of local stats, so the popup's chart is drawn (and checked) too.
	await ext.swEvaluate(async () => {
		const days: Record<string, object> = {};
		const kinds = ['vague_ask', 'false_urgency', 'missing_context', 'suggest_doc'];
		for (let back = 0; back < 7; back++) {
			const d = new Date(Date.now() - back * 86_400_000);
			const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
			days[key] = Object.fromEntries(
				kinds
					.slice(0, 1 + (back % 4))
					.map((k, i) => [k, { shown: 1 + ((back + i) % 3), applied: (back + i) % 2, dismissed: 0 }]),
			);
		}
		await chrome.storage.local.set({ stats: JSON.stringify({ days }) });
	});
});
afterAll(async () => {
	await ext?.close();
});

const PAGES = {
	popup: () => ext.openPopup(),
	options: () => ext.openOptions(),
	playground: () => ext.openPlayground(),
	builder: async () => {
		const page = await ext.context.newPage();
		await page.goto(ext.url('src/builder/index.html'));
		return page;
	},
} as const;

describe.each(['light', 'dark'] as const)('%s theme', (scheme) => {
	it.each(Object.keys(PAGES) as (keyof typeof PAGES)[])('%s: axe finds no violations', async (name) => {
		const page = await PAGES[name]();
		await page.emulateMedia({ colorScheme: scheme });
		await page.waitForSelector('h1');
		await page.waitForTimeout(300);
		// Every disclosure open, so axe sees all of the popup.
		if (name === 'popup') for (const summary of await page.locator('summary').all()) await summary.click();
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

describe('playground', () => {
	it('an example chip fills the composer and the content script reads it, by keyboard alone', async () => {
		const page = await ext.openPlayground();
		await page.waitForSelector('html[data-unhurried="connected"]', { timeout: 5_000 });
		const chip = page.getByRole('button', { name: 'Send me the quarterly numbers ASAP.' });
		await chip.focus();
		await page.keyboard.press('Enter');
		expect(await page.inputValue('#pg-textarea')).toBe('Send me the quarterly numbers ASAP.');
		await expect.poll(() => page.getByTestId('textarea-count').textContent()).toBe('6 words');
		await expect
			.poll(() => ext.readSession<{ words: number }>('lastDraft'), { timeout: 5_000 })
			.toMatchObject({ editor: 'textarea', words: 6 });
		await page.close();
		ext.assertNoExtensionErrors();
	});
});

describe('popup in its own size', () => {
	it('fits the common case without scrolling', async () => {
		const page = await ext.context.newPage();
		await page.setViewportSize({ width: 372, height: 600 });
		await page.goto(ext.url('src/popup/index.html'));
		await page.waitForSelector('#channels');
		const height = await page.evaluate(() =>
			Math.ceil(document.querySelector('main')?.getBoundingClientRect().bottom ?? 0),
		);
		console.log(`popup height, sections closed: ${height}px`);
		expect(height).toBeLessThanOrEqual(600);
		await page.close();
	});
});
