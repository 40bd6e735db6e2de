/**
 * The norms issue's end-to-end proof, subscription half: a preset served at an https subscription URL (route
 * fulfilment, as a real server would answer: CORS and an ETag) changes the norms the content script reads;
 * a fault on the next refresh keeps them and the popup says why; a bad file import shows its errors and keeps them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EffectiveNorms } from '../../src/shared/storage.js';
import { type ChromiumExtension, type ExtensionApi, launchChromium, ROOT, screenshot } from './harness.js';

declare const chrome: ExtensionApi;

const SUB_URL = 'https://norms.acme.example/team.json';
const ACME = readFileSync(join(ROOT, 'docs/examples/acme-support.json'), 'utf8');
const ACME_NAME = 'Acme Support';
const ACME_EMERGENCY = JSON.parse(ACME).emergency.channel.name as string;

let ext: ChromiumExtension;
let mode: 'ok' | 'fail' = 'ok';
const served: string[] = [];

/** effectiveNorms as stored by @plasmohq/storage (a JSON string), read in the worker. */
const storedNorms = async (): Promise<EffectiveNorms> => {
	const raw = await ext.swEvaluate(
		async () => (await chrome.storage.local.get('effectiveNorms')).effectiveNorms as string | undefined,
	);
	if (raw === undefined) throw new Error('the background has not written effectiveNorms yet');
	return JSON.parse(raw);
};

beforeAll(async () => {
	ext = await launchChromium();
	await ext.context.route(SUB_URL, (route) => {
		served.push(`${mode} ${route.request().headers()['if-none-match'] ?? ''}`.trim());
		if (mode === 'fail')
			return route.fulfill({ status: 500, body: 'oops', headers: { 'Access-Control-Allow-Origin': '*' } });
		return route.fulfill({
			status: 200,
			contentType: 'application/json',
			body: ACME,
			// A cross-origin fetch reads the ETag only when the server exposes it.
			headers: {
				'Access-Control-Allow-Origin': '*',
				'Access-Control-Expose-Headers': 'ETag',
				ETag: '"acme-1"',
				'Cache-Control': 'no-store',
			},
		});
	});
});
afterAll(async () => {
	await ext?.close();
});
afterEach(async () => {
	for (const p of ext.context.pages().slice(1)) await p.close();
	ext.assertNoExtensionErrors();
});

async function subscribe(page: Page) {
	await page.getByLabel('Preset URL (https)').fill(SUB_URL);
	await page.getByRole('button', { name: 'Subscribe' }).click();
	await expect
		.poll(() => page.getByRole('status').textContent())
		.toBe('Fetched: the team norms are up to date.');
}

describe('team subscription', () => {
	it('a preset at the subscription URL becomes the norms the content script reads', async () => {
		// Written by the background once it starts (install), before anything else is set.
		await expect
			.poll(
				() =>
					storedNorms().then(
						(n) => n.preset.source,
						() => 'none',
					),
				{ timeout: 15_000 },
			)
			.toBe('builtin');
		const options = await ext.openOptions();
		await subscribe(options);
		await expect.poll(() => options.getByTestId('preset-name').textContent()).toBe(ACME_NAME);

		const after = await storedNorms();
		expect(after.preset).toEqual({ name: ACME_NAME, version: '2026.03', source: 'subscription' });
		expect(after.sources['emergency.channel']).toBe('subscription');
		expect(after.norms.emergency.channel.name).toBe(ACME_EMERGENCY);

		// The playground runs content.js; what it reads there is the subscribed preset.
		const playground = await ext.openPlayground();
		await playground.waitForSelector('html[data-unhurried]');
		const seen = await playground.evaluate(async () => {
			const raw = (await chrome.storage.local.get('effectiveNorms')).effectiveNorms as string;
			return (JSON.parse(raw) as EffectiveNorms).norms.emergency.channel.name;
		});
		expect(seen).toBe(ACME_EMERGENCY);

		const popup = await ext.openPopup();
		await expect.poll(() => popup.locator('#preset-name').textContent()).toBe(ACME_NAME);
		expect(await popup.locator('#emergency summary').textContent()).toContain(ACME_EMERGENCY);
		expect(await popup.getByTestId('refreshed').textContent()).toMatch(
			/^Team norms from norms\.acme\.example, refreshed/,
		);
		expect(served).toEqual(['ok']);
		// The one request the extension makes: the preset an admin (here, the person) configured.
		expect(ext.extensionRequests()).toEqual([{ url: SUB_URL, method: 'GET', from: 'service-worker' }]);
	});

	it('a fault on the next refresh keeps the norms, and the popup and options say why', async () => {
		mode = 'fail';
		const options = await ext.openOptions();
		await options.getByRole('button', { name: 'Refresh now' }).click();
		// Said once on the page, in the subscription's status, with the next step.
		const failure = 'the server answered HTTP 500 Internal Server Error';
		await expect.poll(() => options.getByTestId('subscription-status').textContent()).toContain(failure);
		expect(((await options.locator('main').textContent()) ?? '').split(failure)).toHaveLength(2);
		expect(await options.getByTestId('subscription-status').textContent()).toContain(
			'Next step: check the server; the extension tries again every 4 hours',
		);
		expect(served.at(-1)).toBe('fail "acme-1"');

		const kept = await storedNorms();
		expect(kept.preset.name).toBe(ACME_NAME);
		expect(kept.norms.emergency.channel.name).toBe(ACME_EMERGENCY);
		expect(kept.subscription?.lastError?.message).toBe('the server answered HTTP 500 Internal Server Error');

		const popup = await ext.openPopup();
		await expect
			.poll(() => popup.getByTestId('norms-error').textContent())
			.toMatch(
				/^The team norms could not be refreshed: the server answered HTTP 500 Internal Server Error \(.+\)\. The last good norms stay in force\.$/,
			);
		expect(await popup.locator('#preset-name').textContent()).toBe(ACME_NAME);
		await screenshot(popup, 'popup-subscription-fault.png');
		expect(await options.getByTestId('subscription-status').textContent()).toContain('HTTP 500');
		await screenshot(options, 'options-subscription-fault.png');
		mode = 'ok';
	});

	it('importing a bad file shows its errors by JSON path and keeps the old norms', async () => {
		const options = await ext.openOptions();
		const broken = JSON.parse(ACME);
		broken.roster[1].timeZone = 'Mars/Olympus';
		broken.meetings.agendaRequried = true;
		broken.tools.doc.urlTemplate = 'javascript:alert(1)';
		await options.getByLabel('Preset file (JSON)').setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(broken)),
		});
		const errors = options.locator('#import-errors');
		await expect
			.poll(() => errors.locator('li').allTextContents())
			.toEqual([
				'$.meetings.agendaRequried unknown field "agendaRequried"',
				'$.roster[1].timeZone unknown IANA time zone',
				'$.tools.doc.urlTemplate must be an https URL',
			]);
		expect(await errors.locator('p').textContent()).toBe(
			'Not imported: 3 problems. Your norms did not change.',
		);
		const kept = await storedNorms();
		expect(kept.preset.name).toBe(ACME_NAME);
		// Nothing imported: the pages' view of the imported preset (session storage) is still empty.
		expect(
			await ext.swEvaluate(async () => (await chrome.storage.session.get('importedPreset')).importedPreset),
		).toBe('null');
		await screenshot(options, 'options-import-errors.png');
	});
});
