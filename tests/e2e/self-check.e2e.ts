/**
 * The self-check for real: on app.slack.com with a composer Slack's adapter does not know (the site changed its
 * markup), three focuses later the popup says "Unhurried can't read this page", shows the page skeleton first, and
 * copies it only when asked. The skeleton holds none of the page's text nor what was typed. Nothing is sent.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pageTexts, survivingTexts, tabIdOf } from './chat-helpers.js';
import { type ChromiumExtension, launchChromium, screenshot } from './harness.js';

const URL_ = 'https://app.slack.com/client/T9/C9';
const TYPED = 'Quokka Zanzibar marmalade 44718 priya.raman@example.org';
/** Slack after a redesign: a composer with none of the data-qa marks the adapter knows (all assumed). */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>launch-room (Channel) - Acme - Slack</title>
<link rel="icon" href="data:,"></head><body>
<header><h1>launch-room</h1><input id="search" type="search" placeholder="Search Acme"></header>
<section><p>Dana Whitlock: the kickoff notes are ready</p></section>
<div class="x-composer-v9"><div id="box" contenteditable="true" role="textbox" aria-label="Message launch-room"
	style="min-height:40px;border:1px solid #999;padding:8px"></div></div>
<button id="elsewhere" type="button">Jump to</button>
</body></html>`;

let ext: ChromiumExtension;
beforeAll(async () => {
	ext = await launchChromium();
	await ext.serveFixture(URL_, { html: PAGE });
});
afterAll(async () => {
	await ext?.close();
});

async function popupFor(page: Page): Promise<Page> {
	const tabId = await tabIdOf(ext, page);
	const popup = await ext.context.newPage();
	await popup.setViewportSize({ width: 380, height: 600 });
	await popup.goto(ext.url(`src/popup/index.html?tab=${tabId}`));
	return popup;
}

it("says it can't read a known site's unknown composer, and offers its skeleton without any of its text", async () => {
	const page = await ext.context.newPage();
	await page.goto(URL_);
	await page.waitForSelector('html[data-unhurried="connected"]');
	await page.click('#box');
	await page.keyboard.type(TYPED);
	for (let i = 0; i < 2; i++) {
		await page.click('#elsewhere');
		await page.click('#box');
	}
	const popup = await popupFor(page);
	await expect
		.poll(() => popup.getByRole('heading', { name: "Unhurried can't read this page" }).count(), {
			timeout: 5_000,
		})
		.toBe(1);
	// Shown before anything can be copied.
	expect(await popup.getByRole('button', { name: 'Copy page skeleton' }).count()).toBe(0);
	await popup.getByRole('button', { name: 'Show page skeleton' }).click();
	const skeleton = (await popup.getByTestId('skeleton').textContent()) ?? '';
	expect(skeleton).toContain('contenteditable=true');
	expect(skeleton).toContain('◀ focused');
	expect(survivingTexts(skeleton, await pageTexts(page), TYPED.split(/\s+/))).toEqual([]);
	await screenshot(popup, 'popup-self-check');
	await popup.getByRole('button', { name: 'Copy page skeleton' }).click();
	await expect.poll(() => popup.getByRole('status').textContent()).toBe('Copied to your clipboard.');
	// What was copied is what was shown (read back from the page's own origin, which may read the clipboard).
	await ext.context.grantPermissions(['clipboard-read'], { origin: new URL(URL_).origin });
	await page.bringToFront();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(skeleton);
	expect(ext.extensionRequests()).toEqual([]);
	ext.assertNoExtensionErrors();
});
