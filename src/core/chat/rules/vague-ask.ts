/**
 * vague_ask: the writer wants the reader's attention, time or a reply but never says what for — a bare
 * greeting, "got a minute?", "can we talk?", "call me", "any update?", "look at this" with nothing to look at.
 * A greeting followed by the real question is fine; so is "call me if you need to move it".
 */

import type { Fix, Span } from '../../finding.js';
import { type ChatRuleExamples, type ChatRuleInput, defineChatRule, type Proposal } from '../chat-rule.js';
import { answerAfter, appendAnswer } from '../fill-in.js';
import type { Hit } from '../nlp.js';
import { hasConcreteContext, isFunctionWord } from '../references.js';
import type { DraftFacts, Sentence } from '../sentence.js';
import { isAsk, isConditional, isSelfPromise } from '../speech-acts.js';
import { chatWhy } from '../whys.js';

const EMPTY_WORDS = new Set([
	'',
	'there',
	'team',
	'all',
	'guys',
	'folks',
	'everyone',
	'you',
	'u',
	'again',
	'anyone',
]);
const TOPIC_WORDS = new Set(['about', 'regarding', 're', 'on', 'concerning']);
const ASK_SIGNALS = new Set<Hit['signal']>(['talk-request', 'availability', 'status-ping', 'look-request']);

/** A name said to the reader: right after a greeting ("Hi Priya"), a recipient, or a sign-off at the end. */
function isVocative(draft: DraftFacts, s: Sentence, i: number, recipients: ReadonlySet<string>): boolean {
	const t = s.tokens[i];
	if (!t) return false;
	if (recipients.has(t.norm)) return true;
	if (!/^\p{Lu}/u.test(s.text.slice(t.start, t.end))) return false;
	const prev = s.tokens[i - 1];
	const lastOfDraft = s === draft.sentences.at(-1) && i === s.tokens.length - 1 && i > 0;
	return prev?.tags.has('Greeting') === true || lastOfDraft;
}

/** Words that carry meaning: not greetings, courtesy, names, urgency or punctuation. */
function contentTokens(draft: DraftFacts, recipients: ReadonlySet<string>): number {
	let n = 0;
	for (const s of draft.sentences) {
		s.tokens.forEach((t, i) => {
			const kind = s.tokenKinds[i];
			if (kind === 'name' || kind === 'mention' || kind === 'phone' || kind === 'email') return;
			if (!/[\p{L}\p{N}]/u.test(t.norm) || EMPTY_WORDS.has(t.norm)) return;
			if (t.tags.has('Greeting') || t.tags.has('Courtesy') || t.tags.has('Urgency')) return;
			if (isVocative(draft, s, i, recipients)) return;
			n++;
		});
	}
	return n;
}

/** The sentence says what the ask is about: several meaningful words besides the ask itself. */
function saysMore(sentence: Sentence, hit: Hit): boolean {
	let n = 0;
	for (let i = 0; i < sentence.tokens.length; i++) {
		if (i >= hit.first && i <= hit.last) continue;
		const kind = sentence.tokenKinds[i];
		if (kind === 'name' || kind === 'mention') continue;
		const t = sentence.tokens[i];
		if (
			t &&
			/\p{L}/u.test(t.norm) &&
			!isFunctionWord(t.norm) &&
			!t.tags.has('Courtesy') &&
			!t.tags.has('Urgency')
		)
			n++;
	}
	return n >= 3;
}

const has = (draft: DraftFacts, tag: string) =>
	draft.sentences.some((s) => s.tokens.some((t) => t.tags.has(tag)));

/** A topic named right after the ask: "about the invoice", "on #123", or "about it" after something named. */
function topicAfter(draft: DraftFacts, sentence: Sentence, hit: Hit): boolean {
	const namedBefore =
		draft.sentences.some((s) => s.index < sentence.index && s.hasThing) ||
		sentence.things.slice(0, hit.first).includes(true);
	// "discuss it", "call me about it": the object follows the ask directly.
	const object = sentence.tokens[hit.last + 1];
	if (sentence.things[hit.last + 1]) return true;
	if (namedBefore && object && /^(?:it|this|that)$/.test(object.norm)) return true;
	for (let i = hit.last + 1; i < sentence.tokens.length - 1; i++) {
		if (!TOPIC_WORDS.has(sentence.tokens[i]?.norm ?? '')) continue;
		if (namedBefore && /^(?:it|this|that)$/.test(sentence.tokens[i + 1]?.norm ?? '')) return true;
		for (let k = i + 1; k < Math.min(sentence.tokens.length, i + 5); k++) if (sentence.things[k]) return true;
	}
	return false;
}

/** The hit opens its sentence: only greetings, names or fillers before it. */
function opensSentence(sentence: Sentence, hit: Hit): boolean {
	return sentence.firstContent >= hit.first;
}

/** Another sentence asks something real (not itself a bare talk / status / look ask). */
function otherRealAsk(draft: DraftFacts, except: Sentence): boolean {
	return draft.sentences.some(
		(s) => s !== except && isAsk(s) && !s.hits.some((h) => ASK_SIGNALS.has(h.signal)) && s.words > 2,
	);
}

type Ask = 'talk' | 'update' | 'look' | 'bare';

/** What the fix asks in the card, and where the answer goes: the draft itself stays as written. */
function fillIn(text: string, ask: Ask, span?: Span): Fix {
	if (ask === 'talk' && span) return answerAfter(span, 'Say what about', 'Talk about what?', 'about ');
	if (ask === 'update' && span && /update|news|status/i.test(text.slice(span.start, span.end)))
		return answerAfter(span, 'Say what on', 'An update on what?', 'on ');
	if (ask === 'look')
		return appendAnswer(text, 'Say what to look for', 'What should they look at, and for what?');
	return appendAnswer(text, 'Add your question', 'What do you need from them?');
}

function finding(input: ChatRuleInput, message: string, ask: Ask, span?: Span): Proposal {
	const { norms, draft } = input;
	return {
		kind: 'vague_ask',
		...(span ? { span } : {}),
		message,
		why: chatWhy('vague', norms, draft.text),
		norm: 'chat',
		fixes: [fillIn(draft.text, ask, span)],
		severity: 'warning',
	};
}

function check(input: ChatRuleInput): Proposal[] {
	const { draft, phrases } = input;
	if (draft.words > 40 || hasConcreteContext(draft)) return [];
	for (const span of phrases) {
		const sentence = draft.sentences.find((s) => s.at <= span.start && span.start < s.at + s.text.length);
		if (sentence && !isConditional(sentence) && !otherRealAsk(draft, sentence)) {
			return [finding(input, 'This asks for attention without saying what for', 'bare', span)];
		}
	}
	const recipients = new Set(input.context.recipients.map((r) => r.toLowerCase().replace(/^@/, '')));
	const content = contentTokens(draft, recipients);
	if (content === 0) {
		if (has(draft, 'Greeting') || has(draft, 'Urgency')) {
			return [finding(input, 'A bare greeting or ping makes the reader wait for the real question', 'bare')];
		}
		return [];
	}
	for (const sentence of draft.sentences) {
		for (const hit of sentence.hits) {
			if (!ASK_SIGNALS.has(hit.signal)) continue;
			const span = { start: sentence.at + hit.start, end: sentence.at + hit.end };
			if (isConditional(sentence) || topicAfter(draft, sentence, hit) || saysMore(sentence, hit)) continue;
			// "I can take a look tomorrow" offers the writer's time; it asks for nothing.
			if (isSelfPromise(sentence, hit.first)) continue;
			if (otherRealAsk(draft, sentence)) continue;
			if (hit.signal === 'talk-request' || hit.signal === 'availability') {
				return [
					finding(
						input,
						'Asks to talk without saying what about',
						hit.signal === 'talk-request' ? 'talk' : 'bare',
						span,
					),
				];
			}
			if (hit.signal === 'status-ping' && opensSentence(sentence, hit) && content <= 6) {
				return [finding(input, 'Asks for an update without naming what on', 'update', span)];
			}
			if (hit.signal === 'look-request' && content <= 12) {
				return [finding(input, 'Asks for a look without saying at what, or what to look for', 'look', span)];
			}
		}
	}
	return [];
}

export default defineChatRule({
	kind: 'vague_ask',
	check,
	whole: (input) =>
		hasConcreteContext(input.draft) || input.draft.words > 60
			? undefined
			: finding(input, 'This asks for the reader’s attention without saying what for', 'bare'),
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: ChatRuleExamples = {
	positive: [
		'Hi Priya!',
		'hey @marco, got a minute?',
		'Can we talk tomorrow?',
		'Please give me a ring when you are back.',
		'Any update?',
		'Check this out and tell me what you think.',
		'URGENT',
	],
	negative: [
		'Hi Priya, could you send me the Q3 churn numbers for the board deck by Thursday noon?',
		'Call me if the 2pm slot stops working for you.',
		'Hey, quick question: does the staging deploy still read from the old bucket?',
		'Can we talk about moving the launch review to Wednesday? The vendor contract lands Tuesday.',
		'Thanks!',
		'Any update on the SSO migration for the billing service?',
	],
};
