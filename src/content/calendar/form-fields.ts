/** Small readers the calendar site adapters share: first match of a selector table, visible text, field values. */
import type { Day } from './read-date-time.js';
import { parseIsoDay, parseWrittenDay } from './read-date-time.js';

/** One selector of a site table, with where it was seen (kept next to it so a miss is easy to trace). */
export interface Selector {
	css: string;
	seen: string;
}

/** The first element any selector of the table finds under root, most trusted first. */
export function first<T extends Element = HTMLElement>(
	root: ParentNode,
	table: readonly Selector[],
): T | undefined {
	for (const { css } of table) {
		try {
			const found = root.querySelector<T & Element>(css);
			if (found) return found;
		} catch {
			// A selector the browser does not support (e.g. :has in an old engine): try the next one.
		}
	}
	return undefined;
}

/** Every element the first matching selector of the table finds. */
export function all<T extends Element = HTMLElement>(root: ParentNode, table: readonly Selector[]): T[] {
	for (const { css } of table) {
		try {
			const found = root.querySelectorAll<T & Element>(css);
			if (found.length) return Array.from(found);
		} catch {
			// unsupported selector: next
		}
	}
	return [];
}

/** Text a person sees in a field: an input's value, else the element's text, whitespace collapsed. */
export function fieldText(element: Element | null | undefined): string {
	if (!element) return '';
	const raw =
		element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement
			? element.value
			: element.textContent;
	return (raw ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The day a numeric date shows ("3/12/2025", "12.03.2025"), using the page's locale for the order of day and
 * month. Undefined when the locale is unknown and the order is ambiguous (both parts ≤ 12).
 */
export function parseNumericDay(text: string, locale: string | undefined): Day | undefined {
	const m = /^\s*(?:\p{L}+\.?,?\s+)?(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\s*$/u.exec(text);
	if (!m) return undefined;
	const parts = [Number(m[1]), Number(m[2]), Number(m[3])];
	const [a = 0, b = 0, c = 0] = parts;
	if (String(m[1]).length === 4) return checked({ year: a, month: b, day: c });
	if (String(m[3]).length !== 4) return undefined;
	let order: 'md' | 'dm' | undefined;
	if (a > 12 && b <= 12) order = 'dm';
	else if (b > 12 && a <= 12) order = 'md';
	else if (locale) {
		try {
			const kinds = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' })
				.formatToParts(new Date(2025, 2, 12))
				.map((p) => p.type)
				.filter((t) => t === 'day' || t === 'month');
			order = kinds[0] === 'month' ? 'md' : 'dm';
		} catch {
			order = undefined;
		}
	}
	if (!order) return undefined;
	return checked(order === 'md' ? { year: c, month: a, day: b } : { year: c, month: b, day: a });
}

function checked(d: Day): Day | undefined {
	const ok =
		d.year >= 1970 &&
		d.month >= 1 &&
		d.month <= 12 &&
		d.day >= 1 &&
		d.day <= new Date(d.year, d.month, 0).getDate();
	return ok ? d : undefined;
}

/** A day from any of the texts given, machine-readable forms first. */
export function readDay(
	texts: readonly (string | null | undefined)[],
	locale: string | undefined,
): Day | undefined {
	for (const t of texts)
		if (t) {
			const d = parseIsoDay(t);
			if (d) return d;
		}
	for (const t of texts)
		if (t) {
			const d = parseWrittenDay(t) ?? parseNumericDay(t, locale);
			if (d) return d;
		}
	return undefined;
}

/** Whether the element takes space on the page (hidden time fields of an all-day event do not). */
export function rendered(element: Element | undefined): boolean {
	if (!element?.isConnected) return false;
	if (element.closest('[hidden], [aria-hidden="true"]')) return false;
	const view = element.ownerDocument.defaultView;
	const style = view?.getComputedStyle(element);
	return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}
