/**
 * false_urgency: pressure (ASAP, urgent, right away, !!!, shouting) on something that is not an emergency.
 * Not urgency: "not urgent", "no rush", a quoted "ASAP", "urgent care", the writer promising their own
 * speed ("I'll check asap"), and anything the true-urgency rule sees as a real emergency.
 */

import type { Fix, Span } from '../../finding.js';
import { type ChatRuleExamples, type ChatRuleInput, defineChatRule, type Proposal } from '../chat-rule.js';
import { hitsOf } from '../draft-facts.js';
import { emergencySignals } from '../emergency.js';
import type { Sentence } from '../sentence.js';
import { isRequest, isSelfPromise } from '../speech-acts.js';
import { timeChoices } from '../time-choices.js';
import { urgencyChoiceFixes } from '../urgency-fixes.js';
import { chatWhy } from '../whys.js';

/** Capitalised words that are names for things, not shouting. */
const ACRONYM = /^(?:[A-Z]{2,4}|[A-Z]+\d+|I|OK|ETA|EOD|ASAP|URGENT)$/;

interface Pressure {
	sentence: Sentence;
	span: Span;
	word: string;
	shape: 'word' | 'bangs' | 'caps';
}

/** Sentence-level gates that all pressure shares. */
function pressuring(sentence: Sentence, tokenIndex: number): boolean {
	const kind = sentence.tokenKinds[tokenIndex];
	if (kind === 'quote' || kind === 'code' || kind === 'link') return false;
	if (isSelfPromise(sentence, tokenIndex)) return false;
	if (isRequest(sentence) || sentence.endsWithQuestion) return true;
	// A bare "URGENT", "urgent:" headline or "this is urgent" presses too.
	const words = sentence.tokens.filter((t) => /\p{L}/u.test(t.norm)).length;
	const token = sentence.tokens[tokenIndex];
	return words <= 4 || /:/.test(token?.post ?? '') || sentence.tokens[tokenIndex - 1]?.norm === 'is';
}

function tokenAt(sentence: Sentence, offset: number): number {
	return sentence.tokens.findIndex((t) => t.start <= offset && offset < Math.max(t.end, t.start + 1));
}

function pressures(input: ChatRuleInput): Pressure[] {
	const { draft, phrases } = input;
	const found: Pressure[] = [];
	const seen = new Set<number>();
	const add = (p: Pressure) => {
		if (seen.has(p.span.start)) return;
		seen.add(p.span.start);
		found.push(p);
	};
	for (const { sentence, hit } of hitsOf(draft, 'urgency')) {
		if (sentence.hits.some((h) => h.signal === 'urgent-care' && h.first <= hit.first && hit.first <= h.last))
			continue;
		if (!pressuring(sentence, hit.first)) continue;
		const span = { start: sentence.at + hit.start, end: sentence.at + hit.end };
		add({ sentence, span, word: draft.text.slice(span.start, span.end), shape: 'word' });
	}
	for (const phrase of phrases) {
		const sentence = draft.sentences.find((s) => s.at <= phrase.start && phrase.start < s.at + s.text.length);
		if (!sentence) continue;
		const i = tokenAt(sentence, phrase.start - sentence.at);
		if (i >= 0 && pressuring(sentence, i))
			add({ sentence, span: phrase, word: draft.text.slice(phrase.start, phrase.end), shape: 'word' });
	}
	for (const sentence of draft.sentences) {
		if (!isRequest(sentence)) continue;
		sentence.tokens.forEach((t, i) => {
			const bangs = /!{2,}/.exec(t.post);
			if (bangs && !isSelfPromise(sentence, i)) {
				const start = sentence.at + t.end + bangs.index;
				add({ sentence, span: { start, end: start + bangs[0].length }, word: bangs[0], shape: 'bangs' });
			}
		});
		// Shouting: three or more capitalised words in a row that are not acronyms.
		let run: number[] = [];
		const flush = () => {
			const a = run[0];
			const b = run.at(-1);
			if (run.length >= 3 && a !== undefined && b !== undefined) {
				const first = sentence.tokens[a];
				const last = sentence.tokens[b];
				if (first && last) {
					const span = { start: sentence.at + first.start, end: sentence.at + last.end };
					add({ sentence, span, word: draft.text.slice(span.start, span.end), shape: 'caps' });
				}
			}
			run = [];
		};
		sentence.tokens.forEach((t, i) => {
			const raw = sentence.text.slice(t.start, t.end);
			if (/^\p{Lu}[\p{Lu}']+$/u.test(raw) && !ACRONYM.test(raw)) run.push(i);
			else if (t.end > t.start) flush();
		});
		flush();
	}
	return found;
}

function fixesFor(p: Pressure, input: ChatRuleInput): Fix[] {
	switch (p.shape) {
		case 'bangs':
			return [{ type: 'replace', label: 'One mark is enough', span: p.span, text: '.' }];
		case 'caps':
			return [{ type: 'replace', label: 'Drop the capitals', span: p.span, text: p.word.toLowerCase() }];
		default: {
			const after = p.span.end - p.sentence.at;
			const timed = p.sentence.timeframes.some((t) => t.start >= after && t.start - after <= 2);
			if (timed) return [{ type: 'replace', label: 'Let the time you gave speak', span: p.span, text: 'by' }];
			const choices = timeChoices(input.context, input.norms);
			return urgencyChoiceFixes(input.draft.text, p.sentence, p.span, choices);
		}
	}
}

function check(input: ChatRuleInput): Proposal[] {
	const { draft, norms } = input;
	if (hitsOf(draft, 'calm').length > 0) return [];
	if (emergencySignals(draft).length > 0) return [];
	return pressures(input).map((p) => ({
		kind: 'false_urgency',
		span: p.span,
		message:
			p.shape === 'word'
				? `“${p.word}” presses for speed without saying when`
				: 'Exclamation marks and capitals press for speed without saying when',
		why: chatWhy('pressure', norms, draft.text, p.shape === 'word' ? p.word : ''),
		norm: 'chat' as const,
		fixes: fixesFor(p, input),
		severity: 'warning',
	}));
}

/** Mostly capitals: the whole message shouts. */
function shouting(text: string): boolean {
	const letters = text.match(/\p{L}/gu) ?? [];
	const upper = text.match(/\p{Lu}/gu) ?? [];
	return letters.length >= 12 && upper.length / letters.length > 0.7;
}

/** Two or more shouted words in a row that are not acronyms ("PLEASE SEND"). */
function capsRun(text: string): boolean {
	const words = text.match(/\p{Lu}{2,}[\p{Lu}']*/gu) ?? [];
	return words.filter((w) => !ACRONYM.test(w)).length >= 2;
}

/** Sentence case: lower case, then a capital at each sentence start and for "I". */
function sentenceCase(text: string): string {
	return text
		.toLowerCase()
		.replace(/(^|[.!?]\s+|\n\s*)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase())
		.replace(/\bi\b/g, 'I');
}

/** The tone presses although no single word was caught: the first pressure word, or the capitals. */
function whole(input: ChatRuleInput): Proposal | undefined {
	const { draft, norms } = input;
	if (emergencySignals(draft).length > 0) return undefined;
	// A pressure word someone quoted, put in code or named as a category ("urgent care") presses nobody.
	const urgent = hitsOf(draft, 'urgency').find(({ sentence, hit }) => {
		const kind = sentence.tokenKinds[hit.first];
		if (kind === 'quote' || kind === 'code' || kind === 'link') return false;
		return !sentence.hits.some(
			(h) => h.signal === 'urgent-care' && h.first <= hit.first && hit.first <= h.last,
		);
	});
	const quoted = hitsOf(draft, 'urgency').length > 0 && !urgent;
	// Pressure needs a sign of it: an urgency word, "now", a run of "!" or capitals.
	const signs =
		urgent ||
		(!quoted && /\bnow\b|!{2,}|\b(?:hurry|rush|quick(?:ly)?|fast|immediate|deadline)\b/i.test(draft.text));
	if (!signs && !shouting(draft.text) && !capsRun(draft.text)) return undefined;
	const fixes: Fix[] = [];
	let span: Span | undefined;
	if (urgent) {
		span = { start: urgent.sentence.at + urgent.hit.start, end: urgent.sentence.at + urgent.hit.end };
		fixes.push(
			...fixesFor(
				{ sentence: urgent.sentence, span, word: draft.text.slice(span.start, span.end), shape: 'word' },
				input,
			),
		);
	} else if (shouting(draft.text))
		fixes.push({ type: 'rewrite', label: 'Write it without the capitals', text: sentenceCase(draft.text) });
	else if (capsRun(draft.text))
		fixes.push({
			type: 'rewrite',
			label: 'Drop the capitals',
			text: draft.text.replace(/\p{Lu}{2,}[\p{Lu}']*/gu, (w) => (ACRONYM.test(w) ? w : w.toLowerCase())),
		});
	else {
		const sign = /\bnow\b|!{2,}/i.exec(draft.text);
		if (sign) {
			const at = { start: sign.index, end: sign.index + sign[0].length };
			const sentence = draft.sentences.find((s) => s.at <= at.start && at.start < s.at + s.text.length);
			if (sign[0].startsWith('!'))
				fixes.push({ type: 'replace', label: 'One mark is enough', span: at, text: '!' });
			else if (sentence)
				fixes.push(...urgencyChoiceFixes(draft.text, sentence, at, timeChoices(input.context, norms)));
		}
	}
	return {
		kind: 'false_urgency',
		...(span ? { span } : {}),
		message: 'This presses for speed without saying when it is needed',
		why: chatWhy(
			span ? 'pressure' : 'shouting',
			norms,
			draft.text,
			span ? draft.text.slice(span.start, span.end) : '',
		),
		norm: 'chat',
		fixes,
		severity: 'warning',
	};
}

export default defineChatRule({
	kind: 'false_urgency',
	check,
	whole,
});

/** What the rule must flag and must leave alone: the tests run them all; the bundles leave them out. */
export const examples: ChatRuleExamples = {
	positive: [
		'Please send me the slide deck ASAP.',
		'Can you review my expense report right away?',
		'I need the signed NDA back immediately.',
		'Update the roadmap page now!!!',
		'We need the venue shortlist urgently, thanks.',
	],
	negative: [
		'Not urgent, but could you send me the slide deck when you get a chance?',
		'I will look at your expense report asap.',
		'Please send the signed NDA by 3pm today.',
		'He wrote "ASAP" in the subject line, which confused everyone.',
		'The nearest urgent care is two blocks away if anyone needs it.',
		'The checkout page is down for all customers right now, please help ASAP!',
	],
};
