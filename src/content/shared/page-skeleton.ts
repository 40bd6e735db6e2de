/**
 * "Copy page skeleton": the structure around the focused editor, so a contributor can update an adapter from a
 * live page the person uses (docs/sites.md § Capturing a skeleton). It keeps only what names structure: tag, role,
 * contenteditable, the NAMES of aria attributes, a few stable data attributes (with their values only when those
 * are identifiers of the app's code), and class prefixes. Every text becomes its length; values that could carry
 * what people wrote or who they are (names, emails, URLs, long numeric ids) are dropped. The popup shows it to the
 * person before it is copied; nothing is ever sent.
 */

/** Ancestors walked up from the editor, siblings listed per ancestor, children levels listed under the editor. */
const ANCESTORS = 14;
const SIBLINGS = 8;
const CHILD_DEPTH = 2;
const CHILDREN = 10;

/** data-* attributes whose values are identifiers of the app's code (test ids, framework markers), kept as such. */
const VALUE_KEPT = new Set([
	'data-qa',
	'data-tid',
	'data-testid',
	'data-test-id',
	'data-slate-editor',
	'data-lexical-editor',
	'data-ms-editor',
	'data-chips-dialog',
	'data-viewfamily',
	'data-is-create',
	'data-list-id',
	'data-enable-grammarly',
	'data-gramm',
]);
/** data-* attributes whose value starts with a kind then "/" ("space/AAAA", "dm/BBBB"): only the kind is kept. */
const PREFIX_KEPT = new Set(['data-group-id']);
/** Other attributes worth naming (value dropped), or keeping (closed vocabulary / identifier values). */
const NAME_ONLY = new Set([
	'g_editable',
	'jsname',
	'jscontroller',
	'placeholder',
	'title',
	'spellcheck',
	'href',
]);
const CLOSED_VALUES: Record<string, ReadonlySet<string>> = {
	contenteditable: new Set(['', 'true', 'false', 'plaintext-only']),
	type: new Set(['text', 'search', 'email', 'url', 'tel', 'button', 'submit', 'checkbox', 'radio', 'hidden']),
	role: new Set(
		(
			'alert alertdialog application article banner button cell checkbox columnheader combobox complementary ' +
			'contentinfo dialog document feed figure form grid gridcell group heading img link list listbox listitem ' +
			'log main menu menubar menuitem menuitemcheckbox menuitemradio navigation none note option presentation ' +
			'progressbar radio radiogroup region row rowgroup rowheader search searchbox separator slider spinbutton ' +
			'status switch tab table tablist tabpanel textbox timer toolbar tooltip tree treegrid treeitem'
		).split(' '),
	),
};
/** Framework marker classes that have no prefix to keep. */
const MARKER_CLASSES = new Set(['ProseMirror', 'tiptap']);

/** An identifier of code, not of a person or their words: no spaces, no "@", no "/", no long digit run. */
const identifier = (v: string) =>
	v.length <= 40 && /^[A-Za-z][A-Za-z0-9_:.-]*$/.test(v) && !/\d{4,}/.test(v) && !/@/.test(v);

function classPrefixes(el: Element): string[] {
	const out = new Set<string>();
	for (const token of Array.from(el.classList)) {
		if (MARKER_CLASSES.has(token)) out.add(token);
		const m = /^([A-Za-z][A-Za-z0-9]{0,15}[-_])/.exec(token);
		if (m && !/\d{4,}/.test(m[1] as string)) out.add(m[1] as string);
		if (out.size >= 6) break;
	}
	return [...out];
}

function attributes(el: Element): string[] {
	const parts: string[] = [];
	const aria: string[] = [];
	const names: string[] = [];
	for (const { name, value } of Array.from(el.attributes)) {
		if (name === 'class' || name === 'style') continue;
		if (name.startsWith('aria-')) aria.push(name.slice(5));
		else if (CLOSED_VALUES[name]) parts.push(CLOSED_VALUES[name].has(value) ? `${name}=${value}` : name);
		else if (name === 'id' || name === 'name')
			parts.push(identifier(value) && value.length <= 24 ? `${name}=${value}` : name);
		else if (VALUE_KEPT.has(name)) parts.push(identifier(value) ? `${name}=${value}` : name);
		else if (PREFIX_KEPT.has(name)) {
			const kind = value.split('/')[0] ?? '';
			parts.push(value.includes('/') && identifier(kind) ? `${name}=${kind}/…` : name);
		} else if (name.startsWith('data-') || NAME_ONLY.has(name)) names.push(name);
	}
	if (aria.length) parts.push(`aria:[${aria.join(',')}]`);
	if (names.length) parts.push(`attrs:[${names.join(',')}]`);
	const classes = classPrefixes(el);
	if (classes.length) parts.push(`class:[${classes.join(',')}]`);
	return parts;
}

/** Length of the element's own text (its text-node children), or of an input's value. */
function ownTextLength(el: Element): number {
	if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.length;
	let n = 0;
	for (const child of Array.from(el.childNodes))
		if (child.nodeType === 3) n += (child.nodeValue ?? '').trim().length;
	return n;
}

function line(el: Element, depth: number, mark = ''): string {
	const tag = /^[a-z][a-z0-9-]*$/.test(el.localName) ? el.localName : 'element';
	const text = ownTextLength(el);
	const value = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? 'value' : 'text';
	const parts = [tag, ...attributes(el), ...(text ? [`${value}(${text})`] : [])];
	return `${'  '.repeat(depth)}${parts.join(' ')}${mark}`;
}

function children(el: Element, depth: number, levels: number, out: string[]) {
	if (levels === 0) return;
	const kids = Array.from(el.children);
	for (const kid of kids.slice(0, CHILDREN)) {
		out.push(line(kid, depth));
		children(kid, depth + 1, levels - 1, out);
	}
	if (kids.length > CHILDREN) out.push(`${'  '.repeat(depth)}… ${kids.length - CHILDREN} more`);
}

/**
 * The skeleton around `focused` (the editor, or any element), as lines of text: the ancestors from the top down,
 * each with its nearest siblings, the focused element marked, and its children two levels down.
 */
export function pageSkeleton(focused: Element, header: readonly string[] = []): string {
	const chain: Element[] = [];
	for (let el: Element | null = focused; el && chain.length < ANCESTORS; el = el.parentElement)
		chain.unshift(el);
	const out = [...header];
	// Each level: the siblings before, the ancestor (then the next level inside it), the siblings after.
	const level = (depth: number) => {
		const el = chain[depth];
		if (!el) return;
		const pad = '  '.repeat(depth);
		const siblings = el.parentElement ? Array.from(el.parentElement.children) : [el];
		const at = siblings.indexOf(el);
		const from = Math.max(0, at - SIBLINGS / 2);
		const to = Math.min(siblings.length, at + 1 + SIBLINGS / 2);
		if (from > 0) out.push(`${pad}… ${from} before`);
		for (const sib of siblings.slice(from, at)) out.push(line(sib, depth));
		out.push(line(el, depth, el === focused ? '   ◀ focused' : ''));
		if (el === focused) children(focused, depth + 1, CHILD_DEPTH, out);
		else level(depth + 1);
		for (const sib of siblings.slice(at + 1, to)) out.push(line(sib, depth));
		if (to < siblings.length) out.push(`${pad}… ${siblings.length - to} after`);
	};
	level(0);
	return out.join('\n');
}
