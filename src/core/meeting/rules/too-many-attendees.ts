import { formatResponse } from '../../norms/roster.js';
import type { Meeting } from '../meeting.js';
import { defineMeetingRule, type MeetingRuleExamples } from '../meeting-rule.js';

/** Required attendees named in the description (topic owners, presenters) are needed; the others may not be. */
function optionalCandidates(meeting: Meeting): string[] {
	const required = meeting.attendees.required;
	if (required.length === 0) return [];
	const words = new Set(
		meeting.description
			.slice(0, 50_000)
			.toLowerCase()
			.match(/[\p{L}\p{N}_-]+/gu) ?? [],
	);
	const named = (who: string) => {
		const key = (who.replace(/^@/, '').split(/[\s@]/)[0] ?? '').toLowerCase();
		return key.length >= 2 && words.has(key);
	};
	const mentioned = required.filter(named);
	return mentioned.length ? required.filter((r) => !named(r)) : [];
}

/** Role labels an organizer gives attendees ("Chair: Ana", "Minutes – Ben", "Members: …"). */
const ROLE =
	/\b(co-?chair|chair(?:person)?|facilitator|moderator|minutes|note[- ]?taker|scribe|secretary|timekeeper|treasurer|members?|presenters?)\s*[:–—-]/giu;

/**
 * The organizer assigned attendees their roles (two or more different role labels): attendance was thought
 * through, as for a board or committee whose members must all be there. That outweighs a count just over the
 * limit, never a count well over it.
 */
function deliberateAttendance(description: string, count: number, max: number): boolean {
	if (count > max + Math.max(2, Math.ceil(max / 4))) return false;
	const roles = new Set<string>();
	for (const m of description.slice(0, 50_000).matchAll(ROLE))
		roles.add((m[1] ?? '').toLowerCase().replace(/s$/, '').replace(/-/g, ''));
	return roles.size >= 2;
}

/** More required attendees than the team's limit; optional attendees don't count, and with no count, no finding. */
export default defineMeetingRule({
	kind: 'too_many_attendees',
	check({ meeting, facts, norms }) {
		const n = facts.requiredCount;
		const { maxRequiredAttendees: max, recordAndSummarize } = norms.meetings;
		if (n === undefined || n <= max) return [];
		if (deliberateAttendance(meeting.description, n, max)) return [];
		const suggested = optionalCandidates(meeting);
		const summary = recordAndSummarize
			? ` and share the recording and a written summary afterwards (read within ${formatResponse(norms.channels.doc.response)})`
			: '';
		return [
			{
				kind: 'too_many_attendees',
				message: `${n} required attendees — more than this team's limit of ${max}.`,
				why: `This team keeps meetings to at most ${max} required attendees: beyond that most people listen rather than take part, and the hours add up. Make the people who only need the outcome optional${summary}.`,
				fixes: [
					{
						type: 'make-optional',
						label: suggested.length
							? `Make at least ${n - max} optional — these own no topic`
							: `Make at least ${n - max} optional: those who only need the outcome`,
						suggested,
					},
					...(recordAndSummarize
						? [
								{
									type: 'insert-template' as const,
									label: 'Promise a recording and summary',
									field: 'description' as const,
									text: "Optional? We'll record this and post a summary with decisions and owners — join only if you have something to add.",
								},
							]
						: []),
				],
				severity: 'warning',
			},
		];
	},
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: MeetingRuleExamples = {
	positive: [
		{ title: 'Quarterly planning', description: 'Agenda: decide Q3 bets', attendees: { count: 14 } },
		{
			title: 'Launch review',
			description: 'Agenda: 1. Metrics (Ana) 2. Decide next steps (Ben)',
			attendees: { required: ['Ana', 'Ben', 'Cai', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal', 'Ivy'] },
		},
		{ title: 'Guild meeting', description: 'Vote on the style guide', attendees: { count: 40 } },
		{
			title: 'All-hands',
			description: 'Facilitator: Ana. Notes: Ben. Members: everyone in engineering.',
			attendees: { count: 25 },
		},
	],
	negative: [
		{ title: 'Quarterly planning', description: 'Agenda: decide Q3 bets', attendees: { count: 8 } },
		{
			title: 'Launch review',
			description: 'Agenda: decide next steps',
			attendees: {
				required: ['Ana', 'Ben', 'Cai'],
				optional: ['Dee', 'Eli', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo', 'Kim', 'Lu'],
			},
		},
		{ title: 'Guild meeting', description: 'Vote on the style guide' },
		{
			title: 'Steering committee: budget',
			description: 'Chair: Ana. Secretary: Ben. Members: the seven elected leads. Decide the 2027 budget.',
			attendees: { count: 10 },
		},
	],
};
