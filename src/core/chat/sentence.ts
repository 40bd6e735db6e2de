/**
 * What the chat coach knows of a draft and of each sentence in it: the shapes draft-facts.ts builds and every
 * reader (the rules, the language check, the references) reads. Types only, so readers import no builder.
 */
import type { Timeframe } from '../text/deadline.js';
import type { StructKind, StructSpan } from '../text/text-structure.js';
import type { Hit, Token } from './nlp.js';

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

/** The letters and words of a sentence, for the language check. */
export interface LanguageStats {
	letters: number;
	latin: number;
	words: number;
	/** Words only English uses (of those above). */
	english: number;
	/** Words only the other languages use. */
	foreign: number;
}
