/**
 * The team's own phrases (norms.phrases): matched as literal, case-insensitive, word-bounded text, never
 * as a regular expression, so a preset can never make the coach slow or surprising.
 */
import type { Span } from '../finding.js';

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Lower-cases one code unit at a time so offsets stay those of the original text. */
export function foldCase(text: string): string {
	const lower = text.toLowerCase();
	if (lower.length === text.length) return lower;
	let out = '';
	for (const c of text) {
		const l = c.toLowerCase();
		out += l.length === c.length ? l : c;
	}
	return out;
}

/** Every word-bounded, case-insensitive occurrence of any phrase, in order, not overlapping. */
export function findPhrases(text: string, phrases: readonly string[] | undefined, folded?: string): Span[] {
	if (!phrases || phrases.length === 0) return [];
	const haystack = folded ?? foldCase(text);
	const spans: Span[] = [];
	for (const phrase of phrases) {
		const needle = foldCase(phrase.trim());
		if (needle.length === 0) continue;
		for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
			const end = at + needle.length;
			const boundedLeft = !isWordChar(needle[0]) || !isWordChar(haystack[at - 1]);
			const boundedRight = !isWordChar(needle.at(-1)) || !isWordChar(haystack[end]);
			if (boundedLeft && boundedRight) spans.push({ start: at, end });
		}
	}
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	return spans.filter((s, i) => i === 0 || s.start >= (spans[i - 1]?.end ?? 0));
}
