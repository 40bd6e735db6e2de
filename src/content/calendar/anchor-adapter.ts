/**
 * An adapter that only anchors the hints badge to an element (the whole form) when the form shows no
 * description editor we can read: it has no text and writes nothing.
 */
import type { EditorAdapter } from '../editors/editor-adapter.js';

export function anchorAdapter(element: HTMLElement): EditorAdapter {
	return {
		kind: 'contenteditable',
		element,
		getText: () => '',
		rangeFor: () => undefined,
		rectsFor: () => [],
		replace: async () => false,
	};
}
