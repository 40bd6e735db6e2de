/**
 * Draft.js. Write path: execCommand insertText over the selected range. In Chromium it first fires the legacy
 * `textInput` event that React's onBeforeInput (and so Draft's editOnBeforeInput) listens to; Draft applies the text
 * to its EditorState as an undoable change (verified: model, bold elsewhere, caret and Ctrl+Z). Synthetic
 * beforeinput is ignored by React 18, and a bare textInput or paste left the caret at the start.
 */
import { richAdapter } from './contenteditable.js';
import type { EditorAdapter } from './editor-adapter.js';
import { execInsertText, select } from './input-paths.js';

export function draftjsAdapter(element: HTMLElement): EditorAdapter {
	return richAdapter('draftjs', element, (el, range, text) => {
		select(el, range);
		execInsertText(text);
	});
}
