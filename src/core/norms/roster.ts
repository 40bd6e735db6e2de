/**
 * The roster: who is on the team, where they are and when they work. Pure: every function takes the instant
 * it reasons about; local times come from Intl with the person's IANA zone, so DST is the runtime's job.
 */
import type { Finding } from '../finding.js';
import type { Norms, Person } from './schema.js';
import {
	DEFAULT_TEAM_HOURS,
	hhmm,
	isWorkingAt,
	MINUTES_PER_DAY,
	MINUTES_PER_WEEK,
	type Weekday,
	weekSchedule,
} from './week-hours.js';
import { WEEKDAYS } from './weekdays.js';

export type { Weekday };

/** A wall-clock reading in someone's zone. */
export interface LocalTime {
	weekday: Weekday;
	/** Minutes since local midnight, 0–1439. */
	minutes: number;
	/** "HH:MM", 24-hour. */
	hhmm: string;
}

const WEEKDAY_BY_SHORT: Record<string, Weekday> = {
	Mon: 'mon',
	Tue: 'tue',
	Wed: 'wed',
	Thu: 'thu',
	Fri: 'fri',
	Sat: 'sat',
	Sun: 'sun',
};
/** Full English names of the roster's weekdays. */
export const WEEKDAY_NAMES: Record<Weekday, string> = {
	mon: 'Monday',
	tue: 'Tuesday',
	wed: 'Wednesday',
	thu: 'Thursday',
	fri: 'Friday',
	sat: 'Saturday',
	sun: 'Sunday',
};

// Building a DateTimeFormat costs far more than formatting with one; zones are few, so keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			weekday: 'short',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		});
		formatters.set(timeZone, f);
	}
	return f;
}

/** The weekday and wall-clock time in `timeZone` at `instantMs`. Throws a RangeError for an unknown zone. */
export function localTimeAt(timeZone: string, instantMs: number): LocalTime {
	// Asked on every analysis with the clock of that moment: the answer changes once a minute per zone.
	const minute = Math.floor(instantMs / 60_000);
	const last = lastLocalTime.get(timeZone);
	if (last?.minute === minute) return last.time;
	const time = readLocalTime(timeZone, instantMs);
	lastLocalTime.set(timeZone, { minute, time });
	return time;
}

const lastLocalTime = new Map<string, { minute: number; time: LocalTime }>();

function readLocalTime(timeZone: string, instantMs: number): LocalTime {
	let weekday: Weekday = 'mon';
	let hour = 0;
	let minute = 0;
	for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
		if (part.type === 'weekday') weekday = WEEKDAY_BY_SHORT[part.value] ?? weekday;
		else if (part.type === 'hour') hour = Number(part.value) % 24;
		else if (part.type === 'minute') minute = Number(part.value);
	}
	return { weekday, minutes: hour * 60 + minute, hhmm: hhmm(hour * 60 + minute) };
}

const normalizeName = (s: string) =>
	s.normalize('NFKC').trim().replace(/^@+/, '').replace(/\s+/g, ' ').toLowerCase();

/**
 * The roster person called `nameOrHandle` (case-insensitive; a leading "@" is ignored), matching their name or
 * one of their handles. An e-mail address also matches by its whole text or its local part.
 */
export function findPerson(roster: readonly Person[], nameOrHandle: string): Person | undefined {
	const key = normalizeName(nameOrHandle);
	if (!key) return undefined;
	const keys = [key];
	const at = key.indexOf('@');
	if (at > 0) keys.push(key.slice(0, at), key.slice(0, at).replace(/[._]+/g, ' '));
	for (const k of keys) {
		const hit = roster.find(
			(p) => normalizeName(p.name) === k || p.handles.some((h) => normalizeName(h) === k),
		);
		if (hit) return hit;
	}
	return undefined;
}

/**
 * The roster people a draft @-mentions by one of their exact handles ("@kenji"), case-insensitively, as a whole
 * handle ("@kenji.sato" is not "@kenji"; an e-mail address is no mention); a handle kept without its "@" ("sam")
 * is mentioned as "@sam". Only what is written with the "@" counts: a bare name is never taken for a mention.
 */
export function mentionedPeople(text: string, roster: readonly Person[]): string[] {
	const out = new Set<string>();
	for (const m of text.matchAll(/(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_][\p{L}\p{N}_.-]*/gu)) {
		const said = m[0]
			.replace(/[.-]+$/u, '')
			.normalize('NFKC')
			.toLowerCase();
		const person = roster.find((p) =>
			p.handles.some((h) => `@${h.normalize('NFKC').trim().replace(/^@+/, '').toLowerCase()}` === said),
		);
		if (person) out.add(person.name);
	}
	return [...out];
}

/**
 * A person's working hours as entries ("Mon-Fri 09:00-17:00"). Parsed norms carry them resolved; a person
 * built by hand without any works the default team hours.
 */
export function hoursOf(person: Pick<Person, 'workingHours'>): readonly string[] {
	return person.workingHours ?? DEFAULT_TEAM_HOURS;
}

const minuteOfWeek = (local: LocalTime) => WEEKDAYS.indexOf(local.weekday) * MINUTES_PER_DAY + local.minutes;

/** True when `instantMs` falls inside the person's working hours in their own zone (ends exclusive; overnight too). */
export function isWithinWorkingHours(person: Person, instantMs: number): boolean {
	return isWorkingAt(weekSchedule(hoursOf(person)), minuteOfWeek(localTimeAt(person.timeZone, instantMs)));
}

/** True when the whole span [startMs, endMs) sits inside working hours: its first and its last minute. */
export function isSpanWithinWorkingHours(person: Person, startMs: number, endMs: number): boolean {
	const last = Math.max(startMs, endMs - 60_000);
	return isWithinWorkingHours(person, startMs) && isWithinWorkingHours(person, last);
}

/** When the person's next working period starts: the instant (to the minute) and their wall-clock "HH:MM". */
export function nextWorkingStartAt(
	person: Person,
	instantMs: number,
): { ms: number; hhmm: string } | undefined {
	const { starts } = weekSchedule(hoursOf(person));
	if (starts.length === 0) return undefined;
	const now = minuteOfWeek(localTimeAt(person.timeZone, instantMs));
	const next = starts.find((s) => s > now) ?? (starts[0] as number) + MINUTES_PER_WEEK;
	const minute = Math.floor(instantMs / 60_000) * 60_000;
	return { ms: minute + (next - now) * 60_000, hhmm: hhmm(next % MINUTES_PER_DAY) };
}

/** When the person's next working period starts, as words: "later today at 09:00", "tomorrow at 09:00", "on Monday at 09:00". */
export function nextWorkingStart(person: Person, instantMs: number): string | undefined {
	const { starts } = weekSchedule(hoursOf(person));
	if (starts.length === 0) return undefined;
	const now = minuteOfWeek(localTimeAt(person.timeZone, instantMs));
	const next = starts.find((s) => s > now) ?? (starts[0] as number) + MINUTES_PER_WEEK;
	const today = Math.floor(now / MINUTES_PER_DAY);
	const ahead = Math.floor(next / MINUTES_PER_DAY) - today;
	const at = hhmm(next % MINUTES_PER_DAY);
	if (ahead === 0) return `later today at ${at}`;
	if (ahead === 1) return `tomorrow at ${at}`;
	return `on ${WEEKDAY_NAMES[WEEKDAYS[Math.floor(next / MINUTES_PER_DAY) % 7] as Weekday]} at ${at}`;
}

export interface OutsideHours {
	person: Person;
	/** Their wall-clock time now, "HH:MM". */
	localTime: string;
	weekday: Weekday;
	/** When they are next at work, in words; absent when they have no working hours at all. */
	nextStart?: string;
	/** The same as an instant and their "HH:MM". */
	nextStartAt?: { ms: number; hhmm: string };
}

/** The recipients who are outside their working hours at `nowMs` (each roster person once; strangers skipped). */
export function recipientsOutsideHours(
	recipients: readonly string[],
	nowMs: number,
	norms: Pick<Norms, 'roster'>,
): OutsideHours[] {
	const out: OutsideHours[] = [];
	const seen = new Set<Person>();
	for (const r of recipients) {
		const person = findPerson(norms.roster, r);
		if (!person || seen.has(person)) continue;
		seen.add(person);
		if (isWithinWorkingHours(person, nowMs)) continue;
		const local = localTimeAt(person.timeZone, nowMs);
		const nextStart = nextWorkingStart(person, nowMs);
		const at = nextWorkingStartAt(person, nowMs);
		out.push({
			person,
			localTime: local.hhmm,
			weekday: local.weekday,
			...(nextStart ? { nextStart } : {}),
			...(at ? { nextStartAt: at } : {}),
		});
	}
	return out;
}

/** "2–4 h", "12 h", "real time": a channel's response expectation in words. */
export function formatResponse(r: { minHours: number; maxHours: number }): string {
	if (r.maxHours === 0) return 'real time';
	return r.minHours === r.maxHours ? `${r.maxHours} h` : `${r.minHours}–${r.maxHours} h`;
}

const listNames = (names: string[]) =>
	names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * The chat-surface finding for a draft that reaches people outside their working hours, or undefined when
 * nobody is. For the chat analyzer: `outsideHoursChatFinding(recipientsOutsideHours(ctx.recipients, ctx.now, norms), norms)`.
 */
export function outsideHoursChatFinding(
	entries: readonly OutsideHours[],
	norms: Pick<Norms, 'channels'>,
	rule = 'outside-hours',
): Finding | undefined {
	const first = entries[0];
	if (!first) return undefined;
	const chat = norms.channels.chat;
	let message: string;
	if (entries.length === 1) {
		// "21:00 for Kenji; they read after 10:00 (Asia/Tokyo)": their clock first, then when they are back.
		const when = first.nextStartAt
			? `they read after ${first.nextStartAt.hhmm} (${first.person.timeZone})`
			: `they're not working now (${first.person.timeZone})`;
		message = `${first.localTime} for ${first.person.name}; ${when}.`;
	} else {
		const who = listNames(entries.map((e) => `${e.person.name} (${e.localTime}, ${e.person.timeZone})`));
		message = `It's outside working hours for ${who} — they'll see this when their day starts; no need to expect a reply before then.`;
	}
	return {
		kind: 'outside_hours',
		rule,
		message,
		why: `Nobody is expected to reply in their evening or on their day off, so this waits for their morning: replies come within ${formatResponse(chat.response)} of working time.`,
		norm: 'roster',
		fixes: [
			...(first.nextStartAt && entries.length === 1
				? [
						{
							type: 'schedule-send' as const,
							label: `Schedule for ${first.person.name}’s morning`,
							at: first.nextStartAt.ms,
							who: first.person.name,
							local: first.nextStartAt.hhmm,
						},
					]
				: []),
			{
				type: 'insert-template',
				label: 'Say it can wait',
				field: 'draft',
				text: 'No rush — this can wait until your working hours.',
			},
		],
		severity: 'info',
		// Read off the roster and the clock: a fact, not a judgement.
		confidence: 1,
	};
}
