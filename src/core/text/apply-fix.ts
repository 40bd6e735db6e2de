/**
 * What a text fix does to the draft, computed without touching any editor: for the card's preview and for
 * tests. The editor applies the same change through its own input path (content/editors/input-paths.ts).
 */
import { withAnswer } from '../chat/fill-in.js';
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

/** The preview of a fix on a draft: the new words and up to 32 characters either side (cut at a word). */
export function previewFix(text: string, fix: Fix, answer = ''): FixPreview | undefined {
	const next = applyFix(text, fix, answer);
	if (next === undefined || next === text) return undefined;
	let start = 0;
	while (start < text.length && start < next.length && text[start] === next[start]) start++;
	let endOld = text.length;
	let endNew = next.length;
	while (endOld > start && endNew > start && text[endOld - 1] === next[endNew - 1]) {
		endOld--;
		endNew--;
	}
	// Whole words on the changed part's edges read better than half ones.
	while (start > 0 && /\S/.test(next[start - 1] ?? '') && /\S/.test(next[start] ?? '')) start--;
	const from = Math.max(0, start - CONTEXT);
	const to = Math.min(next.length, endNew + CONTEXT);
	const before = (from > 0 ? '…' : '') + next.slice(from, start).replace(/^\S*\s/, from > 0 ? '' : '$&');
	const after =
		next.slice(endNew, to).replace(/\s\S*$/, to < next.length ? '' : '$&') + (to < next.length ? '…' : '');
	return { before, changed: next.slice(start, endNew), after };
}
