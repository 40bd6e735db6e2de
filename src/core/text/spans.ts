/** Keeps spans inside the text and off the middle of a surrogate pair. */
import type { Span } from '../finding.js';

const isLowSurrogate = (text: string, i: number) => {
	const c = text.charCodeAt(i);
	return c >= 0xdc00 && c <= 0xdfff;
};
const isHighSurrogate = (text: string, i: number) => {
	const c = text.charCodeAt(i);
	return c >= 0xd800 && c <= 0xdbff;
};

/** Clamps a span to the text and widens it to whole code points; undefined when nothing is left. */
export function safeSpan(text: string, start: number, end: number): Span | undefined {
	let s = Math.max(0, Math.min(text.length, Math.floor(start)));
	let e = Math.max(s, Math.min(text.length, Math.floor(end)));
	if (s > 0 && s < text.length && isLowSurrogate(text, s) && isHighSurrogate(text, s - 1)) s--;
	if (e > 0 && e < text.length && isLowSurrogate(text, e) && isHighSurrogate(text, e - 1)) e++;
	return e > s ? { start: s, end: e } : undefined;
}
