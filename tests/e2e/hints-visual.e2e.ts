/**
 * The hints UI in real Chromium, light and dark: the Highlight API registers our underlines on a
 * contenteditable, the overlay draws them for a textarea, the card opens from an underline and from the
 * keyboard entry point, and nothing lands in the editors. Screenshots go to artifacts/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPlainChromium } from './harness.js';
import { i18nShim } from './i18n-shim.js';
import { buildTestPage } from './test-page.js';

const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'artifacts/screenshots');
let browser: Browser;
let script: string;

beforeAll(async () => {
	script = await buildTestPage('hints-visual.page.ts', 'hintsVisual');
	await mkdir(shots, { recursive: true });
	browser = await launchPlainChromium();
});
afterAll(async () => {
	await browser?.close();
});

const THEMES = {
	light: { bg: '#ffffff', fg: '#1d1c1d', field: '#ffffff', border: '#c7c7c9' },
	dark: { bg: '#1a1d21', fg: '#d1d2d3', field: '#222529', border: '#565856' },
} as const;

function html(theme: keyof typeof THEMES): string {
	const t = THEMES[theme];
	const field = `width: 520px; min-height: 84px; padding: 10px 12px; font: 15px/22px system-ui, sans-serif; color: ${t.fg}; background: ${t.field}; border: 1px solid ${t.border}; border-radius: 8px; box-sizing: border-box; outline: none;`;
	return `<!doctype html><html><head><meta charset="utf-8"><style>
		body { margin: 0; padding: 32px 40px; background: ${t.bg}; color: ${t.fg}; font: 14px system-ui, sans-serif; }
		h2 { font-size: 13px; font-weight: 600; margin: 0 0 8px; opacity: .8 }
		.wrap { display: flex; gap: 40px; }
		#ce { ${field} } #ta { ${field} height: 110px; resize: none; display: block; }
	</style></head><body><div class="wrap">
		<div><h2>contenteditable</h2><div id="ce" contenteditable="true"></div></div>
		<div><h2>textarea</h2><textarea id="ta"></textarea></div>
	</div></body></html>`;
}

async function open(theme: keyof typeof THEMES): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1240, height: 560 }, colorScheme: 'light' });
	await page.setContent(html(theme));
	await page.addScriptTag({ content: i18nShim() });
	await page.addScriptTag({ content: script });
	await page.waitForFunction(() => window.__hints?.views.length === 2);
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	return page;
}

/** Clicks the middle of a phrase in the contenteditable (the Highlight API has no hit test: ours does). */
async function clickPhrase(page: Page, phrase: string): Promise<void> {
	const point = await page.evaluate((p) => {
		const ce = document.getElementById('ce') as HTMLElement;
		const node = ce.firstChild as Text;
		const start = node.data.indexOf(p);
		const range = document.createRange();
		range.setStart(node, start);
		range.setEnd(node, start + p.length);
		const r = range.getClientRects()[0] as DOMRect;
		return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
	}, phrase);
	await page.mouse.click(point.x, point.y);
}

const dialogState = (page: Page, i: number) =>
	page.evaluate((index) => {
		const dialog = window.__hints.mount(index)?.querySelector<HTMLElement>('[role="dialog"]');
		if (!dialog) return undefined;
		const r = dialog.getBoundingClientRect();
		return {
			text: dialog.textContent ?? '',
			visible: dialog.checkVisibility() && r.width > 0 && r.height > 0,
			theme: dialog.closest('.root')?.getAttribute('data-theme'),
			top: r.top,
		};
	}, i);

describe.each(['light', 'dark'] as const)('hints in Chromium, %s page', (theme) => {
	it('registers highlights, draws the textarea overlay and the badges, opens the card', async () => {
		const page = await open(theme);
		const before = await page.evaluate(() => document.getElementById('ce')?.innerHTML);

		const registered = await page.evaluate(() =>
			Object.fromEntries([...CSS.highlights.entries()].map(([name, h]) => [name, h.size])),
		);
		expect(registered).toMatchObject({
			'unhurried-false_urgency': 1,
			'unhurried-vague_ask': 1,
			'unhurried-sensitive': 1,
			'unhurried-suggest_doc': 1,
		});
		const drawn = await page.evaluate(() =>
			[0, 1].map((i) => ({
				lines: window.__hints.mount(i)?.querySelectorAll('.line').length,
				badge: window.__hints.mount(i)?.querySelector('.badge')?.getAttribute('aria-label'),
			})),
		);
		expect(drawn[0]).toEqual({ lines: 0, badge: '4 Unhurried hints — open' });
		expect(drawn[1]?.lines).toBeGreaterThanOrEqual(4);

		await clickPhrase(page, 'ASAP');
		const card = await dialogState(page, 0);
		expect(card?.visible).toBe(true);
		expect(card?.text).toContain('without a time or a reason');
		expect(card?.theme).toBe(theme);
		await page.waitForTimeout(200); // the card's 110 ms appear animation
		await page.screenshot({ path: join(shots, `hints-${theme}-underline-card.png`) });

		// The keyboard entry point on the textarea: the card opens with focus inside; Esc hands focus back.
		await page.evaluate(() => window.__hints.views[1]?.openCard(3));
		expect((await dialogState(page, 1))?.text).toContain('4 of 4');
		// Playwright's locators do not enter closed shadow roots: click through the page's handle on ours.
		await page.evaluate(() =>
			[...(window.__hints.mount(1)?.querySelectorAll('button') ?? [])]
				.find((b) => b.textContent === 'Is it an emergency?')
				?.click(),
		);
		await page.waitForTimeout(200);
		await page.screenshot({ path: join(shots, `hints-${theme}-textarea-card.png`) });
		await page.keyboard.press('Escape');
		expect(await dialogState(page, 1)).toBeUndefined();
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('ta');

		expect(await page.evaluate(() => document.getElementById('ce')?.innerHTML)).toBe(before);
		await page.close();
	});
});
