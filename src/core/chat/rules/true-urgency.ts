/**
 * true_urgency: a real emergency in progress — service down, people unable to log in or pay, data lost,
 * credentials exposed. The coaching is "use the emergency channel", never "tone it down".
 */

import type { Span } from '../../finding.js';
import { channelNorm, emergencyRoute } from '../../norms/explain.js';
import type { Norms } from '../../norms/schema.js';
import { type ChatRuleExamples, type ChatRuleInput, defineChatRule, type Proposal } from '../chat-rule.js';
import { type EmergencyType, emergencySignals, isAfterTheFact } from '../emergency.js';
import { isConditional } from '../speech-acts.js';

const COUNT_WORDS: Record<EmergencyType, RegExp> = {
	down: /\b(?:down|outage|unavailable|offline|service)\b/i,
	access: /\b(?:log ?in|sign ?in|pay|access|blocked|checkout)\b/i,
	data: /\b(?:data|lost|loss|corrupt\w*|deleted)\b/i,
	security: /\b(?:breach|security|credential\w*|leak\w*|exposed|secret\w*)\b/i,
};

const EMERGENCY_TAGS = ['Service', 'ServiceIs', 'Down', 'Auth', 'Payment', 'Loss', 'Secret', 'Exposure'];
const EMERGENCY_WORDS =
	/\b(?:down|outage|incident|breach\w*|leak\w*|exposed|hack\w*|compromis\w*|5\d\d|crash\w*|unreachable|unavailable|offline|locked out|can'?t (?:log|sign|access|pay|get in)|cannot (?:log|sign|access|pay)|unable to|wiped|deleted|lost|corrupt\w*|ransom\w*|fail\w*|broken|error\w*|emergency|sev ?[01]|p[01]\b)/i;

/** The line of the team's emergency protocol this signal falls under, in the team's own words. */
function protocolLine(norms: Norms, type: EmergencyType | undefined): string {
	const counts = norms.emergency.counts;
	const match = type ? counts.find((c) => COUNT_WORDS[type].test(c)) : undefined;
	if (match) return `“${match}”`;
	return counts.length > 0 ? `“${counts.join('”, “')}”` : 'an emergency';
}

function check(input: ChatRuleInput): Proposal[] {
	const { draft, norms, phrases } = input;
	const signals = emergencySignals(draft);
	const first = signals[0];
	let span: Span | undefined;
	if (first) span = { start: first.sentence.at + first.hit.start, end: first.sentence.at + first.hit.end };
	else if (phrases[0]) span = phrases[0];
	else return [];
	return [emergencyFinding(norms, first?.type, span)];
}

function emergencyFinding(norms: Norms, type: EmergencyType | undefined, span?: Span): Proposal {
	const { name, how } = norms.emergency.channel;
	return {
		kind: 'true_urgency',
		...(span ? { span } : {}),
		message: `This reads like an emergency: take it to ${name} now`,
		why: `Your team's emergency protocol counts ${protocolLine(norms, type)} as an emergency. Emergencies cannot wait while ${channelNorm(norms.channels.chat)}; they go to ${emergencyRoute(norms)}.`,
		norm: 'emergency',
		fixes: [{ type: 'use-emergency-channel', label: `Raise it in ${name}`, channel: name, how }],
		severity: 'critical',
	};
}

export default defineChatRule({
	kind: 'true_urgency',
	check,
	// Only where something could be on fire: a service, access, payment, data or security word.
	// Only where something could be on fire now: an emergency word in a sentence that is not a condition
	// ("if the site is down …") and not a report written after the fact.
	whole: (input) =>
		!isAfterTheFact(input.draft) &&
		input.draft.sentences.some(
			(s) =>
				!isConditional(s) &&
				(EMERGENCY_WORDS.test(s.text) || s.tokens.some((t) => EMERGENCY_TAGS.some((tag) => t.tags.has(tag)))),
		)
			? emergencyFinding(input.norms, undefined)
			: undefined,
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: ChatRuleExamples = {
	positive: [
		'The website is down for everyone, nobody can reach the storefront.',
		'Customers cannot log in since the deploy ten minutes ago.',
		'The migration script wiped out all the invoices in the orders database.',
		'Our AWS credentials were leaked in a public gist this morning.',
		'URGENT: checkout is broken right now, payments are failing.',
	],
	negative: [
		'Yesterday the website was down for an hour; it is back up and the post-mortem is linked in the doc.',
		'If the site is down, the status page updates on its own.',
		'Please keep the login page copy short and friendly.',
		'I deleted all the stale branches from the repo this morning.',
		'Calm down, the dashboard number is only a display rounding issue.',
	],
};
