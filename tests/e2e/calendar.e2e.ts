/**
 * Meeting hygiene on calendar pages, in real Chromium with the built extension (dist/chrome): fixture pages that
 * reproduce Google Calendar's event editor and quick-create dialog and Outlook's event compose form (with a real
 * RoosterJS body), served at the production URLs. For each surface: the hints each scenario should get (read from
 * our closed shadow root through the DevTools protocol), the agenda template landing in the editor's own model and
 * undone by Ctrl+Z, no console error and no request by the extension. With a team's norms imported: an attendee
 * outside their working hours, and "write it up" copying title and description to the clipboard while the doc
 * tool opens with a neutral title. Screenshots go to artifacts/screenshots/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FindingKind } from '../../src/core/finding.js';
import { HintsProbe } from './calendar-hints.page.js';
import { pageTexts, skeletonOf, survivingTexts } from './chat-helpers.js';
import { buildCalendarFixtures, CALENDAR_FIXTURES_OUT } from './fixtures/calendar/build.mjs';
import type { Scenario } from './fixtures/calendar/scenario.js';
import { type ChromiumExtension, type ExtensionApi, launchChromium, ROOT, screenshot } from './harness.js';

declare const chrome: ExtensionApi;

interface Surface {
	name: string;
	fixture: string;
	url: string;
	/** Where the served page is matched (globs). */
	pattern: string;
	/** The description/body editor. */
	editor: string;
}

const SURFACES: Surface[] = [
	{
		name: 'google-calendar-eventedit',
		fixture: 'google-calendar-eventedit',
		url: 'https://calendar.google.com/calendar/u/0/r/eventedit/NWQ0bzRkZmE',
		pattern: 'https://calendar.google.com/calendar/u/0/r/eventedit/**',
		editor: '#xDescIn [role="textbox"]',
	},
	{
		name: 'google-calendar-quick',
		fixture: 'google-calendar-quick',
		url: 'https://calendar.google.com/calendar/u/0/r/week',
		pattern: 'https://calendar.google.com/calendar/u/0/r/week',
		editor: '[role="dialog"] [role="textbox"]',
	},
	// Today's compose dialog, at both hosts (work accounts moved to outlook.cloud.microsoft).
	{
		name: 'outlook',
		fixture: 'outlook-compose',
		url: 'https://outlook.office.com/calendar/deeplink/compose?subject=Planning',
		pattern: 'https://outlook.office.com/calendar/deeplink/compose**',
		editor: '#editorBody',
	},
	{
		name: 'outlook-cloud',
		fixture: 'outlook-compose',
		url: 'https://outlook.cloud.microsoft/calendar/view/week',
		pattern: 'https://outlook.cloud.microsoft/calendar/view/week',
		editor: '#editorBody',
	},
];

/** The quick-create bubble as it first opens, and the details popup of an existing event. */
const BUBBLE = {
	url: 'https://calendar.google.com/calendar/u/0/r/day',
	fixture: 'google-calendar-bubble',
};
const DETAILS = {
	url: 'https://calendar.google.com/calendar/u/0/r/month',
	fixture: 'google-calendar-details',
};

const people = (n: number, optional = false) =>
	[
		'Ana Lima',
		'Ben Okafor',
		'Cai Wen',
		'Dee Ross',
		'Eli Park',
		'Fay Moss',
		'Gus Hale',
		'Hal Ito',
		'Ivy Chen',
		'Jon Beck',
		'Kim Sato',
		'Lea Roux',
		'Max Diaz',
		'Nia Holt',
		'Omar Aziz',
	]
		.slice(0, n)
		.map((name) => ({ name, optional }));

const SCENARIOS: Record<string, { scenario: Scenario; want: FindingKind[]; not?: FindingKind[] }> = {
	'no agenda, 3 h ahead': {
		scenario: { title: 'Budget sync', description: '', startInHours: 3, durationMin: 30, guests: people(3) },
		want: ['no_agenda', 'late_agenda'],
	},
	'weekly status update': {
		scenario: {
			title: 'Weekly status update',
			description: '',
			startInHours: 50,
			durationMin: 30,
			guests: people(4),
			recurrence: 'Weekly on Monday',
		},
		want: ['could_be_async'],
	},
	'14 required attendees': {
		scenario: {
			title: 'Quarterly planning',
			description:
				'Goal: decide the three Q3 bets.\nAgenda:\n1. Review the shortlist (Ana, 20 min)\n2. Decide the bets (Ben, 25 min)',
			startInHours: 50,
			durationMin: 60,
			guests: people(14),
		},
		want: ['too_many_attendees'],
	},
	'well prepared': {
		scenario: {
			title: 'Pricing page review',
			description:
				'Goal: decide on the annual discount.\nAgenda:\n1. Walk the new tiers (Lea, 10 min)\n2. Decide on the annual discount (Omar, 15 min)',
			startInHours: 48,
			durationMin: 30,
			guests: people(5),
		},
		want: [],
	},
};

let ext: ChromiumExtension;
const pageErrors: string[] = [];

beforeAll(async () => {
	await buildCalendarFixtures();
	ext = await launchChromium();
	for (const s of [...SURFACES, { ...BUBBLE, pattern: BUBBLE.url }, { ...DETAILS, pattern: DETAILS.url }])
		await ext.serveFixture(s.pattern, {
			html: await readFile(join(CALENDAR_FIXTURES_OUT, `${s.fixture}.html`), 'utf8'),
		});
});
afterAll(async () => {
	await ext?.close();
});
afterEach(() => {
	ext.assertNoExtensionErrors();
	expect(pageErrors.splice(0)).toEqual([]);
	expect(ext.extensionRequests()).toEqual([]);
	ext.reset();
});

async function open(surface: Pick<Surface, 'name' | 'url'>): Promise<Page> {
	const page = await ext.context.newPage();
	await page.setViewportSize({ width: 1100, height: 760 });
	page.on('console', (m) => {
		if (m.type() === 'error') pageErrors.push(`${surface.name}: ${m.text()}`);
	});
	page.on('pageerror', (e) => pageErrors.push(`${surface.name}: ${e.message}`));
	await page.goto(surface.url);
	await page.waitForSelector('html[data-fixture-ready]');
	await page.waitForSelector('html[data-unhurried-calendar]');
	return page;
}

const setup = (page: Page, scenario: Scenario) =>
	page.evaluate(
		(s) => (window as unknown as { __fixture: { setup(s: Scenario): void } }).__fixture.setup(s),
		scenario,
	);
const model = (page: Page) =>
	page.evaluate(() => (window as unknown as { __fixture: { model(): string } }).__fixture.model());

describe.each(SURFACES)('$name', (surface) => {
	it.each(Object.entries(SCENARIOS))('%s', async (name, { scenario, want }) => {
		const page = await open(surface);
		const probe = await HintsProbe.on(page);
		await setup(page, scenario);
		const state = await probe.settled();
		const kinds = await probe.kinds();
		if (want.length === 0) {
			expect(state.badge).toBeUndefined();
			expect(kinds).toEqual([]);
		} else for (const k of want) expect(kinds).toContain(k);
		await page.waitForTimeout(150); // the card's appear animation
		await screenshot(page, `calendar-${surface.name}-${name.replace(/[^a-z0-9]+/gi, '-')}`);
		await probe.detach();
		await page.close();
	});

	it('inserts the agenda template into the editor model through its input path; Ctrl+Z removes it', async () => {
		const page = await open(surface);
		const probe = await HintsProbe.on(page);
		const before = 'Zoom: https://example.com/j/123';
		await setup(page, {
			title: 'Budget sync',
			description: before,
			startInHours: 30,
			durationMin: 30,
			guests: people(3),
		});
		await probe.settled();
		expect(await probe.kinds()).toContain('no_agenda');
		await page.keyboard.press('Escape');
		// The badge opens the card on the first hint (No agenda): its primary action inserts the template.
		await probe.clickBadge();
		expect((await probe.snapshot()).card?.label).toBe('Unhurried hint: No agenda');
		await probe.clickCardButton('Add an agenda');
		await expect.poll(() => model(page), { timeout: 3000 }).toContain('Agenda (30 min):');
		const after = await model(page);
		// The adapter confirmed the text landed (else the card would say it could not apply the fix).
		expect((await probe.snapshot()).card?.text ?? '').not.toContain('could not be applied');
		expect(after).toContain(`${before}\n\nAgenda (30 min):`);
		expect(after.startsWith(`${before}\n`)).toBe(true);
		expect(after).toContain('\n1. Budget sync — 25 min\n2. Decisions, owners and next steps — 5 min');
		// The attendee pickers hold nothing: the template went into the body, never into a well.
		const wells = await page.evaluate(
			() => (window as unknown as { __fixture: { wells?(): string } }).__fixture.wells?.() ?? null,
		);
		if (wells !== null) expect(wells.replace(/\|/g, '')).toBe('');
		// The title and other fields were not touched.
		expect(
			await page.evaluate(
				() =>
					document.querySelector<HTMLInputElement>(
						'#xTiIn, [role="dialog"] input[type="text"], [data-testid="EventTitle"]',
					)?.value,
			),
		).toBe('Budget sync');
		await page.waitForTimeout(200);
		await screenshot(page, `calendar-${surface.name}-agenda-inserted`);
		await page.click(surface.editor);
		await page.keyboard.press('Control+z');
		await expect.poll(() => model(page), { timeout: 3000 }).toBe(before);
		await probe.detach();
		await page.close();
	});
});

describe('Google Calendar bubbles', () => {
	it('the quick-create bubble with no description yet says "details not shown yet", not "can\'t read"', async () => {
		const page = await open({ name: 'bubble', url: BUBBLE.url });
		const probe = await HintsProbe.on(page);
		await setup(page, {
			title: 'Budget sync',
			description: '',
			startInHours: 3,
			durationMin: 30,
			guests: [],
		});
		await page.waitForTimeout(1600); // a form still rendering gets 1.5 s before its state is shown
		const state = await probe.settled();
		expect(state.badge).toBe('Unhurried: details not shown yet');
		await screenshot(page, 'calendar-google-calendar-bubble-not-shown-yet');
		await probe.detach();
		await page.close();
	});

	it('the details popup of an existing event gets nothing', async () => {
		const page = await open({ name: 'details', url: DETAILS.url });
		const probe = await HintsProbe.on(page);
		await page.waitForTimeout(800);
		expect(await probe.settled()).toEqual({});
		await probe.detach();
		await page.close();
	});
});

describe.each(SURFACES)('$name: page skeleton', (surface) => {
	it("holds none of the form's text", async () => {
		const page = await open(surface);
		await setup(page, {
			title: 'Quokka marmalade review',
			description: 'Zanzibar invoices: 44718 rows, see https://zanzibar.example.org/q',
			startInHours: 30,
			durationMin: 30,
			guests: [{ name: 'Priyanka Oduya' }, { name: 'Ben Okafor' }],
		});
		await page.click(surface.editor);
		const skeleton = await skeletonOf(ext, page);
		expect(skeleton).toContain('◀ focused');
		const typed = ['Quokka', 'marmalade', 'Zanzibar', 'invoices', '44718', 'Priyanka', 'Oduya', 'Okafor'];
		expect(survivingTexts(skeleton, await pageTexts(page), typed)).toEqual([]);
		await page.close();
	});
});

describe('form that cannot be read', () => {
	it('says so in the badge instead of guessing (Google Calendar, start date gone)', async () => {
		const surface = SURFACES[0] as Surface;
		const page = await open(surface);
		const probe = await HintsProbe.on(page);
		await page.evaluate(() => {
			for (const id of ['xStDaIn', 'xStTiIn']) document.getElementById(id)?.remove();
		});
		await page.waitForTimeout(1600);
		await page.evaluate(() =>
			document.getElementById('xTiIn')?.dispatchEvent(new Event('input', { bubbles: true })),
		);
		const state = await probe.settled();
		expect(state.badge).toBe("Unhurried: can't read this form");
		await screenshot(page, 'calendar-google-calendar-cant-read');
		await probe.detach();
		await page.close();
	});
});

/** Hours from now to the next Monday–Thursday 15:00 UTC at least two days ahead (the page shows it in local time). */
function hoursToWeekday1500Utc(): number {
	const t = new Date(Date.now() + 48 * 3_600_000);
	t.setUTCHours(15, 0, 0, 0);
	while (t.getTime() < Date.now() + 48 * 3_600_000 || ![1, 2, 3, 4].includes(t.getUTCDay()))
		t.setUTCDate(t.getUTCDate() + 1);
	return (t.getTime() - Date.now()) / 3_600_000;
}

describe("with a team's norms (Acme: a doc tool and a roster)", () => {
	const ACME = join(ROOT, 'docs/examples/acme-support.json');
	const DOC_TOOL = 'https://acme.atlassian.net/wiki/create-content/page**';
	const send = async (message: Record<string, unknown>) => {
		const options = await ext.openOptions();
		const answer = await options.evaluate((m) => chrome.runtime.sendMessage(m), message);
		await options.close();
		return answer;
	};
	beforeAll(async () => {
		// A team whose norms name a doc tool (Confluence) — the built-in presets name none.
		expect(
			await send({
				type: 'options/import-preset',
				text: await readFile(ACME, 'utf8'),
				fileName: 'acme.json',
			}),
		).toMatchObject({ ok: true });
		await ext.context.route(DOC_TOOL, (route) =>
			route.fulfill({ contentType: 'text/html', body: '<title>New page</title>' }),
		);
	});
	afterAll(async () => {
		await ext.context.unroute(DOC_TOOL);
		await send({ type: 'options/clear-imported-preset' });
	});

	it.each(SURFACES)('$name: an attendee outside their working hours is named', async (surface) => {
		const page = await open(surface);
		const probe = await HintsProbe.on(page);
		// 15:00 UTC is 20:30 for Priya (Kolkata, 10:00–18:00) and 15:00 for Ana (Lisbon, 08:00–16:00).
		await setup(page, {
			title: 'Escalation review',
			description:
				'Goal: decide whether ticket SUP-5521 needs a hotfix.\nAgenda:\n1. Timeline (Ana, 10 min)\n2. Decide (Priya, 10 min)',
			startInHours: hoursToWeekday1500Utc(),
			durationMin: 30,
			guests: [{ name: 'Priya Nair' }, { name: 'Ana Pereira' }],
		});
		await probe.settled();
		expect(await probe.kinds()).toEqual(['outside_hours']);
		const card = (await probe.snapshot()).card?.text ?? '';
		expect(card).toContain('Priya Nair');
		expect(card).not.toContain('Ana Pereira');
		await page.waitForTimeout(150); // the card's appear animation
		await screenshot(page, `calendar-${surface.name}-outside-hours`);
		await probe.detach();
		await page.close();
	});

	it.each(SURFACES)(
		'$name: the title and description go to the clipboard, the doc tool opens with only the title',
		async (surface) => {
			const page = await open(surface);
			await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
				origin: new URL(surface.url).origin,
			});
			const probe = await HintsProbe.on(page);
			const description = 'Agenda:\n1. Status update from design (Ana)\n2. Status update from support (Ben)';
			await setup(page, {
				title: 'Weekly status update',
				description,
				startInHours: 50,
				durationMin: 30,
				guests: people(4),
				recurrence: 'Weekly on Monday',
			});
			await probe.settled();
			expect(await probe.kinds()).toContain('could_be_async');
			// kinds() left the card on the last hint; step back to could_be_async.
			for (let i = 0; i < 5; i++) {
				if ((await probe.snapshot()).card?.label === 'Unhurried hint: Could be async') break;
				await page.keyboard.press('ArrowLeft');
			}
			expect((await probe.snapshot()).card?.label).toBe('Unhurried hint: Could be async');
			const opened = ext.context.waitForEvent('page');
			await probe.clickCardButton('Write it up in Confluence');
			const tool = await opened;
			await tool.waitForLoadState();
			const url = new URL(tool.url());
			expect(url.origin + url.pathname).toBe('https://acme.atlassian.net/wiki/create-content/page');
			// A neutral title: nothing the person wrote goes into the tool's URL (issue 11, finding 9).
			expect(url.searchParams.get('title')).toBe('Untitled');
			expect(tool.url()).not.toContain('Weekly');
			expect(tool.url()).not.toContain('design');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toContain('Weekly status update');
			expect(copied).toContain('Status update from design (Ana)');
			expect((await probe.snapshot()).card?.text).toContain(
				'Draft copied — paste it into the new doc in Confluence.',
			);
			// Nothing on the form changed.
			expect(await model(page)).toBe(description);
			await page.waitForTimeout(150);
			await screenshot(page, `calendar-${surface.name}-async-doc`);
			// The one request: the new tab's own navigation to the doc tool the person chose, carrying a neutral title.
			expect(ext.extensionRequests()).toEqual([{ url: tool.url(), method: 'GET', from: tool.url() }]);
			ext.assertNoExtensionErrors();
			ext.reset();
			await tool.close();
			await probe.detach();
			await page.close();
		},
	);
});
