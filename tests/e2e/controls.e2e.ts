/**
 * Issue 14's controls in the built extension (Quill on the Slack URL): the undo toast restores a dismissed hint,
 * a dismissal holds after a reload of the same draft, a snooze ends when its hour is over (the content script's
 * clock moved forward in its own world), and "don't flag this phrase again" holds in a new draft.
 * The choices are the person's settings, kept by the background (never in the page's storage).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HintsUi, serveEditor } from './chat-helpers.js';
import {
	type ChromiumExtension,
	contentScriptWorld,
	type ExtensionApi,
	launchChromium,
	screenshot,
} from './harness.js';

declare const chrome: ExtensionApi;

const URL_ = 'https://app.slack.com/client/T1/C1';
const EDITOR = '[data-qa="message_input"] .ql-editor';
let ext: ChromiumExtension;
let page: Page;
let ui: HintsUi;

beforeAll(async () => {
	ext = await launchChromium();
	await serveEditor(ext, URL_, 'quill');
	page = await ext.context.newPage();
	await open();
}, 120_000);
afterAll(async () => {
	await ext?.close();
});

async function open() {
	await page.goto(URL_);
	await page.waitForSelector('html[data-fixture-ready]');
	await page.waitForSelector('html[data-unhurried="connected"]');
	ui = await HintsUi.attach(page);
}

const model = () => page.evaluate(() => window.__fixture?.model() ?? '');
async function write(text: string) {
	await page.click(EDITOR);
	await page.keyboard.press('Control+a');
	await page.keyboard.press('Delete');
	await expect.poll(model).toBe('');
	await page.keyboard.type(text);
}
const settings = () =>
	ext.swEvaluate(async () =>
		JSON.parse(((await chrome.storage.local.get('settings')).settings as string) ?? '{}'),
	);

describe('controls that learn, in the extension', () => {
	it('dismisses with an undo toast that says where to change it; Undo brings the hint back', async () => {
		await write('Fix the export ASAP');
		await expect.poll(() => ui.badge(), { timeout: 5_000 }).toBe('1 Unhurried hint — open');
		await ui.click('badge');
		await ui.click('link', /^Dismiss$/);
		await expect.poll(async () => (await ui.find('toast'))[0]?.text ?? '').toContain('Hint dismissed');
		await screenshot(page, 'controls-undo-toast');
		await expect.poll(() => ui.badge()).toBeUndefined();
		await ui.click('btn', /^Undo$/);
		await expect.poll(() => ui.badge()).toBe('1 Unhurried hint — open');
		await expect.poll(async () => (await settings()).dismissedHints?.length ?? 0).toBe(0);
	});

	it('keeps a dismissal after a reload of the same draft, and not for a new draft', async () => {
		await ui.click('badge');
		await ui.click('link', /^Dismiss$/);
		await expect.poll(async () => (await settings()).dismissedHints?.length ?? 0).toBe(1);
		await open();
		await write('Fix the export ASAP');
		await page.waitForTimeout(1000);
		expect(await ui.badge()).toBeUndefined();
		await write('Ship the slides ASAP');
		await expect.poll(() => ui.badge(), { timeout: 5_000 }).toBe('1 Unhurried hint — open');
	});

	it('snoozes the rule for an hour, and the hint is back once the hour is over', async () => {
		// The hint of the last test ("Ship the slides ASAP") is showing.
		await ui.click('badge');
		await ui.click('link', /^More…$/);
		await ui.click('link', /^Snooze this rule for an hour$/);
		await expect.poll(async () => (await settings()).snoozedRules?.length ?? 0).toBe(1);
		await expect.poll(() => ui.badge()).toBeUndefined();
		await write('Send me the report ASAP');
		await page.waitForTimeout(1000);
		expect(await ui.badge()).toBeUndefined();
		// 61 minutes later, as the content script's clock reads it (its world only; the page's clock is untouched).
		const inWorld = await contentScriptWorld(page, ext.extensionId);
		await inWorld('{ const real = Date.now; Date.now = () => real() + 61 * 60_000; true }');
		await write('Send me the budget ASAP');
		await expect.poll(() => ui.badge(), { timeout: 5_000 }).toBe('1 Unhurried hint — open');
	});

	it('does not flag a silenced phrase again, in a new draft', async () => {
		await ui.click('badge');
		await ui.click('link', /^More…$/);
		await expect.poll(async () => (await ui.find('menu')).length).toBe(1);
		await screenshot(page, 'controls-more-menu');
		await ui.click('link', /Don’t flag “ASAP” again/);
		await expect
			.poll(async () => (await settings()).quietPhrases)
			.toEqual([{ rule: 'false-urgency', phrase: 'asap' }]);
		await write('Please review the budget ASAP');
		await page.waitForTimeout(1000);
		expect(await ui.badge()).toBeUndefined();
		ext.assertNoExtensionErrors();
	});
});
