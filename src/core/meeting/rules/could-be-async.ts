import { PRESENTATION, STATUS } from '../meeting-lexicon.js';
import {
	defineMeetingRule,
	type MeetingProposal,
	type MeetingRuleExamples,
	type MeetingRuleInput,
} from '../meeting-rule.js';
import { channelPhrase, docSkeleton, listPhrase, videoOutline } from '../meeting-templates.js';

/** Mostly status reporting, round-robin updates, announcements or presentations: a doc or a video would do. */
export default defineMeetingRule({
	kind: 'could_be_async',
	check(input) {
		const { facts } = input;
		const byTitle = facts.asyncTitle && !facts.hasGoal;
		return facts.asyncShare > 0.5 || facts.roundRobin || byTitle ? [finding(input)] : [];
	},
	// Where nothing is reported or presented, or most of the time goes to a named decision, nothing could
	// be async, whatever the scorer says.
	whole: (input) => {
		const { facts } = input;
		const reporting =
			facts.asyncShare > 0 ||
			facts.asyncTitle ||
			facts.roundRobin ||
			STATUS.test(facts.title) ||
			PRESENTATION.test(facts.title) ||
			STATUS.test(facts.description) ||
			PRESENTATION.test(facts.description);
		const decisionLed = facts.hasGoal && facts.topics.length > 0 && facts.asyncShare < 0.5;
		return reporting && !decisionLed ? finding(input) : undefined;
	},
});

function finding({ facts, norms }: MeetingRuleInput): MeetingProposal {
	const reporting = facts.asyncShare > 0.5;
	const message = facts.roundRobin
		? 'Most of this meeting is round-robin updates — they read just as well in writing.'
		: reporting
			? `${facts.asyncShare >= 0.95 ? 'The whole agenda' : `About ${Math.round(facts.asyncShare * 100)} % of the agenda`} is status updates or presentations, with little to decide together.`
			: 'A meeting for updates, presentations or announcements, with nothing to decide: a written update or a recording would do.';
	const { tools, channels } = norms;
	return {
		kind: 'could_be_async',
		message,
		why: `Updates and presentations travel well asynchronously: a ${channelPhrase(norms, 'doc')} or a ${channelPhrase(norms, 'video')} lets people take it in at their own pace. This team keeps meetings for ${listPhrase(channels.meeting.bestFor)}, and aims for ${norms.asyncTargetPercent} % of its communication to be async.`,
		fixes: [
			{
				type: 'open-doc',
				label: tools.doc ? `Write it up in ${tools.doc.name}` : 'Write it up as a doc',
				title: facts.title || 'Update',
				skeleton: docSkeleton(facts, norms),
			},
			{
				type: 'record-video',
				label: tools.video ? `Record a short video in ${tools.video.name}` : 'Record a short video',
				outline: videoOutline(facts),
			},
		],
		severity: 'info',
	};
}

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: MeetingRuleExamples = {
	positive: [
		{
			title: 'Monday status',
			description: 'Agenda:\n- Status update from design\n- Status update from backend\n- Marketing report',
		},
		{ title: 'Daily stand-up', description: 'Usual format, 15 minutes.' },
		{
			title: 'Team meeting',
			description: 'We go around the room: each person shares what they have done since last week.',
		},
		{
			title: 'Platform review',
			description: '1. Demo of the new search page [20 min]\n2. Metrics update [15 min]\n3. Q&A [5 min]',
		},
	],
	negative: [
		{
			title: 'Schema migration',
			description: '1. Status of the backfill [5 min]\n2. Decide: cut over this week or next [25 min]',
		},
		{ title: 'All hands', description: 'Vote on the new holiday policy; approve the 2026 budget.' },
		{ title: 'Interview loop', description: 'Agenda: candidate feedback and hire / no-hire decision' },
	],
};
