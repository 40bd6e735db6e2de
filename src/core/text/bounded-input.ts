/**
 * What the chat coach reads of a draft, so no draft can freeze the page (issue 11, finding 3):
 * - a bounded window: the first MAX_ANALYZED_CHARS of the draft, cut on a whitespace boundary (and never
 *   inside a surrogate pair); the caller says that the rest was not read;
 * - punctuation runs collapsed before the NLP ("!!!!!!!!" → "!!!"): compromise's sentence split is quadratic on
 *   them. An offset map takes every span back to the draft exactly, so an underline covers the whole run;
 * - at most MAX_FINDINGS_PER_KIND findings of each kind (1 MB of capitals used to give 40,000 findings).
 * Pure: no DOM, no clock.
 */
import type { Finding, Fix, Span } from '../finding.js';

/**
 * About 1,700 words, two pages: far beyond any chat message, and analyzed within the 100 ms a paste may stall
 * the page even when the text is one endless shouted sentence (bench:page pastes 256 KB of it).
 */
export const MAX_ANALYZED_CHARS = 10_000;
/** Each line is a sentence to the coach: 100,000 one-word lines cost what 20 KB of prose never does. */
export const MAX_ANALYZED_LINES = 500;
/** A longer run of one punctuation mark (or of sentence marks) keeps this many. */
export const MAX_PUNCTUATION_RUN = 3;
/** Findings beyond this many of one kind add nothing a person can act on. */
export const MAX_FINDINGS_PER_KIND = 20;

/** How far back from the limit the window may end to finish on whitespace rather than mid-word. */
const BOUNDARY_SLACK = 200;

/** Where the MAX_ANALYZED_LINES-th line ends (after its newline), or undefined when there are fewer. */
function linesEnd(text: string, limit: number): number | undefined {
	let at = -1;
	for (let n = 0; n < MAX_ANALYZED_LINES; n++) {
		at = text.indexOf('\n', at + 1);
		if (at < 0 || at >= limit) return undefined;
	}
	return at + 1;
}

/**
 * The end of the window: `text.length` when it fits; else the end of the MAX_ANALYZED_LINES-th line, or a
 * whitespace boundary at or before MAX_ANALYZED_CHARS, whichever comes first.
 */
export function windowEnd(text: string, max = MAX_ANALYZED_CHARS): number {
	const byLines = linesEnd(text, Math.min(max, text.length));
	if (byLines !== undefined && byLines < text.length) return byLines;
	if (text.length <= max) return text.length;
	let end = max;
	for (let i = max; i > max - BOUNDARY_SLACK && i > 0; i--)
		if (/\s/.test(text[i - 1] as string)) {
			end = i;
			break;
		}
	// Never between the two halves of a surrogate pair.
	const c = text.charCodeAt(end - 1);
	return c >= 0xd800 && c <= 0xdbff ? end - 1 : end;
}

/** Runs of sentence marks, or of any one punctuation mark or symbol, longer than MAX_PUNCTUATION_RUN. */
const RUN = /[!?.…‼⁇⁈⁉]{4,}|([\p{P}\p{S}])\1{3,}/gu;

/** One collapsed run: where it starts in both texts, and how long it is in each. */
interface Cut {
	at: number;
	original: number;
	kept: number;
	dropped: number;
}

export interface Collapsed {
	text: string;
	/** The draft offset of an offset into `text`. */
	map(offset: number): number;
}

/** Collapses long punctuation runs, with the map back to the original offsets. */
export function collapseRuns(text: string): Collapsed {
	const cuts: Cut[] = [];
	let shift = 0;
	const out = text.replace(RUN, (run: string, _mark: string | undefined, offset: number) => {
		const kept = Array.from(run).slice(0, MAX_PUNCTUATION_RUN).join('');
		cuts.push({ at: offset - shift, original: offset, kept: kept.length, dropped: run.length - kept.length });
		shift += run.length - kept.length;
		return kept;
	});
	if (cuts.length === 0) return { text, map: (o) => o };
	/** The last cut that starts at or before `offset` (binary search: there can be thousands). */
	const before = (offset: number): Cut | undefined => {
		let lo = 0;
		let hi = cuts.length - 1;
		let found: Cut | undefined;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const cut = cuts[mid] as Cut;
			if (cut.at <= offset) {
				found = cut;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return found;
	};
	// Inside a kept run an offset keeps its place; from the run's end on, it moves past the dropped part, so a
	// span that ends with the kept marks ends with the whole run.
	const map = (offset: number) => {
		const cut = before(offset);
		if (!cut) return offset;
		const into = offset - cut.at;
		return cut.original + into + (into < cut.kept ? 0 : cut.dropped);
	};
	return { text: out, map };
}

/** What the coach analyzes for a draft, and how to bring its findings back to the draft. */
export interface BoundedInput {
	/** The text to analyze: the window, with its punctuation runs collapsed. */
	text: string;
	/** Where the draft stops being read (absent when the whole draft was read). */
	truncatedAt?: number;
	/** Findings on `text`, mapped back onto the draft (spans exact) and capped per kind. */
	finish(findings: Finding[]): Finding[];
}

export function boundInput(draft: string): BoundedInput {
	const end = windowEnd(draft);
	const truncated = end < draft.length;
	const collapsed = collapseRuns(truncated ? draft.slice(0, end) : draft);
	const span = (s: Span): Span => ({ start: collapsed.map(s.start), end: collapsed.map(s.end) });
	const fix = (f: Fix): Fix | undefined => {
		if (f.type === 'replace') return { ...f, span: span(f.span) };
		if (f.type === 'fill-in') {
			const s = span({ start: f.at, end: f.at + (f.replaces ?? 0) });
			return { ...f, at: s.start, ...(f.replaces ? { replaces: s.end - s.start } : {}) };
		}
		// A rewrite of the window would drop everything after it: never offered for a draft not read whole.
		if (f.type === 'rewrite' && truncated) return undefined;
		return f;
	};
	return {
		text: collapsed.text,
		...(truncated ? { truncatedAt: end } : {}),
		finish(findings) {
			const mapped =
				collapsed.text === draft
					? findings
					: findings.map((f) => ({
							...f,
							...(f.span ? { span: span(f.span) } : {}),
							fixes: f.fixes.map(fix).filter((x): x is Fix => x !== undefined),
						}));
			return capPerKind(mapped);
		},
	};
}

/** The first `max` findings of each kind, in the order given. */
export function capPerKind(findings: Finding[], max = MAX_FINDINGS_PER_KIND): Finding[] {
	const seen = new Map<string, number>();
	return findings.filter((f) => {
		const n = (seen.get(f.kind) ?? 0) + 1;
		seen.set(f.kind, n);
		return n <= max;
	});
}
