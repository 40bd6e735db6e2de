/**
 * missing_context (terse drafts): a short request or complaint with nothing concrete to act on — "still
 * failing on my side", "fix pls", "can someone approve?", "let's move it" — no which, no error, no version,
 * no link. Also the whole-message finding of its kind when the scorer is sure context is missing.
 */

import { type ChatRuleExamples, type ChatRuleInput, defineChatRule, type Proposal } from '../chat-rule.js';
import { hitsOf } from '../draft-facts.js';
import { appendAnswer } from '../fill-in.js';
import { hasConcreteContext } from '../references.js';
import { isAsk } from '../speech-acts.js';
import { chatWhy } from '../whys.js';

/** Complaint words that say something is wrong without saying what. */
const COMPLAINT =
	/\b(?:fail(?:s|ed|ing)?|broken|broke|crash(?:es|ed|ing)?|error(?:s)?|bug(?:gy)?|dead|stuck|wrong|not working|doesn'?t work|does not work|isn'?t working|won'?t (?:load|start|work)|flaky|regress(?:ed|ion)?)\b/i;

function finding(input: ChatRuleInput): Proposal {
	const { norms } = input;
	return {
		kind: 'missing_context',
		message: 'The reader can’t act on this yet: say which one, and add the link, error or version',
		why: chatWhy('terse', norms, input.draft.text),
		norm: 'chat',
		fixes: [
			appendAnswer(input.draft.text, 'Say which one and what you see', 'Which one, and what do you see?'),
		],
		severity: 'warning',
	};
}

function check(input: ChatRuleInput): Proposal[] {
	const { draft } = input;
	if (draft.words === 0 || draft.words > 8 || hasConcreteContext(draft)) return [];
	// Asking only to talk or look is a vague ask, not missing context.
	if (hitsOf(draft, 'talk-request', 'availability', 'look-request', 'status-ping').length > 0) return [];
	const asks = draft.sentences.some((s) => isAsk(s));
	const complains = COMPLAINT.test(draft.text) || hitsOf(draft, 'fail-report').length > 0;
	return asks || complains ? [finding(input)] : [];
}

export default defineChatRule({
	kind: 'missing_context',
	check,
	whole: (input) => (input.draft.words > 120 ? undefined : finding(input)),
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: ChatRuleExamples = {
	positive: ['still failing on my side', 'fix pls', 'can someone approve?', 'broken again after the update'],
	negative: [
		'can someone approve #4411? it only bumps the lockfile',
		'thanks, that fixed it',
		'Great, merging now.',
		'the nightly build on main fails at the lint step: <link>',
	],
};
