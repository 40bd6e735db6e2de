import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchorAdapter } from '../../src/content/calendar/anchor-adapter.js';
import { fillInLine, separatorBefore } from '../../src/content/calendar/calendar-session.js';
import { parseNumericDay } from '../../src/content/calendar/form-fields.js';
import {
	parseIsoDateTime,
	parseIsoDay,
	parseTimeOfDay,
	parseWrittenDay,
} from '../../src/content/calendar/read-date-time.js';
import { parseTimeRange } from '../../src/content/calendar/read-time-range.js';
import { googleCalendar } from '../../src/content/calendar/sites/google-calendar.js';
import { outlook } from '../../src/content/calendar/sites/outlook.js';
import { detectEditor } from '../../src/content/editors/detect-editor.js';
import { createHintsView } from '../../src/content/hints/create-hints-view.js';
import { captureShadowRoots, fakeActions, NORMS } from './hints-fixture.js';

const FIXTURES = join(import.meta.dirname, '../e2e/fixtures/calendar');
/** The e2e fixture page's markup (its script does not run here): one structure for both tiers. */
function load(name: string): void {
	const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8').replace(/<link [^>]*>/g, '');
	const doc = new DOMParser().parseFromString(html, 'text/html');
	document.documentElement.lang = doc.documentElement.lang;
	for (const a of Array.from(doc.body.attributes)) document.body.setAttribute(a.name, a.value);
	document.body.innerHTML = doc.body.innerHTML.replace(/<script[\s\S]*?<\/script>/g, '');
}
const setURL = (url: string) =>
	(window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
const $ = (css: string) => document.querySelector(css) as HTMLElement;

afterEach(() => {
	document.body.innerHTML = '';
	for (const a of Array.from(document.body.attributes)) document.body.removeAttribute(a.name);
});

describe('date and time readers', () => {
	it('reads machine forms and written dates, and refuses what is ambiguous', () => {
		expect(parseIsoDay('20250312')).toEqual({ year: 2025, month: 3, day: 12 });
		expect(parseIsoDay('2025-03-12T09:00')).toEqual({ year: 2025, month: 3, day: 12 });
		expect(parseIsoDay('20250231')).toBeUndefined();
		expect(parseWrittenDay('Wed, Mar 12, 2025')).toEqual({ year: 2025, month: 3, day: 12 });
		expect(parseWrittenDay('12 mars 2025')).toEqual({ year: 2025, month: 3, day: 12 });
		expect(parseWrittenDay('12. März 2025')).toEqual({ year: 2025, month: 3, day: 12 });
		expect(parseNumericDay('3/12/2025', 'en-US')).toEqual({ year: 2025, month: 3, day: 12 });
		expect(parseNumericDay('12.03.2025', 'de-DE')).toEqual({ year: 2025, month: 3, day: 12 });
		expect(parseNumericDay('3/12/2025', undefined)).toBeUndefined();
		expect(parseNumericDay('25/12/2025', undefined)).toEqual({ year: 2025, month: 12, day: 25 });
		expect(parseTimeOfDay('9:00am')).toBe(540);
		expect(parseTimeOfDay('9:30 PM')).toBe(21 * 60 + 30);
		expect(parseTimeOfDay('12am')).toBe(0);
		expect(parseTimeOfDay('21:05')).toBe(21 * 60 + 5);
		expect(parseTimeOfDay('14 h 30')).toBe(14 * 60 + 30);
		expect(parseTimeOfDay('13pm')).toBeUndefined();
		expect(parseTimeOfDay('soon')).toBeUndefined();
		expect(parseTimeOfDay('9')).toBeUndefined();
		expect(parseIsoDateTime('2025-03-12T09:00:00Z')).toBe(Date.UTC(2025, 2, 12, 9));
	});
});

describe('Google Calendar event editor', () => {
	beforeEach(() => load('google-calendar-eventedit'));

	function fill() {
		($('#xTiIn') as HTMLInputElement).value = 'Budget sync';
		for (const [id, date, time] of [
			['xStDaIn', '20250312', '9:00am'],
			['xEnDaIn', '20250312', '9:45am'],
		] as const) {
			$(`#${id}`).dataset.date = date;
			$(`#${id.replace('Da', 'Ti')}`).dataset.initialValue = time;
		}
		$('#xDescIn [role="textbox"]').innerHTML = '<div>Agenda:</div><div>1. Numbers</div>';
		$('#xGstList').innerHTML = ['Ana', 'Ben', 'Cai']
			.map(
				(n, i) =>
					`<div role="listitem" data-email="${n}@x.test"><span data-name="${n}">${n}</span><div role="button" aria-pressed="${i === 2}"></div></div>`,
			)
			.join('');
	}

	it('finds the full editor and reads title, description, start/end, guests (optional ones apart)', () => {
		fill();
		const form = googleCalendar.find(document);
		expect(form?.variant).toBe('full');
		expect(form?.description).toBe($('#xDescIn [role="textbox"]'));
		const { meeting, unreadable } = form?.read() ?? { meeting: {}, unreadable: ['?'] };
		expect(unreadable).toEqual([]);
		expect(meeting).toMatchObject({
			title: 'Budget sync',
			description: 'Agenda:\n1. Numbers',
			start: new Date(2025, 2, 12, 9, 0).getTime(),
			end: new Date(2025, 2, 12, 9, 45).getTime(),
			attendees: { required: ['Ana', 'Ben'], optional: ['Cai'], count: 2 },
		});
	});

	it('names what it cannot read instead of guessing', () => {
		fill();
		$('#xStDaIn').remove();
		expect(googleCalendar.find(document)?.read().unreadable).toEqual(['start']);
		$('#xStTiIn').dataset.initialValue = 'later';
	});

	it('marks the suggested guests optional with their own toggles', async () => {
		fill();
		for (const t of document.querySelectorAll<HTMLElement>('[aria-pressed]'))
			t.addEventListener('click', () =>
				t.setAttribute('aria-pressed', String(t.getAttribute('aria-pressed') !== 'true')),
			);
		const form = googleCalendar.find(document);
		expect(await form?.markOptional?.(['Ben'])).toBe(true);
		expect(form?.read().meeting.attendees).toMatchObject({ required: ['Ana'], optional: ['Ben', 'Cai'] });
	});

	it('is not found on a page without an editor', () => {
		document.body.innerHTML = '<div role="main">week</div>';
		document.body.dataset.viewfamily = 'EVENT';
		expect(googleCalendar.find(document)).toBeUndefined();
	});
});

describe('Google Calendar quick-create dialog', () => {
	it('reads the dialog: first text input as the title, the same date ids', () => {
		load('google-calendar-quick');
		($('[role="dialog"] input[type="text"]') as HTMLInputElement).value = 'Retro';
		$('#xStDaIn').dataset.date = '20250312';
		$('#xStTiIn').dataset.initialValue = '3:00pm';
		const form = googleCalendar.find(document);
		expect(form?.variant).toBe('quick');
		expect(form?.read()).toMatchObject({
			meeting: { title: 'Retro', start: new Date(2025, 2, 12, 15).getTime() },
			unreadable: [],
		});
	});
});

describe("Outlook's compose dialog", () => {
	beforeEach(() => load('outlook-compose'));
	const chip = (name: string) =>
		`<div role="listitem"><div role="button" aria-label="Opens card for ${name}">${name}</div></div>`;

	function fill({ open = false } = {}) {
		($('[role="dialog"] input[type="text"]') as HTMLInputElement).value = 'Planning';
		$('#timeLine').textContent = 'Thu 3/12/2026 9:00 AM - 10:00 AM';
		($('#startDate') as HTMLInputElement).value = '3/12/2026';
		($('#startTime') as HTMLInputElement).value = '9:30 AM';
		($('#endDate') as HTMLInputElement).value = '3/12/2026';
		($('#endTime') as HTMLInputElement).value = '10:30 AM';
		if (open) {
			$('#timeFields').hidden = false;
			$('#timeLine').hidden = true;
		}
		$('#requiredChips').innerHTML = chip('Ana') + chip('Ben');
		$('#optionalChips').innerHTML = chip('Cai');
		$('#editorBody').setAttribute('contenteditable', 'true');
		$('#editorBody').innerHTML = '<div>Goal: pick one</div>';
	}

	it('only on calendar pages: the mail compose body is not an event', () => {
		fill();
		setURL('https://outlook.cloud.microsoft/mail/');
		expect(outlook.find(document)).toBeUndefined();
	});

	it.each([
		'https://outlook.office.com/calendar/view/week',
		'https://outlook.cloud.microsoft/calendar/view/week',
	])(
		'reads the dialog by structure at %s: title, body, the time line, attendees from persona chips',
		(url) => {
			fill();
			setURL(url);
			const form = outlook.find(document);
			expect(form?.root.getAttribute('role')).toBe('dialog');
			expect(form?.description).toBe($('#editorBody'));
			expect(form?.read()).toMatchObject({
				meeting: {
					title: 'Planning',
					description: 'Goal: pick one',
					start: new Date(2026, 2, 12, 9).getTime(),
					end: new Date(2026, 2, 12, 10).getTime(),
					attendees: { required: ['Ana', 'Ben'], optional: ['Cai'], count: 2 },
				},
				unreadable: [],
				unknown: [],
			});
			expect(outlook.matches(new URL(url).hostname)).toBe(true);
		},
	);

	it('reads the date and time comboboxes in document order once they are shown', () => {
		fill({ open: true });
		setURL('https://outlook.office.com/calendar/view/week');
		expect(outlook.find(document)?.read().meeting).toMatchObject({
			start: new Date(2026, 2, 12, 9, 30).getTime(),
			end: new Date(2026, 2, 12, 10, 30).getTime(),
		});
	});

	it('never takes an attendee well for the body, even when the body shows no mark', () => {
		fill();
		setURL('https://outlook.office.com/calendar/view/week');
		for (const a of ['data-ms-editor', 'aria-multiline']) $('#editorBody').removeAttribute(a);
		const form = outlook.find(document);
		// No positive mark left: no body, rather than the first editable textbox (the required attendees' picker).
		expect(form?.description).toBeUndefined();
		expect(form?.read().unreadable).toEqual(['body']);
	});

	it('reads a well it cannot understand as an unknown count, not 0', () => {
		fill();
		setURL('https://outlook.office.com/calendar/view/week');
		$('#requiredChips').innerHTML = '<span class="x">Ana, Ben</span>';
		const reading = outlook.find(document)?.read();
		expect(reading?.meeting.attendees).toBeUndefined();
		expect(reading?.unknown).toEqual(['attendees']);
		$('#requiredChips').innerHTML = '';
		expect(outlook.find(document)?.read().meeting.attendees).toMatchObject({ required: [], count: 0 });
	});

	it("detects the body as RoosterJS on Outlook's hosts only (Rooster leaves no DOM marker)", () => {
		fill();
		setURL('https://outlook.cloud.microsoft/calendar/view/week');
		expect(detectEditor($('#editorBody'))?.kind).toBe('roosterjs');
		setURL('https://calendar.google.com/calendar/u/0/r/eventedit');
		expect(detectEditor($('#editorBody'))?.kind).toBe('contenteditable');
	});
});

describe('Google Calendar bubbles', () => {
	it('the quick-create bubble: found, its title and when-line read, the description not shown yet', () => {
		load('google-calendar-bubble');
		($('[role="dialog"] input[type="text"]') as HTMLInputElement).value = 'Retro';
		$('#whenLine').textContent = 'Thursday, March 12, 2026 ⋅ 3:00 – 4:00pm';
		const form = googleCalendar.find(document);
		expect(form?.variant).toBe('quick');
		expect(form?.read()).toMatchObject({
			meeting: {
				title: 'Retro',
				start: new Date(2026, 2, 12, 15).getTime(),
				end: new Date(2026, 2, 12, 16).getTime(),
			},
			unreadable: ['description'],
		});
	});

	it('the details popup of an existing event is not a form', () => {
		load('google-calendar-details');
		expect(document.querySelector('[role="dialog"][data-chips-dialog="true"]')).not.toBeNull();
		expect(googleCalendar.find(document)).toBeUndefined();
	});

	it('reads a when-line without a year as this year', () => {
		const now = new Date(2026, 2, 1);
		expect(parseTimeRange('Thursday, March 12 ⋅ 11:30 – 12:00pm', 'en', now)).toEqual({
			start: new Date(2026, 2, 12, 11, 30).getTime(),
			end: new Date(2026, 2, 12, 12).getTime(),
		});
		expect(parseTimeRange('jeudi 12 mars 2026 18:15 - 19:00', 'fr', now)?.start).toBe(
			new Date(2026, 2, 12, 18, 15).getTime(),
		);
		expect(parseTimeRange('3:00 – 4:00pm', 'en', now)).toBeUndefined();
		expect(parseTimeRange('Room 12 - 14', 'en', now)).toBeUndefined();
	});
});

describe('calendar session pieces', () => {
	it('puts a blank line before a template, and none into an empty description', () => {
		expect(separatorBefore('')).toBe('');
		expect(separatorBefore('Zoom')).toBe('\n\n');
		expect(separatorBefore('Zoom\n')).toBe('\n');
		expect(separatorBefore('Zoom\n\n')).toBe('');
	});

	it('a goal answered in the card goes in as a finished line; an empty answer adds nothing', () => {
		const fix = {
			type: 'fill-in',
			label: 'Name the goal',
			prompt: 'What?',
			at: 4,
			before: '\n\nGoal: ',
			after: '',
		} as const;
		expect(fillInLine(fix, '  pick the Q3 launch date ')).toBe('Goal: pick the Q3 launch date');
		expect(separatorBefore('Zoom') + fillInLine(fix, 'pick the date')).toBe('\n\nGoal: pick the date');
		expect(fillInLine(fix, '   ')).toBe('');
	});

	it("the hints view shows a status badge (not a button) for a form it can't read", async () => {
		const roots = captureShadowRoots();
		const form = document.createElement('div');
		form.getBoundingClientRect = () => new DOMRect(100, 100, 400, 200);
		document.body.append(form);
		const controller = new AbortController();
		const view = createHintsView(anchorAdapter(form), fakeActions(), controller.signal);
		view.update({
			text: '',
			findings: [],
			norms: NORMS,
			status: "can't read this form",
			statusDetail: 'no start found',
		});
		await new Promise((r) => requestAnimationFrame(r));
		const status = roots.at(-1)?.querySelector('[role="status"]');
		expect(status?.getAttribute('aria-label')).toBe("Unhurried: can't read this form");
		expect(status?.getAttribute('title')).toContain('no start found');
		expect(roots.at(-1)?.querySelector('button.badge')).toBeNull();
		view.update({ text: '', findings: [], norms: NORMS });
		await new Promise((r) => requestAnimationFrame(r));
		expect(roots.at(-1)?.querySelector('[role="status"]')).toBeNull();
		controller.abort();
	});
});
