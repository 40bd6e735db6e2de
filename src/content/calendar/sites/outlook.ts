/**
 * Outlook on the web (outlook.office.com, outlook.cloud.microsoft where work accounts moved, outlook.live.com,
 * outlook.office365.com): the event compose form, whose body is a RoosterJS editor. Evidence and what is still
 * assumed: docs/sites.md § Outlook.
 *
 * By structure first: today's compose form is a role=dialog (or the main pane of /calendar/deeplink/compose)
 * holding a title input and a body editor; date and time are comboboxes in document order, or a time-range line
 * before they are opened. Wording (English, French, German labels) is only a last fallback. The body is
 * identified positively, never by "the first editable": Outlook's attendee wells are contenteditable textboxes
 * too, and the agenda fix must never type into the people picker.
 */
import { MEETING_CAPS, readMeeting } from '../../../core/meeting/meeting.js';
import { OUTLOOK_HOSTS } from '../../../shared/calendar-hosts.js';
import { editableRoot } from '../../editors/detect-editor.js';
import { readDomText } from '../../editors/dom-text.js';
import type { CalendarForm, CalendarSite, FormReading } from '../calendar-form.js';
import { fieldText, first, readDay, rendered, type Selector } from '../form-fields.js';
import { pageLocale, parseTimeOfDay } from '../read-date-time.js';
import { findTimeRange } from '../read-time-range.js';

export const OUTLOOK_SELECTORS = {
	/** Where a compose form can be; each candidate must also hold a title input (see formRoot). */
	form: [
		{
			css: "[role='dialog']",
			seen: "today's compose form is a dialog (public Playwright page objects, 2025–2026)",
		},
		{
			css: "[role='main']",
			seen: 'the full-page compose (/calendar/deeplink/compose, add-event-to-calendar-docs)',
		},
		{ css: "div[aria-label='Event compose form']", seen: 'jitsi/jidesha calendar (≤2020), English, last' },
	],
	/** Positive marks of the body editor, most trusted first. */
	body: [
		{
			css: "[role='textbox'][contenteditable='true'][data-ms-editor='true']",
			seen: 'page object BodyEditable (2025–2026); data-ms-editor is set by Microsoft Editor, so not alone',
		},
		{
			css: "[contenteditable='true'][aria-multiline='true']",
			seen: 'a multi-line editable: a body, never a well',
		},
		{
			css: "[aria-label='Event body'][contenteditable='true']",
			seen: 'jitsi/jidesha (≤2020), English, last',
		},
	],
	/** The title: the form's first plain text input; the English placeholder only as a fallback. */
	title: [
		{
			css: "input[placeholder='Add title'], input[placeholder='Add a title']",
			seen: 'page object TitleInput (en)',
		},
	],
	/** Attendee wells by label (wording, last): required, then optional. */
	required: [
		{
			css: "[aria-label='Invite required attendees'], [aria-label='Inviter des participants obligatoires'], [aria-label='Erforderliche Teilnehmer einladen']",
			seen: 'page object RequiredAttendeesEditable (en); fr/de assumed',
		},
	],
	optional: [
		{
			css: "[aria-label='Invite optional attendees'], [aria-label='Inviter des participants facultatifs'], [aria-label='Optionale Teilnehmer einladen']",
			seen: 'page object OptionalAttendeesEditable (en); fr/de assumed',
		},
	],
	/** A person in a well: an address carried by the chip, or a persona card button (meeting-cost extract.js). */
	person: [
		{ css: '[data-email]', seen: 'meeting-cost extract.js ROW_SELECTOR; assumed for Outlook wells' },
		{ css: "[role='listitem']", seen: 'people picker chips as list items (Fluent NormalPeoplePicker)' },
		{
			css: "[role='button'][aria-label^='Opens card for '], [role='button'][aria-label^='Open card for ']",
			seen: 'meeting-cost extract.js PERSONA_SELECTOR (en)',
		},
	],
	recurrence: [{ css: "[data-testid='RecurrenceText']", seen: 'assumed data-testid (needs live capture)' }],
} satisfies Record<string, readonly Selector[]>;

const PERSON = OUTLOOK_SELECTORS.person.map((s) => s.css).join(', ');
const WELL_LABELS = [...OUTLOOK_SELECTORS.required, ...OUTLOOK_SELECTORS.optional]
	.map((s) => s.css)
	.join(', ');
/** What a people picker carries that a body never does. */
const PICKER = "[role='combobox'], [aria-autocomplete], [aria-haspopup='listbox'], [aria-controls]";

/** An attendee well (or inside one): a picker, a labelled well, or an editable whose container holds person chips. */
function isWell(el: Element): boolean {
	if (el.matches(PICKER) || el.closest(`${PICKER}, ${WELL_LABELS}`)) return true;
	if (el.getAttribute('aria-multiline') === 'true') return false;
	return !!el.parentElement?.querySelector(PERSON);
}

/** The body editor, positively identified by one of its marks and never an attendee well; else undefined. */
export function findBody(root: ParentNode): HTMLElement | undefined {
	for (const { css } of OUTLOOK_SELECTORS.body)
		for (const el of root.querySelectorAll<HTMLElement>(css)) {
			const editable = editableRoot(el);
			if (editable && !isWell(editable) && rendered(editable)) return editable;
		}
	return undefined;
}

const TEXT_INPUT = "input:not([type]), input[type='text']";
/** The title: the first plain text input of the form (not a combobox, not a picker), else the English placeholder. */
function findTitle(root: HTMLElement): HTMLInputElement | undefined {
	for (const input of root.querySelectorAll<HTMLInputElement>(TEXT_INPUT))
		if (!input.matches(PICKER) && !input.closest(`${PICKER}, ${WELL_LABELS}`) && rendered(input))
			return input;
	return first<HTMLInputElement>(root, OUTLOOK_SELECTORS.title);
}

/** Date and time comboboxes in document order, sorted by what their value reads as. */
function whenFields(root: HTMLElement, locale: string) {
	const days: NonNullable<ReturnType<typeof readDay>>[] = [];
	const times: number[] = [];
	for (const el of root.querySelectorAll<HTMLElement>("[role='combobox']")) {
		if (!rendered(el) || el.closest(WELL_LABELS)) continue;
		const value = fieldText(el);
		const minutes = parseTimeOfDay(value);
		if (minutes !== undefined) times.push(minutes);
		else {
			const day = readDay([el.getAttribute('data-value'), value], locale);
			if (day) days.push(day);
		}
	}
	return { days, times };
}

const instant = (d: { year: number; month: number; day: number }, m: number) =>
	new Date(d.year, d.month - 1, d.day, Math.floor(m / 60), m % 60).getTime();

/** Names in a well, [] for an empty well, undefined when the well shows something we cannot read as people. */
function people(well: HTMLElement | undefined): string[] | undefined {
	if (!well) return undefined;
	const box = well.matches('[contenteditable]') ? (well.parentElement ?? well) : well;
	const chips = Array.from(box.querySelectorAll<HTMLElement>(PERSON)).filter(
		(chip) => !nestedChip(chip, box),
	);
	if (chips.length)
		return chips.map((chip) =>
			(
				chip.getAttribute('data-name') ||
				chip.getAttribute('title') ||
				fieldText(chip) ||
				chip.getAttribute('data-email') ||
				''
			).slice(0, MEETING_CAPS.name),
		);
	// Something is shown where people go (the well's list, or the picker itself) but nothing reads as a person:
	// the count is unknown, not 0. A label next to the picker ("Required") is not a person.
	const shown = [...box.querySelectorAll("[role='list']"), well].some((el) => fieldText(el) !== '');
	return shown ? undefined : [];
}
/** A chip nested in another chip (a persona button inside its list item) is the same person. */
function nestedChip(chip: Element, box: Element): boolean {
	const parent = chip.parentElement?.closest(PERSON);
	return !!parent && box.contains(parent) && parent !== chip;
}

/** The attendee wells in document order: labelled ones first, else the form's pickers that hold chips. */
function wells(root: HTMLElement): { required?: HTMLElement; optional?: HTMLElement } {
	const required = first(root, OUTLOOK_SELECTORS.required);
	const optional = first(root, OUTLOOK_SELECTORS.optional);
	if (required) return { required, optional };
	const pickers = Array.from(root.querySelectorAll<HTMLElement>("[contenteditable='true']")).filter(
		(el) => editableRoot(el) === el && isWell(el),
	);
	return { required: pickers[0], optional: pickers[1] };
}

function formFor(root: HTMLElement): CalendarForm {
	const description = findBody(root);
	return {
		site: 'outlook',
		variant: 'full',
		root,
		description,
		read(): FormReading {
			const locale = pageLocale(root.ownerDocument);
			const unreadable: string[] = [];
			const unknown: string[] = [];
			const titleEl = findTitle(root);
			if (!titleEl) unreadable.push('title');
			if (!description?.isConnected) unreadable.push('body');
			const { days, times } = whenFields(root, locale);
			let start: number | undefined;
			let end: number | undefined;
			const [d0, d1] = days;
			const [t0, t1] = times;
			if (d0 && t0 !== undefined) {
				start = instant(d0, t0);
				end = t1 !== undefined ? instant(d1 ?? d0, t1) : undefined;
			} else if (d0 && times.length === 0)
				start = instant(d0, 0); // all-day: no time shown
			else {
				// The comboboxes may appear only after the time line is clicked: read the line.
				const range = findTimeRange(root, locale);
				start = range?.start;
				end = range?.end;
			}
			if (start === undefined) unreadable.push('start');
			const { required: requiredWell, optional: optionalWell } = wells(root);
			const required = people(requiredWell);
			const optional = people(optionalWell);
			if (required === undefined) unknown.push('attendees');
			const recurrence = fieldText(first(root, OUTLOOK_SELECTORS.recurrence));
			const meeting = readMeeting({
				title: fieldText(titleEl),
				description: description ? readDomText(description).text : '',
				start,
				end,
				attendees: required && { required, optional: optional ?? [], count: required.length },
				recurrence,
			});
			return { meeting, unreadable, unknown };
		},
	};
}

/** The compose form: a dialog (or main pane, or the old labelled form) that holds a title input. */
function formRoot(doc: Document): { root: HTMLElement; entry: number } | undefined {
	for (const [entry, { css }] of OUTLOOK_SELECTORS.form.entries())
		for (const el of doc.querySelectorAll<HTMLElement>(css))
			if (rendered(el) && findTitle(el) && (findBody(el) || el.querySelector("[role='combobox']")))
				return { root: el, entry };
	return undefined;
}

export const outlook: CalendarSite = {
	id: 'outlook',
	matches: (hostname) => OUTLOOK_HOSTS.includes(hostname),
	find(doc) {
		// Mail compose has a body editor too: only the calendar's compose form is ours.
		if (!/\/calendar(?:\/|$)/.test(doc.location.pathname)) return undefined;
		const found = formRoot(doc);
		return found ? { ...formFor(found.root), entry: found.entry } : undefined;
	},
};
