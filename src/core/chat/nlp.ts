/**
 * The one compromise plugin and the one parse. compromise/one (tokenizer, lexicon lookup, match; about a
 * quarter of full compromise and ten times faster) plus the coach's own tags: the rules need signals, not
 * parts of speech. Patterns compile once into a net that one sweep runs over a sentence.
 */
import nlp from 'compromise/one';
import { PHRASES, TAGS, WORD_TAGS } from './chat-lexicon.js';
import { PATTERNS, type Signal } from './chat-patterns.js';

interface Term {
	text: string;
	pre: string;
	post: string;
	normal: string;
	implicit?: string;
	tags: Set<string>;
}
interface View {
	docs: Term[][];
	sweep: (
		net: unknown,
		options?: { tagger?: boolean },
	) => { found: { reason?: string; view: { ptrs: number[][] } }[] };
}

nlp.plugin({
	tags: TAGS,
	words: PHRASES,
	compute: {
		coachTags: (view: View) => {
			for (const sentence of view.docs) {
				for (const term of sentence) {
					const word = term.implicit ?? term.normal;
					// "stress/crisis", "ui/ux": a slash joins words that each keep their meaning.
					for (const part of word.includes('/') ? word.split('/') : [word]) {
						const tags = WORD_TAGS.get(part);
						if (tags) for (const tag of tags) term.tags.add(tag);
					}
					if (/^\d+$/.test(term.normal)) term.tags.add('Value');
				}
			}
		},
	},
	hooks: ['coachTags'],
});
const NET = nlp.buildNet(PATTERNS);

/** A word with its UTF-16 offsets in the parsed text. A contraction's implied word ("not") shares its span. */
export interface Token {
	/** Lower case, punctuation stripped; the expanded form for contractions ("can't" → "can", "not"). */
	norm: string;
	start: number;
	end: number;
	/** Punctuation and spaces before and after, as compromise split them. */
	pre: string;
	post: string;
	tags: ReadonlySet<string>;
}

/** A pattern hit: token indices (last inclusive) and offsets. */
export interface Hit {
	signal: Signal;
	first: number;
	last: number;
	start: number;
	end: number;
}

export interface Parsed {
	tokens: Token[];
	hits: Hit[];
}

/** Finds where each term sits in the text, in order, looking only a little ahead (linear on any input). */
function locate(text: string, docs: Term[][]): { tokens: Token[]; firstIndex: number[] } {
	const tokens: Token[] = [];
	const firstIndex: number[] = [];
	let cursor = 0;
	for (const sentence of docs) {
		firstIndex.push(tokens.length);
		let last = 0;
		for (const term of sentence) {
			let start: number;
			let end: number;
			if (term.text === '') {
				start = last;
				end = tokens.at(-1)?.end ?? last;
				start = tokens.at(-1)?.start ?? start;
			} else {
				const ahead = text.slice(cursor, cursor + term.pre.length + term.text.length + 32);
				const at = ahead.indexOf(term.text);
				start = at >= 0 ? cursor + at : Math.min(text.length, cursor + term.pre.length);
				end = Math.min(text.length, start + term.text.length);
				cursor = end;
			}
			last = end;
			tokens.push({
				norm: term.implicit ?? term.normal,
				start,
				end,
				pre: term.pre,
				post: term.post,
				tags: term.tags,
			});
		}
	}
	return { tokens, firstIndex };
}

/** Parses one sentence (or any short text): tokens with offsets, and every pattern hit. */
export function parse(text: string): Parsed {
	const doc = nlp(text) as unknown as View;
	const { tokens, firstIndex } = locate(text, doc.docs);
	const hits: Hit[] = [];
	// The patterns name signals and set no tags: no tagging pass after the match.
	for (const found of doc.sweep(NET, { tagger: false }).found) {
		for (const [n = 0, from = 0, to = 0] of found.view.ptrs) {
			const base = firstIndex[n] ?? 0;
			const first = base + from;
			const last = base + Math.max(from, to - 1);
			const a = tokens[first];
			const b = tokens[last];
			if (!a || !b || !found.reason) continue;
			hits.push({ signal: found.reason as Signal, first, last, start: a.start, end: b.end });
		}
	}
	hits.sort((x, y) => x.start - y.start || x.end - y.end);
	return { tokens, hits };
}
