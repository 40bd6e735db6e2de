/**
 * The runtime site opt-in, for real: from the popup's "Turn on" the content script is registered for a
 * self-hosted chat origin, injected into the tab already open there and runs on new pages; "Turn off" undoes it.
 *
 * Chrome's permission prompt cannot be answered from Playwright (it is browser UI, and no switch accepts it), so
 * this file loads a copy of dist/chrome whose manifest already grants https://chat.example.org/*: the popup's
 * `permissions.request` then resolves at once, and everything after it runs as shipped. The prompt itself and a
 * refusal are covered by the DOM tests.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	CHROME_DIST,
	type ChromiumExtension,
	type ExtensionApi,
	launchChromium,
	screenshot,
} from './harness.js';

declare const chrome: ExtensionApi;

const ORIGIN = 'https://chat.example.org';
const PATTERN = `${ORIGIN}/*`;
const CHAT_PAGE = `<!doctype html><html lang="en"><head><title>Team chat</title></head>
<body><main><label for="m">Message</label><textarea id="m"></textarea></main></body></html>`;

let ext: ChromiumExtension;
let variant: string;

beforeAll(async () => {
	variant = await mkdtemp(join(tmpdir(), 'unhurried-optin-'));
	await cp(CHROME_DIST, variant, { recursive: true });
	const manifest = JSON.parse(await readFile(join(variant, 'manifest.json'), 'utf8'));
	manifest.host_permissions = [PATTERN];
	await writeFile(join(variant, 'manifest.json'), JSON.stringify(manifest));
	ext = await launchChromium({ extensionDir: variant });
	await ext.serveFixture(`${ORIGIN}/**`, { html: CHAT_PAGE });
});
afterAll(async () => {
	await ext?.close();
	await rm(variant, { recursive: true, force: true });
});

const marked = (page: Page) => page.evaluate(() => document.documentElement.dataset.unhurried ?? null);
const settings = async () =>
	JSON.parse(
		(await ext.swEvaluate(async () => (await chrome.storage.local.get('settings')).settings as string)) ??
			'{}',
	) as { sites?: string[]; pausedUntil?: number };
const registered = () =>
	ext.swEvaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id));

async function popupFor(page: Page): Promise<Page> {
	const tabId = await ext.swEvaluate(
		async (url) => (await chrome.tabs.query({ url: url as string }))[0]?.id,
		page.url(),
	);
	const popup = await ext.context.newPage();
	await popup.setViewportSize({ width: 380, height: 300 });
	await popup.goto(ext.url(`src/popup/index.html?tab=${tabId}`));
	return popup;
}

describe('turning Unhurried on for a self-hosted chat site', () => {
	it('registers and injects the content script from the popup, and removes it again', async () => {
		const chat = await ext.context.newPage();
		await chat.goto(`${ORIGIN}/team/general`);
		expect(await marked(chat)).toBeNull();

		const popup = await popupFor(chat);
		await expect.poll(() => popup.getByTestId('site-state').textContent()).toBe('Off for chat.example.org');
		await popup.getByRole('button', { name: 'Turn on' }).click();
		await expect.poll(() => popup.getByTestId('site-state').textContent()).toBe('On for chat.example.org');
		await screenshot(popup, 'popup-site-on.png');

		// Injected into the tab already open, and registered for the pages to come.
		await expect.poll(() => marked(chat), { timeout: 5_000 }).toMatch(/^(loaded|connected)$/);
		expect(await registered()).toEqual(['unhurried-optin-chat.example.org']);
		expect((await settings()).sites).toEqual([PATTERN]);
		const next = await ext.context.newPage();
		await next.goto(`${ORIGIN}/team/random`);
		await expect.poll(() => marked(next), { timeout: 5_000 }).toMatch(/^(loaded|connected)$/);

		await popup.getByRole('button', { name: 'Turn off' }).click();
		await expect.poll(() => popup.getByTestId('site-state').textContent()).toBe('Off for chat.example.org');
		expect(await registered()).toEqual([]);
		expect((await settings()).sites).toEqual([]);
		const after = await ext.context.newPage();
		await after.goto(`${ORIGIN}/team/later`);
		await after.waitForTimeout(500);
		expect(await marked(after)).toBeNull();
		ext.assertNoExtensionErrors();
	});

	it('pauses hints for an hour from the popup', async () => {
		const chat = await ext.context.newPage();
		await chat.goto(`${ORIGIN}/team/general`);
		const popup = await popupFor(chat);
		const before = Date.now();
		await popup.getByRole('button', { name: 'Pause for 1 hour' }).click();
		await expect
			.poll(() => popup.getByTestId('pause-state').textContent())
			.toMatch(/^Hints paused until \d\d:\d\d/);
		const until = (await settings()).pausedUntil ?? 0;
		expect(until).toBeGreaterThanOrEqual(before + 3_600_000 - 1000);
		expect(until).toBeLessThanOrEqual(Date.now() + 3_600_000 + 1000);
		await popup.getByRole('button', { name: 'Resume' }).click();
		await expect.poll(async () => (await settings()).pausedUntil).toBe(0);
	});
});
