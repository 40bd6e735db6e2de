/**
 * Firefox: an underline on one chat fixture. dist/firefox installed into Debian's firefox-esr through
 * puppeteer-core over WebDriver BiDi; app.slack.com resolves to a local TLS server (firefox-harness.ts).
 * The Highlight API registry belongs to the document, so the page sees the ranges our content script registered.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	type FirefoxOnSlack,
	highlightRanges,
	launchFirefoxOnSlack,
	SLACK_URL,
	watchExtensionErrors,
} from './firefox-harness.js';
import { SCREENSHOTS } from './harness.js';

const DRAFT = 'Hi team, can you take a look at this ASAP?';
let firefox: FirefoxOnSlack | undefined;

beforeAll(async () => {
	firefox = await launchFirefoxOnSlack();
}, 60_000);
afterAll(async () => {
	await firefox?.close();
});

it('underlines a vague ask and a false urgency in Firefox, leaving the draft as typed', async () => {
	if (!firefox) throw new Error('Firefox did not start');
	const page = await firefox.browser.newPage();
	const errors = watchExtensionErrors(page);
	await page.goto(SLACK_URL);
	await page.waitForSelector('html[data-unhurried="connected"]', { timeout: 10_000 });
	await page.click('.ql-editor');
	await page.keyboard.type(DRAFT);
	await expect
		.poll(() => highlightRanges(page), { timeout: 5_000 })
		.toEqual(['false_urgency:ASAP', 'vague_ask:take a look']);
	expect(await page.$eval('.ql-editor', (el) => (el as HTMLElement).innerText.trim())).toBe(DRAFT);
	await mkdir(SCREENSHOTS, { recursive: true });
	await page.screenshot({ path: join(SCREENSHOTS, 'chat-firefox-underlined.png') });
	expect(errors).toEqual([]);
});
