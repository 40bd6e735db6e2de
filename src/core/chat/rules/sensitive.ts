/**
 * sensitive: personal or personnel matters that belong in a 1:1 — health, stress, burnout, stepping back
 * for personal reasons, asking publicly why someone leaves, pay, resignations and terminations. A DM is
 * already a 1:1, so the rule stays quiet there. Stepping down for changed priorities alone is fine.
 */

import type { Span } from '../../finding.js';
import { bestFor } from '../../norms/explain.js';
import { type ChatRuleExamples, type ChatRuleInput, defineChatRule, type Proposal } from '../chat-rule.js';
import { hitsOf } from '../draft-facts.js';
import type { DraftFacts, Sentence } from '../sentence.js';

/** Health and life words that on their own can be a topic ("personal health" in a guide), not a confidence. */
const WEAK_HEALTH = new Set([
	'family',
	'health',
	'medical',
	'doctor',
	'crisis',
	'exhausted',
	'overwhelmed',
	'sick',
]);
const PERSONAL = new Set(['i', 'me', 'my', 'myself', 'he', 'she', 'him', 'her', 'his', 'you', 'your']);
/** Personnel words that need a person in the sentence ("the process was terminated" is not personnel). */
const NEEDS_PERSON = new Set(['fired', 'terminated', 'termination', 'dismissed', 'let']);
const NOT_PAY_AFTER = new Set([
	'point',
	'points',
	'feature',
	'features',
	'round',
	'level',
	'track',
	'content',
	'question',
]);

const personIn = (s: Sentence) =>
	s.tokens.some(
		(t, i) => PERSONAL.has(t.norm) || s.tokenKinds[i] === 'name' || s.tokenKinds[i] === 'mention',
	);

function leavingContext(draft: DraftFacts): boolean {
	return draft.sentences.some((s) =>
		s.tokens.some(
			(t, i) =>
				t.tags.has('Leaving') ||
				(t.norm === 'unable' && s.tokens.slice(i, i + 12).some((u) => u.norm === 'maintain')),
		),
	);
}

interface Hit {
	span: Span;
	what: string;
}

function findSensitive(draft: DraftFacts): Hit | undefined {
	const leaving = leavingContext(draft);
	const firstPerson = draft.sentences.some((s) =>
		s.tokens.some((t) => PERSONAL.has(t.norm) && t.norm !== 'you'),
	);
	for (const { sentence, hit } of hitsOf(draft, 'see-you-go', 'why-leaving', 'blunt-feedback')) {
		const span = { start: sentence.at + hit.start, end: sentence.at + hit.end };
		return {
			span,
			what: hit.signal === 'blunt-feedback' ? 'feedback on one person' : 'why someone is leaving',
		};
	}
	for (const s of draft.sentences) {
		for (let i = 0; i < s.tokens.length; i++) {
			const t = s.tokens[i];
			if (!t) continue;
			const span = { start: s.at + t.start, end: s.at + t.end };
			if (t.tags.has('Pay')) {
				const next = s.tokens[i + 1]?.norm ?? '';
				if (NOT_PAY_AFTER.has(next) || s.tokens[i - 2]?.norm === 'as') continue;
				return { span, what: 'pay' };
			}
			if (t.tags.has('Personnel')) {
				if (t.norm === 'let' && s.tokens[i + 1]?.norm !== 'go') continue;
				if (t.norm === 'let' && s.tokens[i + 2]?.norm === 'of') continue;
				if (NEEDS_PERSON.has(t.norm) && !personIn(s)) continue;
				return { span, what: 'a personnel matter' };
			}
			if (t.tags.has('Health')) {
				const weak = WEAK_HEALTH.has(t.norm);
				if (weak ? leaving && firstPerson : personIn(s))
					return { span, what: 'health and personal circumstances' };
			}
		}
	}
	return undefined;
}

const PERSONAL_TAGS = ['Health', 'Pay', 'Personnel', 'Leaving'];
const PERSONAL_WORDS =
	/\b(?:famil\w*|personal\w*|privately|health\w*|hospital\w*|sick\w*|ill(?:ness)?|covid|surgery|medical|doctor|therap\w*|pregnan\w*|baby|born|wedding|divorce\w*|funeral|passed away|died|death|grief|grieving|mourning|burn(?:ed|t)? ?out|stress\w*|anxi\w*|depress\w*|exhaust\w*|tired|overwhelm\w*|mental|salar\w*|pay(?:check|roll| rise| raise| cut)?|paid|comp(?:ensation)?|bonus\w*|raise|promot\w*|demot\w*|fir(?:ed|ing)|laid off|layoffs?|let go|resign\w*|quit\w*|leav\w*|step(?:ping)? (?:down|back)|expel\w*|remov(?:ed|al) from|banned|ban|conduct|behaviou?r\w*|harass\w*|complain\w*|disciplin\w*|warning|performance|underperform\w*|contract|job|hired|hiring|interview\w*|offer|visa|immigra\w*|emergency|accident|injur\w*|pain|loss|lost my|attitude|rude\w*|toxic|treat(?:s|ed|ing)? (?:me|him|her|them|us)|inappropriate|offensive|no longer (?:with|at|working|part of|employed)|inactive|left the (?:company|team|project)|offer letter|relocat\w*|severance|probation|appraisal|ratings?|upset|hurt|angry|frustrat\w*|worried|scared|afraid|kids?|child\w*|son|daughter|wife|husband|mom|mum|dad|mother|father|parents?)\b/i;

/** Anything personal or about people's jobs at all: where a 1:1 could be the better place. */
function personalWords(draft: DraftFacts): boolean {
	return (
		PERSONAL_WORDS.test(draft.text.slice(0, 20_000)) ||
		draft.sentences.some((s) => s.tokens.some((t) => PERSONAL_TAGS.some((tag) => t.tags.has(tag))))
	);
}

function check(input: ChatRuleInput): Proposal[] {
	const { draft, context, phrases } = input;
	if (context.channelKind === 'dm') return [];
	const hit =
		findSensitive(draft) ??
		(phrases[0] ? { span: phrases[0], what: 'a topic your team keeps private' } : undefined);
	return hit ? [privateFinding(input, hit.what, hit.span)] : [];
}

function privateFinding(input: ChatRuleInput, what: string, span?: Span): Proposal {
	const { norms, context } = input;
	const meeting = norms.channels.meeting;
	return {
		kind: 'sensitive',
		...(span ? { span } : {}),
		message: `This touches ${what}: better said in a 1:1`,
		why: `A ${context.channelKind} is read by many people and stays searchable. On this team a ${meeting.label.toLowerCase()} is ${bestFor(meeting)}; ${what} deserves that privacy.`,
		norm: 'meeting',
		fixes: [{ type: 'move-to-1on1', label: 'Move this to a private 1:1' }],
		severity: 'warning',
	};
}

export default defineChatRule({
	kind: 'sensitive',
	check,
	// In a DM the matter is already private.
	whole: (input) =>
		input.context.channelKind === 'dm' || !personalWords(input.draft)
			? undefined
			: privateFinding(input, 'a personal or people matter'),
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: ChatRuleExamples = {
	positive: [
		'Sad to hear the news, Tom. May I ask why you decided to leave?',
		'Can you send me the salary bands for the whole design team?',
		'Jordan was fired this morning, please revoke his badge.',
		'I have been really stressed and I am seeing a doctor about my sleep.',
		'I am stepping down as maintainer: my family needs more of my time and my health has suffered.',
	],
	negative: [
		'I am stepping down as maintainer because my priorities have shifted to the new parser.',
		'The worker process was terminated after the memory limit was hit.',
		'As a bonus point, the new cache also halves cold starts.',
		'Our guide covers burnout signs and healthy boundaries for maintainers.',
		'Congrats on the promotion, well deserved!',
	],
};
