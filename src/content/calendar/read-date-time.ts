/**
 * Reads the dates and times calendar forms show. Pages differ in what they keep where (an ISO or YYYYMMDD
 * attribute, an input value in the person's locale), so each reader tries the machine-readable form first and
 * returns undefined, never a guess, when nothing parses.
 */

/** A calendar day (month 1–12). */
export interface Day {
	year: number;
	month: number;
	day: number;
}

const valid = (d: Day) =>
	d.year >= 1970 &&
	d.year <= 9999 &&
	d.month >= 1 &&
	d.month <= 12 &&
	d.day >= 1 &&
	d.day <= new Date(d.year, d.month, 0).getDate();

/** "20250312", "2025-03-12", "2025-03-12T09:00…", "2025/3/12". */
export function parseIsoDay(text: string): Day | undefined {
	const m = /^\s*(\d{4})(?:(\d{2})(\d{2})|[-/.](\d{1,2})[-/.](\d{1,2}))(?!\d)/.exec(text);
	if (!m) return undefined;
	const d = { year: Number(m[1]), month: Number(m[2] ?? m[4]), day: Number(m[3] ?? m[5]) };
	return valid(d) ? d : undefined;
}

const MONTHS: Record<string, number> = {};
// English, French, German, Spanish, Italian, Portuguese, Dutch month names and abbreviations: a best effort for
// value strings; the machine-readable attributes come first.
for (const [i, names] of [
	'jan january janvier januar enero gennaio janeiro januari',
	'feb february février fevrier februar febrero febbraio fevereiro februari',
	'mar march mars märz maerz marzo março maart',
	'apr april avril abril aprile',
	'may mai mayo maggio maio mei',
	'jun june juin juni junio giugno junho',
	'jul july juillet juli julio luglio julho',
	'aug august août aout agosto augustus',
	'sep sept september septembre septiembre settembre setembro',
	'oct october octobre oktober octubre ottobre outubro',
	'nov november novembre noviembre novembro',
	'dec december décembre decembre dezember diciembre dicembre dezembro',
].entries())
	for (const name of names.split(' ')) MONTHS[name] = i + 1;

/** "Mar 12, 2025", "Wednesday, March 12, 2025", "12 mars 2025", "12. März 2025". Numeric-only dates are ambiguous: no. */
export function parseWrittenDay(text: string): Day | undefined {
	const t = text.toLowerCase().normalize('NFC');
	const word = /(\p{L}{3,})\.?/gu;
	for (const m of t.matchAll(word)) {
		const month = MONTHS[m[1] as string];
		if (!month) continue;
		const year = /\b(\d{4})\b/.exec(t);
		if (!year) return undefined;
		const rest = `${t.slice(0, m.index)} ${t.slice(m.index + m[0].length)}`.replace(year[0], ' ');
		const day = /\b(\d{1,2})\b/.exec(rest);
		if (!day) return undefined;
		const d = { year: Number(year[1]), month, day: Number(day[1]) };
		return valid(d) ? d : undefined;
	}
	return undefined;
}

/** Minutes after midnight from "9:00am", "9am", "21:30", "9.30 pm", "T093000", "09:00:00"; undefined otherwise. */
export function parseTimeOfDay(text: string): number | undefined {
	const t = text.trim().toLowerCase();
	const ical = /^t?(\d{2})(\d{2})(\d{2})?$/.exec(t);
	if (ical && t.startsWith('t')) return clock(Number(ical[1]), Number(ical[2]));
	const m = /^(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?)?$/.exec(t);
	if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
	let hour = Number(m[1]);
	const minute = m[2] === undefined ? 0 : Number(m[2]);
	if (m[3]) {
		if (hour < 1 || hour > 12) return undefined;
		const pm = m[3].startsWith('p');
		hour = (hour % 12) + (pm ? 12 : 0);
	}
	return clock(hour, minute);
}

const clock = (hour: number, minute: number) =>
	hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 ? hour * 60 + minute : undefined;

/** The local instant of a day plus minutes after midnight, in ms since the epoch. */
export function localInstant(day: Day, minutes: number): number {
	return new Date(day.year, day.month - 1, day.day, Math.floor(minutes / 60), minutes % 60).getTime();
}

/** An ISO date-time with a time part ("2025-03-12T09:00:00", with or without zone) as ms, else undefined. */
export function parseIsoDateTime(text: string): number | undefined {
	if (!/^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return undefined;
	const ms = Date.parse(text.trim());
	return Number.isFinite(ms) ? ms : undefined;
}

/** The locale the page's dates are written in: the page's own language, else the browser's. */
export function pageLocale(doc: Document): string {
	return doc.documentElement.lang || doc.defaultView?.navigator.language || 'en';
}
