import { hasAgenda } from '../meeting-facts.js';
import {
	defineMeetingRule,
	type MeetingProposal,
	type MeetingRuleExamples,
	type MeetingRuleInput,
} from '../meeting-rule.js';
import { agendaTemplate } from '../meeting-templates.js';

/** No agenda: nothing listed, only a placeholder ("TBD", "please add topics"), an unfilled template, or just logistics. */
export default defineMeetingRule({
	kind: 'no_agenda',
	check(input) {
		const { facts } = input;
		// A template's leftover slot next to a real agenda is fine; a template with almost nothing in it is not.
		const unfilledTemplate = facts.template && facts.topics.length < 3;
		if (hasAgenda(facts) && !unfilledTemplate && !(facts.placeholder && facts.topics.length === 0)) return [];
		const found = finding(input);
		if (!found) return [];
		// What the guide calls no agenda by definition — nothing, only logistics (a link, a time, a room) or only a
		// placeholder — needs no judgement: shown whatever the scorer says.
		const logisticsOnly =
			facts.topics.length === 0 && !facts.agendaLink && proseWords(facts.description) <= 3;
		const definite = logisticsOnly || (facts.placeholder && facts.topics.length === 0 && facts.words <= 25);
		return [definite ? { ...found, forced: true } : found];
	},
	whole: finding,
});

/** Words that are not logistics: links, times, dates, meeting IDs and join words left out. */
function proseWords(description: string): number {
	const rest = description
		.replace(/\bhttps?:\/\/\S+|<[a-z]+>|[^\s@]{1,64}@\S+/gi, ' ')
		.replace(/\b\d{1,2}[:.]\d{2}\b|\b\d+\b/g, ' ')
		.replace(
			/\b(?:zoom|teams|meet|google|webex|link|join|joining|dial[- ]?in|meeting|id|passcode|password|pin|room|location|call|phone|at|on|in|via|from|to|am|pm|utc|gmt|[a-z]{3}t|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|today|tomorrow|weekly|daily|every)\b/gi,
			' ',
		);
	return rest.match(/\p{L}{2,}/gu)?.length ?? 0;
}

function finding({ facts, norms }: MeetingRuleInput): MeetingProposal | undefined {
	if (!norms.meetings.agendaRequired) return undefined;
	const unfilledTemplate = facts.template && facts.topics.length < 3;
	const message = unfilledTemplate
		? 'The agenda is an unfilled template: its placeholders are still there.'
		: facts.placeholder
			? 'The agenda is only a placeholder — no topics yet.'
			: facts.description.trim()
				? 'No agenda: the invite lists no topics to cover.'
				: 'No agenda: the invite has no description.';
	return {
		kind: 'no_agenda',
		message,
		why: `This team puts an agenda on every invite — topics with owners and times — and shares it at least ${norms.meetings.agendaLeadHours} h ahead, so people can prepare, or see they aren't needed and skip.`,
		fixes: [
			{
				type: 'insert-template',
				label: 'Add an agenda',
				field: 'description',
				text: agendaTemplate(facts, norms),
			},
		],
		severity: 'warning',
	};
}

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: MeetingRuleExamples = {
	positive: [
		{ title: 'Budget chat', description: '' },
		{ title: 'Planning', description: 'Agenda: TBD' },
		{ title: 'Design review', description: 'Zoom: https://example.com/j/123 — Tuesday 14:00–15:00' },
		{
			title: 'Quarterly sync',
			description: 'Agenda\n- [topic] — [owner] — [time]\n- [topic] — [owner] — [time]\nNotes: (add here)',
		},
		{ title: 'Ops weekly', description: 'Please add your agenda items to this invite before Friday.' },
		{
			title: 'Guild call',
			description: 'Facilitator: Name\nAgenda:\n* Topic title - presenter - duration',
		},
	],
	negative: [
		{
			title: 'Pricing page review',
			description:
				'Agenda:\n1. Walk the new tiers (Lea, 10 min)\n2. Decide on the annual discount (Omar, 15 min)',
		},
		{
			title: 'Vendor pick',
			description:
				'Topics to discuss: shortlist of three vendors; security questionnaire results; final choice',
		},
		{
			title: 'Incident follow-up',
			description:
				"We'll go over the timeline of last week's outage and agree on the two fixes to ship first.",
		},
	],
};
