/**
 * Issue 14 (4) in the built extension: a first install opens the playground with the three first-run steps,
 * "Got it" ends them for good; the count badge is in the tab order right after its composer (Shift+Tab goes
 * back), and in Quill, which keeps Tab, Alt+Shift+U is the keyboard's way to the hints.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HintsUi, serveEditor } from './chat-helpers.js';
import { type ChromiumExtension, launchChromium, screenshot } from './harness.js';

let ext: ChromiumExtension;
beforeAll(async () => {
	ext = await launchChromium();
}, 120_000);
afterAll(async () => {
	await ext?.close();
});

describe('first run', () => {
	it('opens the playground with the three steps on install, and not again once seen', async () => {
		const playground = ext.url('src/playground/index.html');
		await expect
			.poll(() => ext.context.pages().some((p) => p.url() === playground), { timeout: 10_000 })
			.toBe(true);
		const page = ext.context.pages().find((p) => p.url() === playground) as Page;
		const steps = page.getByRole('region', { name: /Welcome to Unhurried/ });
		await steps.waitFor();
		expect(await steps.locator('ol > li').count()).toBe(3);
		expect(await steps.textContent()).toContain('Alt+Shift+U');
		expect(await page.getByRole('link', { name: 'Set up your team’s norms' }).count()).toBe(1);
		await screenshot(page, 'onboarding-playground');
		await page.getByRole('button', { name: 'Got it' }).click();
		await expect.poll(() => steps.count()).toBe(0);
		await page.reload();
		await page.getByRole('heading', { level: 1 }).waitFor();
		await page.waitForTimeout(500);
		expect(await page.getByRole('region', { name: /Welcome to Unhurried/ }).count()).toBe(0);
	});
});

describe('the badge in the tab order', () => {
	it('is reached by Tab from its composer, Shift+Tab goes back to it, and Enter on it opens the card', async () => {
		// Google Chat's plain contenteditable: Tab is the browser's (Quill, for one, inserts a tab with it).
		const url = 'https://chat.google.com/room/AAA';
		await serveEditor(ext, url, 'contenteditable');
		const page = await ext.context.newPage();
		await page.goto(url);
		await page.waitForSelector('html[data-unhurried="connected"]');
		const ui = await HintsUi.attach(page);
		await page.click('[role="textbox"][g_editable]');
		await page.keyboard.type('Can you send me the slide deck ASAP?');
		await expect.poll(() => ui.badge(), { timeout: 5_000 }).toMatch(/Unhurried hint/);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.localName)).toBe('unhurried-hints');
		// Shift+Tab from the badge goes back to its composer (our shadow root is closed: the badge is found by
		// asking the root what has focus, not through the event's path).
		await page.keyboard.press('Shift+Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('textbox');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.localName)).toBe('unhurried-hints');
		await page.keyboard.press('Enter'); // the focused badge opens the card
		await expect.poll(() => ui.card()).toMatch(/“ASAP” presses for speed/);
		ext.assertNoExtensionErrors();
		await page.close();
	});

	it('in Quill, which keeps Tab for itself, Alt+Shift+U opens the card and Esc goes back to the draft', async () => {
		const url = 'https://app.slack.com/client/T1/C1';
		const editor = '[data-qa="message_input"] .ql-editor';
		await serveEditor(ext, url, 'quill');
		const page = await ext.context.newPage();
		await page.goto(url);
		await page.waitForSelector('html[data-unhurried="connected"]');
		const ui = await HintsUi.attach(page);
		await page.click(editor);
		await page.keyboard.type('Can you send me the slide deck ASAP?');
		await expect.poll(() => ui.badge(), { timeout: 5_000 }).toMatch(/Unhurried hint/);
		// Quill's own Tab: a tab character in the draft, focus stays in the editor; we do not take it away.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('ql-editor'))).toBe(true);
		await expect
			.poll(() => page.evaluate(() => window.__fixture?.model() ?? ''))
			.toBe('Can you send me the slide deck ASAP?\t');
		await page.keyboard.press('Alt+Shift+U');
		await expect.poll(() => ui.card()).toMatch(/“ASAP” presses for speed/);
		expect(await page.evaluate(() => document.activeElement?.localName)).toBe('unhurried-hints');
		// The shortcut typed nothing into the draft.
		expect(await page.evaluate(() => window.__fixture?.model() ?? '')).toBe(
			'Can you send me the slide deck ASAP?\t',
		);
		await page.keyboard.press('Escape');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.classList.contains('ql-editor')))
			.toBe(true);
		ext.assertNoExtensionErrors();
		await page.close();
	});
});
