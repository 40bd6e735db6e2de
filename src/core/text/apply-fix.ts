/**
 * What a text fix does to the draft, computed without touching any editor: for the card's preview and for
 * tests. The editor applies the same change through its own input path (content/editors/input-paths.ts).
 */
import { answerText, withAnswer } from '../chat/fill-in.js';
import type { Fix } from '../finding.js';

/** The draft after a text fix (a fill-in with the person's answer); undefined for a channel fix. */
export function applyFix(text: string, fix: Fix, answer = ''): string | undefined {
	switch (fix.type) {
		case 'replace':
			return text.slice(0, fix.span.start) + fix.text + text.slice(fix.span.end);
		case 'rewrite':
			return fix.text;
		case 'fill-in':
			return withAnswer(text, fix, answer);
		case 'insert-template': {
			const end = text.replace(/\s+$/, '').length;
			const sep = end === 0 ? '' : /\n/.test(text) ? '\n\n' : ' ';
			return `${text.slice(0, end)}${sep}${fix.text}`;
		}
		default:
			return undefined;
	}
}

/** The changed part of a fix's result, with a little context: `before` + `changed` + `after`. */
export interface FixPreview {
	before: string;
	changed: string;
	after: string;
}

const CONTEXT = 32;

/** Where a fix changes the draft: the replaced range and the new text (undefined for a channel fix). */
function change(
	text: string,
	fix: Fix,
	answer: string,
): { start: number; end: number; text: string } | undefined {
	switch (fix.type) {
		case 'replace':
			return { ...fix.span, text: fix.text };
		case 'fill-in':
			return { start: fix.at, end: fix.at + (fix.replaces ?? 0), text: answerText(text, fix, answer) };
		case 'rewrite':
			return { start: 0, end: text.length, text: fix.text };
		case 'insert-template': {
			const next = applyFix(text, fix) ?? '';
			const end = text.replace(/\s+$/, '').length;
			return { start: end, end: text.length, text: next.slice(end) };
		}
		default:
			return undefined;
	}
}

/** The preview of a fix on a draft: the new words and up to 32 characters either side. */
export function previewFix(text: string, fix: Fix, answer = ''): FixPreview | undefined {
	const c = change(text, fix, answer);
	if (!c || (c.text === '' && c.start === c.end)) return undefined;
	const from = Math.max(0, c.start - CONTEXT);
	const to = Math.min(text.length, c.end + CONTEXT);
	return {
		before: (from > 0 ? '…' : '') + text.slice(from, c.start),
		changed: c.text,
		after: text.slice(c.end, to) + (to < text.length ? '…' : ''),
	};
}
