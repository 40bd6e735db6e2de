/**
 * suggest_video: the message walks through something on a screen — click-by-click reproduction of a visual
 * glitch, several layout points, a behaviour easier to show than describe. A single short visual nit is
 * fine in text, and a message that already links a recording or GIF needs nothing more.
 */

import { bestFor, responseWindow } from '../../norms/explain.js';
import { stripListMarker } from '../../text/text-structure.js';
import { type ChatRuleExamples, type ChatRuleInput, defineChatRule, type Proposal } from '../chat-rule.js';
import { hasStruct, hitsOf } from '../draft-facts.js';
import type { DraftFacts } from '../sentence.js';

/** Distinct runs of tokens carrying a tag (a two-word "drop down" counts once). */
function countTag(draft: DraftFacts, tag: string): number {
	let n = 0;
	for (const s of draft.sentences) n += s.tagRuns.get(tag) ?? 0;
	return n;
}

function outline(draft: DraftFacts): string {
	const steps = draft.sentences
		.filter((s) =>
			s.tokens.some((t) => t.tags.has('Visual') || t.tags.has('Interaction') || t.tags.has('VisualProblem')),
		)
		.slice(0, 8)
		.map((s) => stripListMarker(s.text))
		.map((t, i) => `${i + 1}. Show: ${t.length > 140 ? `${t.slice(0, 139)}…` : t}`);
	return ['Open the screen where it happens.', ...steps, 'Point at what you expected instead.'].join('\n');
}

function check(input: ChatRuleInput): Proposal[] {
	const { draft, phrases } = input;
	if (hasStruct(draft, 'video-link') || countTag(draft, 'VideoRef') > 0) return [];
	const visual = countTag(draft, 'Visual');
	const acts = countTag(draft, 'Interaction');
	const problems = countTag(draft, 'VisualProblem') + hitsOf(draft, 'too-visual').length;
	const sequence =
		draft.enumeration >= 2 || draft.sentences.some((s) => s.tokens.some((t) => t.norm === 'then'));
	const shown =
		(visual >= 2 && (problems >= 2 || (problems >= 1 && acts >= 1) || (acts >= 2 && sequence))) ||
		(visual >= 3 && problems >= 1) ||
		(visual >= 1 && problems >= 2 && acts >= 1) ||
		(phrases.length > 0 && visual >= 1);
	return shown ? [videoFinding(input, visual)] : [];
}

function videoFinding(input: ChatRuleInput, visual: number): Proposal {
	const { draft, norms } = input;
	const video = norms.channels.video;
	const tool = norms.tools.video?.name;
	const elements =
		visual === 1 ? 'an on-screen element' : visual > 1 ? `${visual} on-screen elements` : 'a screen';
	return {
		kind: 'suggest_video',
		message: 'This walks through a screen: a short recording would show it at once',
		why: `A ${video.label.toLowerCase()} is ${bestFor(video)} on this team, answered ${responseWindow(video)}. Describing ${elements} in words makes every reader rebuild the screen in their head.`,
		norm: 'video',
		fixes: [
			{
				type: 'record-video',
				label: tool ? `Record it with ${tool}` : 'Record a short video',
				outline: outline(draft),
			},
		],
		severity: 'info',
	};
}

export default defineChatRule({
	kind: 'suggest_video',
	check,
	// A message that already links a recording needs none.
	// Something on a screen must be in it at all.
	whole: (input) =>
		hasStruct(input.draft, 'video-link') ||
		countTag(input.draft, 'VideoRef') > 0 ||
		countTag(input.draft, 'Visual') +
			countTag(input.draft, 'Interaction') +
			countTag(input.draft, 'VisualProblem') ===
			0
			? undefined
			: videoFinding(input, countTag(input.draft, 'Visual')),
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: ChatRuleExamples = {
	positive: [
		'When I resize the window, the sidebar overlaps the header and the save button jumps below the fold.',
		'Steps: 1. Click the avatar in the top bar. 2. Select Preferences. 3. Drag the panel to the left. The dropdown flickers and the modal is cut off.',
		'The font in the banner is too large, the icon is misaligned with the title, and the footer buttons are too close together.',
	],
	negative: [
		'Please left-align the title on the pricing page.',
		'The sidebar overlaps the header when resizing, see the recording: https://www.loom.com/share/abc123',
		'Could you add a logout button to the settings menu?',
		'The export job fails with a timeout after 30 seconds on large accounts.',
	],
};
