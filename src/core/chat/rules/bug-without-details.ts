/**
 * missing_context (bug reports): "it doesn't work", "nothing happens", "fails to load" — a failure with no
 * error text, no steps, no environment and no link, so the reader's first reply has to be questions.
 */

import type { StructKind } from '../../text/text-structure.js';
import { type ChatRuleExamples, type ChatRuleInput, defineChatRule, type Proposal } from '../chat-rule.js';
import { hitsOf } from '../draft-facts.js';
import { appendAnswer } from '../fill-in.js';
import type { DraftFacts } from '../sentence.js';
import { chatWhy } from '../whys.js';

/** What makes a bug report actionable. */
const DETAIL: ReadonlySet<StructKind> = new Set([
	'error',
	'code',
	'quote',
	'link',
	'video-link',
	'attachment',
	'version',
	'env',
	'id',
]);
const STEP_WORDS = /\b(?:steps?|expected|actual|reproduce|repro)\b/i;

function hasDetails(draft: DraftFacts): boolean {
	return (
		draft.codeBlocks > 0 ||
		draft.enumeration >= 2 ||
		draft.sentences.some(
			(s) => s.struct.some((x) => DETAIL.has(x.kind)) || s.timeframes.some((t) => t.kind === 'time'),
		) ||
		STEP_WORDS.test(draft.text.slice(0, 4000))
	);
}

function check(input: ChatRuleInput): Proposal[] {
	const { draft, norms, phrases } = input;
	const failures = hitsOf(draft, 'fail-report', 'cant-auth', 'pay-fail');
	const first = failures[0];
	const span = first
		? { start: first.sentence.at + first.hit.start, end: first.sentence.at + first.hit.end }
		: phrases[0];
	if (!span || draft.words > 45 || hasDetails(draft)) return [];
	return [
		{
			kind: 'missing_context',
			span,
			message: 'A failure with nothing to reproduce it: what did you see, where, after what?',
			why: chatWhy('bug', norms, draft.text),
			norm: 'chat',
			fixes: [
				appendAnswer(
					draft.text,
					'Add what you see',
					'What happens instead (the exact error), after which steps, and where (version, browser)?',
				),
			],
			severity: 'warning',
		},
	];
}

export default defineChatRule({
	kind: 'missing_context',
	check,
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: ChatRuleExamples = {
	positive: [
		'The export button does not work.',
		'I tried to upload my avatar and nothing happens.',
		'Sync stopped working again for me.',
		'The mobile app keeps crashing when I open settings.',
	],
	negative: [
		'The export button does not work on Firefox 128: the console shows "TypeError: blob is undefined".',
		'Steps: 1. Open settings 2. Click Export. Expected a CSV, got an empty file.',
		'The export button works again after your fix, thanks!',
		'Could you add an export button to the reports page?',
	],
};
