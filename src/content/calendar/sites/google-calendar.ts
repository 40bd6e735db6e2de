/**
 * Google Calendar (calendar.google.com): the full event editor (/r/eventedit…, body[data-viewfamily=EVENT_EDIT])
 * and the quick-create dialog on the grid. Every selector is a table entry with where it was seen; none keys
 * on an aria-label's words (they change with the language: Toggl's google-calendar.js says the same).
 * Guest rows and the "optional" toggle had no open-source evidence (sites.md §1): those entries are marked
 * "assumed" and need a live capture; when they miss, the attendee count is simply unknown, never guessed.
 */
import { MEETING_CAPS, type MeetingInput, readMeeting } from '../../../core/meeting/meeting.js';
import { GOOGLE_CALENDAR_HOSTS } from '../../../shared/calendar-hosts.js';
import { editableRoot } from '../../editors/detect-editor.js';
import { readDomText } from '../../editors/dom-text.js';
import type { CalendarForm, CalendarSite, FormReading } from '../calendar-form.js';
import { all, fieldText, first, readDay, rendered, type Selector } from '../form-fields.js';
import { localInstant, pageLocale, parseIsoDateTime, parseTimeOfDay } from '../read-date-time.js';
import { findTimeRange } from '../read-time-range.js';

export const GCAL_SELECTORS = {
	/**
	 * The quick-create bubble. data-chips-dialog is on the details popup of an existing event too (Toggl and
	 * TimeChimp put their button there): only a bubble with a title input is a create bubble (quickCreate below).
	 */
	quickDialog: [
		{
			css: "[role='dialog']:has([role='tabpanel'][aria-labelledby='tabEvent'])",
			seen: 'brave/brave-talk-gcalendar-extension src/google/calendar.ts (2023–2026)',
		},
		{
			css: "[role='dialog'][data-chips-dialog='true']",
			seen: 'toggl/track-extension google-calendar.js (2025-03); public time-trackers: the create bubble has a title input, the details popup a span[role=heading] and no input',
		},
	],
	fullRoot: [
		{ css: "[role='main']:has(#xTiIn)", seen: 'role=main around the editor (landmark; assumed container)' },
	],
	title: [
		{ css: '#xTiIn', seen: 'TMetric google-calendar.ts; several scripts (years)' },
		{
			css: "input[type='text']:not([id^='x'][id$='In']), input:not([type]):not([id^='x'][id$='In'])",
			seen: "Brave Talk: the dialog's first text input is the title",
		},
	],
	description: [
		{
			css: "#xDescIn [role='textbox'][contenteditable]",
			seen: 'sites.md §1: #xDescIn > [role=textbox] (contenteditable)',
		},
		{
			css: "[role='textbox'][contenteditable='true']",
			seen: 'generic role=textbox + contenteditable (Harper editorUtils.ts)',
		},
	],
	startDate: [{ css: '#xStDaIn', seen: 'TMetric, selenium/puppeteer scripts (years)' }],
	startTime: [{ css: '#xStTiIn', seen: 'TMetric, selenium/puppeteer scripts (years)' }],
	endDate: [{ css: '#xEnDaIn', seen: 'TMetric, selenium/puppeteer scripts (years)' }],
	endTime: [{ css: '#xEnTiIn', seen: 'TMetric, selenium/puppeteer scripts (years)' }],
	guestRows: [
		{
			css: '#xGstList [data-email]',
			seen: 'assumed: guest list rows carrying the address (needs live capture)',
		},
		{
			css: "[role='list'] [role='listitem'][data-email]",
			seen: 'assumed: list rows with data-email (needs live capture)',
		},
	],
	guestName: [
		{ css: '[data-name]', seen: 'assumed (needs live capture)' },
		{ css: "[id^='xGstName']", seen: 'assumed (needs live capture)' },
	],
	/** The per-guest optional toggle: a pressed button in the row (sites.md: "a per-guest toggle"). */
	guestOptional: [
		{ css: "[role='button'][aria-pressed], button[aria-pressed]", seen: 'assumed: toggle in each guest row' },
	],
	recurrence: [
		{ css: "#xRecurrence [role='option'][aria-selected='true']", seen: 'assumed (needs live capture)' },
		{ css: '[data-recurrence]', seen: 'assumed (needs live capture)' },
	],
} satisfies Record<string, readonly Selector[]>;

/** A date field's machine-readable forms first (sites.md: read data-initial-value and data-date, not just .value). */
const dateTexts = (el: Element | undefined) =>
	el ? [el.getAttribute('data-date'), el.getAttribute('data-initial-value'), fieldText(el)] : [];

function readInstant(
	dateEl: HTMLElement | undefined,
	timeEl: HTMLElement | undefined,
	locale: string,
): number | undefined {
	if (!dateEl) return undefined;
	for (const t of dateTexts(dateEl)) {
		const at = t ? parseIsoDateTime(t) : undefined;
		if (at !== undefined) return at;
	}
	const day = readDay(dateTexts(dateEl), locale);
	if (!day) return undefined;
	// An all-day event hides its time fields: the day starts at midnight.
	if (!timeEl || !rendered(timeEl)) return localInstant(day, 0);
	for (const t of [
		timeEl.getAttribute('data-initial-value'),
		timeEl.getAttribute('data-time'),
		fieldText(timeEl),
	]) {
		const minutes = t ? parseTimeOfDay(t) : undefined;
		if (minutes !== undefined) return localInstant(day, minutes);
	}
	return undefined;
}

interface Guest {
	name: string;
	toggle: HTMLElement | undefined;
	optional: boolean;
}

function guests(root: HTMLElement): Guest[] {
	return all(root, GCAL_SELECTORS.guestRows).map((row) => {
		const nameEl = first(row, GCAL_SELECTORS.guestName);
		const name =
			nameEl?.getAttribute('data-name') ||
			fieldText(nameEl) ||
			row.getAttribute('data-email') ||
			fieldText(row);
		const toggle = first(row, GCAL_SELECTORS.guestOptional);
		return {
			name: name.slice(0, MEETING_CAPS.name),
			toggle,
			optional: toggle?.getAttribute('aria-pressed') === 'true',
		};
	});
}

function readGuests(root: HTMLElement): MeetingInput['attendees'] | undefined {
	const list = guests(root);
	// No guest rows read: the count is unknown (the rows' markup is assumed), never 0.
	if (list.length === 0) return undefined;
	const required = list.filter((g) => !g.optional).map((g) => g.name);
	const optional = list.filter((g) => g.optional).map((g) => g.name);
	return { required, optional, count: required.length };
}

/** Presses each named guest's own optional toggle, as the person would; true when all now show optional. */
async function markOptional(root: HTMLElement, names: string[]): Promise<boolean> {
	const wanted = new Set(names);
	for (const g of guests(root)) if (wanted.has(g.name) && !g.optional) g.toggle?.click();
	await new Promise((resolve) => setTimeout(resolve, 0));
	const now = guests(root).filter((g) => wanted.has(g.name));
	return now.length === wanted.size && now.every((g) => g.optional);
}

function formFor(root: HTMLElement, variant: CalendarForm['variant']): CalendarForm {
	const found = first(root, GCAL_SELECTORS.description);
	const description = found ? editableRoot(found) : undefined;
	return {
		site: 'google-calendar',
		variant,
		root,
		description,
		read(): FormReading {
			const locale = pageLocale(root.ownerDocument);
			const unreadable: string[] = [];
			const titleEl = first<HTMLInputElement>(root, GCAL_SELECTORS.title);
			if (!titleEl) unreadable.push('title');
			if (!description?.isConnected) unreadable.push('description');
			const startDate = first(root, GCAL_SELECTORS.startDate);
			// The bubble shows "Thursday, March 12 ⋅ 3:00 – 4:00pm" as a line until its fields are opened.
			const line = startDate ? undefined : findTimeRange(root, locale);
			const start = readInstant(startDate, first(root, GCAL_SELECTORS.startTime), locale) ?? line?.start;
			if (start === undefined) unreadable.push('start');
			const end =
				readInstant(first(root, GCAL_SELECTORS.endDate), first(root, GCAL_SELECTORS.endTime), locale) ??
				line?.end;
			const attendees = readGuests(root);
			const recurrenceEl = first(root, GCAL_SELECTORS.recurrence);
			const recurrence = recurrenceEl?.getAttribute('data-recurrence') || fieldText(recurrenceEl);
			const meeting = readMeeting({
				title: fieldText(titleEl),
				description: description ? readDomText(description).text : '',
				start,
				end,
				attendees,
				recurrence,
			});
			return { meeting, unreadable, unknown: attendees ? [] : ['attendees'] };
		},
		markOptional: (names) => markOptional(root, names),
	};
}

/** A create bubble has a title to type; an existing event's details popup shows its title as a heading. */
function quickCreate(dialog: HTMLElement): boolean {
	return !!first(dialog, GCAL_SELECTORS.title) && !dialog.querySelector("[data-is-create='false']");
}

export const googleCalendar: CalendarSite = {
	id: 'google-calendar',
	matches: (hostname) => GOOGLE_CALENDAR_HOSTS.includes(hostname),
	find(doc) {
		const body = doc.body;
		if (!body) return undefined;
		for (const [entry, { css }] of GCAL_SELECTORS.quickDialog.entries())
			for (const dialog of doc.querySelectorAll<HTMLElement>(css))
				if (rendered(dialog) && quickCreate(dialog)) return { ...formFor(dialog, 'quick'), entry };
		// brave-talk-gcalendar-extension and jitsi/jidesha: the full editor sets data-viewfamily="EVENT_EDIT".
		if (body.dataset.viewfamily === 'EVENT_EDIT' || doc.getElementById('xTiIn'))
			return { ...formFor(first(doc, GCAL_SELECTORS.fullRoot) ?? body, 'full'), entry: 0 };
		return undefined;
	},
};
