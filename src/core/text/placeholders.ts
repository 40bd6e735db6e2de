/**
 * Leftover placeholders: "<your question>", "‹time›", "<…>" still in a draft about to be sent (pasted from a
 * template, or written as a note to self). Not HTML tags, not a one-word "<name>" as redacted corpora write
 * names, not arrows ("a -> b", "x < y > z").
 */
import type { Finding } from '../finding.js';

const GUILLEMETS = /‹[^›\n]{1,80}›/gu;
// Two words or more, or an ellipsis, between angle brackets, with no tag-like "=" or "/".
const ANGLED = /<(?![/!?])([^<>\n=/]{1,80})>/gu;
const ONE_WORD_PLACEHOLDERS = /^(?:when|time|date|link|url|todo|tbd|…|\.\.\.)$/i;

/** The spans of leftover placeholders in a draft. */
export function leftoverPlaceholders(text: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	for (const m of text.matchAll(GUILLEMETS)) out.push({ start: m.index, end: m.index + m[0].length });
	for (const m of text.matchAll(ANGLED)) {
		const inner = (m[1] ?? '').trim();
		const words = inner.split(/\s+/).filter(Boolean);
		const placeholder =
			inner.includes('…') || inner.includes('...') || (words.length >= 2 && /\p{L}/u.test(inner))
				? !/^[\d\s.,+\-*]+$/.test(inner)
				: ONE_WORD_PLACEHOLDERS.test(inner);
		// "x < y and z > w" is a comparison: a space right inside both brackets.
		if (placeholder && !(/^\s/.test(m[1] ?? '') && /\s$/.test(m[1] ?? '')))
			out.push({ start: m.index, end: m.index + m[0].length });
	}
	return out.sort((a, b) => a.start - b.start).slice(0, 5);
}

/** A hint on each leftover placeholder: fill it in before sending. */
export function placeholderFindings(text: string): Finding[] {
	return leftoverPlaceholders(text).map((span) => ({
		kind: 'leftover_placeholder',
		rule: 'leftover-placeholder',
		span,
		message: `“${text.slice(span.start, span.end)}” is still a placeholder`,
		why: 'The reader would get the template instead of your words, and has to ask what you meant.',
		fixes: [
			{
				type: 'fill-in',
				label: 'Fill it in',
				prompt: `What goes in place of ${text.slice(span.start, span.end)}?`,
				at: span.start,
				before: '',
				after: '',
				replaces: span.end - span.start,
			},
		],
		severity: 'warning',
		// Read off the text: a fact, not a judgement.
		confidence: 1,
	}));
}
