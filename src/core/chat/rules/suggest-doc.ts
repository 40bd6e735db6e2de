/**
 * suggest_doc: the message is really a document — long substance, a proposal, options laid out, or
 * several questions people will want to answer one by one and find again later.
 */

import { DEFAULT_THRESHOLDS } from '../../norms/default-thresholds.js';
import { bestFor, responseWindow } from '../../norms/explain.js';
import { stripListMarker } from '../../text/text-structure.js';
import { type ChatRuleExamples, type ChatRuleInput, defineChatRule, type Proposal } from '../chat-rule.js';
import { hitsOf } from '../draft-facts.js';
import type { DraftFacts, Sentence } from '../sentence.js';

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, several: 3 };

/** How many options the draft lays out: "3 options", or "Option A … Option B …". */
function optionCount(draft: DraftFacts): number {
	let n = 0;
	for (const { sentence, hit } of hitsOf(draft, 'options-count')) {
		const w = sentence.tokens[hit.first]?.norm ?? '';
		n = Math.max(n, Number(w) || NUMBER_WORDS[w] || 0);
	}
	const items = new Set(
		hitsOf(draft, 'option-item').map(({ sentence, hit }) => sentence.tokens[hit.last]?.norm ?? ''),
	);
	return Math.max(n, items.size);
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/**
 * A doc from the draft itself: its opening as context, the rest of its prose, its list items and its questions.
 * Only the person's own sentences under headings: a section the draft has nothing for is left out, never given
 * a placeholder to fill in (issue 14).
 */
function skeleton(draft: DraftFacts): { title: string; body: string } {
	const prose = draft.sentences.filter((s) => s.words > 0);
	const title = clip((prose[0]?.text ?? 'Proposal').replace(/[:.!?]+$/, ''), 80);
	const isItem = (s: Sentence) => s.listItem || /^\s*\d{1,2}[.)]\s/.test(s.text);
	const plain = prose.filter((s) => !isItem(s) && !s.endsWithQuestion).map((s) => s.text);
	const line = (s: Sentence) => `- ${clip(stripListMarker(s.text), 160)}`;
	const points = prose.filter((s) => isItem(s) && !s.endsWithQuestion).map(line);
	const questions = prose.filter((s) => s.endsWithQuestion).map(line);
	const section = (heading: string, lines: string[]) =>
		lines.length ? [heading, ...lines.slice(0, 12)] : [];
	const sections = [
		`# ${title}`,
		...section('## Context', plain.length ? [clip(plain.slice(0, 2).join(' '), 400)] : []),
		...section('## Details', plain.length > 2 ? [clip(plain.slice(2).join(' '), 1500)] : []),
		...section('## Proposal and options', points),
		...section('## Open questions', questions),
	];
	return { title, body: sections.join('\n') };
}

function check(input: ChatRuleInput): Proposal[] {
	const { draft, norms, phrases } = input;
	const { docWords, docQuestions, docOptions } = norms.thresholds;
	const words = draft.words;
	const cues = new Set(
		hitsOf(draft, 'proposal').map(({ sentence, hit }) => sentence.tokens[hit.first]?.norm),
	);
	const proposal = cues.size > 0;
	const options = optionCount(draft);
	let reason: string | undefined;
	if (words >= docWords)
		reason = `At ${words} words it is past the ${docWords}-word mark your team sets for a doc.`;
	else if (options >= docOptions && words >= 40)
		reason = `It lays out ${options} options; your team writes ${docOptions} or more up as a doc.`;
	else if (draft.questions >= docQuestions && (draft.listItems >= docQuestions || words >= docWords * 0.6))
		reason = `It asks ${draft.questions} questions; your team turns ${docQuestions} or more into a doc people can answer point by point.`;
	else if (cues.size >= 3 && words >= docWords * 0.4)
		reason = `It weighs a proposal with its ${[...cues].slice(0, 3).join(', ')}: the shape of a decision doc.`;
	else if (words >= docWords * 0.75 && (proposal || draft.listItems >= 3 || draft.questions >= 2))
		reason = `It is a ${proposal ? 'proposal' : 'structured write-up'} of ${words} words, close to the ${docWords}-word mark for a doc.`;
	else if (phrases.length > 0 && words >= 40) reason = 'It uses a phrase your team marks as doc material.';
	if (!reason) return [];
	// A team that set its doc mark below the default asked for these: shown whatever the scorer says.
	const forced = words >= docWords && docWords < DEFAULT_THRESHOLDS.docWords;
	return [{ ...docFinding(input, reason), ...(forced ? { forced } : {}) }];
}

function docFinding(input: ChatRuleInput, reason: string): Proposal {
	const { draft, norms } = input;
	const doc = norms.channels.doc;
	const { title, body } = skeleton(draft);
	const tool = norms.tools.doc?.name;
	return {
		kind: 'suggest_doc',
		message: 'This reads like a document: people will want to comment on it and find it later',
		why: `${reason} A ${doc.label.toLowerCase()} is ${bestFor(doc)}, and your team answers docs ${responseWindow(doc)}, so nobody has to scroll chat to find the decision.`,
		norm: 'doc',
		fixes: [
			{
				type: 'open-doc',
				label: tool ? `Draft it in ${tool}` : 'Turn it into a doc',
				title,
				skeleton: body,
			},
		],
		severity: 'info',
	};
}

export default defineChatRule({
	kind: 'suggest_doc',
	check,
	// A document has substance: length, a list, or several questions.
	whole: (input) =>
		input.draft.words < 60 &&
		!(input.draft.listItems >= 3 && input.draft.words >= 30) &&
		input.draft.questions < 3
			? undefined
			: docFinding(
					input,
					'It carries the substance of a proposal or a write-up that people will come back to.',
				),
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: ChatRuleExamples = {
	positive: [
		'I see three options for the on-call rotation. Option A keeps the weekly handover on Mondays. Option B moves to follow-the-sun with the Sydney office. Option C hires a contractor for nights. Each has a cost in sleep, money or context, and I would like us to pick one before the quarter starts.',
		'Before the retro, could you think about these? 1. Should we keep the Thursday demo? 2. Is the sprint length right? 3. Who owns the release checklist? 4. Do we still need the bug triage call?',
		'I would like to propose a change to how we cut releases. Today we tag whatever is on main on Friday afternoon, which means half-finished features ride along and we spend Monday reverting them. Support then fields questions about behaviour that was never meant to ship, and the changelog is written from memory. Instead, a release branch would be cut on Wednesday and only take fixes after that, so Friday becomes a calm check rather than a scramble. The cost is that a feature finished on Thursday waits a week, which I think is fine for everything except security fixes, and those can still be cherry-picked onto the branch by the release owner with a short note in the channel.',
	],
	negative: [
		'Deploy went out at 2pm, all checks green. I will watch the error rates for the next hour.',
		'Can you review the pricing page copy by Thursday? The draft is in the shared folder.',
		'Two quick ones: is the venue booked, and did the catering order go through?',
		'Thanks for the thorough review! I have addressed all comments and pushed the changes.',
	],
};
