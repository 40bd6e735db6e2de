/**
 * The plain text of a contenteditable as the person sees it, and the map between its UTF-16 offsets and DOM
 * positions, built in one pass over the editable's nodes. Blocks and <br> give '\n'; a block's trailing <br>
 * (the placeholder that keeps an empty line open in Lexical, ProseMirror, Draft.js, Quill, CKEditor), zero-width
 * fillers and non-editable decorations give nothing. It reads the DOM only: it never changes it.
 */

const BLOCKS = new Set([
	'ADDRESS',
	'ARTICLE',
	'ASIDE',
	'BLOCKQUOTE',
	'DD',
	'DETAILS',
	'DIV',
	'DL',
	'DT',
	'FIELDSET',
	'FIGCAPTION',
	'FIGURE',
	'FOOTER',
	'FORM',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'HEADER',
	'HR',
	'LI',
	'MAIN',
	'NAV',
	'OL',
	'P',
	'PRE',
	'SECTION',
	'SUMMARY',
	'TABLE',
	'TBODY',
	'TD',
	'TFOOT',
	'TH',
	'THEAD',
	'TR',
	'UL',
]);
/** Fillers editors put in the DOM that are not text: Slate/Quill/Lexical use U+FEFF or U+200B, CKEditor U+2060. */
const FILLER = /[\u200B\uFEFF\u2060]/;
const FILLERS = /[\u200B\uFEFF\u2060]/g;
const SKIP_SELECTOR =
	'[contenteditable="false"], [data-slate-zero-width], [data-slate-placeholder], [data-lexical-decorator], script, style, template';

export function isBlock(node: Node): boolean {
	return node.nodeType === Node.ELEMENT_NODE && BLOCKS.has((node as Element).tagName);
}

/** A run of text copied from one Text node: text[textStart, textStart+length) = node.data[nodeOffset, …). */
interface TextMark {
	kind: 'text';
	node: Text;
	nodeOffset: number;
	textStart: number;
	length: number;
}
/** The DOM point (container, index) at text offset `textStart`: right after an emitted '\n', or a block's start. */
interface BreakMark {
	kind: 'break';
	container: Node;
	index: number;
	textStart: number;
}
type Mark = TextMark | BreakMark;

export interface DomPoint {
	node: Node;
	offset: number;
}

export interface DomText {
	readonly root: HTMLElement;
	readonly text: string;
	/** The DOM point at a text offset. 'forward' prefers the start of the next run (a range start), 'backward' the end of the previous one (a range end). */
	pointAt(offset: number, bias?: 'forward' | 'backward'): DomPoint;
	/** The text offset of a DOM point inside the root (clamped to the text). */
	offsetOf(node: Node, offset: number): number;
	/** A Range over [start, end) of the text, or undefined when the span is outside it. */
	rangeOf(start: number, end: number): Range | undefined;
}

function skipped(el: Element, root: Element): boolean {
	return el !== root && el.matches(SKIP_SELECTOR);
}

/** Whether a <br> ends its block: nothing rendered follows it before the block (or the root) closes. */
function isTrailingBreak(br: Element, root: Element): boolean {
	let node: Node | null = br;
	while (node && node !== root && !isBlock(node)) {
		for (let next = node.nextSibling; next; next = next.nextSibling) {
			if (next.nodeType === Node.TEXT_NODE) {
				if ((next as Text).data.replace(FILLERS, '').length > 0) return false;
			} else if (next.nodeType === Node.ELEMENT_NODE) {
				const el = next as Element;
				if (isBlock(el)) return true;
				if (skipped(el, root)) continue;
				if (el.tagName === 'BR' || el.tagName === 'IMG') return false;
				if ((el.textContent ?? '').replace(FILLERS, '').length > 0 || el.querySelector('br, img'))
					return false;
			}
		}
		node = node.parentNode;
	}
	return true;
}

/** Whitespace-only text that only indents markup between blocks (never rendered). */
function isInterBlockWhitespace(node: Text): boolean {
	if (!/^[ \t\r\n]*$/.test(node.data) || !node.data.includes('\n')) return false;
	const prev = node.previousSibling;
	const next = node.nextSibling;
	return (!prev || isBlock(prev)) && (!next || isBlock(next));
}

export function readDomText(root: HTMLElement): DomText {
	const marks: Mark[] = [];
	const parts: string[] = [];
	let length = 0;
	let atLineStart = true;
	let pendingBreak = false;

	const emitBreak = (container: Node, index: number) => {
		parts.push('\n');
		length += 1;
		marks.push({ kind: 'break', container, index, textStart: length });
	};
	const flushPending = (container: Node, index: number) => {
		if (pendingBreak) emitBreak(container, index);
		pendingBreak = false;
	};

	const visit = (node: Node): void => {
		if (node.nodeType === Node.TEXT_NODE) {
			const text = node as Text;
			if (isInterBlockWhitespace(text)) return;
			const data = text.data;
			if (data.length === 0) return;
			if (!FILLER.test(data)) {
				// The common case: the whole node is one run.
				flushPending(text, 0);
				marks.push({ kind: 'text', node: text, nodeOffset: 0, textStart: length, length: data.length });
				parts.push(data.includes('\u00A0') ? data.replace(/\u00A0/g, ' ') : data);
				length += data.length;
				atLineStart = false;
				return;
			}
			let runStart = -1;
			for (let i = 0; i <= data.length; i++) {
				const filler = i < data.length && FILLER.test(data[i] as string);
				if (i < data.length && !filler) {
					if (runStart < 0) runStart = i;
					continue;
				}
				if (runStart >= 0) {
					flushPending(text, runStart);
					const run = data.slice(runStart, i).replace(/\u00A0/g, ' ');
					marks.push({
						kind: 'text',
						node: text,
						nodeOffset: runStart,
						textStart: length,
						length: run.length,
					});
					parts.push(run);
					length += run.length;
					atLineStart = false;
					runStart = -1;
				}
			}
			return;
		}
		if (node.nodeType !== Node.ELEMENT_NODE) return;
		const el = node as Element;
		if (skipped(el, root)) return;
		if (el.tagName === 'BR') {
			if (isTrailingBreak(el, root)) return;
			const parent = el.parentNode as Node;
			const index = Array.prototype.indexOf.call(parent.childNodes, el) as number;
			flushPending(parent, index);
			emitBreak(parent, index + 1);
			atLineStart = true;
			return;
		}
		const block = el !== root && isBlock(el);
		if (block) {
			if (pendingBreak || !atLineStart) emitBreak(el, 0);
			// Even without a newline, the block's start is the point for its offset (e.g. the caret in an empty editor).
			else marks.push({ kind: 'break', container: el, index: 0, textStart: length });
			pendingBreak = false;
			atLineStart = true;
		}
		for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
		if (block) pendingBreak = true;
	};
	visit(root);
	const text = parts.join('');

	const pointAt = (offset: number, bias: 'forward' | 'backward' = 'forward'): DomPoint => {
		const target = Math.max(0, Math.min(offset, text.length));
		// Binary search: the last mark starting at or before the target.
		let lo = 0;
		let hi = marks.length - 1;
		let found = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if ((marks[mid] as Mark).textStart <= target) {
				found = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		if (bias === 'backward') {
			// At a run's start, the previous text run's end is the better range end.
			while (found > 0) {
				const m = marks[found] as Mark;
				const prev = marks[found - 1] as Mark;
				if (m.textStart === target && prev.kind === 'text' && prev.textStart + prev.length === target)
					found--;
				else break;
			}
		} else {
			// Several marks can start at the same offset (a break then a text run): the last one is the most specific.
			while (found + 1 < marks.length && (marks[found + 1] as Mark).textStart === target) found++;
		}
		const m = marks[found];
		if (!m) return { node: root, offset: 0 };
		if (m.kind === 'break') return { node: m.container, offset: m.index };
		return { node: m.node, offset: m.nodeOffset + Math.min(target - m.textStart, m.length) };
	};

	const offsetOf = (node: Node, offset: number): number => {
		if (node.nodeType === Node.TEXT_NODE) {
			let best: TextMark | undefined;
			for (const m of marks) {
				if (m.kind !== 'text' || m.node !== node) continue;
				if (m.nodeOffset <= offset) best = m;
			}
			if (best) return best.textStart + Math.min(offset - best.nodeOffset, best.length);
		}
		// Any other point: the last mark at or before it in document order.
		const probe = root.ownerDocument.createRange();
		probe.setStart(node, offset);
		let result = 0;
		for (const m of marks) {
			const before =
				m.kind === 'text'
					? probe.comparePoint(m.node, m.nodeOffset + m.length) <= 0
					: probe.comparePoint(m.container, m.index) <= 0;
			if (!before) {
				if (m.kind === 'text' && probe.comparePoint(m.node, m.nodeOffset) <= 0) {
					// The point is inside this text node but past a filler: clamp into the run.
					return m.textStart;
				}
				break;
			}
			result = m.kind === 'text' ? m.textStart + m.length : m.textStart;
		}
		return result;
	};

	const rangeOf = (start: number, end: number): Range | undefined => {
		if (start < 0 || end < start || end > text.length) return undefined;
		const a = pointAt(start, 'forward');
		const b = start === end ? a : pointAt(end, 'backward');
		const range = root.ownerDocument.createRange();
		range.setStart(a.node, a.offset);
		range.setEnd(b.node, b.offset);
		return range;
	};

	return { root, text, pointAt, offsetOf, rangeOf };
}
