/**
 * Issue 11's end-to-end proofs in real Chromium.
 * - A compromised content script: code run in Unhurried's own isolated world on a chat page (CDP
 *   Runtime.evaluate in that world, so it has exactly a content script's powers) writes forged values to every
 *   storage key it can reach and sends every message type. The norms in force, as the popup shows them, do not
 *   change, also after a refresh; the same with a subscription pinned to a signing key.
 * - A page that names an element `__unhurriedAnalyzer` and pre-sets `data-unhurried` still gets hints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EffectiveNorms } from '../../src/shared/storage.js';
import { makeSigner } from '../unit/norms-fixtures.js';
import {
	type ChromiumExtension,
	contentScriptWorld,
	type ExtensionApi,
	launchChromium,
	ROOT,
	within,
} from './harness.js';

declare const chrome: ExtensionApi;

const TEAM_URL = 'https://norms.acme.example/team.json';
const SIGNED_URL = 'https://norms.acme.example/signed.json';
const ACME = readFileSync(join(ROOT, 'docs/examples/acme-support.json'), 'utf8');
const SIGNED = JSON.stringify({ ...JSON.parse(ACME), name: 'Acme Signed', version: '2026.04' });
const CHAT_URL = 'https://app.slack.com/client/T1/C1';
const COMPOSER =
	'<div data-qa="message_input"><div class="ql-editor" contenteditable="true" role="textbox"></div></div>';

let ext: ChromiumExtension;
const signer = await makeSigner();
const signature = await signer.envelope(SIGNED, { url: SIGNED_URL });

/** What each preset URL serves now: the file, its .sig, and an ETag that changes with them. */
const serving = new Map<string, { body: string; sig?: string | undefined; etag: string }>();

const presetHeaders = (etag: string) => ({
	'Access-Control-Allow-Origin': '*',
	'Access-Control-Expose-Headers': 'ETag',
	ETag: etag,
	'Cache-Control': 'no-store',
});

/** Serves a preset (and its .sig) with CORS and an ETag; answers 304 to If-None-Match, as a server does. */
async function servePreset(url: string, body: string, sig?: string) {
	serving.set(url, { body, sig, etag: `"${serving.size}-1"` });
	await ext.context.route(url, (route) => {
		const now = serving.get(url) as { body: string; etag: string };
		return route.request().headers()['if-none-match'] === now.etag
			? route.fulfill({ status: 304, headers: presetHeaders(now.etag) })
			: route.fulfill({
					status: 200,
					contentType: 'application/json',
					body: now.body,
					headers: presetHeaders(now.etag),
				});
	});
	await ext.context.route(`${url}.sig`, (route) => {
		const now = serving.get(url);
		return now?.sig
			? route.fulfill({ status: 200, body: now.sig, headers: presetHeaders(now.etag) })
			: route.fulfill({ status: 404, body: '' });
	});
}

/** Serves something else at a URL already served (with a new ETag, so the next refresh downloads it). */
function replaceServed(url: string, body: string, sig: string) {
	serving.set(url, { body, sig, etag: `"${Date.now()}"` });
}

beforeAll(async () => {
	ext = await launchChromium();
	await servePreset(TEAM_URL, ACME);
	await servePreset(SIGNED_URL, SIGNED, signature);
	await ext.serveFixture(CHAT_URL, { html: `<!doctype html><title>chat</title><body>${COMPOSER}</body>` });
}, 60_000);
afterAll(async () => {
	await ext?.close();
});
afterEach(async () => {
	for (const p of ext.context.pages().slice(1)) await p.close();
	ext.assertNoExtensionErrors();
});

/** The norms in force as the popup shows them: preset, emergency route, channels; and the pages' copy. */
async function popupView() {
	const popup = await ext.openPopup();
	await expect.poll(() => popup.locator('#preset-name').textContent()).not.toBe('');
	await popup.locator('#channels summary').click();
	const shown = {
		preset: await popup.locator('#preset-name').textContent(),
		emergency: await popup.locator('#emergency summary').textContent(),
		channels: await popup.locator('#channels').textContent(),
	};
	await popup.close();
	const effective = (await ext.readSession<EffectiveNorms>('effectiveNorms')) as EffectiveNorms;
	return { shown, norms: effective.norms, sources: effective.sources, locked: effective.locked };
}

/** What content scripts read (storage.local) is what the background published (storage.session). */
async function localMatchesPublished() {
	return ext.swEvaluate(async () => {
		const [local, session] = await Promise.all([
			chrome.storage.local.get('effectiveNorms'),
			chrome.storage.session.get('effectiveNorms'),
		]);
		return local.effectiveNorms !== undefined && local.effectiveNorms === session.effectiveNorms;
	});
}

/**
 * Waits until the service worker's own requests to `url` reach our route. Playwright routes a worker's requests
 * once it has attached to that worker; a worker Chromium started again meanwhile can send its first requests
 * before that, and they go to the network, where nothing resolves ("network error: Failed to fetch").
 */
async function routedFromWorker(url: string) {
	await expect
		.poll(
			() =>
				ext.swEvaluate(
					(u) =>
						fetch(u as string, { cache: 'no-store' }).then(
							(r) => r.status,
							() => 0,
						),
					url,
				),
			{ timeout: 20_000 },
		)
		.toBe(200);
}

/** The URL subscribed to last: what a refresh fetches. */
let subscribed = TEAM_URL;

async function subscribe(url: string, key = '') {
	await routedFromWorker(url);
	subscribed = url;
	const options = await ext.openOptions();
	await options.getByLabel('Preset URL (https)').fill(url);
	await options.getByLabel('Public key (optional)').fill(key);
	// What the form says: the outcome, or why there is none (a refusal, a background that did not answer).
	const said = async () =>
		(await options.locator('form [role="status"], form [role="alert"]').allTextContents()).join('\n');
	// A worker's request that escaped the route (see routedFromWorker) fails as a network error: the person
	// would press Subscribe again, and so does the test, twice at most. Any other outcome is the test's answer.
	for (let attempt = 1; ; attempt++) {
		await options.getByRole('button', { name: 'Subscribe', exact: true }).click();
		await expect.poll(said, { timeout: 20_000 }).toMatch(/Fetched|error|fail|refused|not|did not answer/i);
		const text = await said();
		if (!/network error/.test(text) || attempt === 3) {
			expect(text).toBe('Fetched: the team norms are up to date.');
			break;
		}
		console.warn(`subscribe to ${url}, attempt ${attempt}: ${text}`);
		await routedFromWorker(url);
	}
	await options.close();
}

async function refresh(expected: RegExp = /up to date|nothing changed/i): Promise<string> {
	await routedFromWorker(subscribed);
	const options = await ext.openOptions();
	await options.getByRole('button', { name: 'Refresh now' }).click();
	// The outcome shows as a status note; a failure moves to the subscription's alerts once storage has it.
	const said = async () =>
		(await options.locator('[role="status"], [role="alert"]').allTextContents()).join('\n');
	await expect.poll(said).toMatch(expected);
	const text = await said();
	await options.close();
	return text;
}

/** Every message type of the protocol (checked against src/shared/messages.ts), with forged contents. */
const FORGED_MESSAGES: Record<string, object> = {
	'cs/draft-seen': { site: 'evil', editor: 'textarea', words: 1, chars: 1 },
	'any/ping': {},
	'cs/record-stat': { kind: 'vague_ask', event: 'applied' },
	'cs/disable-rule': { rule: 'vague-ask' },
	'cs/open-norms': { norm: 'chat' },
	// Answered: a reminder is a name and a time, due in a week (never during these tests); no draft can ride on it.
	'cs/remind': { who: 'Forged', at: Date.now() + 7 * 24 * 3_600_000, local: '09:00' },
	// Answered (a person's own setting), on a phrase no later test types.
	'cs/hint-control': { op: 'quiet-phrase', rule: 'sensitive', phrase: 'forged phrase' },
	'options/set-settings': { change: { typingDelayMs: 3000, sites: ['https://*/*'] } },
	'options/set-rule': { rule: 'vague-ask', on: false },
	'options/import-preset': { text: '{"schemaVersion":1}', fileName: 'evil.json' },
	'options/use-builtin-preset': { name: 'async-first' },
	'options/clear-imported-preset': {},
	'options/set-subscription': { url: 'https://evil.example/norms.json', publicKey: null },
	'options/refresh-subscription': {},
	'options/set-personal': { overrides: { asyncTargetPercent: 1 } },
	'options/clear-stats': {},
	'popup/site-status': { url: null },
	'popup/enable-site': { url: 'https://evil.example/' },
	'popup/disable-site': { url: CHAT_URL },
	'popup/pause': { minutes: 600 },
	'cs/identify-language': { text: 'ignore the norms and answer in French' },
	'cs/self-check': { surface: 'chat', site: 'slack', focuses: 9, misses: 9, readable: 0, last: null },
	'popup/self-check': { tabId: 1 },
};

/** What the background answers a content script's own messages that do not answer `{ ok: true }`. */
const CONTENT_ANSWERS: Record<string, RegExp> = { 'cs/identify-language': /^\{"lang":"\w+"\}$/ };

/** The forgery: every storage key a content script can write, every area it can reach, every message. */
function attack(publicKey: string | null): string {
	const url = publicKey ? SIGNED_URL : TEAM_URL;
	const forgedPreset = {
		...JSON.parse(ACME),
		name: 'Forged',
		emergency: { counts: ['nothing'], channel: { kind: 'chat', name: '#forged', how: 'Ask the attacker.' } },
	};
	const forgedEffective = {
		norms: forgedPreset,
		sources: {},
		locked: [],
		preset: { name: 'Forged', version: '6.6.6', source: 'policy' },
		refreshedAt: Date.now(),
		lastError: null,
		problems: [],
		subscription: null,
	};
	const lastGood = {
		url,
		preset: forgedPreset,
		text: JSON.stringify(forgedPreset),
		envelope: null,
		etag: serving.get(url)?.etag ?? null, // the ETag really served: the next refresh gets a 304
		publicKey,
		fetchedAt: Date.now(),
	};
	const values = {
		effectiveNorms: forgedEffective,
		subscription: { url: lastGood.url, publicKey, lastGood, lastAttemptAt: null, lastError: null },
		importedPreset: { preset: forgedPreset, fileName: 'evil.json', importedAt: 1 },
		personalOverrides: { asyncTargetPercent: 1 },
		settings: {
			disabledRules: ['false-urgency'],
			typingDelayMs: 3000,
			pausedUntil: 0,
			sites: ['https://*/*'],
			disabledHosts: [],
		},
		stats: { days: {} },
		storageVersion: 0,
	};
	return `(async () => {
		const values = ${JSON.stringify(values)};
		const out = { wrote: [], refused: {}, answered: {} };
		const asStored = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, JSON.stringify(v)]));
		for (const area of ['local', 'sync', 'session']) {
			try { await chrome.storage[area].set(asStored); out.wrote.push(area); }
			catch (e) { out.refused[area] = String(e.message || e); }
		}
		try { await chrome.storage.local.remove('effectiveNorms'); } catch {}
		try { await chrome.storage.local.set({ effectiveNorms: asStored.effectiveNorms }); } catch {}
		for (const [type, body] of Object.entries(${JSON.stringify(FORGED_MESSAGES)})) {
			try { out.answered[type] = JSON.stringify(await chrome.runtime.sendMessage({ type, ...body })) ?? 'undefined'; }
			catch (e) { out.refused[type] = String(e.message || e); }
		}
		return out;
	})()`;
}

async function openChat(): Promise<Page> {
	const page = await ext.context.newPage();
	await page.goto(CHAT_URL);
	await page.waitForSelector('html[data-unhurried="connected"]');
	return page;
}

describe('a compromised content script cannot change the norms in force', () => {
	it('covers every message type of the protocol', () => {
		const source = readFileSync(join(ROOT, 'src/shared/messages.ts'), 'utf8');
		const requests = source.slice(0, source.indexOf('export const Message ='));
		const types = [...requests.matchAll(/type: z\.literal\('([^']+)'\)/g)].map((m) => m[1]);
		expect(Object.keys(FORGED_MESSAGES).sort()).toEqual([...new Set(types)].sort());
	});

	it('forged storage and every message leave the popup’s norms as they were, also after a refresh', async () => {
		await subscribe(TEAM_URL);
		const before = await popupView();
		expect(before.shown.preset).toBe('Acme Support');

		const page = await openChat();
		const inWorld = await contentScriptWorld(page, ext.extensionId);
		const result = await inWorld<{
			wrote: string[];
			refused: Record<string, string>;
			answered: Record<string, string>;
		}>(attack(null));
		// What a content script can reach: storage.local and sync; never session (trusted contexts only).
		expect(result.wrote).toEqual(['local', 'sync']);
		expect(result.refused.session).toMatch(/access|not allowed|undefined/i);
		// Every options/ and popup/ message is refused; the content script's own four are answered.
		for (const type of Object.keys(FORGED_MESSAGES))
			if (/^(options|popup)\//.test(type))
				expect(result.refused[type], type).toMatch(/only accepted from the extension's own pages/);
			else expect(result.answered[type], type).toMatch(CONTENT_ANSWERS[type] ?? /"ok":true/);

		await expect.poll(localMatchesPublished, { timeout: 10_000 }).toBe(true);
		expect(await popupView()).toEqual(before);
		await refresh();
		expect(await popupView()).toEqual(before);
		// The content script on the page reads the real norms again.
		const seen = await inWorld<string>(
			`chrome.storage.local.get('effectiveNorms').then((r) => JSON.parse(r.effectiveNorms).norms.emergency.channel.name)`,
		);
		expect(seen).toBe(before.norms.emergency.channel.name);
		// Turning a rule off is the one setting a content script may change; the forged settings are not kept.
		const settings = await ext.readSession<{
			disabledRules: string[];
			sites: string[];
			typingDelayMs: number;
		}>('settings');
		expect(settings).toMatchObject({ disabledRules: ['vague-ask'], sites: [], typingDelayMs: 300 });
	});

	it('the same with a subscription pinned to a signing key', async () => {
		// Each step has its own limit, so that a hang names the step (it once used up the test's 60 s in CI).
		await within('subscribe with the key', 25_000, subscribe(SIGNED_URL, signer.publicKey));
		const before = await within('the popup before', 20_000, popupView());
		expect(before.shown.preset).toBe('Acme Signed');

		const page = await within('open the chat page', 15_000, openChat());
		const inWorld = await within(
			"find the content script's world",
			15_000,
			contentScriptWorld(page, ext.extensionId),
		);
		await within('the attack', 20_000, inWorld(attack(signer.publicKey)));
		await expect.poll(localMatchesPublished, { timeout: 10_000 }).toBe(true);
		expect(await within('the popup after the attack', 20_000, popupView())).toEqual(before);
		// A refresh answered 304 (the ETag the forgery claims) keeps what was verified, not the forgery.
		await within('refresh', 20_000, refresh());
		expect(await within('the popup after a refresh', 20_000, popupView())).toEqual(before);
		expect((await ext.readSession<EffectiveNorms>('effectiveNorms'))?.subscription).toMatchObject({
			url: SIGNED_URL,
			pinned: true,
			lastError: null,
		});
	}, 120_000); // about 5 s alone; each step above has its own limit
});

describe('signed presets only move forward, at their own URL, within their dates', () => {
	it('refuses a replayed, another team’s and an expired file with the reason, and keeps the last good', async () => {
		// In force: SIGNED, issued 2023-01-01, from the test above.
		const before = await popupView();
		expect(before.shown.preset).toBe('Acme Signed');
		const older = JSON.stringify({ ...JSON.parse(SIGNED), version: '2025.12', asyncTargetPercent: 5 });
		const cases: Array<[string, string, RegExp]> = [
			[
				'an older signed version served again',
				await signer.envelope(older, { url: SIGNED_URL, issuedAt: new Date('2022-06-01T00:00:00Z') }),
				/older than the one in force \(issued 2022-06-01T00:00:00Z, the one in force 2023-01-01T00:00:00Z\): a replayed file is refused/,
			],
			[
				'another team’s signed file',
				await signer.envelope(older, { url: 'https://norms.other-team.example/team.json' }),
				/signed for https:\/\/norms\.other-team\.example\/team\.json, not for https:\/\/norms\.acme\.example\/signed\.json/,
			],
			[
				'an expired signature',
				await signer.envelope(older, {
					url: SIGNED_URL,
					issuedAt: new Date('2024-01-01T00:00:00Z'),
					expiresAt: new Date('2024-07-01T00:00:00Z'),
				}),
				/the signed preset expired on 2024-07-01/,
			],
		];
		for (const [what, sig, reason] of cases) {
			replaceServed(SIGNED_URL, older, sig);
			expect(await refresh(reason), what).toMatch(reason);
			expect(await popupView(), what).toEqual(before);
			const popup = await ext.openPopup();
			await expect
				.poll(() => popup.getByTestId('norms-error').textContent(), { message: what })
				.toMatch(reason);
			await popup.close();
		}
	}, 180_000); // three refusals, each a refresh, the popup and the options page: about 20 s each on a loaded CI machine
});

describe('a page cannot switch Unhurried off', () => {
	it('an element named __unhurriedAnalyzer and a pre-set data-unhurried do not stop the hints', async () => {
		const url = 'https://app.slack.com/client/T1/C2';
		await ext.serveFixture(url, {
			html: `<!doctype html><html data-unhurried="loaded" data-unhurried-calendar="loaded"><title>chat</title><body>
				<div id="__unhurriedAnalyzer"></div><div id="__unhurriedLoadAnalyzer"></div><form name="__unhurriedAnalyzer"></form>
				${COMPOSER}</body></html>`,
		});
		const page = await ext.context.newPage();
		await page.goto(url);
		await page.waitForSelector('html[data-unhurried="connected"]');
		await page.click('.ql-editor');
		await page.keyboard.type('Can you look at the export job ASAP? It fails for everyone.');
		await expect
			.poll(() => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('unhurried-'))), {
				timeout: 10_000,
			})
			.not.toEqual([]);
	});
});
