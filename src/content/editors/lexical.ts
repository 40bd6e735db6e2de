/**
 * Lexical (WhatsApp Web, Reddit). Write path: a beforeinput insertReplacementText, which Lexical's own beforeinput
 * handler applies as a controlled insertion into its editor state (history entry, formats elsewhere kept). If a build
 * does not take it, execCommand's native edit is absorbed by Lexical's mutation observer (both verified in Chromium).
 */
import { richAdapter } from './contenteditable.js';
import type { EditorAdapter } from './editor-adapter.js';
import { beforeInput, execInsertText, select } from './input-paths.js';

export function lexicalAdapter(element: HTMLElement): EditorAdapter {
	return richAdapter('lexical', element, (el, range, text) => {
		select(el, range);
		if (!beforeInput(el, range, text, 'insertReplacementText')) execInsertText(text);
	});
}
