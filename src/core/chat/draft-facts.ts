/**
 * Everything the chat rules read about a draft, built once per analysis. The costly part (the parse, the
 * structural scans) is per sentence and cached by the sentence's text in a bounded LRU, so after a
 * keystroke only the sentence that changed is parsed again.
 */
import { findTimeframes } from '../text/deadline.js';
import { LruCache } from '../text/lru-cache.js';
import {
	enumerationLength,
	type Segment,
	type StructKind,
	scanStructure,
	segment,
} from '../text/text-structure.js';
import { languageStats } from './language.js';
import { type Hit, parse, type Token } from './nlp.js';
import { thingMask } from './references.js';
import type { DraftFacts, Sentence, SentenceCore, SentenceFacts } from './sentence.js';
import { firstContentIndex, isQuestion, requestKind } from './speech-acts.js';

const CACHE = new LruCache<string, SentenceFacts>(2048);

/** Cache counters, for tests and the benchmark. */
export const sentenceCache = {
	get hits() {
		return CACHE.hits;
	},
	get misses() {
		return CACHE.misses;
	},
	get size() {
		return CACHE.size;
	},
	clear: () => CACHE.clear(),
};

const PROSE_FREE: ReadonlySet<StructKind> = new Set([
	'link',
	'video-link',
	'name',
	'mention',
	'email',
	'phone',
	'code',
	'id',
	'file',
	'version',
]);

function countTagRuns(tokens: readonly Token[]): Map<string, number> {
	const runs = new Map<string, number>();
	let prev: ReadonlySet<string> = new Set();
	for (const t of tokens) {
		for (const tag of t.tags) if (!prev.has(tag)) runs.set(tag, (runs.get(tag) ?? 0) + 1);
		prev = t.tags;
	}
	return runs;
}

function buildSentence(text: string): SentenceFacts {
	const { tokens, hits } = parse(text);
	const struct = scanStructure(text);
	const tokenKinds = tokens.map((t) => {
		let kind: StructKind | undefined;
		for (const s of struct) {
			// Overlap, not containment: compromise may glue punctuation to a token ("@<name").
			if (s.start < t.end && t.start < s.end) {
				// The most specific structure wins: a video link over a link, an ID over an environment word.
				if (kind === undefined || kind === 'link' || kind === 'env' || kind === 'quote') kind = s.kind;
			}
		}
		return kind;
	});
	let words = 0;
	tokens.forEach((t, i) => {
		const kind = tokenKinds[i];
		if (t.end > t.start && /[\p{L}\p{N}]/u.test(t.norm) && (kind === undefined || !PROSE_FREE.has(kind)))
			words++;
	});
	const core: SentenceCore = {
		text,
		tokens,
		hits,
		struct,
		tokenKinds,
		timeframes: findTimeframes(text),
		words,
		endsWithQuestion: /\?[\s"'”’)\]]*$|\?\s*(?:<name>|@\S+)?[\s.]*$/u.test(text),
	};
	const firstContent = firstContentIndex(core);
	const things = thingMask(core, firstContent);
	return {
		...core,
		firstContent,
		question: isQuestion(core, firstContent),
		request: requestKind(core, firstContent),
		things,
		hasThing: things.includes(true),
		tagRuns: countTagRuns(tokens),
		lang: languageStats(core),
	};
}

function sentenceFacts(text: string): SentenceFacts {
	const cached = CACHE.get(text);
	if (cached) return cached;
	const facts = buildSentence(text);
	CACHE.set(text, facts);
	return facts;
}

/** Builds the facts of a draft; `segments` lets a caller reuse a segmentation it already has. */
export function draftFacts(text: string, segments: Segment[] = segment(text)): DraftFacts {
	const sentences: Sentence[] = [];
	let codeBlocks = 0;
	let words = 0;
	let questions = 0;
	let listItems = 0;
	for (const seg of segments) {
		if (seg.code) {
			codeBlocks++;
			continue;
		}
		const facts = sentenceFacts(text.slice(seg.start, seg.end));
		sentences.push({
			...facts,
			at: seg.start,
			index: sentences.length,
			listItem: seg.listItem,
			lineStart: seg.lineStart,
		});
		words += facts.words;
		if (facts.endsWithQuestion) questions++;
		if (seg.listItem) listItems++;
	}
	const enumeration = enumerationLength(text);
	return {
		text,
		sentences,
		codeBlocks,
		words,
		questions,
		listItems: Math.max(listItems, enumeration),
		enumeration,
	};
}

/** True when any sentence holds a structural span of one of these kinds. */
export function hasStruct(draft: DraftFacts, ...kinds: StructKind[]): boolean {
	return draft.codeBlocks > 0 && kinds.includes('code')
		? true
		: draft.sentences.some((s) => s.struct.some((x) => kinds.includes(x.kind)));
}

/** Every hit of a signal, with the sentence it is in. */
export function hitsOf(draft: DraftFacts, ...signals: Hit['signal'][]): { sentence: Sentence; hit: Hit }[] {
	const out: { sentence: Sentence; hit: Hit }[] = [];
	for (const sentence of draft.sentences)
		for (const hit of sentence.hits) if (signals.includes(hit.signal)) out.push({ sentence, hit });
	return out;
}

export type { DraftFacts, Sentence, SentenceCore, SentenceFacts } from './sentence.js';
