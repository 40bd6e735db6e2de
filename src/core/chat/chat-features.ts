/**
 * What the learned scorer reads about a chat draft: interpretable features (which rules fired, the signals
 * and lexicon tags behind them, the draft's structure: length, questions, requests, links, IDs, versions,
 * errors, deadlines, pointing words with nothing to point at, capitals, emergency words) plus word unigrams
 * and bigrams. Every feature is a name; the model hashes it to a bucket.
 */

import type { Candidate } from '../finding.js';
import { bucketOf } from '../learn/feature-hash.js';
import { stem } from '../text/stem.js';
import type { StructKind } from '../text/text-structure.js';
import { emergencySignals, isAfterTheFact } from './emergency.js';
import type { Token } from './nlp.js';
import { hasConcreteContext, unresolvedReferences } from './references.js';
import type { DraftFacts, Sentence } from './sentence.js';
import { isConditional, isSelfPromise } from './speech-acts.js';

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

function capsWord(raw: string): boolean {
	return raw.length >= 2 && /\p{Lu}/u.test(raw) && !/\p{Ll}/u.test(raw) && /^\p{L}+$/u.test(raw);
}

/** What one sentence contributes, computed once per sentence text (the sentence facts are cached too). */
interface SentenceFeatures {
	names: string[];
	words: string[];
	caps: number;
	excl: number;
	letters: number;
	upper: number;
	/** The names' buckets, per table size. */
	buckets: Map<number, number[]>;
}

// Keyed by the cached sentence's token array: the same object for as long as the sentence is in the cache.
const SENTENCES = new WeakMap<readonly Token[], SentenceFeatures>();

function sentenceFeatures(s: Sentence): SentenceFeatures {
	const cached = SENTENCES.get(s.tokens);
	if (cached) return cached;
	const names: string[] = [];
	const words: string[] = [];
	let caps = 0;
	let excl = 0;
	let letters = 0;
	let upper = 0;
	s.tokens.forEach((t, i) => {
		const raw = s.text.slice(t.start, t.end);
		if (capsWord(raw) && raw !== 'I' && raw.length > 2) caps++;
		letters += raw.match(/\p{L}/gu)?.length ?? 0;
		upper += raw.match(/\p{Lu}/gu)?.length ?? 0;
		excl += t.post.match(/!/g)?.length ?? 0;
		const word = wordOf(s, i);
		if (!word) return;
		const w = stem(word);
		words.push(w);
		names.push(`w:${w}`);
	});
	for (const hit of s.hits) names.push(`s:${hit.signal}`);
	for (const [tag] of s.tagRuns) names.push(`t:${tag}`);
	for (const x of s.struct) names.push(`has:${x.kind}`);
	if (s.timeframes.length > 0) names.push('timeframe');
	if (s.question) names.push('question');
	if (s.request) names.push(`req:${s.request}`);
	if (s.request && isConditional(s)) names.push('req:conditional');
	const urgent = s.tokens.findIndex((t) => t.tags.has('Urgency'));
	if (urgent >= 0) names.push(isSelfPromise(s, urgent) ? 'urgency:self' : 'urgency:other');
	const out = { names, words, caps, excl, letters, upper, buckets: new Map<number, number[]>() };
	SENTENCES.set(s.tokens, out);
	return out;
}

/** The features of the draft as a whole: its shape, what the rules found, what no sentence alone says. */
function draftNames(
	draft: DraftFacts,
	candidates: readonly Candidate[],
	sentences: SentenceFeatures[],
): string[] {
	const f: string[] = ['bias'];
	let caps = 0;
	let excl = 0;
	let letters = 0;
	let upper = 0;
	let words = 0;
	for (const s of sentences) {
		caps += s.caps;
		excl += s.excl;
		letters += s.letters;
		upper += s.upper;
		words += s.words.length;
	}
	const first = draft.sentences[0];
	const firstWord = first ? wordOf(first, first.firstContent) : undefined;
	if (firstWord) f.push(`first:${firstWord}`);
	if (draft.sentences.at(-1)?.endsWithQuestion) f.push('ends:?');
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
	if (words <= 3) for (const s of sentences) for (const w of s.words) f.push(`short:${w}`);
	return f;
}

/** The feature names of a draft, given the candidates the rules found in it (for training and inspection). */
export function chatFeatures(draft: DraftFacts, candidates: readonly Candidate[]): string[] {
	const sentences = draft.sentences.map(sentenceFeatures);
	return [...draftNames(draft, candidates, sentences), ...sentences.flatMap((s) => s.names)];
}

/**
 * The distinct buckets of a draft's features in a table of 2^bits: the same set as hashing chatFeatures, with
 * each sentence's part hashed once, so a keystroke costs the changed sentence and the draft-level features.
 */
export function chatBuckets(draft: DraftFacts, candidates: readonly Candidate[], bits: number): number[] {
	const sentences = draft.sentences.map(sentenceFeatures);
	const out = new Set<number>();
	for (const name of draftNames(draft, candidates, sentences)) out.add(bucketOf(name, bits));
	for (const s of sentences) {
		let buckets = s.buckets.get(bits);
		if (!buckets) {
			buckets = s.names.map((n) => bucketOf(n, bits));
			s.buckets.set(bits, buckets);
		}
		for (const b of buckets) out.add(b);
	}
	return [...out].sort((a, b) => a - b);
}
