/**
 * Firefox smoke test: dist/firefox in Debian's firefox-esr (see firefox-harness.ts): the content script runs
 * on app.slack.com, the background answers it, and the person can type.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	type FirefoxOnSlack,
	launchFirefoxOnSlack,
	SLACK_URL,
	watchExtensionErrors,
} from './firefox-harness.js';

const MESSAGE = 'Could you review the rollout plan by Friday';
let firefox: FirefoxOnSlack | undefined;

beforeAll(async () => {
	firefox = await launchFirefoxOnSlack();
});
afterAll(async () => {
	await firefox?.close();
});

it('runs the content script on app.slack.com, reaches the background, and lets the person type', async () => {
	if (!firefox) throw new Error('Firefox did not start');
	const page = await firefox.browser.newPage();
	const extensionErrors = watchExtensionErrors(page);
	await page.goto(SLACK_URL);
	// The content script marks <html> "connected" only after the background answered its ping.
	await page.waitForSelector('html[data-unhurried="connected"]', { timeout: 10_000 });

	await page.click('.ql-editor');
	await page.keyboard.type(MESSAGE);
	expect(await page.$eval('.ql-editor', (el) => (el as HTMLElement).innerText.trim())).toBe(MESSAGE);
	expect(await page.$$eval('[data-unhurried]', (els) => els.map((e) => e.localName))).toEqual(['html']);
	// The draft report goes out after a 300 ms pause and nothing on the page shows it; wait past it so an
	// error it logs is caught here. (Firefox forwards our console errors reliably, uncaught ones not always.)
	await new Promise((resolve) => setTimeout(resolve, 800));
	expect(extensionErrors).toEqual([]);
});
