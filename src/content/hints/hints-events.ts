/**
 * The hints view's listeners on the editor and the page: hover opens a card after a pause, a click opens it at
 * once, Esc and typing close it, a click elsewhere closes it, and scrolling or resizing redraws. All die with
 * the signal.
 */
import { parentOf } from './page-theme.js';

/** How long the pointer rests on an underline before the card opens. */
export const HOVER_OPEN_MS = 300;

interface OpenOptions {
	pinned: boolean;
	focus: boolean;
	line: number | 'badge';
}

/** What the listeners need from the view. */
export interface HintsEventTarget {
	hit(x: number, y: number): { index: number; line: number } | undefined;
	card(): { pinned: boolean; key: string } | undefined;
	keyAt(index: number): string | undefined;
	openAt(index: number, opts: OpenOptions): void;
	closeCard(returnFocus: boolean): void;
	closeSoon(): void;
	cancelClose(): void;
	schedule(): void;
	hasFocus(): boolean;
	/** Our shadow host: pointer events from inside it are ours. */
	host: Element;
	/** This view's count badge, when one is drawn. */
	badge(): HTMLElement | null;
}

type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

export function wireHintsEvents(
	element: HTMLElement,
	t: HintsEventTarget,
	guard: Guard,
	signal: AbortSignal,
) {
	const doc = element.ownerDocument;
	const view = doc.defaultView as Window & typeof globalThis;
	const on = { signal, passive: true } as const;
	let openTimer: ReturnType<typeof setTimeout> | undefined;
	let hovered: number | undefined;
	const schedule = () => t.schedule();
	// Pointer: hover opens after a pause, click opens at once; neither moves focus out of the editor.
	element.addEventListener(
		'mousemove',
		guard((event: MouseEvent) => {
			const target = t.hit(event.clientX, event.clientY);
			if (target?.index === hovered) return;
			hovered = target?.index;
			clearTimeout(openTimer);
			if (!target) {
				if (t.card() && !t.card()?.pinned) t.closeSoon();
				return;
			}
			t.cancelClose();
			// A card opened on purpose (click, badge, keyboard) is not replaced by passing over another hint.
			if (t.card()?.pinned || t.card()?.key === t.keyAt(target.index)) return;
			openTimer = setTimeout(
				guard(() => t.openAt(target.index, { pinned: false, focus: false, line: target.line })),
				HOVER_OPEN_MS,
			);
		}),
		on,
	);
	element.addEventListener(
		'mouseleave',
		guard(() => {
			hovered = undefined;
			clearTimeout(openTimer);
			if (t.card() && !t.card()?.pinned) t.closeSoon();
		}),
		on,
	);
	element.addEventListener(
		'click',
		guard((event: MouseEvent) => {
			const target = t.hit(event.clientX, event.clientY);
			if (target) t.openAt(target.index, { pinned: true, focus: false, line: target.line });
			else if (t.card()) t.closeCard(false);
		}),
		on,
	);
	// Esc in the editor closes an open card, Tab goes to the badge; we never look at Enter or any other key there.
	element.addEventListener(
		'keydown',
		guard((event: KeyboardEvent) => {
			if (event.key === 'Escape' && t.card()) t.closeCard(false);
			// Tab from the composer reaches its badge next (then the page's order goes on from the badge).
			const badge = t.badge();
			// Not when the editor took Tab itself (Quill inserts a tab): we never fight the host's editor.
			if (isPlainTab(event) && !event.shiftKey && badge && !event.defaultPrevented) {
				event.preventDefault();
				badge.focus();
			} else if (isShortcut(event) && badge && !event.defaultPrevented) {
				// The path that works in every editor: the browser's own Alt+Shift+U command opens the card, and where
				// that key reaches the page (the command reassigned or not delivered), the same key does it here.
				event.preventDefault();
				t.openAt(0, { pinned: true, focus: true, line: 'badge' });
			}
		}),
		{ signal },
	);
	// The draft changed under the card: its advice may no longer apply.
	element.addEventListener(
		'input',
		guard(() => {
			if (t.card()) t.closeCard(t.hasFocus());
			schedule();
		}),
		on,
	);
	// A click anywhere else on the page closes the card (events from inside our shadow root come from the host).
	doc.addEventListener(
		'pointerdown',
		guard((event: Event) => {
			const path = event.composedPath();
			if (t.card() && !path.includes(t.host) && !path.includes(element)) t.closeCard(false);
		}),
		{ ...on, capture: true },
	);
	// Follow the editor: scrolling of the window or any of its ancestors (the editor included), and resizes.
	view.addEventListener(
		'scroll',
		guard((event: Event) => {
			const target = event.target;
			if (target === doc || target === view || (target instanceof Node && target.contains(element)))
				schedule();
		}),
		{ ...on, capture: true },
	);
	for (let node: Element | null = element; node; node = parentOf(node))
		if (node.getRootNode() !== doc || node === element) node.addEventListener('scroll', guard(schedule), on);
	view.addEventListener('resize', guard(schedule), on);
	const resizes = new view.ResizeObserver(guard(schedule));
	resizes.observe(element);

	// From the badge, Shift+Tab goes back to its composer and Tab on to what follows the composer in the page.
	t.host.addEventListener(
		'keydown',
		guard((event: Event) => {
			const e = event as KeyboardEvent;
			const badge = t.badge();
			// Our shadow root is closed: from the host, composedPath() hides the badge, so ask the root what has focus.
			if (!isPlainTab(e) || !badge || (badge.getRootNode() as ShadowRoot).activeElement !== badge) return;
			const next = e.shiftKey ? element : nextFocusable(element);
			if (!next) return;
			e.preventDefault();
			next.focus({ preventScroll: e.shiftKey });
		}),
		{ signal },
	);
	return {
		cancelOpen: () => clearTimeout(openTimer),
		disconnect() {
			clearTimeout(openTimer);
			resizes.disconnect();
		},
	};
}

/** Alt+Shift+U, by the key's place (the letter differs on other layouts, and Alt changes it on a Mac). */
const isShortcut = (e: KeyboardEvent) =>
	e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyU';

const isPlainTab = (e: KeyboardEvent) =>
	e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey && !e.isComposing;

/** The first element after the composer (and outside it) in document order that Tab would reach. */
function nextFocusable(element: HTMLElement): HTMLElement | undefined {
	for (const el of element.ownerDocument.querySelectorAll<HTMLElement>(
		'a,button,input,select,textarea,[tabindex]',
	))
		if (el.tabIndex >= 0 && element.compareDocumentPosition(el) & 4 && !element.contains(el)) return el;
	return undefined;
}
