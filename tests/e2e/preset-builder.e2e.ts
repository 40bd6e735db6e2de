/**
 * Issue 15's acceptance, end to end: an admin builds a preset for a three-zone team (Los Angeles, Berlin,
 * Tokyo) in the builder, with the roster from a CSV file; the preview shows the difference from the norms in
 * force; the exported file validates and is signed with the CLI; served signed at the team URL, it is what the
 * popup shows. On the way: one right error for "9:00", a suggestion for "PST", axe finds nothing in light or
 * dark, and the builder sends nothing anywhere.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { type ChromiumExtension, launchChromium, ROOT, screenshot } from './harness.js';

const TEAM_URL = 'https://norms.nimbus.example/platform.json';
const CSV = [
	'name,handles,time zone,working hours',
	'Maya Alvarez,@maya,PST,Mon-Fri 9:00-17:00',
	'Sam Okafor,@sam,America/Los_Angeles,Mon-Fri 09:00-17:00',
	'Jordan Lee,@jordan,America/Los_Angeles,Mon-Thu 07:00-17:00',
	'Lena Fischer,@lena,Europe/Berlin,Mon-Fri 09:00-17:00',
	'Jonas Weber,"@jonas, Jonas W.",Europe/Berlin,',
	'Noor Haddad,@noor,Europe/Berlin,Sun-Thu 22:00-06:00',
	'Kenji Sato,@kenji,Asia/Tokyo,Mon-Fri 10:00-19:00',
	'Aiko Tanaka,@aiko,Asia/Tokyo,Mon-Fri 09:00-17:00',
	'Hiro Yamada,@hiro,Asia/Tokyo,',
].join('\n');

let ext: ChromiumExtension;
let work: string;
let page: Page;
const served: { preset?: Buffer; sig?: string } = {};
const cli = (...args: string[]) =>
	execFileSync(process.execPath, [join(ROOT, 'bin/unhurried.mjs'), ...args], { cwd: work, encoding: 'utf8' });

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'unhurried-builder-'));
	ext = await launchChromium();
	// The team's https server: the signed file and its signature, with CORS and an ETag, as docs/admin.md says.
	await ext.context.route(`${TEAM_URL}*`, (route) => {
		const isSig = route.request().url().endsWith('.sig');
		const body = isSig ? served.sig : served.preset;
		if (body === undefined) return route.fulfill({ status: 404, body: 'not yet' });
		return route.fulfill({
			status: 200,
			contentType: isSig ? 'text/plain' : 'application/json',
			body,
			headers: {
				'Access-Control-Allow-Origin': '*',
				'Access-Control-Expose-Headers': 'ETag',
				ETag: isSig ? '"sig-1"' : '"platform-1"',
			},
		});
	});
});
afterAll(async () => {
	await ext?.close();
	if (work) rmSync(work, { recursive: true, force: true });
});

const field = (label: string) => page.getByLabel(label, { exact: true });
const status = () => page.getByTestId('builder-status').textContent();

describe('the preset builder', () => {
	it('opens from the options page', async () => {
		const options = await ext.openOptions();
		const [builder] = await Promise.all([
			ext.context.waitForEvent('page'),
			options.getByTestId('open-builder').click(),
		]);
		await builder.waitForLoadState();
		expect(new URL(builder.url()).pathname).toBe('/src/builder/index.html');
		page = builder;
		await page.setViewportSize({ width: 1200, height: 900 });
		await expect.poll(status).toBe('Valid: every field follows the schema. Ready to export.');
		await options.close();
	});

	it('edits the norms with live checks next to each field', async () => {
		await field('Preset name').fill('Nimbus Platform');
		await field('Version').fill('2026.11');
		const chat = page.locator('fieldset', { has: page.getByText('Chat', { exact: true }) }).first();
		await chat.getByLabel('Reply from').fill('1');
		await chat.getByLabel('Reply within').fill('x');
		await expect.poll(status).toBe('1 problem(s): each is shown next to its field below.');
		expect(await page.locator('#f-channels-chat-response-maxHours-error').textContent()).toBe(
			'expected number, got "x"',
		);
		expect(await chat.getByLabel('Reply within').getAttribute('aria-invalid')).toBe('true');
		await chat.getByLabel('Reply within').fill('2');
		await page.getByLabel('False urgency').fill('by EOD');
		await expect.poll(status).toMatch(/^Valid/);
	});

	it('imports the roster from a CSV, suggests the zone for "PST", and gives "9:00" one right error', async () => {
		await page.getByLabel('Import a roster (CSV)').setInputFiles({
			name: 'nimbus-roster.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(CSV),
		});
		await expect
			.poll(() => page.getByTestId('csv-result').textContent())
			.toBe('Imported 9 people from nimbus-roster.csv. Check the rows marked below.');
		const zone = page.getByLabel('Time zone of Maya Alvarez');
		expect(await zone.inputValue()).toBe('PST');
		expect(await page.locator('#f-roster-0-timeZone-error').textContent()).toBe(
			'unknown IANA time zone "PST"; did you mean "America/Los_Angeles"?',
		);
		// "9:00" from the spreadsheet was tidied; Maya works the team hours, so her row keeps none of its own.
		expect(await page.getByLabel('Own working hours of Maya Alvarez').inputValue()).toBe('');
		expect(await page.getByLabel('Own working hours of Kenji Sato').inputValue()).toBe('Mon-Fri 10:00-19:00');
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			const violations = await axeViolations(page);
			console.log(`axe builder with a roster and errors, ${scheme}: ${violations.length} violations`);
			expect(violations).toEqual([]);
			await screenshot(page, `builder-roster-${scheme}.png`);
		}
		await page.emulateMedia({ colorScheme: 'light' });
		await page.getByRole('button', { name: 'Use America/Los_Angeles' }).click();
		expect(await zone.inputValue()).toBe('America/Los_Angeles');

		const kenji = page.getByLabel('Own working hours of Kenji Sato');
		await kenji.fill('Mon-Fri 9:00-18:00');
		const errors = page.locator('#f-roster-6-workingHours-error li');
		await expect
			.poll(() => errors.allTextContents())
			.toEqual(['entry 1: write "9:00" as "09:00" (times are HH:MM)']);
		await kenji.fill('Mon-Fri 10:00-19:00');
		await expect.poll(status).toMatch(/^Valid/);
		const noor = page.locator('tbody tr').filter({ has: page.getByLabel('Time zone of Noor Haddad') });
		expect(await noor.locator('td').nth(4).textContent()).toMatch(/^\d\d:\d\d · (working|off hours)$/);
	});

	it('previews the difference from the norms in force', async () => {
		const changes = page.getByTestId('preset-changes');
		await expect
			.poll(() => changes.textContent())
			.toContain('Chat: replies expected within 2–4 h → within 1–2 h');
		const text = (await changes.textContent()) ?? '';
		expect(text).toContain('Team phrases for false urgency: adds "by EOD"');
		for (const who of [
			'Maya Alvarez joins (America/Los_Angeles, team hours)',
			'Noor Haddad joins (Europe/Berlin, Sun-Thu 22:00-06:00)',
			'Kenji Sato joins (Asia/Tokyo, Mon-Fri 10:00-19:00)',
		])
			expect(text).toContain(who);
		await page.getByLabel('Try a draft of your own').fill('Can you send me the slides by EOD?');
		const own = page.getByRole('row').filter({ hasText: 'Can you send me the slides by EOD?' });
		await expect.poll(() => own.getAttribute('data-changed')).toBe('true');
		expect(await own.locator('td').nth(0).textContent()).toBe('no hints');
		expect(await own.locator('td').nth(1).textContent()).toContain('False urgency');
		const changed = page.locator('tr[data-changed="true"]');
		expect(await changed.count()).toBeGreaterThan(1);
		await page.getByLabel(/^Only the drafts that change/).check();
		expect(await page.locator('tr[data-changed="false"]').count()).toBe(0);
		await screenshot(page, 'builder-preview.png');
	});

	it('exports the exact file to sign; the CLI validates and signs it', async () => {
		await page.getByLabel('File name').fill('platform');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download platform.json to sign' }).click(),
		]);
		const file = join(work, 'platform.json');
		await download.saveAs(file);
		const bytes = readFileSync(file);
		await page.getByText('Show the file').click();
		expect(await page.getByTestId('export-text').textContent()).toBe(bytes.toString('utf8'));
		const sha = (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
		expect(await page.getByTestId('export-result').textContent()).toContain(
			`Downloaded platform.json (SHA-256 ${sha}).`,
		);
		expect(await page.getByTestId('export-result').textContent()).toContain(
			'npx unhurried preset sign platform.json --key ~/secrets/team.key --url https://YOUR-NORMS-HOST/platform.json',
		);

		expect(cli('preset', 'validate', 'platform.json').trim()).toBe('valid: Nimbus Platform v2026.11');
		cli('preset', 'keygen', '--out-dir', work, '--name', 'team');
		cli('preset', 'sign', 'platform.json', '--key', join(work, 'team.key'), '--url', TEAM_URL);
		served.preset = bytes;
		served.sig = readFileSync(join(work, 'platform.json.sig'), 'utf8');
		const preset = JSON.parse(bytes.toString('utf8'));
		expect(preset.workingHours).toEqual(['Mon-Fri 09:00-17:00']);
		expect(preset.roster).toHaveLength(9);
		expect(
			preset.roster
				.filter((p: { workingHours?: string[] }) => p.workingHours)
				.map((p: { name: string }) => p.name),
		).toEqual(['Jordan Lee', 'Noor Haddad', 'Kenji Sato']);
		// Building, previewing and exporting sent nothing anywhere.
		expect(ext.extensionRequests()).toEqual([]);
	});

	it('served signed at the team URL, it is what the popup shows', async () => {
		const publicKey = readFileSync(join(work, 'team.pub'), 'utf8').trim();
		const options = await ext.openOptions();
		await options.getByLabel('Preset URL (https)').fill(TEAM_URL);
		await options.getByLabel('Public key (optional)').fill(publicKey);
		await options.getByRole('button', { name: 'Subscribe' }).click();
		await expect
			.poll(() => options.getByRole('status').textContent())
			.toBe('Fetched: the team norms are up to date.');
		const popup = await ext.openPopup();
		await expect.poll(() => popup.locator('#preset-name').textContent()).toBe('Nimbus Platform');
		expect(await popup.locator('.preset-line').textContent()).toContain('v2026.11');
		expect(await popup.locator('#channels summary').textContent()).toContain('chat replies in 1–2 h');
		expect(await popup.locator('#roster summary').textContent()).toContain('9 people');
		await popup.locator('#roster summary').click();
		for (const name of ['Maya Alvarez', 'Lena Fischer', 'Kenji Sato'])
			expect(await popup.locator('#roster').textContent()).toContain(name);
		await screenshot(popup, 'popup-built-preset.png');
		// The only requests: the preset and its .sig (a refresh the worker starts meanwhile may fetch them again).
		expect([...new Set(ext.extensionRequests().map((r) => r.url))].sort()).toEqual([
			TEAM_URL,
			`${TEAM_URL}.sig`,
		]);
		ext.assertNoExtensionErrors();
	});
});
