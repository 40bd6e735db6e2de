/**
 * What a sentence does: asks a question, makes a request of the reader, or promises the writer's own
 * action. Heuristics over tokens: compromise/one has no parts of speech, and these few closed word
 * classes are what the distinction needs.
 */

import type { Token } from './nlp.js';
import type { Sentence, SentenceCore } from './sentence.js';

/** Verbs that open an imperative addressed to the reader. */
const IMPERATIVE = new Set([
	'send',
	'check',
	'fix',
	'look',
	'review',
	'let',
	'make',
	'do',
	'provide',
	'give',
	'call',
	'get',
	'add',
	'remove',
	'update',
	'work',
	'address',
	'move',
	'tell',
	'share',
	'confirm',
	'approve',
	'merge',
	'take',
	'put',
	'help',
	'write',
	'reply',
	'respond',
	'come',
	'find',
	'run',
	'try',
	'sign',
	'fill',
	'forward',
	'schedule',
	'book',
	'submit',
	'prepare',
	'ping',
	'ask',
	'email',
	'text',
	'answer',
	'decide',
	'pay',
	'finish',
	'complete',
	'handle',
	'deal',
	'resolve',
	'ensure',
	'bring',
	'keep',
	'note',
	'remember',
	'read',
	'go',
	'open',
	'click',
	'contact',
	'reach',
	'join',
	'set',
	'escalate',
	'investigate',
	'launch',
	'print',
	'fax',
	'order',
]);
const MODAL_ASK = new Set(['can', 'could', 'would', 'will', 'wo']);
const ADDRESSEE = new Set(['you', 'u', 'someone', 'anyone', 'somebody', 'anybody', 'your', 'ya', 'y']);
const LEAD_FILLER = new Set([
	'hi',
	'hey',
	'hello',
	'ok',
	'okay',
	'so',
	'and',
	'also',
	'but',
	'then',
	'now',
	'just',
	'kindly',
	'team',
	'all',
	'guys',
	'folks',
	'everyone',
	'thanks',
	'thx',
	'pls',
	'plz',
	'please',
	'oh',
	'ah',
	'well',
	'btw',
	'again',
	'ps',
	'quickly',
	'first',
	'finally',
]);

/** The index of the first token that is not a greeting, filler, name or mention. */
export function firstContentIndex(sentence: SentenceCore): number {
	for (let i = 0; i < sentence.tokens.length; i++) {
		const t = sentence.tokens[i];
		const kind = sentence.tokenKinds[i];
		if (!t || kind === 'name' || kind === 'mention') continue;
		if (LEAD_FILLER.has(t.norm) || t.tags.has('Greeting') || t.norm === '') continue;
		return i;
	}
	return sentence.tokens.length;
}

const norms = (tokens: readonly Token[]) => tokens.map((t) => t.norm);

/** A question to the reader: a question mark, or an inverted auxiliary ("can you …", "is it …"). */
export function isQuestion(sentence: SentenceCore, i = firstContentIndex(sentence)): boolean {
	if (sentence.endsWithQuestion) return true;
	const [a, b] = norms(sentence.tokens.slice(i, i + 2));
	if (!a || !b) return false;
	return (
		/^(?:can|could|would|will|do|does|did|is|are|has|have|should|shall)$/.test(a) &&
		/^(?:you|u|we|someone|anyone|this|it|that|they|he|she|i)$/.test(b)
	);
}

/**
 * A request of the reader and how it is made: `direct` (an imperative, "please …", "can you …", "let me
 * know") or `need` ("I need …", "we need …", which also says what the writer needs, not only what they ask).
 */
export function requestKind(
	sentence: SentenceCore,
	i = firstContentIndex(sentence),
): 'direct' | 'need' | undefined {
	const words = norms(sentence.tokens);
	const head = words[i];
	if (head && IMPERATIVE.has(head)) return 'direct';
	let need = false;
	for (let k = 0; k < words.length; k++) {
		const w = words[k];
		const next = words[k + 1];
		if (w === 'please' || w === 'pls' || w === 'plz' || w === 'kindly') return 'direct';
		if (w && next && MODAL_ASK.has(w) && ADDRESSEE.has(next)) return 'direct';
		if (w === 'need' && next === 'you') return 'direct';
		if (w === 'let' && (next === 'me' || next === 'us') && /^(?:know|hear)$/.test(words[k + 2] ?? ''))
			return 'direct';
		if (w === 'make' && next === 'sure') return 'direct';
		if ((w === 'i' || w === 'we') && next && /^(?:need|needs|want|require|must)$/.test(next)) need = true;
	}
	return need ? 'need' : undefined;
}

/** A request of the reader: an imperative, "please …", "can you …", "I need …", "let me know". */
export function isRequest(sentence: Sentence): boolean {
	return sentence.request !== undefined;
}

/** The sentence asks the reader for something: a question or a request. */
export function isAsk(sentence: Sentence): boolean {
	return sentence.question || sentence.request !== undefined;
}

const CLAUSE_BREAK = new Set([
	'and',
	'but',
	'so',
	'because',
	'since',
	'as',
	'while',
	'although',
	'though',
	'which',
]);

/** The token index where the clause holding token `i` starts (after a comma, semicolon or conjunction). */
export function clauseStart(sentence: Sentence, i: number): number {
	for (let k = i - 1; k >= 0; k--) {
		const t = sentence.tokens[k];
		if (!t) break;
		if (/[,;:—–-]\s*$/.test(t.post) || /[.!?]/.test(t.post)) return k + 1;
		if (CLAUSE_BREAK.has(t.norm)) return k + 1;
	}
	return 0;
}

/**
 * The writer promises their own speed ("I'll check asap", "we are sending it right away"), which is not
 * pressure on anyone: the nearest subject before token `i` in its clause is I/we with a future or
 * progressive verb, not a need ("we need this asap").
 */
export function isSelfPromise(sentence: Sentence, i: number): boolean {
	const words = norms(sentence.tokens);
	// Once, not in the loop's condition: re-scanning the clause for every token was cubic on a long sentence.
	const start = clauseStart(sentence, i);
	for (let k = i - 1; k >= start; k--) {
		const w = words[k];
		if (w === 'i' || w === 'we') {
			const next = words.slice(k + 1, k + 4).join(' ');
			if (/^(?:need|needs|want|must|require|have to|had to|would like|'d like|expect)/.test(next))
				return false;
			return /^(?:will|shall|am|are|can|'ll|would|could|should|might|try|promise|plan|hope|just|also|was|were)\b/.test(
				next,
			);
		}
		if (/^(?:you|u|they|he|she|someone|it|this|that|me|us)$/.test(w ?? '')) return false;
	}
	return false;
}

/** The sentence is a condition or an offer ("call me if …", "if you have questions …"). */
export function isConditional(sentence: Sentence): boolean {
	const words = norms(sentence.tokens);
	return words.includes('if') || words.join(' ').includes('in case') || words.includes('unless');
}
