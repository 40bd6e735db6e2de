import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorAdapter } from '../../src/content/editors/editor-adapter.js';
import {
	createHintsView,
	HOVER_CLOSE_MS,
	HOVER_OPEN_MS,
	MAX_UNDERLINES,
} from '../../src/content/hints/create-hints-view.js';
import type { HintsGeometry, HintsView } from '../../src/content/hints/hints-view.js';
import type { Finding } from '../../src/core/finding.js';
import {
	captureShadowRoots,
	DRAFT,
	FINDINGS,
	fakeActions,
	fakeEditor,
	LAYOUT,
	layoutRects,
	NORMS,
} from './hints-fixture.js';
import { useEnglish } from './i18n-en.js';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

let roots: ShadowRoot[];
let controller: AbortController;

beforeEach(() => {
	useEnglish();
	roots = captureShadowRoots();
	controller = new AbortController();
});
afterEach(() => {
	controller.abort();
	vi.useRealTimers();
	vi.restoreAllMocks();
	document.body.innerHTML = '';
	document.body.removeAttribute('style');
});

function mount(kind: 'contenteditable' | 'textarea' = 'contenteditable', findings: Finding[] = FINDINGS) {
	const editor = fakeEditor(kind);
	const actions = fakeActions();
	const view: HintsView = createHintsView(editor.adapter, actions, controller.signal);
	view.update({ text: DRAFT, findings, norms: NORMS });
	const root = roots.at(-1) as ShadowRoot;
	const ui = () => within(root as unknown as HTMLElement);
	return { ...editor, actions, view, root, ui };
}

const hostCount = () => document.querySelectorAll('unhurried-hints').length;

describe('hints view, overlay fallback (no CSS.highlights, as in happy-dom)', () => {
	it('draws underline boxes in its own shadow root from the adapter rects, outside the editor', async () => {
		const { root } = mount();
		await nextFrame();
		const lines = root.querySelectorAll('.line');
		const expected = FINDINGS.filter((f) => f.span).flatMap((f) =>
			layoutRects(f.span?.start ?? 0, f.span?.end ?? 0),
		);
		expect(lines.length).toBe(expected.length);
		expect([...lines].map((l) => l.getAttribute('data-family'))).toContain('urgency');
		expect(hostCount()).toBe(1);
		expect(document.querySelector('unhurried-hints')?.parentElement).toBe(document.documentElement);
	});

	it('uses the overlay for a textarea', async () => {
		const { root } = mount('textarea');
		await nextFrame();
		expect(root.querySelectorAll('.line').length).toBeGreaterThan(0);
	});

	it('shows a badge with the count of all findings (whole-message ones too) and the highest severity', async () => {
		const { ui } = mount();
		await nextFrame();
		const badge = ui().getByRole('button', { name: '3 Unhurried hints — open' });
		expect(badge.dataset.severity).toBe('critical');
		expect(badge.style.left).toBe(`${LAYOUT.left + LAYOUT.width - 4}px`);
	});

	it('hides the badge when there is nothing to say', async () => {
		const { view, ui } = mount();
		view.update({ text: DRAFT, findings: [], norms: NORMS });
		await nextFrame();
		expect(ui().queryByRole('button', { name: /Unhurried hint/ })).toBeNull();
	});

	it('opens the card from the badge with focus inside; Esc closes it and returns focus to the editor', async () => {
		const { ui, root, element } = mount();
		await nextFrame();
		element.focus();
		fireEvent.click(ui().getByRole('button', { name: /Unhurried hints/ }));
		const dialog = ui().getByRole('dialog');
		expect(dialog.textContent).toContain('1 of 3');
		expect(root.activeElement).toBe(dialog);
		fireEvent.keyDown(dialog, { key: 'Escape' });
		expect(ui().queryByRole('dialog')).toBeNull();
		expect(document.activeElement).toBe(element);
	});

	it('openCard(index) for the keyboard shortcut, and moves between findings', async () => {
		const { view, ui } = mount();
		view.openCard(2);
		expect(ui().getByRole('dialog').textContent).toContain('3 of 3');
		fireEvent.click(ui().getByRole('button', { name: 'Next hint' }));
		expect(ui().getByRole('dialog').textContent).toContain('1 of 3');
		fireEvent.keyDown(ui().getByRole('dialog'), { key: 'ArrowLeft' });
		expect(ui().getByRole('dialog').textContent).toContain('3 of 3');
	});

	it('opens on hover after a pause without taking focus, and closes when the pointer leaves', async () => {
		const { element, ui } = mount();
		await nextFrame();
		vi.useFakeTimers();
		element.focus();
		const r = layoutRects(...spanOf(0))[0] as DOMRect;
		fireEvent.mouseMove(element, { clientX: r.left + 2, clientY: r.top + 5 });
		expect(ui().queryByRole('dialog')).toBeNull();
		vi.advanceTimersByTime(HOVER_OPEN_MS);
		expect(ui().getByRole('dialog').textContent).toContain('asap');
		expect(document.activeElement).toBe(element);
		fireEvent.mouseMove(element, { clientX: LAYOUT.left + 1, clientY: LAYOUT.top + LAYOUT.height - 2 });
		vi.advanceTimersByTime(HOVER_CLOSE_MS);
		expect(ui().queryByRole('dialog')).toBeNull();
	});

	it('opens at once on a click on an underline, and closes when the text changes under it', async () => {
		const { element, ui } = mount();
		await nextFrame();
		const r = layoutRects(...spanOf(1))[0] as DOMRect;
		fireEvent.click(element, { clientX: r.left + 2, clientY: r.top + 5 });
		expect(ui().getByRole('dialog').textContent).toContain('What should they look at');
		fireEvent.input(element);
		expect(ui().queryByRole('dialog')).toBeNull();
	});

	it('keeps a hover card the person starts using, and does not swap a pinned card on hover', async () => {
		const { element, ui } = mount();
		await nextFrame();
		vi.useFakeTimers();
		const [asap, look] = [layoutRects(...spanOf(0))[0], layoutRects(...spanOf(1))[0]] as DOMRect[];
		fireEvent.mouseMove(element, { clientX: (asap?.left ?? 0) + 2, clientY: (asap?.top ?? 0) + 5 });
		vi.advanceTimersByTime(HOVER_OPEN_MS);
		fireEvent.pointerDown(ui().getByRole('dialog'));
		fireEvent.mouseLeave(element);
		vi.advanceTimersByTime(HOVER_CLOSE_MS * 2);
		expect(ui().getByRole('dialog').textContent).toContain('asap');
		fireEvent.mouseMove(element, { clientX: (look?.left ?? 0) + 2, clientY: (look?.top ?? 0) + 5 });
		vi.advanceTimersByTime(HOVER_OPEN_MS * 2);
		expect(ui().getByRole('dialog').textContent).toContain('asap');
	});

	it('never takes Enter from the editor, and closes on a click elsewhere on the page', async () => {
		const { view, element, ui } = mount();
		view.openCard(0);
		element.focus();
		const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
		element.dispatchEvent(enter);
		expect(enter.defaultPrevented).toBe(false);
		expect(ui().getByRole('dialog')).toBeTruthy();
		fireEvent.pointerDown(document.body);
		expect(ui().queryByRole('dialog')).toBeNull();
	});

	it('Alt+Shift+U in the editor opens the card with focus, unless the editor took the key', async () => {
		const { element, ui, root } = mount();
		await nextFrame();
		element.focus();
		const taken = new KeyboardEvent('keydown', {
			key: 'U',
			code: 'KeyU',
			altKey: true,
			shiftKey: true,
			bubbles: true,
			cancelable: true,
		});
		element.addEventListener('keydown', (e) => e.preventDefault(), { once: true, capture: true });
		element.dispatchEvent(taken);
		expect(ui().queryByRole('dialog')).toBeNull();
		const key = new KeyboardEvent('keydown', {
			key: 'Ú',
			code: 'KeyU',
			altKey: true,
			shiftKey: true,
			bubbles: true,
			cancelable: true,
		});
		element.dispatchEvent(key);
		expect(key.defaultPrevented).toBe(true);
		expect(ui().getByRole('dialog').textContent).toContain('1 of 3');
		expect(root.activeElement).toBe(ui().getByRole('dialog'));
		// Alt+U alone (no Shift) is the page's.
		const other = new KeyboardEvent('keydown', {
			key: 'u',
			code: 'KeyU',
			altKey: true,
			bubbles: true,
			cancelable: true,
		});
		element.dispatchEvent(other);
		expect(other.defaultPrevented).toBe(false);
	});

	it('the shortcut again while the card is open keeps its hint and moves focus into it', () => {
		const { view, ui, root, element } = mount();
		view.openCard(1);
		element.focus();
		view.openCard();
		expect(ui().getByRole('dialog').textContent).toContain('2 of 3');
		expect(root.activeElement).toBe(ui().getByRole('dialog'));
	});

	it('follows scrolling: underlines, badge and card move with the editor in one frame', async () => {
		const editor = fakeEditor();
		const view = createHintsView(editor.adapter, fakeActions(), controller.signal);
		view.update({ text: DRAFT, findings: FINDINGS, norms: NORMS });
		const root = roots.at(-1) as ShadowRoot;
		await nextFrame();
		const topOf = (el: Element | null) =>
			(el as HTMLElement).style.transform || (el as HTMLElement).style.top;
		const line = topOf(root.querySelector('.line'));
		const badge = topOf(root.querySelector('.badge'));
		editor.scrollBy(50);
		window.dispatchEvent(new Event('scroll'));
		document.dispatchEvent(new Event('scroll'));
		await nextFrame();
		expect(topOf(root.querySelector('.line'))).not.toBe(line);
		expect(topOf(root.querySelector('.badge'))).toBe(`${LAYOUT.top + LAYOUT.height - 50 - 4}px`);
		expect(badge).not.toBe(topOf(root.querySelector('.badge')));
	});

	it('dismiss hides the finding, tells the caller and shows the next one', async () => {
		const { view, ui, actions } = mount();
		view.openCard(0);
		fireEvent.click(ui().getByRole('button', { name: 'Dismiss' }));
		expect(actions.dismiss).toHaveBeenCalledWith(FINDINGS[0]);
		expect(ui().getByRole('dialog').textContent).toContain('1 of 2');
		expect(ui().getByRole('button', { name: '2 Unhurried hints — open' })).toBeTruthy();
		fireEvent.click(ui().getByRole('button', { name: 'Turn off this rule' }));
		expect(actions.disableRule).toHaveBeenCalledWith('look-at-this');
		expect(ui().getByRole('button', { name: '1 Unhurried hint — open' })).toBeTruthy();
	});

	it('applies a fix through the caller and puts focus back in the editor', async () => {
		const { view, ui, actions, element } = mount();
		view.openCard(0);
		fireEvent.click(ui().getByRole('button', { name: /Say when/ }));
		await waitFor(() => expect(actions.applyFix).toHaveBeenCalledWith(FINDINGS[0], FINDINGS[0]?.fixes[0]));
		await waitFor(() => expect(document.activeElement).toBe(element));
	});

	it('never changes the editor and leaves no node and no listener behind', async () => {
		const added: { target: EventTarget; signal: AbortSignal | undefined }[] = [];
		// happy-dom's nodes inherit from its own EventTarget, not the global one, and its window has its own.
		for (const target of [Object.getPrototypeOf(Node.prototype) as EventTarget, window]) {
			const original = target.addEventListener;
			vi.spyOn(target, 'addEventListener').mockImplementation(function (this: EventTarget, type, fn, opts) {
				added.push({ target: this, signal: typeof opts === 'object' ? opts.signal : undefined });
				return original.call(this, type, fn, opts);
			});
		}
		const disconnect = vi.spyOn(ResizeObserver.prototype, 'disconnect');
		const editor = fakeEditor();
		const before = editor.element.innerHTML;
		const sheets = document.adoptedStyleSheets.length;
		const view = createHintsView(editor.adapter, fakeActions(), controller.signal);
		view.update({ text: DRAFT, findings: FINDINGS, norms: NORMS });
		await nextFrame();
		view.openCard(1);
		expect(editor.element.innerHTML).toBe(before);
		expect(editor.element.childNodes.length).toBe(1);
		// Listeners on the page (window, document, the editor) as opposed to our own nodes, which go with the host.
		const inShadow = (t: EventTarget) => t instanceof Node && roots.some((r) => r.contains(t));
		const pageSide = added.filter((a) => !(a.target instanceof AbortSignal) && !inShadow(a.target));
		view.destroy();
		expect(editor.element.innerHTML).toBe(before);
		expect(hostCount()).toBe(0);
		expect(document.adoptedStyleSheets.length).toBe(sheets);
		expect(disconnect).toHaveBeenCalled();
		// Every listener we put on the page was added with a signal that is now aborted.
		expect(pageSide.map((a) => a.target)).toEqual(expect.arrayContaining([window, document, editor.element]));
		for (const a of pageSide) expect(a.signal?.aborted).toBe(true);
	});

	it('shows one card on the page at a time across composers', () => {
		const a = mount();
		const b = mount();
		a.view.openCard(0);
		expect(a.root.querySelectorAll('[role="dialog"]').length).toBe(1);
		b.view.openCard(1);
		const dialogs = a.root.querySelectorAll('[role="dialog"]');
		expect(dialogs.length).toBe(1);
		expect(dialogs[0]?.textContent).toContain('2 of 3');
	});

	it('tears itself down when the signal aborts', () => {
		mount();
		expect(hostCount()).toBe(1);
		controller.abort();
		expect(hostCount()).toBe(0);
	});

	it('follows the page theme, not only the OS setting', async () => {
		document.body.style.backgroundColor = 'rgb(26, 29, 33)';
		const { root } = mount();
		await nextFrame();
		expect(root.querySelector('.root')?.getAttribute('data-theme')).toBe('dark');
	});
});

describe('hints view with the CSS Custom Highlight API', () => {
	class FakeHighlight extends Set<AbstractRange> {
		priority = 0;
	}
	let registry: Map<string, FakeHighlight>;

	beforeEach(() => {
		registry = new Map();
		vi.stubGlobal('Highlight', FakeHighlight);
		vi.stubGlobal('CSS', { highlights: registry, supports: (q: string) => q === 'selector(::highlight(x))' });
	});
	afterEach(() => vi.unstubAllGlobals());

	it('registers one highlight per kind and an adopted stylesheet; no overlay lines for ranges', async () => {
		const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
		const sheets = document.adoptedStyleSheets.length;
		const { root, element } = mount();
		await nextFrame();
		const urgency = registry.get('unhurried-false_urgency');
		expect(urgency?.size).toBe(1);
		const range = [...(urgency ?? [])][0] as Range;
		expect(range.toString()).toBe('asap');
		expect(registry.get('unhurried-vague_ask')?.size).toBe(1);
		expect(root.querySelectorAll('.line').length).toBe(0);
		expect(document.adoptedStyleSheets.length).toBe(sheets + 1);
		expect(replaceSync.mock.calls.at(-1)?.[0]).toMatch(
			/::highlight\(unhurried-false_urgency\) \{ text-decoration: underline wavy/,
		);
		expect(element.innerHTML).not.toContain('<');
	});

	it('draws the overlay on Firefox before 149, which registers highlights but does not paint their underlines', async () => {
		vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
			'Mozilla/5.0 (X11; Linux x86_64; rv:145.0) Gecko/20100101 Firefox/145.0',
		);
		const { root } = mount();
		await nextFrame();
		expect(registry.get('unhurried-false_urgency')?.size ?? 0).toBe(0);
		expect(root.querySelectorAll('.line').length).toBeGreaterThan(0);
	});

	it('uses the API on Firefox 149 and later', async () => {
		vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
			'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
		);
		const { root } = mount();
		await nextFrame();
		expect(registry.get('unhurried-false_urgency')?.size).toBe(1);
		expect(root.querySelectorAll('.line').length).toBe(0);
	});

	it('falls back to the overlay for a textarea even with the API', async () => {
		const { root } = mount('textarea');
		await nextFrame();
		expect(registry.get('unhurried-false_urgency')?.size ?? 0).toBe(0);
		expect(root.querySelectorAll('.line').length).toBeGreaterThan(0);
	});

	it('falls back to a <style> in <head> (never the editor) where a sheet cannot be adopted', () => {
		const proto = Object.getPrototypeOf(document);
		const descriptor = Object.getOwnPropertyDescriptor(proto, 'adoptedStyleSheets') as PropertyDescriptor;
		Object.defineProperty(document, 'adoptedStyleSheets', {
			configurable: true,
			get: () => [],
			set: () => {
				throw new TypeError('cannot adopt from this world');
			},
		});
		try {
			const { view, element } = mount();
			const style = document.head.querySelector('style[data-unhurried]');
			expect(style?.textContent).toContain('::highlight(unhurried-false_urgency)');
			expect(element.querySelector('style')).toBeNull();
			view.destroy();
			expect(document.head.querySelector('style[data-unhurried]')).toBeNull();
		} finally {
			delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
			expect(Object.getOwnPropertyDescriptor(proto, 'adoptedStyleSheets')).toEqual(descriptor);
		}
	});

	it('shares highlights between composers and removes them with the last one', () => {
		const sheets = document.adoptedStyleSheets.length;
		const a = mount();
		const b = mount();
		expect(registry.get('unhurried-false_urgency')?.size).toBe(2);
		a.view.destroy();
		expect(registry.get('unhurried-false_urgency')?.size).toBe(1);
		b.view.destroy();
		expect(registry.size).toBe(0);
		expect(document.adoptedStyleSheets.length).toBe(sheets);
	});
});

function spanOf(i: number): [number, number] {
	const span = FINDINGS[i]?.span;
	if (!span) throw new Error('no span');
	return [span.start, span.end];
}

describe('a huge draft (issue 11, finding 2)', () => {
	const many = (n: number): Finding[] =>
		Array.from({ length: n }, (_, i) => ({
			...(FINDINGS[0] as Finding),
			message: `hint ${i}`,
			span: { start: (i % 10) * 3, end: (i % 10) * 3 + 2 },
		}));

	it('underlines the first 50 hints and counts the rest as +N on the badge', async () => {
		const { root } = mount('contenteditable', many(80));
		await nextFrame();
		const lines = root.querySelectorAll('.line');
		expect(lines.length).toBe(MAX_UNDERLINES);
		const badge = root.querySelector('.badge') as HTMLElement;
		expect(badge.textContent).toBe('50+30');
		expect(badge.getAttribute('aria-label')).toBe('80 Unhurried hints (the first 50 underlined) — open');
	});

	it('measures all spans in one call per layout pass, also on every scroll', async () => {
		const editor = fakeEditor('textarea');
		const rectsForSpans = vi.fn((spans: readonly { start: number; end: number }[]) =>
			spans.map((s) => editor.adapter.rectsFor(s)),
		);
		const rectsFor = vi.spyOn(editor.adapter, 'rectsFor');
		editor.adapter.rectsForSpans = rectsForSpans;
		const view = createHintsView(editor.adapter, fakeActions(), controller.signal);
		view.update({ text: DRAFT, findings: many(80), norms: NORMS });
		await nextFrame();
		expect(rectsForSpans).toHaveBeenCalledTimes(1);
		expect(rectsForSpans.mock.calls[0]?.[0]).toHaveLength(MAX_UNDERLINES);
		window.dispatchEvent(new Event('scroll'));
		window.dispatchEvent(new Event('resize'));
		await nextFrame();
		expect(rectsForSpans).toHaveBeenCalledTimes(2);
		expect(rectsFor.mock.calls.length).toBe(2 * MAX_UNDERLINES); // made by the spy above, never by the view
	});

	it('says on the badge and in the card that the draft was read in part', async () => {
		const { root, view } = mount();
		view.update({ text: DRAFT, findings: FINDINGS, norms: NORMS, truncatedAt: 20_000 });
		await nextFrame();
		const badge = root.querySelector('.badge') as HTMLElement;
		expect(badge.textContent).toContain('read in part');
		expect(badge.getAttribute('title')).toContain(
			'Only the first 20,000 characters of this draft were read; the rest has no hints.',
		);
		view.openCard();
		await nextFrame();
		expect(root.querySelector('.card .note')?.textContent).toBe(
			'Only the first 20,000 characters of this draft were read; the rest has no hints.',
		);
		view.update({ text: DRAFT, findings: [], norms: NORMS, truncatedAt: 20_000 });
		await nextFrame();
		expect(root.querySelector('.badge.status')?.textContent).toContain('read in part');
	});
});

// The view only draws (issue 12, 4): one update is all it is told, the editor gives it geometry only, and what
// the person picks goes out through the actions to the session.
/** An editor element whose own text is not the draft: whatever the view shows must come from `update`. */
function editorElement(): HTMLElement {
	const element = document.createElement('div');
	element.contentEditable = 'true';
	element.tabIndex = 0;
	element.textContent = 'something else entirely';
	element.getBoundingClientRect = () => new DOMRect(LAYOUT.left, LAYOUT.top, LAYOUT.width, LAYOUT.height);
	document.body.append(element);
	return element;
}

/** Where spans are on screen, and nothing else: no getText, no replace. */
function geometryOf(element: HTMLElement): HintsGeometry {
	return { element, rangeFor: () => undefined, rectsFor: (s) => layoutRects(s.start, s.end) };
}

const lastUi = () => within(roots.at(-1) as unknown as HTMLElement);

describe('the hints view, fed by update alone', () => {
	it('draws the underlines, the badge count and the card from one update, with geometry only', async () => {
		const element = editorElement();
		const view = createHintsView(geometryOf(element), fakeActions(), controller.signal);
		view.update({ text: DRAFT, findings: FINDINGS, norms: NORMS });
		await nextFrame();
		const root = roots.at(-1) as ShadowRoot;
		const expected = FINDINGS.flatMap((f) => (f.span ? layoutRects(f.span.start, f.span.end) : []));
		expect(root.querySelectorAll('.line').length).toBe(expected.length);
		fireEvent.click(lastUi().getByRole('button', { name: '3 Unhurried hints — open' }));
		const card = lastUi().getByRole('dialog');
		expect(card.textContent).toContain('1 of 3');
		expect(card.textContent).toContain(FINDINGS[0]?.message);
		// The next update replaces everything drawn: one finding left, one underline, the count follows.
		view.update({ text: DRAFT, findings: FINDINGS.slice(0, 1), norms: NORMS });
		await nextFrame();
		const [first] = FINDINGS;
		expect(root.querySelectorAll('.line').length).toBe(
			first?.span ? layoutRects(first.span.start, first.span.end).length : -1,
		);
		expect(lastUi().getByRole('button', { name: /^1 Unhurried hint\b/ })).toBeTruthy();
		// The badge's state comes with the update too.
		view.update({ text: DRAFT, findings: [], norms: NORMS, status: 'paused', statusDetail: 'until 3 pm' });
		await nextFrame();
		expect(root.querySelector('.badge.status')?.getAttribute('aria-label')).toBe('Unhurried: paused');
	});

	it('never reads the editor’s text: an adapter whose getText throws draws and acts all the same', async () => {
		const element = editorElement();
		const getText = vi.fn((): string => {
			throw new Error('the view read the draft');
		});
		const adapter: EditorAdapter = {
			kind: 'contenteditable',
			element,
			getText,
			rangeFor: () => undefined,
			rectsFor: (s) => layoutRects(s.start, s.end),
			replace: vi.fn(async () => {
				throw new Error('the view wrote the draft');
			}),
		};
		const actions = fakeActions();
		const view = createHintsView(adapter, actions, controller.signal);
		view.update({ text: DRAFT, findings: FINDINGS, norms: NORMS });
		await nextFrame();
		fireEvent.click(lastUi().getByRole('button', { name: '3 Unhurried hints — open' }));
		// What the person picks goes out as actions, with the words taken from the text the view was given.
		fireEvent.click(lastUi().getByRole('button', { name: 'More…' }));
		await nextFrame();
		fireEvent.click(lastUi().getByRole('button', { name: 'Don’t flag “asap” again' }));
		expect(actions.quiet).toHaveBeenCalledWith(FINDINGS[0], 'asap');
		fireEvent.click(lastUi().getByRole('button', { name: 'Dismiss' }));
		expect(actions.dismiss).toHaveBeenCalledWith(FINDINGS[1]);
		const apply = lastUi()
			.getAllByRole('button')
			.find((b) => b.textContent?.includes('Write it as a doc'));
		expect(apply).toBeDefined();
		expect(getText).not.toHaveBeenCalled();
		expect(adapter.replace).not.toHaveBeenCalled();
	});
});
