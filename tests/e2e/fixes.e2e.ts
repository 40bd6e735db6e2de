/**
 * Issue 14's fixes end to end, on two real editors (Quill on the Slack URL, Slate on the Discord URL): three
 * kinds of fix picked in the card land in the framework's own model, keep the person's words, put no
 * placeholder in, and one Ctrl+Z each brings the draft back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HintsUi, serveEditor } from './chat-helpers.js';
import type { EditorFixtureName } from './fixtures/editors/serve.js';
import { type ChromiumExtension, launchChromium, screenshot } from './harness.js';

const CASES: { name: EditorFixtureName; url: string; selector: string }[] = [
	{
		name: 'quill',
		url: 'https://app.slack.com/client/T1/C1',
		selector: '[data-qa="message_input"] .ql-editor',
	},
	{ name: 'slate', url: 'https://discord.com/channels/1/2', selector: '[data-slate-editor="true"]' },
];

/** Each draft, the button that applies the fix, the answer typed in the card (a fill-in), and the result. */
const FIXES = [
	{
		draft: 'Can you send me the slide deck ASAP?',
		button: /^No rush$/,
		want: 'Can you send me the slide deck when you can?',
	},
	{
		draft: 'Can we talk tomorrow?',
		button: /^Say what about$/,
		answer: 'the launch checklist',
		want: 'Can we talk about the launch checklist tomorrow?',
	},
	{
		draft: 'The deploy needs <the version number> before Friday.',
		button: /^Fill it in$/,
		answer: 'v2.3.1',
		want: 'The deploy needs v2.3.1 before Friday.',
	},
] as const;

let ext: ChromiumExtension;

beforeAll(async () => {
	ext = await launchChromium();
	for (const c of CASES) await serveEditor(ext, c.url, c.name);
}, 120_000);
afterAll(async () => {
	await ext?.close();
});

const model = (page: Page) => page.evaluate(() => window.__fixture?.model() ?? '');

describe.each(CASES)('$name at $url', ({ name, url, selector }) => {
	let page: Page;
	let ui: HintsUi;

	beforeAll(async () => {
		page = await ext.context.newPage();
		await page.goto(url);
		await page.waitForSelector('html[data-fixture-ready]');
		await page.waitForSelector('html[data-unhurried="connected"]');
		ui = await HintsUi.attach(page);
	});
	afterAll(async () => {
		await page?.close();
	});

	for (const [i, fix] of FIXES.entries()) {
		it(`applies “${fix.button.source}” into the model, previewed first; one Ctrl+Z undoes it`, async () => {
			await page.click(selector);
			await page.keyboard.press('Control+a');
			await page.keyboard.press('Delete');
			await expect.poll(() => model(page)).toBe('');
			await page.keyboard.type(fix.draft);
			await expect.poll(() => ui.badge(), { timeout: 5_000 }).toMatch(/Unhurried hint/);
			await page.waitForTimeout(1100); // past the 1 s in which Quill's history merges edits
			await ui.click('badge');
			// The card with this fix (the draft may have another hint first).
			for (let n = 0; n < 3 && !(await ui.find('btn')).some((b) => fix.button.test(b.text)); n++)
				await ui.click('icon', /Next hint/);
			if ('answer' in fix) {
				await ui.click('fill-input');
				await page.keyboard.type(fix.answer);
			} else {
				const button = (await ui.find('btn')).find((b) => fix.button.test(b.text));
				if (button) await page.mouse.move(button.x, button.y);
			}
			// The preview shows the result before anything changes in the editor.
			await expect
				.poll(async () => (await ui.find('preview'))[0]?.text ?? '')
				.toContain('answer' in fix ? fix.answer : 'when you can');
			expect(await model(page)).toBe(fix.draft);
			await screenshot(page, `fixes-${name}-${i + 1}-preview`);
			await ui.click('btn', fix.button);
			await expect.poll(() => model(page)).toBe(fix.want);
			expect(fix.want).not.toMatch(/[<‹][^>›]*[>›]/);
			await page.keyboard.press('Control+z');
			await expect.poll(() => model(page)).toBe(fix.draft);
		});
	}

	it('raised no extension error', () => {
		ext.assertNoExtensionErrors();
	});
});
