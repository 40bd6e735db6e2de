import type { MeetingFacts } from '../meeting-facts.js';
import { defineMeetingRule, inHours, type MeetingRuleExamples } from '../meeting-rule.js';
import { agendaTemplate } from '../meeting-templates.js';

/**
 * A program that fills the time: time-boxed items covering most of it, a timed schedule, or about one real
 * topic per 20 minutes. A two-hour working group with a full program is long by design, not by habit.
 */
function programFills(facts: MeetingFacts, minutes: number): boolean {
	const boxed = facts.topics.reduce((s, t) => s + (t.minutes ?? 0), 0);
	return boxed >= 0.75 * minutes || facts.timeSlots >= 3 || facts.topics.length >= minutes / 20;
}

/** Longer than the team's long-meeting threshold (strictly), when the duration is known and nothing fills it. */
export default defineMeetingRule({
	kind: 'long_meeting',
	check({ facts, norms }) {
		const d = facts.durationMin;
		const { longDurationMin: long, defaultDurationMin } = norms.meetings;
		if (d === undefined || d <= long || programFills(facts, d)) return [];
		return [
			{
				kind: 'long_meeting',
				message: `This meeting runs ${Math.round(d)} min — longer than this team's ${long} min mark.`,
				why: `This team's meetings default to ${defaultDurationMin} min, and anything over ${long} min gets a second look: attention drops in long meetings and they crowd out focused work. Could it be shorter, split in two, or partly prepared in writing?`,
				fixes: [
					{
						type: 'insert-template',
						label: `Time-box it to ${long} min`,
						field: 'description',
						text: agendaTemplate(facts, norms, long),
					},
				],
				severity: 'info',
			},
		];
	},
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: MeetingRuleExamples = {
	positive: [
		{ title: 'Planning', description: 'Decide Q3 bets', durationMin: 120 },
		{ title: 'Workshop', description: 'Agenda: pick the logo', start: inHours(48), end: inHours(51) },
		{ title: 'Deep dive', description: 'Review the storage design', durationMin: 61 },
	],
	negative: [
		{ title: 'Planning', description: 'Decide Q3 bets', durationMin: 60 },
		{ title: 'Workshop', description: 'Agenda: pick the logo', start: inHours(48), end: inHours(48.5) },
		{ title: 'Deep dive', description: 'Review the storage design' },
	],
};
