import { findPerson, isSpanWithinWorkingHours, localTimeAt, WEEKDAY_NAMES } from '../../norms/roster.js';
import type { Person } from '../../norms/schema.js';
import { EXAMPLE_ROSTER_NORMS } from '../meeting-roster-example.js';
import { defineMeetingRule, type MeetingRuleExamples } from '../meeting-rule.js';

interface Hit {
	person: Person;
	required: boolean;
	local: string;
}

/** With a roster and a start time: an attendee whose local time at the start or end is outside their working hours. */
export default defineMeetingRule({
	kind: 'outside_hours',
	check({ meeting, norms }) {
		const start = meeting.start;
		if (start === undefined || norms.roster.length === 0) return [];
		const minutes = meeting.durationMin ?? norms.meetings.defaultDurationMin;
		const end = meeting.end !== undefined && meeting.end > start ? meeting.end : start + minutes * 60_000;
		const hits: Hit[] = [];
		const seen = new Set<Person>();
		const attendees = [
			...meeting.attendees.required.map((name) => ({ name, required: true })),
			...meeting.attendees.optional.map((name) => ({ name, required: false })),
		];
		for (const a of attendees) {
			const person = findPerson(norms.roster, a.name);
			if (!person || seen.has(person)) continue;
			seen.add(person);
			if (isSpanWithinWorkingHours(person, start, end)) continue;
			const from = localTimeAt(person.timeZone, start);
			const to = localTimeAt(person.timeZone, end);
			hits.push({
				person,
				required: a.required,
				local: `${WEEKDAY_NAMES[from.weekday]} ${from.hhmm}–${to.hhmm}`,
			});
		}
		const first = hits[0];
		if (!first) return [];
		const message =
			hits.length === 1
				? `For ${first.person.name} (${first.person.timeZone}) this is ${first.local} — outside their working hours.`
				: `Outside working hours for ${hits.length} attendees: ${hits.map((h) => `${h.person.name} (${h.local}, ${h.person.timeZone})`).join('; ')}.`;
		const record = norms.meetings.recordAndSummarize
			? ' This team records and summarizes meetings, so they can catch up instead of joining live.'
			: '';
		const required = hits.filter((h) => h.required).map((h) => h.person.name);
		return [
			{
				kind: 'outside_hours',
				message,
				why: `People on this team keep their own working hours in their own time zones; a meeting outside them asks someone to give up an evening, an early morning or a day off.${record}`,
				fixes: required.length
					? [{ type: 'make-optional', label: 'Make them optional', suggested: required }]
					: [],
				severity: required.length ? 'warning' : 'info',
			},
		];
	},
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: MeetingRuleExamples = {
	norms: EXAMPLE_ROSTER_NORMS,
	positive: [
		// 16:00 UTC on a Wednesday in March is 01:00 the next day in Tokyo.
		{
			title: 'Design review',
			start: Date.UTC(2025, 2, 12, 16),
			durationMin: 30,
			attendees: { required: ['Ana', 'kenji'] },
		},
		// 07:00 UTC is midnight in Los Angeles (daylight time since 9 March).
		{ title: 'Early sync', start: Date.UTC(2025, 2, 12, 7), attendees: { required: ['@maya'] } },
		// Saturday.
		{ title: 'Weekend push', start: Date.UTC(2025, 2, 15, 10), attendees: { optional: ['Ana Pereira'] } },
		// Starts inside Ana's hours, ends after them.
		{
			title: 'Late review',
			start: Date.UTC(2025, 2, 12, 16, 30),
			end: Date.UTC(2025, 2, 12, 17, 30),
			attendees: { required: ['ana'] },
		},
	],
	negative: [
		{ title: 'Design review', start: Date.UTC(2025, 2, 12, 10), attendees: { required: ['Ana'] } },
		{ title: 'Stranger', start: Date.UTC(2025, 2, 12, 3), attendees: { required: ['Someone Else'] } },
		{ title: 'No start', leadTimeHours: 48, attendees: { required: ['Kenji'] } },
		// Ends exactly when Ana's day ends.
		{
			title: 'To the minute',
			start: Date.UTC(2025, 2, 12, 16, 30),
			end: Date.UTC(2025, 2, 12, 17),
			attendees: { required: ['Ana'] },
		},
	],
};
