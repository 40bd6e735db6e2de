/**
 * The recipient's clock in chat (issue 14, 5): a Slack DM to a roster person at 21:00 their time says so, with
 * the time they are back and how to use Slack's own scheduled send; on Google Chat, an exact @handle in a space's
 * draft does the same, with the copy-and-remind fix; with no roster, nothing. The recipient is what the Slack
 * adapter reads (the DM route and its tab title) or an exact roster handle, never guessed from the draft.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HintsUi, serveEditor } from './chat-helpers.js';
import { type ChromiumExtension, type ExtensionApi, launchChromium, ROOT, screenshot } from './harness.js';

declare const chrome: ExtensionApi;

const DM = 'https://app.slack.com/client/T1/D0KENJI';
const EDITOR = '[data-qa="message_input"] .ql-editor';
const DRAFT = 'The export finished and all the files are in the shared folder.';

/** A fixed-offset zone where it is 21:xx now (Etc/GMT signs are inverted: Etc/GMT-9 is UTC+9). */
function zoneAt21(): string {
	let offset = 21 - new Date().getUTCHours();
	if (offset > 14) offset -= 24;
	if (offset < -12) offset += 24;
	return offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

let ext: ChromiumExtension;
let page: Page;
let ui: HintsUi;
const zone = zoneAt21();

async function send(message: Record<string, unknown>) {
	const options = await ext.openOptions();
	const answer = await options.evaluate((m) => chrome.runtime.sendMessage(m), message);
	await options.close();
	return answer;
}

async function open() {
	await page.goto(DM);
	await page.waitForSelector('html[data-fixture-ready]');
	await page.waitForSelector('html[data-unhurried="connected"]');
	// Slack's tab title for a direct message, which the adapter reads for the name.
	await page.evaluate(() => {
		document.title = 'Kenji (DM) - Acme - Slack';
	});
	ui = await HintsUi.attach(page);
	await page.click(EDITOR);
	await page.keyboard.type(DRAFT);
}

beforeAll(async () => {
	ext = await launchChromium();
	await serveEditor(ext, DM, 'quill');
	const preset = JSON.parse(await readFile(join(ROOT, 'docs/examples/acme-support.json'), 'utf8'));
	preset.roster = [
		{ name: 'Kenji', handles: ['@kenji'], timeZone: zone, workingHours: ['Mon-Sun 10:00-18:00'] },
	];
	expect(
		await send({ type: 'options/import-preset', text: JSON.stringify(preset), fileName: 'team.json' }),
	).toMatchObject({ ok: true });
	page = await ext.context.newPage();
}, 120_000);
afterAll(async () => {
	await ext?.close();
});

describe('a Slack DM to someone outside their working hours', () => {
	it('says their local time and when they read, and how to schedule it for their morning', async () => {
		await open();
		await expect.poll(() => ui.badge(), { timeout: 5_000 }).toBe('1 Unhurried hint — open');
		await ui.click('badge');
		const card = (await ui.card()) ?? '';
		expect(card).toMatch(
			new RegExp(`21:\\d\\d for Kenji; they read after 10:00 \\(${zone.replace('+', '\\+')}\\)`),
		);
		expect(card).toContain('Team working hours');
		await ui.click('btn', /Schedule for Kenji’s morning/);
		await expect.poll(async () => (await ui.card()) ?? '').toMatch(/Slack can send it then: .*Custom time/);
		await screenshot(page, 'recipient-clock-slack-dm');
		// Nothing was typed into the draft.
		expect(await page.evaluate(() => window.__fixture?.model() ?? '')).toBe(DRAFT);
	});

	it('on Google Chat, an @-mentioned roster handle in a space gets the same hint, and the copy-and-remind fix', async () => {
		const space = 'https://chat.google.com/room/AAA';
		await serveEditor(ext, space, 'contenteditable');
		await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(space).origin,
		});
		const chat = await ext.context.newPage();
		await chat.goto(space);
		await chat.waitForSelector('html[data-unhurried="connected"]');
		const hints = await HintsUi.attach(chat);
		await chat.click('[role="textbox"][g_editable]');
		await chat.keyboard.type(`@kenji ${DRAFT}`);
		await expect.poll(() => hints.badge(), { timeout: 5_000 }).toMatch(/Unhurried hint/);
		await hints.click('badge');
		await expect
			.poll(async () => (await hints.card()) ?? '')
			.toMatch(new RegExp(`21:\\d\\d for Kenji; they read after 10:00 \\(${zone.replace('+', '\\+')}\\)`));
		await hints.click('btn', /Schedule for Kenji’s morning/);
		// Google Chat has no scheduled send of its own: the draft is copied and a reminder set for 10:00 their time.
		await expect
			.poll(async () => (await hints.card()) ?? '')
			.toMatch(
				/Draft copied\. I’ll remind you at .*, when Kenji’s day starts \(it will be 10:00 for them\)\./,
			);
		expect(await chat.evaluate(() => navigator.clipboard.readText())).toBe(`@kenji ${DRAFT}`);
		// The worker holds an alarm at their morning that names Kenji and 10:00, and nothing of the draft.
		const options = await ext.openOptions();
		const alarms = await options.evaluate(() => chrome.alarms.getAll());
		await options.close();
		const reminder = alarms.find((a: { name: string }) => a.name.startsWith('unhurried:remind:'));
		expect(reminder?.name).toMatch(/"Kenji","10:00"/);
		expect(reminder?.name).not.toContain('export');
		await screenshot(chat, 'recipient-clock-google-chat-mention');
		await chat.close();
	});

	it('with no roster, says nothing', async () => {
		expect(await send({ type: 'options/clear-imported-preset' })).toMatchObject({ ok: true });
		await open();
		await page.waitForTimeout(1500);
		expect(await ui.badge()).toBeUndefined();
		ext.assertNoExtensionErrors();
	});
});
