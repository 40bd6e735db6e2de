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
import { existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/core/analyze-draft.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import {
	type FirefoxOnSlack,
	launchFirefoxOnSlack,
	SLACK_URL,
	watchExtensionErrors,
} from './firefox-harness.js';
import { ROOT, SCREENSHOTS } from './harness.js';

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

let firefox: FirefoxOnSlack | undefined;
let cannotRun: string | undefined;
/** Folders this file created, deepest first, so cleaning up leaves the machine as it was. */
const created: string[] = [];

function removePolicy() {
	rmSync(POLICY_FILE, { force: true });
	for (const dir of created.splice(0)) rmdirSync(dir);
}

beforeAll(async () => {
	try {
		if (process.getuid?.() !== 0) throw new Error(`not running as root (uid ${process.getuid?.()})`);
		if (existsSync(POLICY_FILE))
			throw new Error('a policies.json is already installed there; it is left alone');
		for (let dir = dirname(POLICY_FILE); !existsSync(dir); dir = dirname(dir)) created.push(dir);
		mkdirSync(dirname(POLICY_FILE), { recursive: true });
		writeFileSync(
			POLICY_FILE,
			JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: MANAGED } } } }),
		);
	} catch (error) {
		cannotRun = `cannot install the Firefox policy file ${POLICY_FILE}: ${(error as Error).message}`;
		return;
	}
	try {
		firefox = await launchFirefoxOnSlack();
	} catch (error) {
		removePolicy();
		throw error;
	}
}, 60_000);
afterAll(async () => {
	try {
		await firefox?.close();
	} finally {
		if (!cannotRun) removePolicy();
	}
});

function browserOrReason(): FirefoxOnSlack {
	if (cannotRun) throw new Error(`the Firefox policy test could not run: ${cannotRun}`);
	if (!firefox) throw new Error('Firefox did not start');
	return firefox;
}

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
		};
		expect(analyzeDraft(DRAFT, context, DEFAULT_NORMS).map((f) => f.kind)).not.toContain('false_urgency');

		const page = await ff.browser.newPage();
		const errors = watchExtensionErrors(page);
		await page.goto(SLACK_URL);
		await page.waitForSelector('html[data-unhurried="connected"]', { timeout: 10_000 });
		await page.click('.ql-editor');
		await page.keyboard.type(DRAFT);
		const ranges = () =>
			page.evaluate(() =>
				[...CSS.highlights.entries()]
					.filter(([name]) => name.startsWith('unhurried-'))
					.flatMap(([name, h]) => [...h].map((r) => `${name.slice(10)}:${r.toString()}`))
					.sort(),
			);
		await expect.poll(ranges, { timeout: 10_000 }).toContain('false_urgency:by EOD');
		mkdirSync(SCREENSHOTS, { recursive: true });
		await page.screenshot({ path: join(SCREENSHOTS, 'firefox-policy-phrase.png') });
		expect(errors).toEqual([]);
	});
});
