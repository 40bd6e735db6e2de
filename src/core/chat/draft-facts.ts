/**
 * Everything the chat rules read about a draft, built once per analysis. The costly part (the parse, the
 * structural scans) is per sentence and cached by the sentence's text in a bounded LRU, so after a
 * keystroke only the sentence that changed is parsed again.
 */
import { findTimeframes, type Timeframe } from '../text/deadline.js';
import { LruCache } from '../text/lru-cache.js';
import {
	enumerationLength,
	type Segment,
	type StructKind,
	type StructSpan,
	scanStructure,
	segment,
} from '../text/text-structure.js';
import { type LanguageStats, languageStats } from './language.js';
import { type Hit, parse, type Token } from './nlp.js';
import { thingMask } from './references.js';
import { firstContentIndex, isQuestion, requestKind } from './speech-acts.js';

/** What one sentence says, with offsets relative to the sentence. Shared through the cache: never mutate. */
export interface SentenceCore {
	readonly text: string;
	readonly tokens: readonly Token[];
	readonly hits: readonly Hit[];
	readonly struct: readonly StructSpan[];
	/** The structural kind covering each token, if any (a link, a name, an ID …). */
	readonly tokenKinds: readonly (StructKind | undefined)[];
	readonly timeframes: readonly Timeframe[];
	/** Words of prose: tokens that are not links, code, names or other structure. */
	readonly words: number;
	readonly endsWithQuestion: boolean;
}

/** A sentence's core plus what the rules ask of it again and again, computed once and cached with it. */
export interface SentenceFacts extends SentenceCore {
	/** Index of the first token that is not a greeting, filler, name or mention. */
	readonly firstContent: number;
	readonly question: boolean;
	readonly request: 'direct' | 'need' | undefined;
	/** Per token: can a later "it"/"this" point at it (a link, an ID, a named noun)? */
	readonly things: readonly boolean[];
	readonly hasThing: boolean;
	/** Per lexicon tag: how many runs of tokens carry it ("drop down" counts once). */
	readonly tagRuns: ReadonlyMap<string, number>;
	readonly lang: LanguageStats;
}

/** A sentence placed in its draft. */
export interface Sentence extends SentenceFacts {
	/** Offset of the sentence in the draft; add it to every relative offset. */
	readonly at: number;
	readonly index: number;
	readonly listItem: boolean;
	readonly lineStart: boolean;
}

export interface DraftFacts {
	readonly text: string;
	readonly sentences: readonly Sentence[];
	readonly codeBlocks: number;
	readonly words: number;
	/** Sentences that end with a question mark. */
	readonly questions: number;
	/** Line-start list items plus the longest inline enumeration (1. … 2. … 3. …). */
	readonly listItems: number;
	readonly enumeration: number;
}

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
