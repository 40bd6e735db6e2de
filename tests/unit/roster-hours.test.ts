/**
 * The roster that scales (issue 15): weekday ranges, team hours with per-person exceptions, overnight windows,
 * zone abbreviations answered with a suggestion, and one right error per mistake.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { parsePresetText } from '../../src/core/norms/parse-preset.js';
import { formatPresetError } from '../../src/core/norms/preset-errors.js';
import { findPerson, isWithinWorkingHours, nextWorkingStart } from '../../src/core/norms/roster.js';
import { type Person, Preset } from '../../src/core/norms/schema.js';
import { suggestTimeZone } from '../../src/core/norms/time-zones.js';
import {
	checkHoursList,
	describeHours,
	formatHoursWindow,
	normalizeHoursEntry,
	parseHoursEntry,
} from '../../src/core/norms/week-hours.js';

const errorsOf = (preset: object) => {
	const result = parsePresetText(JSON.stringify(preset));
	return result.ok ? [] : result.errors.map(formatPresetError);
};
const utc = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe('working hours as weekday ranges', () => {
	it.each([
		['Mon-Fri 09:00-17:00', 'Mon-Fri 09:00-17:00'],
		['mon-fri 09:00 - 17:00', 'Mon-Fri 09:00-17:00'],
		['Monday–Friday 09:00–17:00', 'Mon-Fri 09:00-17:00'],
		['Mon,Wed,Fri 10:00-14:00', 'Mon,Wed,Fri 10:00-14:00'],
		['Mon-Wed,Fri 08:30-16:30', 'Mon-Wed,Fri 08:30-16:30'],
		['Sun-Thu 10:00-18:00', 'Sun-Thu 10:00-18:00'],
		['Fri-Mon 22:00-06:00', 'Fri-Mon 22:00-06:00'],
		['Sat 00:00-24:00', 'Sat 00:00-24:00'],
	])('reads %j as %j', (entry, canonical) => {
		const parsed = parseHoursEntry(entry);
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(formatHoursWindow(parsed.window)).toBe(canonical);
	});

	it.each([
		['9:00-17:00', /^start with the days/],
		['Mon-Fri', /^expected days and a window/],
		['Mon-Fri 9:00-17:00', /^write "9:00" as "09:00"/],
		['Mon-Fri 09:00-25:00', /^"25:00" is not a time of day/],
		['Mon-Fri 9am-5pm', /^"9am" is not a time; write 24-hour HH:MM/],
		['Mun-Fri 09:00-17:00', /^unknown day "Mun"/],
		['Mon-Fri 24:00-08:00', /cannot start at 24:00/],
		['Mon 09:00-09:00', /starts and ends at the same time/],
	])('refuses %j with one message: %s', (entry, message) => {
		const problems = checkHoursList([entry]);
		expect(problems).toHaveLength(1);
		expect(problems[0]?.message).toMatch(message);
	});

	it('finds overlaps, also across midnight and over the weekend', () => {
		expect(checkHoursList(['Mon-Fri 09:00-17:00', 'Sat 10:00-14:00'])).toEqual([]);
		expect(checkHoursList(['Mon-Fri 09:00-17:00', 'Wed 16:00-18:00'])).toEqual([
			{ index: 1, message: 'overlaps "Mon-Fri 09:00-17:00"' },
		]);
		expect(checkHoursList(['Sun 22:00-06:00', 'Mon 05:00-07:00'])).toEqual([
			{ index: 1, message: 'overlaps "Sun 22:00-06:00"' },
		]);
		// Back to back is not an overlap.
		expect(checkHoursList(['Mon 09:00-12:00', 'Mon 12:00-17:00'])).toEqual([]);
	});

	it('tidies what people type in a spreadsheet, and leaves what it cannot read for the check', () => {
		expect(normalizeHoursEntry(' monday - friday 9:00 – 17:30 ')).toBe('Mon-Fri 09:00-17:30');
		expect(normalizeHoursEntry('Sun-Thu 22:00-6:00')).toBe('Sun-Thu 22:00-06:00');
		expect(normalizeHoursEntry('weekdays 9-5')).toBe('weekdays 9-5');
		expect(describeHours(['Mon-Fri 09:00-17:00', 'sat 10:00-14:00'])).toBe(
			'Mon-Fri 09:00-17:00; Sat 10:00-14:00',
		);
		expect(describeHours([])).toBe('no working hours');
	});
});

describe('"9:00" in a preset', () => {
	it('gives one right error, not a second misleading one', () => {
		const preset = {
			...DEFAULT_NORMS,
			roster: [{ name: 'Ana', timeZone: 'Europe/Lisbon', workingHours: ['Mon-Fri 9:00-17:00'] }],
		};
		expect(errorsOf(preset)).toEqual([
			'$.roster[0].workingHours[0]: write "9:00" as "09:00" (times are HH:MM)',
		]);
	});
});

describe('team hours with per-person exceptions', () => {
	const team = Preset.parse({
		...DEFAULT_NORMS,
		workingHours: ['Mon-Fri 09:00-17:00'],
		roster: [
			{ name: 'Maya', handles: ['@maya'], timeZone: 'America/Los_Angeles' },
			{ name: 'Lena', handles: ['@lena'], timeZone: 'Europe/Berlin' },
			{ name: 'Kenji', handles: ['@kenji'], timeZone: 'Asia/Tokyo', workingHours: ['Mon-Fri 10:00-19:00'] },
			{ name: 'Noor', timeZone: 'Europe/Berlin', workingHours: ['Sun-Thu 22:00-06:00'] },
			{ name: 'Off', timeZone: 'UTC', workingHours: [] },
		],
	});
	const who = (name: string) => findPerson(team.roster, name) as Person;

	it('a person without their own hours works the team hours, in their own zone', () => {
		expect(who('maya').workingHours).toEqual(['Mon-Fri 09:00-17:00']);
		// Wed 11 March 2026, 17:30 UTC: 10:30 in Los Angeles (PDT), 18:30 in Berlin, 02:30 Thursday in Tokyo.
		const t = utc(2026, 3, 11, 17, 30);
		expect(isWithinWorkingHours(who('maya'), t)).toBe(true);
		expect(isWithinWorkingHours(who('lena'), t)).toBe(false);
		expect(isWithinWorkingHours(who('kenji'), t)).toBe(false);
		// 09:30 UTC: 18:30 in Tokyo: inside Kenji's own hours, outside the team's.
		expect(isWithinWorkingHours(who('kenji'), utc(2026, 3, 11, 9, 30))).toBe(true);
	});

	it('an overnight window runs into the next morning, and over Sunday night', () => {
		const noor = who('noor');
		// Berlin is UTC+1 in winter. Sunday 22:30 local, Monday 05:59 local: at work. Monday 06:00: not.
		expect(isWithinWorkingHours(noor, utc(2026, 1, 11, 21, 30))).toBe(true);
		expect(isWithinWorkingHours(noor, utc(2026, 1, 12, 4, 59))).toBe(true);
		expect(isWithinWorkingHours(noor, utc(2026, 1, 12, 5))).toBe(false);
		// Thursday night runs into Friday 06:00; Friday night is off.
		expect(isWithinWorkingHours(noor, utc(2026, 1, 16, 4))).toBe(true);
		expect(isWithinWorkingHours(noor, utc(2026, 1, 16, 22))).toBe(false);
		expect(nextWorkingStart(noor, utc(2026, 1, 16, 12))).toBe('on Sunday at 22:00');
		expect(nextWorkingStart(noor, utc(2026, 1, 12, 12))).toBe('later today at 22:00');
	});

	it('a person with no hours is never at work and has no next start', () => {
		expect(isWithinWorkingHours(who('off'), utc(2026, 3, 11, 12))).toBe(false);
		expect(nextWorkingStart(who('off'), utc(2026, 3, 11, 12))).toBeUndefined();
	});

	it('parsing is idempotent: resolved norms parse to themselves', () => {
		expect(Preset.parse(team)).toEqual(team);
	});

	it('a 30-person, three-zone team needs one team entry and a line per exception', () => {
		const zones = ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo'];
		const roster = Array.from({ length: 30 }, (_, i) => ({
			name: `Person ${i + 1}`,
			timeZone: zones[i % 3],
			...(i % 10 === 0 ? { workingHours: ['Mon-Thu 08:00-18:00'] } : {}),
		}));
		const preset = { ...DEFAULT_NORMS, workingHours: ['Mon-Fri 09:00-17:00'], roster };
		expect(errorsOf(preset)).toEqual([]);
		const entries = 1 + roster.filter((p) => p.workingHours).length;
		expect(entries).toBe(4);
	});
});

describe('time zones people write', () => {
	it.each([
		['PST', 'America/Los_Angeles'],
		['pdt', 'America/Los_Angeles'],
		['CET', 'Europe/Berlin'],
		['JST', 'Asia/Tokyo'],
		['Berlin', 'Europe/Berlin'],
		['los angeles', 'America/Los_Angeles'],
		['Tokyo', 'Asia/Tokyo'],
		['Europe/Berln', 'Europe/Berlin'],
		['Asia/Kolkatta', 'Asia/Kolkata'],
		['Kyiv', 'Europe/Kyiv'],
		['UTC+9', 'Etc/GMT-9'],
		['GMT-5', 'Etc/GMT+5'],
	])('%j → %j', (input, zone) => expect(suggestTimeZone(input)).toBe(zone));

	it('has no suggestion for a real zone or for nonsense', () => {
		expect(suggestTimeZone('Asia/Tokyo')).toBeUndefined();
		expect(suggestTimeZone('Mars/Olympus_Mons')).toBeUndefined();
		expect(suggestTimeZone('')).toBeUndefined();
	});

	it('a preset with "PST" is refused once, with the zone it most likely means', () => {
		const preset = {
			...DEFAULT_NORMS,
			roster: [{ name: 'Maya', timeZone: 'PST', workingHours: ['Mon-Fri 09:00-17:00'] }],
		};
		expect(errorsOf(preset)).toEqual([
			'$.roster[0].timeZone: unknown IANA time zone "PST"; did you mean "America/Los_Angeles"?',
		]);
	});
});
