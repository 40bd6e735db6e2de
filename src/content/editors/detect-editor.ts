/**
 * Finds the editor technology behind an element by the marker its framework puts on the DOM (the generic markers
 * Harper keys on, sites.md §0), and returns its adapter. Fields that explicitly opt out of writing assistants are
 * left alone.
 */
import { ckeditor5Adapter } from './ckeditor5.js';
import { contentEditableAdapter } from './contenteditable.js';
import { draftjsAdapter } from './draftjs.js';
import type { EditorAdapter } from './editor-adapter.js';
import { lexicalAdapter } from './lexical.js';
import { prosemirrorAdapter } from './prosemirror.js';
import { quillAdapter } from './quill.js';
import { ROOSTER_HOSTS, roosterjsAdapter } from './roosterjs.js';
import { slateAdapter } from './slate.js';
import { textareaAdapter } from './textarea.js';

/**
 * The explicit opt-out a page sets for writing assistants, the one Harper honours (contentScript/index.ts).
 * `data-gramm="false"` is not one: Quill 1.x sets it on every editor by default (quill@1.3.7 core/quill.js:74;
 * slab/quill #574, removed in 2.0 by #3005), so honouring it would switch Unhurried off on Slack's Quill fork.
 */
const OPT_OUT = '[data-enable-grammarly="false"]';
/** Single-line inputs that hold prose and support setSelectionRange. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel']);
const EDITABLE_VALUES = new Set(['', 'true', 'plaintext-only']);

/** The markers, most specific first; the first that matches the editable root (or its wrapper) wins. */
const RICH: ReadonlyArray<[selector: string, make: (root: HTMLElement) => EditorAdapter]> = [
	['.ql-editor', quillAdapter],
	['[data-slate-editor="true"]', slateAdapter],
	['[data-lexical-editor="true"]', lexicalAdapter],
	['.ProseMirror', prosemirrorAdapter],
	['.ck-editor__editable, .ck-content', ckeditor5Adapter],
	['.public-DraftEditor-content', draftjsAdapter],
];

/** The outermost editable ancestor-or-self: nested contenteditables belong to the editor that holds them. */
export function editableRoot(element: Element): HTMLElement | undefined {
	let root: HTMLElement | undefined;
	for (let node: Element | null = element; node; node = node.parentElement) {
		const value = node.getAttribute('contenteditable');
		if (value !== null && EDITABLE_VALUES.has(value.toLowerCase()) && node instanceof HTMLElement)
			root = node;
	}
	return root;
}

export function detectEditor(element: Element): EditorAdapter | undefined {
	if (element.closest(OPT_OUT)) return undefined;
	if (element instanceof HTMLTextAreaElement)
		return element.readOnly || element.disabled ? undefined : textareaAdapter(element);
	if (element instanceof HTMLInputElement) {
		if (!TEXT_INPUT_TYPES.has(element.type) || element.readOnly || element.disabled) return undefined;
		return textareaAdapter(element);
	}
	const root = editableRoot(element);
	if (!root || root.closest(OPT_OUT)) return undefined;
	for (const [selector, make] of RICH) if (root.matches(selector)) return make(root);
	// RoosterJS leaves no marker on the DOM: on Outlook's hosts, a plain-looking editable is Rooster's.
	if (ROOSTER_HOSTS.has(root.ownerDocument.location?.hostname ?? '')) return roosterjsAdapter(root);
	return contentEditableAdapter(root);
}
