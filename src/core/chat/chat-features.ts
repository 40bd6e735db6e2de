/**
 * What the learned scorer reads about a chat draft: interpretable features (which rules fired, the signals
 * and lexicon tags behind them, the draft's structure: length, questions, requests, links, IDs, versions,
 * errors, deadlines, pointing words with nothing to point at, capitals, emergency words) plus word unigrams
 * and bigrams. Every feature is a name; the model hashes it to a bucket.
 */
import type { DraftFacts, Sentence } from '../draft-facts.js';
import { emergencySignals, isAfterTheFact } from '../emergency.js';
import type { Candidate } from '../finding.js';
import { hasConcreteContext, unresolvedReferences } from '../references.js';
import { isConditional, isSelfPromise } from '../speech-acts.js';
import type { StructKind } from '../text-structure.js';

/** Structure a word feature stands for, so "#123" and "JIRA-9" teach the same thing. */
const PLACEHOLDER: Partial<Record<StructKind, string>> = {
	link: '<link>',
	'video-link': '<video>',
	name: '<name>',
	mention: '<mention>',
	email: '<email>',
	phone: '<phone>',
	id: '<id>',
	file: '<file>',
	code: '<code>',
	version: '<version>',
};

/** A bin label for a count: "0", "1", "2", "3-4", "5-8", "9-16" … */
function bin(n: number): string {
	if (n <= 2) return String(n);
	let hi = 4;
	while (n > hi && hi < 1024) hi *= 2;
	return `${hi / 2 + 1}-${hi}`;
}

/** The word a token contributes to the n-gram features. */
function wordOf(s: Sentence, i: number): string | undefined {
	const kind = s.tokenKinds[i];
	const holder = kind ? PLACEHOLDER[kind] : undefined;
	if (holder) return holder;
	const norm = s.tokens[i]?.norm ?? '';
	if (!/[\p{L}\p{N}]/u.test(norm)) return undefined;
	if (/^\d+(?:[.,:]\d+)*$/.test(norm)) return '<num>';
	return norm.length > 24 ? '<long>' : norm;
}

/**
 * A light stem: common inflections off, so "fails", "failed" and "failing" share a feature and a word seen
 * once in training still counts in its other forms.
 */
export function stem(word: string): string {
	if (word.startsWith('<') || word.length <= 3) return word;
	if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
	if (word.endsWith('sses')) return word.slice(0, -2);
	if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
	if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
	if (word.endsWith('ly') && word.length > 5) return word.slice(0, -2);
	if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && word.length > 3)
		return word.slice(0, -1);
	return word;
}

/** Which word features a model was trained with (the table records it, so scoring uses the same). */
export interface WordFeatures {
	bigrams: boolean;
	stems: boolean;
}
export const WORD_FEATURES: WordFeatures = { bigrams: false, stems: true };

function capsWord(raw: string): boolean {
	return raw.length >= 2 && /\p{Lu}/u.test(raw) && !/\p{Ll}/u.test(raw) && /^\p{L}+$/u.test(raw);
}

/** The feature names of a draft, given the candidates the rules found in it. */
export function chatFeatures(
	draft: DraftFacts,
	candidates: readonly Candidate[],
	options: WordFeatures = WORD_FEATURES,
): string[] {
	const f: string[] = ['bias'];
	const words: string[] = [];
	let caps = 0;
	let excl = 0;
	let letters = 0;
	let upper = 0;
	for (const s of draft.sentences) {
		let prev = '^';
		s.tokens.forEach((t, i) => {
			const raw = s.text.slice(t.start, t.end);
			if (capsWord(raw) && raw !== 'I' && raw.length > 2) caps++;
			for (const ch of raw) {
				if (/\p{L}/u.test(ch)) {
					letters++;
					if (/\p{Lu}/u.test(ch)) upper++;
				}
			}
			excl += (t.post.match(/!/g) ?? []).length;
			const word = wordOf(s, i);
			if (!word) return;
			const w = options.stems ? stem(word) : word;
			words.push(w);
			f.push(`w:${w}`);
			if (options.bigrams) f.push(`b:${prev}_${w}`);
			prev = w;
		});
		if (options.bigrams) f.push(`b:${prev}_$`);
		for (const hit of s.hits) f.push(`s:${hit.signal}`);
		for (const [tag] of s.tagRuns) f.push(`t:${tag}`);
		for (const x of s.struct) f.push(`has:${x.kind}`);
		if (s.timeframes.length > 0) f.push('timeframe');
		if (s.question) f.push('question');
		if (s.request) f.push(`req:${s.request}`);
		if (s.request && isConditional(s)) f.push('req:conditional');
		const urgent = s.tokens.findIndex((t) => t.tags.has('Urgency'));
		if (urgent >= 0) f.push(isSelfPromise(s, urgent) ? 'urgency:self' : 'urgency:other');
	}
	const first = draft.sentences[0];
	const firstWord = first ? wordOf(first, first.firstContent) : undefined;
	if (firstWord) f.push(`first:${firstWord}`);
	const last = draft.sentences.at(-1);
	if (last?.endsWithQuestion) f.push('ends:?');
	f.push(`len:${bin(draft.words)}`, `sent:${bin(draft.sentences.length)}`, `q:${bin(draft.questions)}`);
	f.push(`list:${bin(draft.listItems)}`, `caps:${bin(caps)}`, `excl:${bin(excl)}`);
	if (draft.codeBlocks > 0) f.push('codeblock');
	if (letters >= 8) f.push(`upper:${Math.min(4, Math.floor((upper / letters) * 5))}`);
	if (hasConcreteContext(draft)) f.push('concrete');
	else f.push(`bare:${bin(draft.words)}`);
	if (unresolvedReferences(draft).length > 0) f.push('pointer:unresolved');
	if (isAfterTheFact(draft)) f.push('after-fact');
	for (const e of emergencySignals(draft)) f.push(`emergency:${e.type}`);
	for (const c of candidates) {
		f.push(`r:${c.rule}`, `k:${c.kind}`);
		if (!c.span) f.push(`r:${c.rule}:whole`);
	}
	if (words.length <= 3) for (const w of words) f.push(`short:${w}`);
	return f;
}
