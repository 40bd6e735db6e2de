/**
 * Slate (Discord). Write path: a beforeinput insertReplacementText with the target range, which slate-react's
 * Editable applies to its model (Harper #2495). No execCommand fallback: Chromium's execCommand fires no beforeinput,
 * so Slate never hears of it and its model silently desyncs from the DOM (verified: DOM changed, model did not).
 */
import { richAdapter } from './contenteditable.js';
import type { EditorAdapter } from './editor-adapter.js';
import { beforeInput, select } from './input-paths.js';

export function slateAdapter(element: HTMLElement): EditorAdapter {
	return richAdapter('slate', element, (el, range, text) => {
		select(el, range);
		if (!beforeInput(el, range, text, 'insertReplacementText')) beforeInput(el, range, text, 'insertText');
	});
}
