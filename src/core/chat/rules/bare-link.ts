/**
 * missing_context (a bare link): a message that is only a link, or a link with a word or two ("see",
 * "thoughts?"), leaves the reader to open it and guess what they are meant to look at and do.
 */

import { channelNorm } from '../../norms/explain.js';
import { type ChatRuleExamples, type ChatRuleInput, defineChatRule, type Proposal } from '../chat-rule.js';

/** At most this many words of prose around the link still say nothing about it. */
const MAX_WORDS = 2;

function check(input: ChatRuleInput): Proposal[] {
	const { draft, norms } = input;
	if (draft.words > MAX_WORDS || draft.sentences.length > 2) return [];
	for (const s of draft.sentences) {
		const link = s.struct.find((x) => x.kind === 'link');
		if (!link) continue;
		return [
			{
				kind: 'missing_context',
				span: { start: s.at + link.start, end: s.at + link.end },
				message: 'A link on its own: say what to look at in it and what you need',
				why: `The reader has to open it and guess why you sent it, and ${channelNorm(norms.channels.chat)}, so a "what about it?" back costs hours.`,
				fixes: [],
				severity: 'info',
			},
		];
	}
	return [];
}

export default defineChatRule({ kind: 'missing_context', check });

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: ChatRuleExamples = {
	positive: [
		'https://ci.example.com/builds/4411',
		'thoughts? https://docs.example.com/d/roadmap-2027',
		'see https://github.com/acme/api/pull/982',
	],
	negative: [
		'Could you review the retry change before Friday? https://github.com/acme/api/pull/982',
		'The nightly build fails at the lint step since this morning: https://ci.example.com/builds/4411',
		'Thanks for the quick fix!',
	],
};
