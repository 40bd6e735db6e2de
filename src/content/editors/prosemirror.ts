/**
 * ProseMirror and TipTap. Write path: execCommand insertText over the selected range. ProseMirror does not handle
 * synthetic text beforeinput (verified: not prevented, nothing happens); its DOMObserver reads the native edit back
 * into a transaction, so the doc, marks elsewhere and prosemirror-history's undo all hold.
 */
import { richAdapter } from './contenteditable.js';
import type { EditorAdapter } from './editor-adapter.js';
import { execInsertText, select } from './input-paths.js';

export function prosemirrorAdapter(element: HTMLElement): EditorAdapter {
	return richAdapter('prosemirror', element, (el, range, text) => {
		select(el, range);
		execInsertText(text);
	});
}
