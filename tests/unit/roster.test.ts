import { describe, expect, it } from 'vitest';
import { Finding } from '../../src/core/finding.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import {
	findPerson,
	isSpanWithinWorkingHours,
	isWithinWorkingHours,
	localTimeAt,
	mentionedPeople,
	nextWorkingStart,
	outsideHoursChatFinding,
	recipientsOutsideHours,
} from '../../src/core/norms/roster.js';
import { type Person, Preset } from '../../src/core/norms/schema.js';

const week = ['Mon-Fri 09:00-17:00'];
const norms = Preset.parse({
	...DEFAULT_NORMS,
	roster: [
		{ name: 'Ana Pereira', handles: ['@ana', 'Ana P.'], timeZone: 'Europe/Lisbon', workingHours: week },
		{
			name: 'Sam Night',
			handles: ['sam'],
			timeZone: 'UTC',
			workingHours: ['Mon 18:00-24:00'],
		},
		{ name: 'Omar', timeZone: 'America/New_York', workingHours: week },
		{ name: 'Priya', timeZone: 'Asia/Kolkata', workingHours: week },
	],
});
const person = (name: string) => findPerson(norms.roster, name) as Person;
const utc = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe('findPerson', () => {
	it.each([
		['Ana Pereira', 'Ana Pereira'],
		['ana pereira', 'Ana Pereira'],
		['  ANA   PEREIRA ', 'Ana Pereira'],
		['@ana', 'Ana Pereira'],
		['ana', 'Ana Pereira'],
		['ana p.', 'Ana Pereira'],
		['@Sam', 'Sam Night'],
		['omar@example.com', 'Omar'],
	])('%j is %j', (query, name) => expect(findPerson(norms.roster, query)?.name).toBe(name));

	it.each(['', '   ', '@', 'Anna', 'Pereira', 'nobody@example.com'])('%j is nobody', (q) =>
		expect(findPerson(norms.roster, q)).toBeUndefined(),
	);
});

describe('localTimeAt', () => {
	it('follows daylight saving time', () => {
		// Lisbon: WET (UTC+0) in winter, WEST (UTC+1) from the last Sunday of March (30 March 2025, 01:00 UTC).
		expect(localTimeAt('Europe/Lisbon', utc(2025, 3, 29, 12)).hhmm).toBe('12:00');
		expect(localTimeAt('Europe/Lisbon', utc(2025, 3, 31, 12)).hhmm).toBe('13:00');
		expect(localTimeAt('Europe/Lisbon', utc(2025, 3, 30, 0, 59)).hhmm).toBe('00:59');
		expect(localTimeAt('Europe/Lisbon', utc(2025, 3, 30, 1)).hhmm).toBe('02:00');
		// New York: EDT from 9 March 2025.
		expect(localTimeAt('America/New_York', utc(2025, 3, 7, 15)).hhmm).toBe('10:00');
		expect(localTimeAt('America/New_York', utc(2025, 3, 10, 15)).hhmm).toBe('11:00');
	});

	it('gives the local weekday, which can differ from UTC', () => {
		expect(localTimeAt('Asia/Kolkata', utc(2025, 3, 14, 20)).weekday).toBe('sat'); // Fri 20:00 UTC = Sat 01:30
		expect(localTimeAt('Asia/Kolkata', utc(2025, 3, 14, 20)).hhmm).toBe('01:30');
		expect(localTimeAt('America/New_York', utc(2025, 3, 17, 2)).weekday).toBe('sun');
	});

	it('answers each minute and each zone for itself, asked over and over in any order', () => {
		const t = utc(2025, 3, 17, 9, 59);
		expect(localTimeAt('UTC', t).hhmm).toBe('09:59');
		expect(localTimeAt('UTC', t + 59_000).hhmm).toBe('09:59');
		expect(localTimeAt('UTC', t + 60_000).hhmm).toBe('10:00');
		expect(localTimeAt('Asia/Tokyo', t + 60_000).hhmm).toBe('19:00');
		expect(localTimeAt('UTC', t).hhmm).toBe('09:59');
		expect(localTimeAt('Asia/Tokyo', t).hhmm).toBe('18:59');
	});

	it('reads midnight as 00:00', () => {
		expect(localTimeAt('UTC', utc(2025, 3, 17, 0))).toEqual({ weekday: 'mon', minutes: 0, hhmm: '00:00' });
	});
});

describe('isWithinWorkingHours', () => {
	it('holds inside the day, with the end exclusive', () => {
		const ana = person('ana');
		expect(isWithinWorkingHours(ana, utc(2025, 3, 12, 9))).toBe(true);
		expect(isWithinWorkingHours(ana, utc(2025, 3, 12, 16, 59))).toBe(true);
		expect(isWithinWorkingHours(ana, utc(2025, 3, 12, 17))).toBe(false);
		expect(isWithinWorkingHours(ana, utc(2025, 3, 12, 8, 59))).toBe(false);
	});

	it('shifts with daylight saving time', () => {
		const ana = person('ana');
		// 08:30 UTC is 08:30 in Lisbon in winter (outside) but 09:30 in summer (inside).
		expect(isWithinWorkingHours(ana, utc(2025, 3, 28, 8, 30))).toBe(false);
		expect(isWithinWorkingHours(ana, utc(2025, 3, 31, 8, 30))).toBe(true);
	});

	it('is false on a weekend day with no hours', () => {
		expect(isWithinWorkingHours(person('ana'), utc(2025, 3, 15, 11))).toBe(false);
		expect(isWithinWorkingHours(person('priya'), utc(2025, 3, 14, 20))).toBe(false); // already Saturday there
	});

	it('handles working hours that end at 24:00', () => {
		const sam = person('sam');
		expect(isWithinWorkingHours(sam, utc(2025, 3, 17, 23, 59))).toBe(true);
		expect(isWithinWorkingHours(sam, utc(2025, 3, 18, 0))).toBe(false); // Tuesday: no hours
		expect(isSpanWithinWorkingHours(sam, utc(2025, 3, 17, 23), utc(2025, 3, 18, 0))).toBe(true);
		expect(isSpanWithinWorkingHours(sam, utc(2025, 3, 17, 23), utc(2025, 3, 18, 0, 30))).toBe(false);
	});
});

describe('nextWorkingStart', () => {
	it('says when they are back', () => {
		const ana = person('ana');
		expect(nextWorkingStart(ana, utc(2025, 3, 12, 7))).toBe('later today at 09:00');
		expect(nextWorkingStart(ana, utc(2025, 3, 12, 22))).toBe('tomorrow at 09:00');
		expect(nextWorkingStart(ana, utc(2025, 3, 14, 22))).toBe('on Monday at 09:00');
	});
});

describe('recipientsOutsideHours', () => {
	it('lists known recipients outside their hours, once each, and skips strangers', () => {
		const now = utc(2025, 3, 12, 20, 40); // Wednesday; 16:40 in New York
		const out = recipientsOutsideHours(['@ana', 'Ana Pereira', 'Omar', 'someone', 'priya'], now, norms);
		expect(out.map((o) => [o.person.name, o.localTime])).toEqual([
			['Ana Pereira', '20:40'],
			['Priya', '02:10'],
		]);
		expect(out[0]?.nextStart).toBe('tomorrow at 09:00');
	});

	it('is empty with no roster', () => {
		expect(recipientsOutsideHours(['ana'], utc(2025, 3, 12, 22), DEFAULT_NORMS)).toEqual([]);
	});
});

describe('outsideHoursChatFinding', () => {
	it('says whose evening it is and cites the chat response expectation', () => {
		const out = recipientsOutsideHours(['ana'], utc(2025, 3, 12, 22, 40), norms);
		const f = outsideHoursChatFinding(out, norms);
		expect(f && Finding.parse(f)).toEqual(f);
		expect(f?.kind).toBe('outside_hours');
		expect(f?.message).toBe('22:40 for Ana Pereira; they read after 09:00 (Europe/Lisbon).');
		expect(f?.why).toContain('2–4 h');
		expect(f?.norm).toBe('roster');
		// Schedule it for their morning: 09:00 in Lisbon the next day, as an instant.
		expect(f?.fixes[0]).toEqual({
			type: 'schedule-send',
			label: 'Schedule for Ana Pereira’s morning',
			at: utc(2025, 3, 13, 9), // Lisbon is on UTC in March
			who: 'Ana Pereira',
			local: '09:00',
		});
	});

	it('names everyone when several are off, and nothing when nobody is', () => {
		const out = recipientsOutsideHours(['ana', 'priya'], utc(2025, 3, 12, 22, 40), norms);
		expect(outsideHoursChatFinding(out, norms)?.message).toContain(
			'Ana Pereira (22:40, Europe/Lisbon) and Priya',
		);
		expect(outsideHoursChatFinding([], norms)).toBeUndefined();
	});
});

describe('mentionedPeople', () => {
	it('finds roster people by an exact @handle, once each, and nothing else', () => {
		expect(mentionedPeople('@ana and @ANA, see this', norms.roster)).toEqual(['Ana Pereira']);
		expect(mentionedPeople('thanks @ana.', norms.roster)).toEqual(['Ana Pereira']);
		// "sam" is a handle kept without its "@": "@sam" mentions them, the bare word does not.
		expect(mentionedPeople('sam, see this', norms.roster)).toEqual([]);
		expect(mentionedPeople('sam, @sam: see this', norms.roster)).toEqual(['Sam Night']);
		expect(mentionedPeople('@anabel @ana_p x@ana.example @ana-b', norms.roster)).toEqual([]);
		expect(mentionedPeople('no mention here', norms.roster)).toEqual([]);
	});
});
