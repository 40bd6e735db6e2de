/**
 * Every new state of the hint card (issue 14) — time choices with a preview, a fill-in answered in the card, a
 * leftover placeholder, the recipient's clock with Slack's scheduled send, the More… menu, the undo toast, the
 * paused mark — light and dark: axe-core finds no violation, and a screenshot of each is kept.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { CARD_STATES } from './card-states-list.js';
import { launchPlainChromium } from './harness.js';
import { i18nShim } from './i18n-shim.js';
import { buildTestPage } from './test-page.js';

const root = resolve(import.meta.dirname, '../..');
const shots = join(root, 'artifacts/screenshots');
let browser: Browser;
let script: string;

beforeAll(async () => {
	script = await buildTestPage('card-states.page.tsx', 'cardStates');
	await mkdir(shots, { recursive: true });
	browser = await launchPlainChromium();
}, 120_000);
afterAll(async () => {
	await browser?.close();
});

async function open(theme: 'light' | 'dark'): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 760, height: 560 }, colorScheme: theme });
	await page.setContent(
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card states</title></head><body><main><h1>Card states</h1></main></body></html>',
	);
	await page.addScriptTag({ content: i18nShim() });
	await page.addScriptTag({ content: script });
	return page;
}

const STATES = CARD_STATES;

describe.each(['light', 'dark'] as const)('card states, %s', (theme) => {
	it.each(STATES)('%s: no axe violation, screenshot kept', async (state) => {
		const page = await open(theme);
		await page.evaluate(([s, t]) => window.__show(s as string, t as 'light' | 'dark'), [state, theme]);
		if (state === 'fillIn') {
			await page.getByRole('textbox', { name: 'Talk about what?' }).fill('the launch checklist');
			await expect.poll(() => page.locator('.preview').textContent()).toContain('about the launch checklist');
		}
		if (state === 'choices') await page.getByRole('button', { name: 'By end of day' }).hover();
		if (state === 'menu') await page.getByRole('button', { name: 'More…' }).click();
		if (state === 'outsideHours') {
			await page.getByRole('button', { name: 'Schedule for Kenji’s morning' }).click();
			await expect.poll(() => page.locator('.panel').textContent()).toContain('Slack can send it then');
		}
		if (state === 'remind') {
			await page.getByRole('button', { name: 'Schedule for Kenji’s morning' }).click();
			await expect.poll(() => page.locator('.panel').textContent()).toContain('I’ll remind you at');
		}
		if (state === 'pastedLink') {
			const field = page.getByRole('textbox', { name: /Which “slide deck”/ });
			const url = 'https://drive.example.com/deck/q3';
			// The person's paste: a paste event carrying the link, then the browser puts it in the field.
			await field.evaluate((el, link) => {
				const data = new DataTransfer();
				data.setData('text/plain', link);
				el.dispatchEvent(
					new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
				);
			}, url);
			await field.fill(url);
			await expect
				.poll(() => page.getByRole('status').first().textContent())
				.toBe('Link from drive.example.com');
		}
		await page.waitForTimeout(150); // the card's appear animation
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: join(shots, `card-${state}-${theme}.png`) });
		await page.close();
	});
});
