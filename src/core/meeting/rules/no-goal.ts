import { HABIT } from '../meeting-lexicon.js';
import {
	defineMeetingRule,
	type MeetingProposal,
	type MeetingRuleExamples,
	type MeetingRuleInput,
} from '../meeting-rule.js';
import { listPhrase } from '../meeting-templates.js';

/** No decision, outcome or deliverable is named: a meeting by habit ("general updates", "open discussion", "sync"). */
export default defineMeetingRule({
	kind: 'no_goal',
	check(input) {
		return input.facts.hasGoal ? [] : [finding(input)];
	},
	whole: finding,
});

function finding({ facts, norms }: MeetingRuleInput): MeetingProposal {
	const habit = HABIT.exec(facts.title) ?? HABIT.exec(facts.description);
	const message = habit
		? `"${habit[0]}" is a habit, not a goal: the invite names no decision or outcome.`
		: 'No goal: the invite never says what should be decided or produced.';
	const bestFor = listPhrase(norms.channels.meeting.bestFor);
	return {
		kind: 'no_goal',
		message,
		why: `A meeting earns everyone's time when it ends in a decision, an outcome or a deliverable. This team keeps meetings for ${bestFor}; without a goal, people can't tell whether to come or what to prepare.`,
		fixes: [
			// Asked in the card, never a placeholder in the invite: the answer goes in as "Goal: …" after the text.
			{
				type: 'fill-in',
				label: 'Name the goal',
				prompt: 'What should this meeting decide or produce?',
				at: facts.description.length,
				before: facts.description.trim() ? '\n\nGoal: ' : 'Goal: ',
				after: '',
			},
		],
		severity: 'warning',
	};
}

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: MeetingRuleExamples = {
	positive: [
		{ title: 'Weekly sync', description: 'Our usual slot.' },
		{ title: 'Open discussion', description: 'Bring anything you want to talk about.' },
		{ title: 'Team catch-up', description: 'Agenda: 1. News from marketing 2. Office move 3. AOB' },
		{ title: '', description: '' },
	],
	negative: [
		{ title: 'Pick the Q3 launch date', description: 'Options: 2 June or 16 June.' },
		{ title: 'API design', description: 'Goal: agree on the pagination style for v2.' },
		{
			title: 'Board meeting',
			description: 'Agenda: 1. Approve last minutes 2. Vote on the new treasurer 3. Budget review',
		},
		{ title: 'Sync', description: 'We should decide whether to drop IE support.' },
	],
};
