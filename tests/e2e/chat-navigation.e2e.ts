/**
 * Chat hints across the life of a page: the app swaps its composer (SPA navigation), a self-hosted site is
 * enabled while its tab is already open, and the keyboard command reaches the composer through the background.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { HintsUi, serveEditor, underlines } from './chat-helpers.js';
import { CHROME_DIST, type ChromiumExtension, type ExtensionApi, launchChromium } from './harness.js';

declare const chrome: ExtensionApi;

const SLACK = 'https://app.slack.com/client/T1/C1';
const SELF_HOSTED = 'https://chat.selfhosted.example/team/channels/town-square';
const DRAFT = 'Hi team, can you take a look at this ASAP?';

/** A Slack-like app whose router replaces the composer on navigation (plain contenteditable composers). */
const APP = `<!doctype html><html><head><meta charset="utf-8"><title>general (Channel) - Acme - Slack</title>
<link rel="icon" href="data:,"><style>.c{width:600px;min-height:40px;border:1px solid #999;padding:8px;font:15px system-ui}</style></head>
<body><span data-qa="channel_name">general</span><div id="view"></div><script>
function show(id) {
	document.getElementById('view').innerHTML =
		'<div data-qa="message_input"><div class="c" contenteditable="true" role="textbox" id="' + id + '"></div></div>';
}
show('composer-1');
window.navigateTo = (path, id) => { history.pushState(null, '', path); show(id); };
</script></body></html>`;

let dir: string;
let ext: ChromiumExtension;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'unhurried-chat-nav-'));
	await cp(CHROME_DIST, dir, { recursive: true });
	const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
	manifest.permissions = [...new Set([...manifest.permissions, 'scripting'])];
	manifest.host_permissions = [`${new URL(SELF_HOSTED).origin}/*`]; // what the popup's permissions.request grants
	await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
	ext = await launchChromium({ extensionDir: dir });
	await ext.serveFixture(SLACK, { html: APP });
	await serveEditor(ext, SELF_HOSTED, 'textarea');
}, 60_000);
afterAll(async () => {
	await ext?.close();
	if (dir) await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
	ext.assertNoExtensionErrors();
	expect(ext.extensionRequests()).toEqual([]);
});

async function typeAndWait(page: Page, ui: HintsUi, selector: string) {
	await page.click(selector);
	await page.keyboard.type(DRAFT);
	await expect.poll(() => ui.badge(), { timeout: 5_000 }).toBe('2 Unhurried hints — open');
}

it('keeps working when the app replaces its composer (SPA navigation)', async () => {
	const page = await ext.context.newPage();
	await page.goto(SLACK);
	await page.waitForSelector('html[data-unhurried="connected"]');
	const ui = await HintsUi.attach(page);
	await typeAndWait(page, ui, '#composer-1');
	await page.evaluate(() =>
		(window as unknown as { navigateTo(p: string, id: string): void }).navigateTo(
			'/client/T1/C2',
			'composer-2',
		),
	);
	// The old composer's hints go with it…
	await expect.poll(() => ui.badge(), { timeout: 3_000 }).toBeUndefined();
	// (its session checks each second that the composer is still in the page, then releases everything)
	await expect.poll(async () => (await underlines(page, ui)).ranges, { timeout: 3_000 }).toEqual([]);
	// …and the new one gets its own.
	await typeAndWait(page, ui, '#composer-2');
	expect((await underlines(page, ui)).ranges).toEqual(['false_urgency:ASAP', 'vague_ask:take a look']);
	await page.close();
});

it('opens the card from the keyboard command relayed by the background to the active tab', async () => {
	const page = await ext.context.newPage();
	await page.goto(SLACK);
	await page.waitForSelector('html[data-unhurried="connected"]');
	const ui = await HintsUi.attach(page);
	await typeAndWait(page, ui, '#composer-1');
	await page.bringToFront();
	// Headless Chromium does not route key presses to extension commands: send what commands.ts sends.
	await ext.swEvaluate(async () => {
		const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
		if (tab?.id !== undefined) await chrome.tabs.sendMessage(tab.id, { type: 'bg/open-hints' });
	});
	await expect.poll(() => ui.card(), { timeout: 3_000 }).toMatch(/1 of 2/);
	await page.keyboard.press('Escape');
	await expect.poll(() => ui.card()).toBeUndefined();
	await page.close();
});

it('runs on a self-hosted site enabled while its tab is open, and on later loads', async () => {
	const page = await ext.context.newPage();
	await page.goto(SELF_HOSTED);
	await page.waitForSelector('html[data-fixture-ready]');
	expect(await page.evaluate(() => document.documentElement.dataset.unhurried)).toBeUndefined();
	// What "Enable Unhurried on this site" does once the origin is granted: register, then inject into open tabs.
	const origin = `${new URL(SELF_HOSTED).origin}/*`;
	await ext.swEvaluate(async (matches) => {
		await chrome.scripting.registerContentScripts([
			{
				id: 'e2e-self-hosted',
				matches: [matches],
				js: ['content.js'],
				runAt: 'document_idle',
				allFrames: true,
			},
		]);
		for (const tab of await chrome.tabs.query({ url: matches }))
			if (tab.id !== undefined)
				await chrome.scripting.executeScript({
					target: { tabId: tab.id, allFrames: true },
					files: ['content.js'],
				});
	}, origin);
	await page.waitForSelector('html[data-unhurried="connected"]');
	const ui = await HintsUi.attach(page);
	await typeAndWait(page, ui, '#post_textbox');
	expect((await underlines(page, ui)).overlayLines).toBeGreaterThanOrEqual(2);
	await page.reload();
	await page.waitForSelector('html[data-unhurried="connected"]');
	await page.close();
});
