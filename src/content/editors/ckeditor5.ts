/**
 * CKEditor 5 (Teams v2). Write path: a beforeinput insertReplacementText with the target range, which CKEditor's
 * InsertTextObserver turns into its insertText command (undo step, formats elsewhere kept). Never execCommand:
 * CKEditor reverts DOM changes its view did not make (ckeditor5 #11636; verified: model unchanged). The fallback is
 * a paste, which its clipboard pipeline applies (Teams scripts do this), losing the span's inline formats.
 */
import { richAdapter } from './contenteditable.js';
import type { EditorAdapter } from './editor-adapter.js';
import { beforeInput, nextTask, paste, select } from './input-paths.js';

export function ckeditor5Adapter(element: HTMLElement): EditorAdapter {
	return richAdapter('ckeditor5', element, async (el, range, text) => {
		select(el, range);
		// Let CKEditor see the new selection first (selectionchange): that closes its typing batch, so our change is
		// its own undo step instead of merging into the words typed just before.
		await nextTask();
		if (!beforeInput(el, range, text, 'insertReplacementText')) paste(el, text);
	});
}
