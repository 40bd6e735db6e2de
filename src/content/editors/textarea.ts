/**
 * <textarea> and text <input>: the value is the text. There are no text nodes to point a Range at, so rects come
 * from a mirror: a hidden div in our own container that copies the field's box and font (Harper's TextFieldRange,
 * textarea-caret-position), holds the value in one Text node, and is measured with Range.getClientRects().
 */
import type { Span } from '../../core/finding.js';
import type { EditorAdapter } from './editor-adapter.js';
import { execInsertText, settle } from './input-paths.js';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** The computed properties that decide where the glyphs fall. */
const COPIED = [
	'boxSizing',
	'width',
	'height',
	'paddingTop',
	'paddingRight',
	'paddingBottom',
	'paddingLeft',
	'borderTopWidth',
	'borderRightWidth',
	'borderBottomWidth',
	'borderLeftWidth',
	'borderTopStyle',
	'borderRightStyle',
	'borderBottomStyle',
	'borderLeftStyle',
	'fontFamily',
	'fontSize',
	'fontStyle',
	'fontVariant',
	'fontWeight',
	'fontStretch',
	'fontFeatureSettings',
	'fontKerning',
	'lineHeight',
	'letterSpacing',
	'wordSpacing',
	'textIndent',
	'textTransform',
	'textAlign',
	'direction',
	'tabSize',
	'overflowWrap',
	'wordBreak',
] as const;

interface Mirror {
	box: HTMLDivElement;
	text: Text;
}
const mirrors = new WeakMap<TextField, Mirror>();
let container: HTMLElement | undefined;

/** Our own host for mirrors: outside every field, in a shadow root so page CSS cannot reach in. */
function mirrorRoot(doc: Document): ShadowRoot {
	if (!container?.isConnected || container.ownerDocument !== doc) {
		container = doc.createElement('unhurried-mirrors');
		container.style.cssText =
			'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;pointer-events:none';
		container.attachShadow({ mode: 'open' });
		doc.documentElement.append(container);
	}
	return container.shadowRoot as ShadowRoot;
}

/**
 * How much of the value the mirror holds: up to `upTo` and on to the next whitespace (so the last measured word
 * wraps as in the field), never the whole of a huge draft: laying out 256 KB twice per frame froze pages.
 */
const WRAP_SLACK = 256;
function mirrorText(value: string, upTo: number): string {
	if (upTo >= value.length) return value.endsWith('\n') ? `${value} ` : value;
	const rest = value.slice(upTo, upTo + WRAP_SLACK).search(/\s/);
	return value.slice(0, rest < 0 ? upTo + WRAP_SLACK : upTo + rest);
}

/** Brings the field's mirror up to date (once per layout pass: only when rects are asked for) and returns it. */
function syncMirror(field: TextField, upTo = Number.POSITIVE_INFINITY): Mirror {
	let mirror = mirrors.get(field);
	if (!mirror?.box.isConnected) {
		const box = field.ownerDocument.createElement('div');
		const text = field.ownerDocument.createTextNode('');
		box.append(text);
		mirrorRoot(field.ownerDocument).append(box);
		mirror = { box, text };
		mirrors.set(field, mirror);
	}
	const computed = getComputedStyle(field);
	const style = mirror.box.style;
	for (const prop of COPIED) style[prop] = computed[prop];
	const isInput = field instanceof HTMLInputElement;
	const rect = field.getBoundingClientRect();
	style.position = 'absolute';
	style.left = `${rect.left + scrollX}px`;
	style.top = `${rect.top + scrollY}px`;
	style.width = `${rect.width}px`;
	style.height = `${rect.height}px`;
	style.boxSizing = 'border-box';
	style.borderColor = 'transparent';
	style.visibility = 'hidden';
	style.overflow = 'hidden';
	style.whiteSpace = isInput ? 'pre' : 'pre-wrap';
	// An input centres its single line vertically; a line box as tall as the content box does the same.
	if (isInput)
		style.lineHeight = `${field.clientHeight - parseFloat(computed.paddingTop) - parseFloat(computed.paddingBottom)}px`;
	// A scrollbar narrows the textarea's text column; the mirror needs the same one.
	if (!isInput) style.overflowY = field.scrollHeight > field.clientHeight ? 'scroll' : 'hidden';
	// A trailing newline needs a following character to open its line, as in the field.
	const shown = mirrorText(field.value, upTo);
	if (mirror.text.data !== shown) mirror.text.data = shown;
	// Not scrolled like the field: the mirror may hold less text than the field, so it could not scroll as far.
	// The field's scroll offset is taken off each rect instead.
	mirror.box.scrollTop = 0;
	mirror.box.scrollLeft = 0;
	return mirror;
}

/**
 * Rects of each [start, end) of the field's value, in viewport coordinates, clipped to what the field shows.
 * The mirror is synced once for all of them (style copy, text, one layout), not once per span.
 */
export function fieldRectsForSpans(field: TextField, spans: readonly Span[]): DOMRect[][] {
	if (spans.length === 0) return [];
	let upTo = 0;
	for (const span of spans) upTo = Math.max(upTo, span.end);
	const mirror = syncMirror(field, upTo);
	const range = field.ownerDocument.createRange();
	const bounds = field.getBoundingClientRect();
	const { scrollLeft, scrollTop } = field;
	const view = field.ownerDocument.defaultView as Window & typeof globalThis;
	return spans.map((span) => {
		range.setStart(mirror.text, Math.min(span.start, mirror.text.length));
		range.setEnd(mirror.text, Math.min(span.end, mirror.text.length));
		return Array.from(range.getClientRects(), (r) =>
			scrollLeft || scrollTop ? new view.DOMRect(r.x - scrollLeft, r.y - scrollTop, r.width, r.height) : r,
		).filter(
			(r) =>
				(r.width > 0 || r.height > 0) &&
				r.right > bounds.left &&
				r.left < bounds.right &&
				r.bottom > bounds.top &&
				r.top < bounds.bottom,
		);
	});
}

/** Rects of [start, end) of the field's value (see fieldRectsForSpans). */
export function fieldRects(field: TextField, span: Span): DOMRect[] {
	return fieldRectsForSpans(field, [span])[0] ?? [];
}

/** Removes a field's mirror (when the field goes away). */
export function disposeMirror(field: TextField): void {
	mirrors.get(field)?.box.remove();
	mirrors.delete(field);
}

export function textareaAdapter(element: TextField): EditorAdapter {
	return {
		kind: 'textarea',
		element,
		getText: () => element.value,
		rangeFor: () => undefined,
		rectsFor: (span) => fieldRects(element, span),
		rectsForSpans: (spans) => fieldRectsForSpans(element, spans),
		dispose: () => disposeMirror(element),
		async replace(span, text, expected) {
			const value = element.value;
			if (span.start < 0 || span.start > span.end || span.end > value.length) return false;
			if (value.slice(span.start, span.end) !== expected) return false;
			const wanted = value.slice(0, span.start) + text + value.slice(span.end);
			element.focus({ preventScroll: true });
			element.setSelectionRange(span.start, span.end);
			// insertText edits like typing: the page gets input events, native undo reverts it (Mattermost uses it itself).
			if (!execInsertText(text)) {
				// Browsers without execCommand in fields: setRangeText plus the input event frameworks listen to.
				element.setRangeText(text, span.start, span.end, 'end');
				element.dispatchEvent(
					new InputEvent('input', { inputType: 'insertReplacementText', data: text, bubbles: true }),
				);
			}
			const ok = await settle(() => element.value === wanted);
			if (ok) element.setSelectionRange(span.start + text.length, span.start + text.length);
			return ok;
		},
	};
}
