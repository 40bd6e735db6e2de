/**
 * Firefox deployment for real: as root, this file installs a policies.json at /etc/firefox/policies/ (where
 * Firefox on Linux reads system-wide policies; Debian's firefox-esr included) with Unhurried's
 * `3rdparty.Extensions["unhurried@unhurried.app"]` managed storage, starts Firefox ESR with the add-on, and sees the
 * policy's locked norms at work on a chat page: a phrase only the policy defines is underlined as false urgency.
 * Firefox refuses to open extension and about: pages over WebDriver BiDi, so the page is where it can be seen;
 * the lock itself is the same merge the Chromium policy test checks in the popup. The file exists only while
 * this file runs (e2e files run one at a time, under the shared lock) and is removed afterwards, with any folder
 * it had to create. Where it cannot be written, the test fails and says why.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/core/chat/analyze-draft.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import {
	type FirefoxOnSlack,
	highlightRanges,
	launchFirefoxOnSlack,
	SLACK_URL,
	watchExtensionErrors,
} from './firefox-harness.js';
import { ROOT, SCREENSHOTS } from './harness.js';
import { launchWithPolicyFile, type PolicyRun } from './policy-file.js';

const POLICY_FILE = '/etc/firefox/policies/policies.json';
const GECKO_ID = 'unhurried@unhurried.app';
const MANAGED = {
	preset: {
		phrases: { false_urgency: ['by EOD'] },
		channels: { chat: { response: { minHours: 1, maxHours: 2 } } },
	},
	locked: ['phrases', 'channels.chat.response'],
};
const DRAFT = 'Can you send me the slides by EOD?';

let run: PolicyRun<FirefoxOnSlack>;

beforeAll(async () => {
	const policies = { policies: { '3rdparty': { Extensions: { [GECKO_ID]: MANAGED } } } };
	run = await launchWithPolicyFile(POLICY_FILE, policies, launchFirefoxOnSlack, { leaveExisting: true });
}, 60_000);
afterAll(() => run?.close());

const browserOrReason = () => run.browser();

describe('enterprise policy in Firefox ESR (a real policies.json)', () => {
	it('the installed file is a valid Firefox policy for Unhurried, with its locks', () => {
		browserOrReason();
		const out = execFileSync(
			process.execPath,
			[join(ROOT, 'bin/unhurried.mjs'), 'preset', 'validate', '--policy', POLICY_FILE],
			{
				encoding: 'utf8',
			},
		);
		expect(out).toBe(
			[
				'valid Firefox policies.json: sets 2 fields (channels.chat.response, phrases.false_urgency)',
				'  locked: phrases, channels.chat.response',
				'  subscription: none',
				'',
			].join('\n'),
		);
	});

	it('the policy’s locked norms are the ones the coach uses on a chat page', async () => {
		const ff = browserOrReason();
		// Without the policy, nothing in this draft is false urgency: the phrase is the policy's alone.
		const context = {
			surface: 'chat' as const,
			channelKind: 'channel' as const,
			recipients: [],
			now: 0,
			disabledRules: [],
			sensitivity: 'balanced' as const,
		};
		expect(analyzeDraft(DRAFT, context, DEFAULT_NORMS).map((f) => f.kind)).not.toContain('false_urgency');

		const page = await ff.browser.newPage();
		const errors = watchExtensionErrors(page);
		await page.goto(SLACK_URL);
		await page.waitForSelector('html[data-unhurried="connected"]', { timeout: 10_000 });
		await page.click('.ql-editor');
		await page.keyboard.type(DRAFT);
		await expect.poll(() => highlightRanges(page), { timeout: 10_000 }).toContain('false_urgency:by EOD');
		mkdirSync(SCREENSHOTS, { recursive: true });
		await page.screenshot({ path: join(SCREENSHOTS, 'firefox-policy-phrase.png') });
		expect(errors).toEqual([]);
	});
});
