/**
 * Working hours as people write them: "Mon-Fri 09:00-17:00", "Mon,Wed 10:00-14:00", "Sun-Thu 22:00-06:00"
 * (overnight: it ends the next morning). Plain data, no zod, so the analyzer's bundle can read them too.
 * Every problem is one message naming the part at fault, never a second one caused by the first.
 */
import { WEEKDAYS } from './weekdays.js';

export type Weekday = (typeof WEEKDAYS)[number];

/** One entry read: the days it starts on and its window in minutes since local midnight. */
export interface HoursWindow {
	days: Weekday[];
	start: number;
	/** Minutes since the start day's midnight; above 1440 when the window runs overnight. */
	end: number;
}

export type HoursParse = { ok: true; window: HoursWindow } | { ok: false; message: string };

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
/** The team's hours when a preset names none. */
export const DEFAULT_TEAM_HOURS: readonly string[] = ['Mon-Fri 09:00-17:00'];

const SHORT: Record<Weekday, string> = {
	mon: 'Mon',
	tue: 'Tue',
	wed: 'Wed',
	thu: 'Thu',
	fri: 'Fri',
	sat: 'Sat',
	sun: 'Sun',
};
const FULL = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const EXAMPLE = '"Mon-Fri 09:00-17:00"';

function dayOf(word: string): Weekday | undefined {
	const w = word.trim().toLowerCase();
	const i = FULL.findIndex((full) => full === w || full.slice(0, 3) === w);
	return i < 0 ? undefined : WEEKDAYS[i];
}

/** "Mon-Fri", "Sat", "Mon,Wed-Thu", "Fri-Mon" (wrapping over the weekend). */
function parseDays(text: string): { ok: true; days: Weekday[] } | { ok: false; message: string } {
	const days = new Set<Weekday>();
	for (const part of text.split(',')) {
		const ends = part.split(/\s*[-–]\s*/);
		if (ends.length > 2 || ends.some((e) => e.trim() === ''))
			return { ok: false, message: `"${part.trim()}" is not a day or a range of days such as "Mon-Fri"` };
		const [from, to] = ends.map(dayOf);
		const bad = ends.find((e) => !dayOf(e));
		if (bad !== undefined || !from)
			return {
				ok: false,
				message: `unknown day "${(bad ?? part).trim()}" (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)`,
			};
		const a = WEEKDAYS.indexOf(from);
		const b = WEEKDAYS.indexOf(to ?? from);
		for (let i = a; ; i = (i + 1) % 7) {
			days.add(WEEKDAYS[i] as Weekday);
			if (i === b) break;
		}
	}
	return { ok: true, days: WEEKDAYS.filter((d) => days.has(d)) };
}

/** "HH:MM" to minutes; 24:00 only where `allow24`. One message for what is wrong, with the fix when it is plain. */
function parseTime(
	text: string,
	allow24: boolean,
): { ok: true; minutes: number } | { ok: false; message: string } {
	const m = /^(\d{1,2}):(\d{2})$/.exec(text);
	if (!m)
		return { ok: false, message: `"${text}" is not a time; write 24-hour HH:MM, e.g. "09:00" or "17:30"` };
	const [, hh = '', mm = ''] = m;
	const hours = Number(hh);
	const minutes = Number(mm);
	if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0))
		return { ok: false, message: `"${text}" is not a time of day (00:00–24:00)` };
	if (hh.length === 1) return { ok: false, message: `write "${text}" as "0${text}" (times are HH:MM)` };
	if (hours === 24 && !allow24) return { ok: false, message: 'a window cannot start at 24:00; use 00:00' };
	return { ok: true, minutes: hours * 60 + minutes };
}

/** Reads one entry such as "Mon-Fri 09:00-17:00". */
export function parseHoursEntry(entry: string): HoursParse {
	const text = entry.trim().replace(/\s+/g, ' ');
	const m = /^(.*?)\s*(\S+?)\s*[-–]\s*(\S+)$/.exec(text);
	const firstDigit = text.search(/\d/);
	if (firstDigit === 0)
		return { ok: false, message: `start with the days, e.g. "Mon-Fri ${text}" (as in ${EXAMPLE})` };
	if (!m || firstDigit < 0 || !m[1])
		return { ok: false, message: `expected days and a window, e.g. ${EXAMPLE}` };
	const [, dayText = '', startText = '', endText = ''] = m;
	const days = parseDays(dayText);
	if (!days.ok) return days;
	const start = parseTime(startText, false);
	if (!start.ok) return start;
	const end = parseTime(endText, true);
	if (!end.ok) return end;
	if (end.minutes === start.minutes)
		return {
			ok: false,
			message: `"${startText}-${endText}" starts and ends at the same time; for a whole day write 00:00-24:00`,
		};
	// An end before the start runs overnight: 22:00-06:00 ends at 06:00 the next day.
	const endMinutes = end.minutes < start.minutes ? end.minutes + MINUTES_PER_DAY : end.minutes;
	return { ok: true, window: { days: days.days, start: start.minutes, end: endMinutes } };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Minutes since midnight as "HH:MM" (1440 is "24:00"). */
export const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** "Mon-Wed,Fri": runs of consecutive days as ranges; a run over the weekend reads "Sun-Thu". */
export function formatDays(days: readonly Weekday[]): string {
	const idx = WEEKDAYS.map((d, i) => (days.includes(d) ? i : -1)).filter((i) => i >= 0);
	const runs: [number, number][] = [];
	for (const i of idx) {
		const last = runs.at(-1);
		if (last && last[1] === i - 1) last[1] = i;
		else runs.push([i, i]);
	}
	const first = runs[0];
	const last = runs.at(-1);
	if (runs.length > 1 && first && last && first[0] === 0 && last[1] === 6) {
		runs.pop();
		runs[0] = [last[0], first[1]];
	}
	const name = (i: number) => SHORT[WEEKDAYS[i] as Weekday];
	return runs.map(([a, b]) => (a === b ? name(a) : `${name(a)}-${name(b)}`)).join(',');
}

/** The canonical text of a window: "Mon-Fri 09:00-17:00". */
export function formatHoursWindow(w: HoursWindow): string {
	const end = w.end > MINUTES_PER_DAY ? w.end - MINUTES_PER_DAY : w.end;
	return `${formatDays(w.days)} ${hhmm(w.start)}-${hhmm(end)}`;
}

/**
 * Tidies what a person typed or a spreadsheet exported before it is checked: single-digit hours padded
 * ("9:00" → "09:00"), dashes and spaces made plain, day names shortened. Anything it cannot read is returned
 * as typed, so the check then names the problem.
 */
export function normalizeHoursEntry(entry: string): string {
	const padded = entry.trim().replace(/(^|[^\d:])(\d):(\d{2})\b/g, '$10$2:$3');
	const parsed = parseHoursEntry(padded);
	return parsed.ok ? formatHoursWindow(parsed.window) : entry.trim();
}

/** A window's stretches in minutes of the week (Monday 00:00 = 0), split where it wraps past Sunday night. */
function stretches(w: HoursWindow): [number, number][] {
	const out: [number, number][] = [];
	for (const day of w.days) {
		const s = WEEKDAYS.indexOf(day) * MINUTES_PER_DAY + w.start;
		const e = WEEKDAYS.indexOf(day) * MINUTES_PER_DAY + w.end;
		if (e <= MINUTES_PER_WEEK) out.push([s, e]);
		else out.push([s, MINUTES_PER_WEEK], [0, e - MINUTES_PER_WEEK]);
	}
	return out;
}

const overlaps = (a: [number, number][], b: [number, number][]) =>
	a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));

/**
 * Every problem in a list of entries, by index: an unreadable entry, or one that overlaps an earlier one.
 * Undefined entries (already refused for another reason) are skipped.
 */
export function checkHoursList(
	entries: readonly (string | undefined)[],
): { index: number; message: string }[] {
	const problems: { index: number; message: string }[] = [];
	const read: { index: number; text: string; parts: [number, number][] }[] = [];
	for (const [index, entry] of entries.entries()) {
		if (entry === undefined) continue;
		const parsed = parseHoursEntry(entry);
		if (!parsed.ok) {
			problems.push({ index, message: parsed.message });
			continue;
		}
		const parts = stretches(parsed.window);
		const clash = read.find((r) => overlaps(r.parts, parts));
		if (clash) problems.push({ index, message: `overlaps "${clash.text}"` });
		else read.push({ index, text: entry.trim(), parts });
	}
	return problems;
}

/** A week of working time, ready to answer "at work at this local time?" and "when next?". */
export interface WeekSchedule {
	/** Minute-of-week stretches [start, end), end exclusive. */
	stretches: readonly [number, number][];
	/** Minute-of-week where a working period starts (not where a wrapped stretch resumes at Monday 00:00). */
	starts: readonly number[];
}

const schedules = new Map<string, WeekSchedule>();

/** The schedule for a list of entries (unreadable entries are left out; the schema refuses them anyway). */
export function weekSchedule(entries: readonly string[]): WeekSchedule {
	const key = entries.join('\n');
	const cached = schedules.get(key);
	if (cached) return cached;
	const all: [number, number][] = [];
	const starts: number[] = [];
	for (const entry of entries) {
		const parsed = parseHoursEntry(entry);
		if (!parsed.ok) continue;
		all.push(...stretches(parsed.window));
		for (const day of parsed.window.days)
			starts.push(WEEKDAYS.indexOf(day) * MINUTES_PER_DAY + parsed.window.start);
	}
	const schedule = { stretches: all, starts: starts.sort((a, b) => a - b) };
	if (schedules.size > 500) schedules.clear();
	schedules.set(key, schedule);
	return schedule;
}

/** True when minute-of-week `m` is inside the schedule (ends exclusive). */
export function isWorkingAt(schedule: WeekSchedule, m: number): boolean {
	return schedule.stretches.some(([s, e]) => m >= s && m < e);
}

/** Working hours as a short sentence for people: "Mon-Fri 09:00-17:00; Sat 10:00-14:00", or "no working hours". */
export function describeHours(entries: readonly string[]): string {
	if (entries.length === 0) return 'no working hours';
	return entries
		.map((e) => {
			const parsed = parseHoursEntry(e);
			return parsed.ok ? formatHoursWindow(parsed.window) : e;
		})
		.join('; ');
}

/**
 * A schemaVersion 1 week (`{ mon: { start, end }, … }`) as entries, days with the same hours grouped:
 * `["Mon-Thu 08:00-16:00", "Fri 08:00-14:00"]`. Keys and values it cannot read are kept as text so the
 * check names them.
 */
export function entriesFromWeekObject(week: Record<string, unknown>): string[] {
	const groups = new Map<string, Weekday[]>();
	const odd: string[] = [];
	for (const [key, value] of Object.entries(week)) {
		const window =
			value !== null && typeof value === 'object'
				? `${String((value as Record<string, unknown>).start)}-${String((value as Record<string, unknown>).end)}`
				: String(value);
		const day = dayOf(key);
		if (!day) {
			odd.push(`${key} ${window}`);
			continue;
		}
		groups.set(window, [...(groups.get(window) ?? []), day]);
	}
	const entries = [...groups].map(([window, days]) => ({
		window,
		days,
		first: WEEKDAYS.indexOf(days[0] as Weekday),
	}));
	entries.sort((a, b) => a.first - b.first);
	return [...entries.map((e) => `${formatDays(e.days)} ${e.window}`), ...odd];
}
