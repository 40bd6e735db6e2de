/**
 * A time range written as one line, the way event forms and bubbles show "when" before their fields open:
 * "Thursday, March 12 ⋅ 3:00 – 4:00pm" (Google Calendar's bubble), "Thu 3/12/2026 9:00 AM - 9:30 AM" and
 * "18:15 - 19:00" (Outlook on the web; the public page objects and meeting-cost's extract.js read the same line).
 * Two clock times joined by a dash (or "to"); the day is read from the rest of the line. Undefined, never a
 * guess, when the line is not a range or has no day.
 */
import { parseNumericDay } from './form-fields.js';
import { type Day, localInstant, parseTimeOfDay, parseWrittenDay } from './read-date-time.js';

const TIME = /(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d:])/giu;
const JOIN = /^\s*(?:[-–—~]|to|bis|à|a|hasta|tot|al)\s*$/iu;

interface Clock {
	at: number;
	end: number;
	hour: number;
	minute: number;
	meridiem: 'am' | 'pm' | undefined;
	colon: boolean;
}

function clocks(text: string): Clock[] {
	const out: Clock[] = [];
	for (const m of text.matchAll(TIME)) {
		const colon = m[2] !== undefined;
		const meridiem = m[3] ? (m[3].toLowerCase().startsWith('p') ? 'pm' : 'am') : undefined;
		if (!colon && !meridiem) continue;
		out.push({
			at: m.index ?? 0,
			end: (m.index ?? 0) + m[0].length,
			hour: Number(m[1]),
			minute: colon ? Number(m[2]) : 0,
			meridiem,
			colon,
		});
	}
	return out;
}

const minutes = (c: Clock, meridiem: 'am' | 'pm' | undefined) =>
	parseTimeOfDay(`${c.hour}:${String(c.minute).padStart(2, '0')}${meridiem ?? ''}`);

/** The day a line names, trying the year it shows, else this year (or next, for a day already months past). */
function dayIn(text: string, locale: string, now: Date): Day | undefined {
	const cleaned = text
		.replace(/[⋅·•,]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (!cleaned) return undefined;
	for (const word of cleaned.split(' ')) {
		const numeric = parseNumericDay(word, locale);
		if (numeric) return numeric;
	}
	const written = parseWrittenDay(cleaned);
	if (written) return written;
	if (/\b\d{4}\b/.test(cleaned)) return undefined;
	const year = now.getFullYear();
	const guess = parseWrittenDay(`${cleaned} ${year}`);
	if (!guess) {
		const short = /(?:^|\s)(\d{1,2})[/.](\d{1,2})(?:\s|$)/.exec(cleaned);
		return short ? parseNumericDay(`${short[1]}/${short[2]}/${year}`, locale) : undefined;
	}
	const sixMonths = 182 * 86_400_000;
	return localInstant(guess, 0) < now.getTime() - sixMonths ? { ...guess, year: year + 1 } : guess;
}

export function parseTimeRange(
	text: string,
	locale: string,
	now = new Date(),
): { start: number; end: number } | undefined {
	const found = clocks(text);
	for (let i = 0; i + 1 < found.length; i++) {
		const a = found[i] as Clock;
		const b = found[i + 1] as Clock;
		if (!JOIN.test(text.slice(a.end, b.at))) continue;
		// "3:00 – 4:00pm": the first time takes the second's meridiem unless that would make it later.
		let ma = a.meridiem;
		const mb = b.meridiem ?? a.meridiem;
		if (!ma && mb) {
			ma = mb;
			const s = minutes(a, ma);
			const e = minutes(b, mb);
			if (s !== undefined && e !== undefined && s > e) ma = mb === 'pm' ? 'am' : 'pm';
		}
		const startMin = minutes(a, ma);
		const endMin = minutes(b, mb);
		const day = dayIn(`${text.slice(0, a.at)} ${text.slice(b.end)}`, locale, now);
		if (startMin === undefined || endMin === undefined || !day) return undefined;
		const start = localInstant(day, startMin);
		let end = localInstant(day, endMin);
		if (end <= start) end += 86_400_000;
		return { start, end };
	}
	return undefined;
}

/** The smallest element under root whose text is a time range (the line itself, not the form around it). */
export function findTimeRange(
	root: Element,
	locale: string,
	now = new Date(),
): { start: number; end: number } | undefined {
	let best: { length: number; range: { start: number; end: number } } | undefined;
	for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
		if (el.matches('input, textarea, script, style') || el.closest('[contenteditable="true"]')) continue;
		const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (text.length > 160 || (best && text.length >= best.length) || !/\d/.test(text)) continue;
		const range = parseTimeRange(text, locale, now);
		if (range) best = { length: text.length, range };
	}
	return best?.range;
}
