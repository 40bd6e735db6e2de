/**
 * "Fill-in" fixes: the draft stays as written and only what is missing is added — the person answers a
 * question in the card ("Talk about what?") and the answer goes in where it reads naturally.
 */
import type { Fix, Span } from '../finding.js';

/** Adds the answer at the end of the draft, after its last non-space character. */
export function appendAnswer(text: string, label: string, prompt: string): Fix {
	const at = text.replace(/\s+$/u, '').length;
	const sep = at === 0 ? '' : /\n/.test(text.slice(0, at)) ? '\n' : ' ';
	return { type: 'fill-in', label, prompt, at, before: sep, after: '' };
}

/** Adds " <lead> answer" right after a span: "talk" → "talk about the Q3 plan"; "this" → "this (PR #412)". */
export function answerAfter(span: Span, label: string, prompt: string, lead: string, after = ''): Fix {
	return { type: 'fill-in', label, prompt, at: span.end, before: ` ${lead}`, after };
}

export type FillIn = Extract<Fix, { type: 'fill-in' }>;

/** What a fill-in puts at `fix.at` for this answer ('' for an empty answer). */
export function answerText(text: string, fix: FillIn, answer: string): string {
	let a = answer.trim();
	if (!a) return '';
	// A sentence of its own after a finished one starts with a capital.
	if (!fix.before.trim() && /[.!?]\s*$/.test(text.slice(0, fix.at)))
		a = a.charAt(0).toUpperCase() + a.slice(1);
	return `${fix.before}${a}${fix.after}`;
}

/** The draft with a fill-in's answer in place (the answer trimmed; an empty answer changes nothing). */
export function withAnswer(text: string, fix: FillIn, answer: string): string {
	const a = answerText(text, fix, answer);
	return a ? `${text.slice(0, fix.at)}${a}${text.slice(fix.at + (fix.replaces ?? 0))}` : text;
}
