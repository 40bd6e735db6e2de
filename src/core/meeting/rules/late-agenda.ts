import { LATE_PROMISE } from '../meeting-lexicon.js';
import { defineMeetingRule, inHours, type MeetingRuleExamples } from '../meeting-rule.js';
import { hoursPhrase } from '../meeting-templates.js';

/** How many hours ahead a promised agenda really arrives ("the day before" is less than a full day). */
function promisedLead(description: string): number | undefined {
	const m = LATE_PROMISE.exec(description);
	if (!m) return undefined;
	if (m[1] !== undefined) return Number(m[1]);
	const said = m[0].toLowerCase();
	if (/\b(?:day|night|evening) before\b/.test(said)) return 20;
	if (/\ban hour before\b/.test(said)) return 1;
	return 2;
}

/** The agenda goes out less than the team's lead time before the start, or is promised only for the last minute. */
export default defineMeetingRule({
	kind: 'late_agenda',
	check({ facts, norms }) {
		const need = norms.meetings.agendaLeadHours;
		if (need <= 0) return [];
		const lead = facts.leadHours;
		let message: string;
		let when: string;
		if (lead !== undefined && lead >= 0 && lead < need) {
			when = hoursPhrase(lead);
			message = `The agenda goes out only ${when} before the meeting.`;
		} else {
			const promised = promisedLead(facts.description);
			if (promised === undefined || promised >= need) return [];
			when = 'shortly';
			message = 'The agenda is promised only shortly before the meeting.';
		}
		const starts =
			when === 'shortly' ? 'this one promises it at the last minute' : `this one starts in ${when}`;
		return [
			{
				kind: 'late_agenda',
				message,
				why: `This team shares agendas at least ${need} h before a meeting so people can prepare or opt out; ${starts}.`,
				fixes: [
					{
						type: 'insert-template',
						label: 'Add a short-notice note',
						field: 'description',
						text: "Short notice, sorry. If you can't prepare in time, add your input to the notes before we start — or skip and read the summary afterwards.",
					},
				],
				severity: 'warning',
			},
		];
	},
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: MeetingRuleExamples = {
	positive: [
		{ title: 'Roadmap review', description: 'Agenda: 1. Q3 bets 2. Decide what to cut', leadTimeHours: 3 },
		{ title: 'Hiring debrief', description: 'Decide on the backend candidate.', leadTimeHours: 0 },
		{
			title: 'Release go/no-go',
			description: 'Agenda: open blockers; go/no-go call',
			start: inHours(5),
			end: inHours(5.5),
		},
		{
			title: 'Offsite planning',
			description: 'We need to choose a venue. The final agenda will be sent the day before.',
			leadTimeHours: 200,
		},
	],
	negative: [
		{ title: 'Roadmap review', description: 'Agenda: 1. Q3 bets 2. Decide what to cut', leadTimeHours: 48 },
		{ title: 'Hiring debrief', description: 'Decide on the backend candidate.', start: inHours(30) },
		{ title: 'Retro', description: 'Topics: what to change in on-call' },
		{ title: 'Exactly on time', description: 'Agenda: budget sign-off', leadTimeHours: 24 },
	],
};
