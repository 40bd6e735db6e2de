/**
 * Chat hints end to end: the built extension in real Chromium on fixture pages built from the real editor
 * libraries, served at the production URL of the site each imitates. The four chat sites inject through the
 * manifest; the other fixtures (Mattermost-style textarea, Lexical, ProseMirror, Draft.js) through the runtime
 * opt-in path: the content script registered with scripting.registerContentScripts for the granted origin, as
 * the popup's "Enable Unhurried on this site" does. A headless browser cannot click the permission prompt, so
 * the test copy of the extension has those origins granted in its manifest (see optInBuild).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HintsUi, pageTexts, serveEditor, skeletonOf, survivingTexts, underlines } from './chat-helpers.js';
import type { EditorFixtureName } from './fixtures/editors/serve.js';
import {
	CHROME_DIST,
	type ChromiumExtension,
	type ExtensionApi,
	launchChromium,
	screenshot,
} from './harness.js';

declare const chrome: ExtensionApi;

const DRAFT = 'Hi team, can you take a look at this ASAP?';
// "No rush" is offered at any hour (the other choices depend on the clock).
const WANT = DRAFT.replace('ASAP', 'when you can');
const CLEAN =
	'The export job for the March invoices finished at 14:05 and all 312 files are in the shared folder.';
const HINTS = ['false_urgency:ASAP', 'vague_ask:take a look'];

interface EditorCase {
	name: EditorFixtureName;
	url: string;
	/** The element a person clicks to type. */
	selector: string;
	/** Injected through the runtime opt-in (a self-hosted or unlisted site), not the manifest. */
	optIn?: boolean;
	/** Where the person enters the app: the test loads it there, then the app routes to `url` without a load. */
	enterAt?: string;
	/** A name for screenshots when one fixture stands for several surfaces. */
	label?: string;
}

const CASES: EditorCase[] = [
	{
		name: 'quill',
		url: 'https://app.slack.com/client/T1/C1',
		selector: '[data-qa="message_input"] .ql-editor',
	},
	// Quill 1.3.7, which sets data-gramm="false" on its editor by itself: Unhurried must still run.
	{
		name: 'quill1',
		url: 'https://app.slack.com/client/T1/C2',
		selector: '[data-qa="message_input"] .ql-editor',
	},
	{ name: 'slate', url: 'https://discord.com/channels/1/2', selector: '[data-slate-editor="true"]' },
	// Discord entered at /app: the router moves to a channel without a page load.
	{
		name: 'slate',
		label: 'slate-entered-at-app',
		url: 'https://discord.com/channels/1/3',
		enterAt: 'https://discord.com/app',
		selector: '[data-slate-editor="true"]',
	},
	{ name: 'ckeditor5', url: 'https://teams.microsoft.com/v2/', selector: '[data-tid="ckeditor"]' },
	{
		name: 'ckeditor5',
		label: 'ckeditor5-teams-cloud',
		url: 'https://teams.cloud.microsoft/v2/',
		selector: '[data-tid="ckeditor"]',
	},
	{
		name: 'contenteditable',
		url: 'https://chat.google.com/room/AAA',
		selector: '[role="textbox"][g_editable]',
	},
	{
		name: 'textarea',
		url: 'https://mattermost.example.com/team/channels/town-square',
		selector: 'textarea#post_textbox',
		optIn: true,
	},
	{
		name: 'lexical',
		url: 'https://chat.lexical.example/',
		selector: '[data-lexical-editor="true"]',
		optIn: true,
	},
	{ name: 'prosemirror', url: 'https://chat.prosemirror.example/', selector: '.ProseMirror', optIn: true },
	{
		name: 'draftjs',
		url: 'https://chat.draftjs.example/',
		selector: '.public-DraftEditor-content',
		optIn: true,
	},
];
const OPT_IN_ORIGINS = CASES.filter((c) => c.optIn).map((c) => `${new URL(c.url).origin}/*`);

/** Typed before a skeleton is asked for: words that would show if any text survived into it. */
const SECRET =
	'Quokka Zanzibar marmalade invoices 44718 priya.raman@example.org https://zanzibar.example.org/q';

/** 304 words in 16 sentences, with a typing pause after each (so the coach runs while the person writes). */
const LONG = Array.from(
	{ length: 16 },
	(_, i) =>
		`Update ${i + 1}: the nightly export for region ${i + 1} finished cleanly and the files are in the shared folder now.`,
);

let dir: string;
let ext: ChromiumExtension;

/** dist/chrome with the opt-in origins granted (what permissions.request grants) and `scripting` to register. */
async function optInBuild(): Promise<string> {
	dir = await mkdtemp(join(tmpdir(), 'unhurried-chat-'));
	await cp(CHROME_DIST, dir, { recursive: true });
	const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
	manifest.permissions = [...new Set([...manifest.permissions, 'scripting'])];
	manifest.host_permissions = OPT_IN_ORIGINS;
	await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
	return dir;
}

/** What the popup's "Enable Unhurried on this site" does once the origin is granted. */
async function enableOptInSites(): Promise<void> {
	await ext.swEvaluate(
		(matches) =>
			chrome.scripting.registerContentScripts([
				{ id: 'e2e-opt-in', matches, js: ['content.js'], runAt: 'document_idle', allFrames: true },
			]),
		OPT_IN_ORIGINS,
	);
}

beforeAll(async () => {
	ext = await launchChromium({ extensionDir: await optInBuild() });
	for (const c of CASES) await serveEditor(ext, c.enterAt ?? c.url, c.name);
	await enableOptInSites();
}, 120_000);
afterAll(async () => {
	await ext?.close();
	if (dir) await rm(dir, { recursive: true, force: true });
});

interface Stats {
	days: Record<string, Record<string, { shown: number; applied: number; dismissed: number }>>;
}
/** Today's local stats, summed per kind and event (the background writes them; one day in a test run). */
async function stats(): Promise<Record<string, { shown: number; applied: number; dismissed: number }>> {
	const raw = await ext.swEvaluate(
		async () => (await chrome.storage.local.get('stats')).stats as string | undefined,
	);
	const parsed = raw ? (JSON.parse(raw) as Stats) : { days: {} };
	return Object.values(parsed.days)[0] ?? {};
}

/** The caret in the editor as text offsets, from the page's own selection. */
const caret = (page: Page, selector: string) =>
	page.evaluate((sel) => {
		const el = document.querySelector(sel) as HTMLElement;
		if (el instanceof HTMLTextAreaElement) return { start: el.selectionStart, end: el.selectionEnd };
		const s = getSelection();
		if (!s?.rangeCount) return undefined;
		const offset = (node: Node, at: number) => {
			const r = document.createRange();
			r.setStart(el, 0);
			r.setEnd(node, at);
			return r.toString().length;
		};
		return {
			start: offset(s.anchorNode as Node, s.anchorOffset),
			end: offset(s.focusNode as Node, s.focusOffset),
		};
	}, selector);

const model = (page: Page) => page.evaluate(() => window.__fixture?.model() ?? '');

async function clear(page: Page, selector: string) {
	await page.click(selector);
	await page.keyboard.press('Control+a');
	await page.keyboard.press('Delete');
	await expect.poll(() => model(page)).toBe('');
}

describe.each(CASES)('$name at $url', ({ name: fixture, url, selector, enterAt, label }) => {
	const name = label ?? fixture;
	let page: Page;
	let ui: HintsUi;
	const pageErrors: string[] = [];

	beforeAll(async () => {
		await ext.swEvaluate(() => chrome.storage.local.remove('stats'));
		ext.reset();
		page = await ext.context.newPage();
		page.on('console', (m) => {
			if (m.type() === 'error') pageErrors.push(m.text());
		});
		page.on('pageerror', (e) => pageErrors.push(e.message));
		await page.goto(enterAt ?? url);
		await page.waitForSelector('html[data-fixture-ready]');
		await page.waitForSelector('html[data-unhurried="connected"]');
		if (enterAt) await page.evaluate((path) => history.pushState(null, '', path), new URL(url).pathname);
		ui = await HintsUi.attach(page);
	});
	afterAll(async () => {
		await page?.close();
	});
	afterEach(() => ext.assertNoExtensionErrors());

	it('underlines a vague ask and a false urgency after the typing pause, with the badge count', async () => {
		await page.click(selector);
		await page.keyboard.type(DRAFT);
		await expect.poll(() => ui.badge(), { timeout: 5_000 }).toBe('2 Unhurried hints — open');
		const drawn = await underlines(page, ui);
		if (name === 'textarea') expect(drawn.overlayLines).toBeGreaterThanOrEqual(2);
		else expect(drawn).toEqual({ ranges: HINTS, overlayLines: 0 });
		expect(await model(page)).toBe(DRAFT); // byte-identical: nothing picked, nothing changed
		await screenshot(page, `chat-${name}-underlined`);
		// Counted once per finding per draft, however often the draft was re-analyzed.
		await page.keyboard.press('End');
		await page.waitForTimeout(500);
		await expect.poll(stats).toMatchObject({ vague_ask: { shown: 1 }, false_urgency: { shown: 1 } });
	});

	it("applies a fix from the card into the framework's own model, caret after it; undo restores the draft", async () => {
		await page.waitForTimeout(1100); // past the 1 s in which Quill's and Lexical's histories merge edits
		await ui.click('badge');
		await expect.poll(() => ui.card()).toMatch(/1 of 2/);
		await ui.click('icon', /Next hint/);
		await expect.poll(() => ui.card()).toMatch(/No rush/);
		await page.waitForTimeout(200); // the card's appear animation, for the screenshot
		await screenshot(page, `chat-${name}-card`);
		await ui.click('btn', /No rush/);
		await expect.poll(() => model(page)).toBe(WANT);
		const after = DRAFT.indexOf('ASAP') + 'when you can'.length;
		// Slate and Draft.js put the DOM selection back after their render, a frame after the model changed.
		await expect.poll(() => caret(page, selector)).toEqual({ start: after, end: after });
		await expect.poll(stats).toMatchObject({ false_urgency: { applied: 1 } });
		await page.keyboard.press('Control+z');
		await expect.poll(() => model(page)).toBe(DRAFT);
	});

	it('shows nothing on a clean draft', async () => {
		await clear(page, selector);
		await page.keyboard.type(CLEAN);
		await expect
			.poll(() => ext.readSession<{ chars: number }>('lastDraft'), { timeout: 5_000 })
			.toMatchObject({ chars: CLEAN.length });
		expect(await underlines(page, ui)).toEqual({ ranges: [], overlayLines: 0 });
		expect(await ui.badge()).toBeUndefined();
		expect(await model(page)).toBe(CLEAN);
	});

	it('gives a page skeleton that holds none of the words typed or shown', async () => {
		await clear(page, selector);
		await page.keyboard.type(SECRET);
		await expect.poll(() => model(page)).toBe(SECRET);
		const skeleton = await skeletonOf(ext, page);
		expect(skeleton).toContain('◀ focused');
		expect(survivingTexts(skeleton, await pageTexts(page), SECRET.split(/\s+/))).toEqual([]);
	});

	it('types 300 words with pauses and leaves them exactly as typed', async () => {
		// Functional only: how long the page's tasks take is measured by npm run bench:page, against the same page
		// without the extension in the same run (a timed assertion fails on a loaded machine, issue 11).
		await clear(page, selector);
		for (const sentence of LONG) {
			await page.keyboard.type(`${sentence} `);
			await page.waitForTimeout(350); // a typing pause: the coach runs here
		}
		expect((await model(page)).trimEnd()).toBe(LONG.join(' '));
		await expect
			.poll(() => ext.readSession<{ chars: number }>('lastDraft'), { timeout: 5_000 })
			.toMatchObject({
				chars: (await model(page)).length,
			});
	}, 180_000); // 1,900 keystrokes, one DevTools call each: 20–50 s, over 60 s on a loaded machine

	it.runIf(fixture === 'quill1')('runs although Quill 1 put data-gramm="false" on its editor', async () => {
		expect(await page.getAttribute(selector, 'data-gramm')).toBe('false');
		await clear(page, selector);
		await page.keyboard.type(DRAFT);
		await expect.poll(() => ui.badge(), { timeout: 5_000 }).toBe('2 Unhurried hints — open');
	});

	it.runIf(fixture === 'ckeditor5')(
		"reads the 1:1 chat from its header, whatever the title's language and unread counter",
		async () => {
			expect(await page.title()).toMatch(/^\(12\) Conversation \|/);
			await page.click(selector);
			const frames = await ext.readSession<Record<string, Record<string, { last: unknown }>>>('selfCheck');
			const lasts = Object.values(frames ?? {}).flatMap((tab) => Object.values(tab).map((f) => f.last));
			expect(lasts).toContainEqual(
				expect.objectContaining({ adapter: 'teams', editor: 'ckeditor5', kind: 'dm', source: 'structure' }),
			);
		},
	);

	it('raised no console error and made no request', () => {
		expect(pageErrors).toEqual([]);
		expect(ext.extensionRequests()).toEqual([]);
	});
});
