/**
 * Adapters for contenteditable editors. They share one reader (dom-text.ts) and differ only in how they write:
 * `richAdapter` takes the write path that the editor's framework listens to. The plain contenteditable adapter
 * (Google Chat, Gmail, Outlook's RoosterJS…) is the base case.
 */
import type { Span } from '../../core/finding.js';
import { readDomText } from './dom-text.js';
import type { EditorAdapter, EditorKind } from './editor-adapter.js';
import { execInsertText, select, settle } from './input-paths.js';

/** Writes `text` over `range` (already checked against the expected text) through the editor's own input path. */
export type WritePath = (element: HTMLElement, range: Range, text: string) => void | Promise<void>;

function spanValid(span: Span, length: number): boolean {
	return (
		Number.isInteger(span.start) &&
		Number.isInteger(span.end) &&
		span.start >= 0 &&
		span.start <= span.end &&
		span.end <= length
	);
}

export function richAdapter(kind: EditorKind, element: HTMLElement, write: WritePath): EditorAdapter {
	const rangeFor = (span: Span): Range | undefined => readDomText(element).rangeOf(span.start, span.end);
	return {
		kind,
		element,
		getText: () => readDomText(element).text,
		rangeFor,
		rectsFor(span) {
			const range = rangeFor(span);
			if (!range) return [];
			return Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
		},
		async replace(span, text, expected) {
			const before = readDomText(element);
			if (!spanValid(span, before.text.length) || before.text.slice(span.start, span.end) !== expected)
				return false;
			const range = before.rangeOf(span.start, span.end);
			if (!range) return false;
			const wanted = before.text.slice(0, span.start) + text + before.text.slice(span.end);
			try {
				await write(element, range, text);
			} catch {
				return false; // a hostile or odd page must not see our exception; the caller keeps the hint
			}
			// React-rendered editors (Slate, Draft.js) update the DOM a frame or two after taking the change.
			const ok = await settle(() => readDomText(element).text === wanted, 1000);
			if (ok) placeCaret(element, span.start + text.length);
			return ok;
		},
	};
}

/** Puts the caret at a text offset unless it is there already (the editor usually leaves it right). */
export function placeCaret(element: HTMLElement, offset: number): void {
	const selection = getSelection();
	const model = readDomText(element);
	if (selection?.rangeCount && selection.isCollapsed && element.contains(selection.anchorNode)) {
		if (model.offsetOf(selection.anchorNode as Node, selection.anchorOffset) === offset) return;
	}
	const point = model.pointAt(offset, 'backward');
	const range = document.createRange();
	range.setStart(point.node, point.offset);
	range.collapse(true);
	select(element, range);
}

/** Plain contenteditable: the browser itself is the editor, so its native insertText is the input path (and undo). */
export function contentEditableAdapter(element: HTMLElement): EditorAdapter {
	return richAdapter('contenteditable', element, (el, range, text) => {
		select(el, range);
		execInsertText(text);
	});
}
