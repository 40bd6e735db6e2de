/**
 * One adapter per editor technology (not per site): it reads the draft as plain text, maps the coach's
 * UTF-16 offsets to what can be drawn, and writes a replacement through the path the editor's framework
 * listens to, so its own model holds the new text and undo reverts it. It never mutates the editor's DOM
 * by itself for drawing.
 */
import type { Span } from '../../core/finding.js';

export const EDITOR_KINDS = [
	'textarea',
	'contenteditable',
	'quill',
	'slate',
	'lexical',
	'prosemirror',
	'ckeditor5',
	'draftjs',
	'roosterjs',
] as const;
export type EditorKind = (typeof EDITOR_KINDS)[number];

export interface EditorAdapter {
	readonly kind: EditorKind;
	/** The editable element: the textarea/input, or the contenteditable root. */
	readonly element: HTMLElement;
	/** The draft as the coach sees it; every span refers to offsets in this string. */
	getText(): string;
	/**
	 * A DOM Range covering the span, for the CSS Custom Highlight API. Undefined where the editor has no
	 * text nodes to point at (textarea/input): use rectsFor instead.
	 */
	rangeFor(span: Span): Range | undefined;
	/** Client rects (viewport coordinates) of the span's text, one per line box: for overlays and hit tests. */
	rectsFor(span: Span): DOMRect[];
	/**
	 * The rects of many spans in one go, where measuring has a set-up cost to pay once per layout pass (the
	 * textarea mirror). Optional: the view falls back to rectsFor per span.
	 */
	rectsForSpans?(spans: readonly Span[]): DOMRect[][];
	/**
	 * Replaces the span with text through the editor's own input path (execCommand insertText, a cancelable
	 * beforeinput, or what the framework needs). Resolves true when getText() then holds the replacement;
	 * the caret ends after it. Resolves false (and changes nothing) if the span no longer matches `expected`.
	 */
	replace(span: Span, text: string, expected: string): Promise<boolean>;
	/** Releases what the adapter keeps outside the editor (the textarea mirror). Optional: rich editors keep nothing. */
	dispose?(): void;
}
