/**
 * Enterprise policy for real: as root, this file writes a Chromium policy file naming the extension
 * (`3rdparty.extensions.<id>`), launches Chromium, and checks that the managed norms win, are locked, carry the
 * lock mark in the popup and cannot be overridden from the options page. The file exists only while this file
 * runs (e2e files run one at a time) and is removed afterwards. Where it cannot be written, the test fails and says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EffectiveNorms } from '../../src/shared/storage.js';
import { type ChromiumExtension, type ExtensionApi, launchChromium, screenshot } from './harness.js';
import { launchWithPolicyFile, type PolicyRun } from './policy-file.js';

declare const chrome: ExtensionApi;

const POLICY_FILE = '/etc/chromium/policies/managed/unhurried-test.json';
const EXTENSION_ID = 'hoppalahgmnknadbgcogbidmppedlkjn';
const MANAGED = {
	preset: {
		emergency: {
			counts: ['the storefront is down for customers'],
			channel: {
				kind: 'pager',
				name: 'PagerDuty: Storefront on-call',
				how: 'Page the storefront on-call engineer.',
			},
		},
		channels: { chat: { response: { minHours: 1, maxHours: 2 } } },
	},
	locked: ['emergency', 'channels.chat.response'],
};

let run: PolicyRun<ChromiumExtension>;

beforeAll(async () => {
	run = await launchWithPolicyFile(
		POLICY_FILE,
		{ '3rdparty': { extensions: { [EXTENSION_ID]: MANAGED } } },
		launchChromium,
	);
}, 60_000);
afterAll(() => run?.close());

const browserOrReason = () => run.browser();

const storedNorms = async (e: ChromiumExtension): Promise<EffectiveNorms | undefined> => {
	const raw = await e.swEvaluate(
		async () => (await chrome.storage.local.get('effectiveNorms')).effectiveNorms as string | undefined,
	);
	return raw === undefined ? undefined : JSON.parse(raw);
};

describe('enterprise policy (a real Chromium policy file)', () => {
	it('the managed norms win and are locked', async () => {
		const e = browserOrReason();
		expect(await e.swEvaluate(() => chrome.storage.managed.get())).toEqual(MANAGED);
		await expect
			.poll(async () => (await storedNorms(e))?.sources['emergency.channel'], { timeout: 15_000 })
			.toBe('policy');
		const norms = (await storedNorms(e)) as EffectiveNorms;
		expect(norms.norms.emergency.channel.name).toBe('PagerDuty: Storefront on-call');
		expect(norms.norms.channels.chat.response).toEqual({ minHours: 1, maxHours: 2 });
		expect(norms.sources['channels.chat.response']).toBe('policy');
		expect(norms.locked).toEqual(['channels.chat.response', 'emergency']);
		expect(norms.problems).toEqual([]);
	});

	it('the popup shows the policy source and the lock mark', async () => {
		const e = browserOrReason();
		const popup = await e.openPopup();
		const emergency = popup.locator('#emergency summary');
		await expect.poll(() => emergency.textContent()).toContain('PagerDuty: Storefront on-call');
		expect(await emergency.getByText('policy').count()).toBe(1);
		expect(await emergency.getByRole('img', { name: 'Locked by your organization' }).count()).toBe(1);
		await popup.locator('#channels summary').click();
		expect(
			await popup
				.locator('#channels summary')
				.getByRole('img', { name: 'Locked by your organization' })
				.count(),
		).toBe(1);
		await screenshot(popup, 'popup-policy.png');
		await popup.close();
	});

	it('the options page does not let a person override a locked field', async () => {
		const e = browserOrReason();
		const options = await e.openOptions();
		await expect
			.poll(() => options.getByTestId('locked-fields').textContent())
			.toContain('channels.chat.response, emergency');
		const chat = options.locator('fieldset[data-path="channels.chat.response"]');
		expect(await chat.locator('input').count()).toBe(2);
		for (const input of await chat.locator('input').all()) expect(await input.isDisabled()).toBe(true);
		expect(await chat.getByRole('img', { name: 'Locked by your organization' }).count()).toBe(1);
		expect(
			await options.locator('fieldset[data-path="channels.doc.response"] input').first().isDisabled(),
		).toBe(false);
		// Even a message sent around the form is refused for the locked field, and the policy's value stays.
		const answer = await options.evaluate(() =>
			chrome.runtime.sendMessage({
				type: 'options/set-personal',
				overrides: {
					channels: { chat: { response: { minHours: 20, maxHours: 30 } } },
					emergency: { counts: ['x x'] },
				},
			}),
		);
		expect(answer).toEqual({ ok: true, ignoredLocked: ['channels.chat.response', 'emergency.counts'] });
		const norms = (await storedNorms(e)) as EffectiveNorms;
		expect(norms.norms.channels.chat.response).toEqual({ minHours: 1, maxHours: 2 });
		expect(norms.sources['channels.chat.response']).toBe('policy');
		await screenshot(options, 'options-policy.png');
		await options.evaluate(() => chrome.runtime.sendMessage({ type: 'options/set-personal', overrides: {} }));
		await options.close();
		e.assertNoExtensionErrors();
	});
});
