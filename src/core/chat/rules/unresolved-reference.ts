/**
 * missing_context (references): an ask about "this", "that", "it" or "your comments" with nothing in the
 * message to point at — no link, ID, name of the thing, quote or attachment. The reader sees one draft.
 */

import type { Span } from '../../finding.js';
import { type ChatRuleExamples, type ChatRuleInput, defineChatRule, type Proposal } from '../chat-rule.js';
import { hitsOf } from '../draft-facts.js';
import { answerAfter } from '../fill-in.js';
import { hasConcreteContext, unresolvedReferences } from '../references.js';
import { isRequest } from '../speech-acts.js';
import { chatWhy } from '../whys.js';

/** Words that may follow a feedback request with no object: "your comments to Dana by Friday". */
const AFTER_OBJECT = new Set([
	'to',
	'by',
	'asap',
	'please',
	'before',
	'until',
	'today',
	'tomorrow',
	'soon',
	'and',
	'or',
	'at',
]);

function finding(input: ChatRuleInput, span: Span, what: string): Proposal {
	const { norms } = input;
	return {
		kind: 'missing_context',
		span,
		message: `“${what}” has nothing in the message to point at`,
		why: chatWhy('which', norms, `${input.draft.text}${what}`),
		norm: 'chat',
		fixes: [answerAfter(span, 'Say which one', `Which “${what}”? A link, ID or name`, '(', ')')],
		severity: 'warning',
	};
}

function check(input: ChatRuleInput): Proposal[] {
	const { draft, phrases } = input;
	if (hasConcreteContext(draft)) return [];
	const out: Proposal[] = [];
	for (const ref of unresolvedReferences(draft)) out.push(finding(input, ref, ref.text));
	if (out.length === 0) {
		// "Please send your comments asap": feedback on nothing named.
		let thingBefore = false;
		for (const sentence of draft.sentences) {
			for (const hit of sentence.hits) {
				if (hit.signal !== 'feedback-request' || thingBefore || !isRequest(sentence)) continue;
				// The feedback word must end its phrase ("your comments asap"), not modify a noun ("approval threshold").
				const next = sentence.tokens[hit.last + 1];
				if (next && !AFTER_OBJECT.has(next.norm) && !next.tags.has('Urgency')) continue;
				const span = { start: sentence.at + hit.start, end: sentence.at + hit.end };
				out.push(finding(input, span, draft.text.slice(span.start, span.end)));
			}
			thingBefore ||= sentence.hasThing;
		}
	}
	for (const span of phrases) out.push(finding(input, span, draft.text.slice(span.start, span.end)));
	return out.length > 0 && hitsOf(draft, 'talk-request').length === 0 ? out.slice(0, 3) : [];
}

export default defineChatRule({
	kind: 'missing_context',
	// A team's phrases for missing context point at a thing never named: this rule's finding.
	teamPhrases: true,
	check,
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: ChatRuleExamples = {
	positive: [
		'Did you fix this?',
		'Can you approve that today?',
		'Please review it before the standup.',
		'Has this issue been resolved yet?',
		'Please send your comments to Dana by Friday.',
	],
	negative: [
		'Did you fix the date parser crash in PR #412?',
		'I uploaded the Q3 budget sheet. Can you approve it today?',
		'Please review https://example.com/pull/7 before the standup.',
		'I think that the offsite went well.',
		'It would be great to have the launch notes by Friday, please.',
		'Please send your comments on the hiring rubric by Friday.',
	],
};
