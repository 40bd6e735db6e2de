/** The foundation every feature stands on, in a real Chromium: worker, messages, content script, pages. */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HintsUi } from './chat-helpers.js';
import {
	type ChromiumExtension,
	type ExtensionApi,
	extensionIdFromKey,
	launchChromium,
	screenshot,
} from './harness.js';

declare const chrome: ExtensionApi;

const SLACK = 'https://app.slack.com/client/T0001/C0001';
// Same fixture at a host the manifest does not match: what the page does with no extension present.
const CONTROL = 'https://control.example/client/T0001/C0001';
const MESSAGE = 'Could you review the rollout plan by Friday';
const MESSAGE_WORDS = 8;

interface LastDraft {
	site: string;
	editor: 'textarea' | 'contenteditable';
	words: number;
	chars: number;
}

let ext: ChromiumExtension;
let keep: Page; // one tab stays open between tests so the browser is never left without a window

beforeAll(async () => {
	ext = await launchChromium();
	keep = ext.context.pages()[0] ?? (await ext.context.newPage());
});
afterAll(async () => {
	await ext?.close();
});
beforeEach(async () => {
	ext.reset();
	await ext.swEvaluate(() => chrome.storage.session.clear());
});
afterEach(async () => {
	// Pages close first, so that anything the extension logs while they unload counts for this test.
	await Promise.all(ext.context.pages().map((p) => (p === keep ? undefined : p.close())));
	ext.assertNoExtensionErrors();
});

/** Types into the composer the way a person does (real key events, so the page sees real input). */
async function typeInComposer(page: Page, editor: string): Promise<void> {
	await page.click(editor);
	await page.keyboard.type(MESSAGE);
}

/** The composer's markup, wrapper included: what a DOM-touching extension would change. */
const composerMarkup = (page: Page) =>
	page.locator('[data-qa="message_input"]').evaluate((el) => el.outerHTML);

/** Elements carrying our marker attribute: only <html> may. */
const markedElements = (page: Page) =>
	page.evaluate(() => [...document.querySelectorAll('[data-unhurried]')].map((e) => e.localName));

async function openChat(url: string, fixture: string): Promise<Page> {
	await ext.serveFixture(url, { file: fixture });
	const page = await ext.context.newPage();
	await page.goto(url);
	return page;
}

describe('service worker and messages', () => {
	it('opens the playground once, on install', async () => {
		// Polled on the pages' current URLs: a new tab can show about:blank before it navigates.
		const playgroundTabs = () =>
			ext.context.pages().filter((p) => p.url() === ext.url('src/playground/index.html')).length;
		await expect.poll(playgroundTabs, { timeout: 5_000 }).toBe(1);
	});

	it('runs under the id the manifest key gives, on every machine', async () => {
		const worker = await ext.worker();
		expect(new URL(worker.url()).host).toBe(extensionIdFromKey(ext.manifest.key));
		expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
		expect(await ext.swEvaluate(() => chrome.runtime.getManifest().version)).toBe(ext.manifest.version);
	});

	it('answers a typed ping with its version and refuses a malformed message', async () => {
		const page = await ext.openPopup();
		const ask = (msg: unknown) =>
			page.evaluate(async (m) => {
				try {
					return { answer: (await chrome.runtime.sendMessage(m)) as unknown };
				} catch (error) {
					return { error: (error as Error).message };
				}
			}, msg);

		expect(await ask({ type: 'any/ping' })).toEqual({ answer: { ok: true, version: ext.manifest.version } });

		// The polyfill in the worker turns a rejected handler into a marked answer for raw chrome.* callers.
		const refused = await ask({ type: 'nope' });
		const reason = refused.error ?? (refused.answer as { message?: string } | undefined)?.message;
		expect((refused.answer as { ok?: unknown } | undefined)?.ok).toBeUndefined();
		expect(reason).toMatch(/refused: malformed message/);
	});
});

describe('content script on chat pages', () => {
	it('reads a contenteditable composer on app.slack.com and leaves its DOM as the page made it', async () => {
		const page = await openChat(SLACK, 'slack-contenteditable.html');
		await page.waitForSelector('html[data-unhurried="connected"]', { timeout: 5_000 });
		await typeInComposer(page, '.ql-editor');
		await expect
			.poll(() => ext.readSession<LastDraft>('lastDraft'), { timeout: 5_000 })
			.toMatchObject({ site: 'app.slack.com', editor: 'contenteditable', words: MESSAGE_WORDS });

		// Compared only now, after the extension has seen the draft and had its chance to act on the page.
		const control = await openChat(CONTROL, 'slack-contenteditable.html');
		await typeInComposer(control, '.ql-editor');
		expect(await control.evaluate(() => document.documentElement.hasAttribute('data-unhurried'))).toBe(false);
		const markup = await composerMarkup(page);
		expect(markup).toContain(MESSAGE);
		expect(markup).toBe(await composerMarkup(control));
		expect(await markedElements(page)).toEqual(['html']);
		expect(ext.extensionRequests()).toEqual([]);
	});

	it('reads a textarea composer and leaves its value and DOM as the page made them', async () => {
		const page = await openChat(SLACK, 'slack-textarea.html');
		await page.waitForSelector('html[data-unhurried="connected"]', { timeout: 5_000 });
		await typeInComposer(page, '[data-qa="message_input"] textarea');
		await expect
			.poll(() => ext.readSession<LastDraft>('lastDraft'), { timeout: 5_000 })
			.toEqual({
				site: 'app.slack.com',
				editor: 'textarea',
				words: MESSAGE_WORDS,
				chars: MESSAGE.length,
				at: expect.any(Number),
			});

		const control = await openChat(CONTROL, 'slack-textarea.html');
		await typeInComposer(control, '[data-qa="message_input"] textarea');
		expect(await page.inputValue('[data-qa="message_input"] textarea')).toBe(MESSAGE);
		expect(await composerMarkup(page)).toBe(await composerMarkup(control));
		expect(await markedElements(page)).toEqual(['html']);
		expect(ext.extensionRequests()).toEqual([]);
	});
});

describe('extension pages', () => {
	it('renders the popup with its name and version', async () => {
		const page = await ext.openPopup();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Unhurried');
		expect(await page.getByText(`v${ext.manifest.version}`, { exact: true }).count()).toBe(1);
		await screenshot(page, 'popup.png');
	});

	it('renders the options page', async () => {
		const page = await ext.openOptions();
		await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Unhurried settings');
	});

	it('runs the playground: live word count, and the content script reports its draft', async () => {
		const page = await ext.openPlayground();
		await page.waitForSelector('html[data-unhurried="connected"]', { timeout: 5_000 });
		await page.click('#pg-textarea');
		await page.keyboard.type(MESSAGE);
		await expect.poll(() => page.getByTestId('textarea-count').textContent()).toBe(`${MESSAGE_WORDS} words`);
		await expect
			.poll(() => ext.readSession<LastDraft>('lastDraft'), { timeout: 5_000 })
			.toMatchObject({ site: ext.extensionId, editor: 'textarea', words: MESSAGE_WORDS });
		await screenshot(page, 'playground.png');
		expect(ext.extensionRequests()).toEqual([]);
	});

	it('says it reads English only on a draft in another language, after asking the worker', async () => {
		const page = await ext.openPlayground();
		await page.waitForSelector('html[data-unhurried="connected"]', { timeout: 5_000 });
		const ui = await HintsUi.attach(page);
		await page.click('#pg-textarea');
		await page.keyboard.press('Control+a');
		await page.keyboard.press('Delete');
		// Few words, none of them English: the page's word lists cannot tell, the worker's identifier settles it.
		await page.keyboard.type('me liga quando puder, por favor');
		const status = async () => (await ui.find('status'))[0]?.label;
		await expect.poll(status, { timeout: 8_000 }).toBe('Unhurried: reads English only for now');
		expect(await ui.badge()).not.toMatch(/hint/);
		await screenshot(page, 'playground-english-only.png');
		expect(ext.extensionRequests()).toEqual([]);
	});
});

describe('the harness guards themselves', () => {
	it('records requests from the service worker and from pages, but not declared fixtures', async () => {
		const page = await openChat(SLACK, 'slack-contenteditable.html');
		await ext.swEvaluate(() => fetch('https://example.invalid/from-worker').catch(() => 0));
		await page.evaluate(() => fetch('https://example.invalid/from-page').catch(() => 0));
		await page.evaluate(
			() =>
				new Promise((done) => {
					const socket = new WebSocket('wss://example.invalid/socket');
					socket.onclose = socket.onerror = done;
				}),
		);
		expect(ext.extensionRequests()).toEqual([
			{ url: 'https://example.invalid/from-worker', method: 'GET', from: 'service-worker' },
			{ url: 'https://example.invalid/from-page', method: 'GET', from: SLACK },
			{ url: 'wss://example.invalid/socket', method: 'WEBSOCKET', from: 'page' },
		]);
		ext.reset();
	});

	it("reports the extension's errors and ignores the page's own", async () => {
		const page = await openChat(SLACK, 'slack-contenteditable.html');
		await ext.swEvaluate(() => {
			setTimeout(() => {
				throw new Error('probe: thrown in the worker');
			});
		});
		await expect.poll(() => ext.extensionErrors().length).toBe(1);
		// The page's own error and throw come first on the same channel, so once ours arrives they have too.
		await page.evaluate(async () => {
			console.error('the host page logs its own error');
			setTimeout(() => {
				throw new Error('the host page throws');
			});
			await new Promise((resolve) => setTimeout(resolve, 50));
			console.error('[unhurried] probe: logged');
		});
		await expect.poll(() => ext.extensionErrors().length).toBe(2);
		expect(ext.extensionErrors()).toEqual([
			expect.stringContaining('probe: thrown in the worker'),
			expect.stringContaining('[unhurried] probe: logged'),
		]);
		expect(() => ext.assertNoExtensionErrors()).toThrow(/2 error\(s\)/);
		expect(ext.extensionErrors()).toEqual([]);
	});
});
