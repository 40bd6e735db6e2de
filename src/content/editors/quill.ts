/**
 * Quill (Slack's "texty"). Write path: a beforeinput insertReplacementText over the range, which Quill 2's Input
 * module turns into deleteText+insertText keeping the span's formats (Harper #2668 lost Slack's inline code going
 * through the DOM); Quill 1 ignores it, and then its MutationObserver reads execCommand's native edit (verified both
 * in Chromium: model, bold elsewhere and Ctrl+Z intact).
 */
import { richAdapter } from './contenteditable.js';
import type { EditorAdapter } from './editor-adapter.js';
import { beforeInput, execInsertText, select } from './input-paths.js';

export function quillAdapter(element: HTMLElement): EditorAdapter {
	return richAdapter('quill', element, (el, range, text) => {
		select(el, range);
		if (!beforeInput(el, range, text, 'insertReplacementText')) execInsertText(text);
	});
}
