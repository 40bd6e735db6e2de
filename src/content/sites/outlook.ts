/**
 * Outlook on the web (outlook.office.com, outlook.live.com, outlook.office365.com): the event compose form, whose
 * body is a RoosterJS editor. Outlook's hashed class names change several times a year (EviCypher: 12 fix commits;
 * Toggl: 6, sites.md §1), so this table uses data-testid, roles, ids and Fluent UI's stable `ms-` component
 * classes; an aria-label entry is always one fallback among others, in more than one language. Attendee wells had
 * no open-source evidence: those entries are marked "assumed" and need a live capture.
 */
import type { MeetingInput } from '../../core/meeting.js';
import type { CalendarForm, CalendarSite, FormReading } from '../calendar/calendar-form.js';
import { all, fieldText, first, readDay, rendered, type Selector } from '../calendar/form-fields.js';
import { localInstant, parseIsoDateTime, parseTimeOfDay } from '../calendar/read-date-time.js';
import { editableRoot } from '../editors/detect-editor.js';
import { readDomText } from '../editors/dom-text.js';

const BODY = "[contenteditable='true'][role='textbox']";

export const OUTLOOK_SELECTORS = {
	form: [
		{
			css: "[data-testid='CalendarCompose']",
			seen: 'assumed data-testid (Outlook tags compose parts: ComposeSendButton, Toggl 2024-09)',
		},
		{ css: "div[aria-label='Event compose form']", seen: 'jitsi/jidesha calendar (≤2020), English' },
		{
			css: "div[aria-label='Formulaire de composition d’événement'], div[aria-label='Formular zum Verfassen von Ereignissen']",
			seen: 'French/German renderings of the same label (assumed)',
		},
		{
			css: `[role='dialog']:has(${BODY}):has(.ms-DatePicker)`,
			seen: 'structure: a dialog with a body editor and a Fluent DatePicker',
		},
		{
			css: `[role='main']:has(${BODY}):has(.ms-DatePicker)`,
			seen: 'structure: the main pane with a body editor and a Fluent DatePicker',
		},
	],
	title: [
		{ css: "input[data-testid='EventTitle']", seen: 'assumed data-testid' },
		{
			css: "input[aria-label='Add a title'], input[aria-label='Ajouter un titre'], input[aria-label='Titel hinzufügen']",
			seen: 'code-index hit for the subject field (en), plus fr/de',
		},
		{
			css: 'input.ms-TextField-field',
			seen: 'DevartSoftware/tmetric-plugins outlook (2024-02): title from .ms-TextField-field',
		},
	],
	body: [
		{ css: "[aria-label='Event body'][contenteditable]", seen: 'jitsi/jidesha calendar (≤2020), English' },
		{
			css: BODY,
			seen: "RoosterJS editable with role=textbox (the mail body is [aria-label='Message body'][contenteditable])",
		},
	],
	/** Start then end, in order. Fluent UI's DatePicker and ComboBox keep their `ms-` classes across builds. */
	dates: [
		{ css: "input[data-testid='StartDate'], input[data-testid='EndDate']", seen: 'assumed data-testid' },
		{ css: '.ms-DatePicker input', seen: 'Fluent UI DatePicker (stable component class)' },
	],
	times: [
		{ css: "input[data-testid='StartTime'], input[data-testid='EndTime']", seen: 'assumed data-testid' },
		{ css: '.ms-ComboBox input', seen: 'Fluent UI ComboBox (stable component class)' },
	],
	required: [
		{ css: "[data-testid='AttendeesRequired']", seen: 'assumed data-testid (needs live capture)' },
		{
			css: "[aria-label='Invite required attendees'], [aria-label='Inviter des participants obligatoires'], [aria-label='Erforderliche Teilnehmer einladen']",
			seen: 'assumed aria-labels, en/fr/de (needs live capture)',
		},
	],
	optional: [
		{ css: "[data-testid='AttendeesOptional']", seen: 'assumed data-testid (needs live capture)' },
		{
			css: "[aria-label='Invite optional attendees'], [aria-label='Inviter des participants facultatifs'], [aria-label='Optionale Teilnehmer einladen']",
			seen: 'assumed aria-labels, en/fr/de (needs live capture)',
		},
	],
	/** One chip per person in a well (Office add-ins expose requiredAttendees and optionalAttendees). */
	person: [
		{ css: '[data-email]', seen: 'assumed: persona chips carrying the address' },
		{ css: "[role='listitem']", seen: 'people picker chips as list items (Fluent NormalPeoplePicker)' },
	],
	recurrence: [{ css: "[data-testid='RecurrenceText']", seen: 'assumed data-testid (needs live capture)' }],
} satisfies Record<string, readonly Selector[]>;

function readInstant(dateEl: HTMLElement | undefined, timeEl: HTMLElement | undefined, locale: string) {
	if (!dateEl) return undefined;
	const texts = [dateEl.getAttribute('data-value'), dateEl.getAttribute('value'), fieldText(dateEl)];
	for (const t of texts) {
		const at = t ? parseIsoDateTime(t) : undefined;
		if (at !== undefined) return at;
	}
	const day = readDay(texts, locale);
	if (!day) return undefined;
	if (!timeEl || !rendered(timeEl)) return localInstant(day, 0); // all-day: no time shown
	const minutes = parseTimeOfDay(fieldText(timeEl));
	return minutes === undefined ? undefined : localInstant(day, minutes);
}

function people(well: HTMLElement | undefined): string[] | undefined {
	if (!well) return undefined;
	return all(well, OUTLOOK_SELECTORS.person).map((chip) =>
		(
			chip.getAttribute('data-name') ||
			chip.getAttribute('title') ||
			fieldText(chip) ||
			chip.getAttribute('data-email') ||
			''
		).slice(0, 200),
	);
}

function formFor(root: HTMLElement): CalendarForm {
	const found = first(root, OUTLOOK_SELECTORS.body);
	const description = found ? editableRoot(found) : undefined;
	return {
		site: 'outlook',
		variant: 'full',
		root,
		description,
		read(): FormReading {
			const doc = root.ownerDocument;
			const locale = doc.documentElement.lang || doc.defaultView?.navigator.language || 'en';
			const unreadable: string[] = [];
			const titleEl = first<HTMLInputElement>(root, OUTLOOK_SELECTORS.title);
			if (!titleEl) unreadable.push('title');
			if (!description?.isConnected) unreadable.push('body');
			const dates = all(root, OUTLOOK_SELECTORS.dates);
			const times = all(root, OUTLOOK_SELECTORS.times);
			const start = readInstant(dates[0], times[0], locale);
			if (start === undefined) unreadable.push('start');
			const end = readInstant(dates[1] ?? dates[0], times[1], locale);
			const required = people(first(root, OUTLOOK_SELECTORS.required));
			const optional = people(first(root, OUTLOOK_SELECTORS.optional)) ?? [];
			const recurrence = fieldText(first(root, OUTLOOK_SELECTORS.recurrence));
			const meeting: MeetingInput = {
				title: fieldText(titleEl).slice(0, 2000),
				description: (description ? readDomText(description).text : '').slice(0, 200_000),
				...(start !== undefined ? { start } : {}),
				...(start !== undefined && end !== undefined && end >= start ? { end } : {}),
				...(required ? { attendees: { required, optional, count: required.length } } : {}),
				...(recurrence ? { recurrence: recurrence.slice(0, 200) } : {}),
			};
			return { meeting, unreadable };
		},
	};
}

const HOSTS = new Set(['outlook.office.com', 'outlook.live.com', 'outlook.office365.com']);

export const outlook: CalendarSite = {
	id: 'outlook',
	matches: (hostname) => HOSTS.has(hostname),
	find(doc) {
		// Mail compose has a body editor too: only the calendar's compose form is ours.
		if (!doc.location.pathname.includes('/calendar')) return undefined;
		const root = first(doc, OUTLOOK_SELECTORS.form);
		return root && rendered(root) ? formFor(root) : undefined;
	},
};
