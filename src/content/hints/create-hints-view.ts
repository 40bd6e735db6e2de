/**
 * The hints UI for one composer: underlines (Highlight API, else an overlay in our shadow root; always the
 * overlay for textarea/input), the count badge and the card. It reads the page only through the adapter and
 * never writes to the editor; every listener, observer, frame and timer dies with the signal.
 */
import { h, render } from 'preact';
import type { Finding, FindingKind, Fix, Severity } from '../../core/finding.js';
import type { Norms } from '../../core/norms/schema.js';
import { browserServices } from './channel-actions.js';
import { createHighlightPainter, type HighlightPainter, supportsHighlights } from './highlights.js';
import type { HintCardProps } from './hint-card.js';
import { acquireHintsMount } from './hints-host.js';
import { HintsLayer, type OverlayLine } from './hints-layer.js';
import type { CreateHintsView, HintsUpdateOptions, HintsView } from './hints-view.js';
import { pageTheme, parentOf } from './page-theme.js';
import { KIND_FAMILY, SEVERITY_RANK, type Theme } from './palette.js';
import { type Box, contains, intersect } from './place.js';

/**
 * At most this many findings are underlined (the first ones in the draft); the badge counts the rest as "+N".
 * Every underline costs a measure on each layout pass, and a wall of them helps nobody.
 */
export const MAX_UNDERLINES = 50;

/** How long the pointer rests on an underline before the card opens, and leaves it before it closes. */
export const HOVER_OPEN_MS = 300;
export const HOVER_CLOSE_MS = 350;

interface CardState {
	key: string;
	/** Opened by hover: closes when the pointer leaves. Pinned (click, badge, keyboard): stays until closed. */
	pinned: boolean;
	/** Bumped each time focus should move into the card; 0 when it opened without taking focus. */
	focusRequest: number;
	/** Which line box of the finding to sit under (the one pointed at), or the badge. */
	line: number | 'badge';
	/** The draft when the card opened: if it changes under the card, the card goes. */
	text: string;
}

const boxOf = (r: DOMRect | DOMRectReadOnly): Box => ({
	left: r.left,
	top: r.top,
	width: r.width,
	height: r.height,
});

export const createHintsView: CreateHintsView = (adapter, actions, signal) => {
	const element = adapter.element;
	const doc = element.ownerDocument;
	const view = doc.defaultView as Window & typeof globalThis;
	const own = new AbortController();
	const on = { signal: own.signal, passive: true } as const;
	const painter: HighlightPainter | undefined = supportsHighlights(view)
		? createHighlightPainter(doc)
		: undefined;
	const host = acquireHintsMount(doc);
	const services = browserServices(view);

	let findings: Finding[] = [];
	let norms: Norms | undefined;
	let status: HintsUpdateOptions = {};
	let visible: Finding[] = [];
	/** Which visible findings are drawn by the overlay (no Range, or no Highlight API). */
	let overlaid: boolean[] = [];
	/** Viewport rects per visible finding (empty past MAX_UNDERLINES), refreshed once per frame when something moved. */
	let rects: DOMRect[][] = [];
	let clip: Box | undefined;
	let theme: Theme = 'light';
	let card: CardState | undefined;
	const dismissed = new Set<string>();
	const disabledRules = new Set<string>();
	let frame = 0;
	let openTimer: ReturnType<typeof setTimeout> | undefined;
	let closeTimer: ReturnType<typeof setTimeout> | undefined;
	let hovered: number | undefined;
	let focusRequests = 0;
	let destroyed = false;

	/** The draft the current findings were computed for: their spans point into it. */
	let draft = '';

	/** Identifies a finding across re-analyses of the same draft (offsets move as the person types). */
	const keyOf = (f: Finding) =>
		`${f.rule}\u0000${f.kind}\u0000${f.span ? draft.slice(f.span.start, f.span.end) : ''}\u0000${f.message}`;

	/** Our exceptions stop here: the page never sees them. */
	function guard<A extends unknown[]>(fn: (...args: A) => void) {
		return (...args: A) => {
			try {
				if (!destroyed) fn(...args);
			} catch (error) {
				console.debug('[unhurried] hints', error);
			}
		};
	}

	function schedule() {
		if (frame || destroyed) return;
		frame = view.requestAnimationFrame(
			guard(() => {
				frame = 0;
				layout();
			}),
		);
	}

	function refilter() {
		visible = findings.filter((f) => !disabledRules.has(f.rule) && !dismissed.has(keyOf(f)));
		const byKind = new Map<FindingKind, Range[]>();
		overlaid = visible.map((f, i) => {
			if (!f.span || i >= MAX_UNDERLINES) return false;
			const range = painter && safe(() => adapter.rangeFor(f.span as NonNullable<typeof f.span>), undefined);
			if (!range) return true;
			const list = byKind.get(f.kind);
			if (list) list.push(range);
			else byKind.set(f.kind, [range]);
			return false;
		});
		painter?.paint(byKind, theme);
		if (card && !visible.some((f) => keyOf(f) === card?.key)) closeCard(host.hasFocus());
		rects = [];
		schedule();
	}

	/** The visible part of the page around the editor: the viewport cut by every clipping ancestor. */
	function computeClip(): Box | undefined {
		let box: Box | undefined = { left: 0, top: 0, width: view.innerWidth, height: view.innerHeight };
		for (let node = parentOf(element); node && box; node = parentOf(node)) {
			if (node === doc.documentElement || node === doc.body) break;
			const style = view.getComputedStyle(node);
			if (style.overflowX !== 'visible' || style.overflowY !== 'visible')
				box = intersect(box, boxOf(node.getBoundingClientRect()));
		}
		return box;
	}

	function layout() {
		if (!element.isConnected || !norms) {
			draw();
			return;
		}
		host.ensureAttached();
		clip = computeClip();
		rects = measure();
		draw();
	}

	/** Rects of the underlined findings' spans, in one pass over the adapter (one mirror sync for a textarea). */
	function measure(): DOMRect[][] {
		const spans = visible.slice(0, MAX_UNDERLINES).map((f) => f.span);
		const wanted = spans.filter((s): s is NonNullable<typeof s> => s !== undefined);
		const measured = safe(
			() => (adapter.rectsForSpans ? adapter.rectsForSpans(wanted) : wanted.map((s) => adapter.rectsFor(s))),
			[] as DOMRect[][],
		);
		let next = 0;
		return visible.map((_, i) => (i < spans.length && spans[i] ? (measured[next++] ?? []) : []));
	}

	function editorBox(): Box | undefined {
		const box = boxOf(element.getBoundingClientRect());
		if (box.width === 0 && box.height === 0) return undefined;
		return clip ? intersect(box, clip) && box : box;
	}

	function draw() {
		if (destroyed) return;
		if (!element.isConnected || !norms) {
			render(null, host.mount);
			return;
		}
		const editor = editorBox();
		const textClip = editor && clip ? intersect(boxOf(element.getBoundingClientRect()), clip) : undefined;
		const lines: OverlayLine[] = [];
		if (textClip)
			visible.forEach((f, i) => {
				if (!overlaid[i]) return;
				(rects[i] ?? []).forEach((r, j) => {
					// Just under the text's box (below descenders, as text-decoration draws it), clipped to the editor.
					const line = intersect({ left: r.left, top: r.bottom - 1, width: r.width, height: 3 }, textClip);
					if (line && line.height >= 3)
						lines.push({ key: `${i}-${j}`, box: line, family: KIND_FAMILY[f.kind] });
				});
			});
		const full = boxOf(element.getBoundingClientRect());
		const badge =
			editor && visible.length > 0
				? {
						right: full.left + full.width,
						bottom: full.top + full.height,
						count: visible.length,
						underlined: Math.min(visible.length, MAX_UNDERLINES),
						note: truncatedNote(),
						severity: highest(visible),
						onOpen: guard(() => openAt(0, { pinned: true, focus: true, line: 'badge' })),
					}
				: editor && (status.status || status.truncatedAt !== undefined)
					? {
							right: full.left + full.width,
							bottom: full.top + full.height,
							count: 0,
							severity: 'info' as const,
							status: status.status ?? TRUNCATED_STATUS,
							statusDetail: status.statusDetail ?? truncatedNote(),
							onOpen: () => {},
						}
					: undefined;
		render(h(HintsLayer, { theme, lines, badge, card: cardProps(full) }), host.mount);
	}

	/** A sentence for the badge and the card when the draft was not read whole. */
	function truncatedNote(): string | undefined {
		const at = status.truncatedAt;
		return at === undefined
			? undefined
			: `Only the first ${at.toLocaleString('en')} characters of this draft were read; the rest has no hints.`;
	}

	function cardProps(full: Box): HintCardProps | undefined {
		if (!card || !norms) return undefined;
		const state = card;
		const index = visible.findIndex((f) => keyOf(f) === state.key);
		const finding = visible[index];
		if (!finding) return undefined;
		const lineRects = rects[index] ?? [];
		const onLine = state.line !== 'badge' ? lineRects[state.line] : undefined;
		return {
			finding,
			index,
			total: visible.length,
			note: truncatedNote(),
			norms,
			theme,
			// Under the underline pointed at; else by the composer (below it, or above when it sits low).
			anchor: onLine ? boxOf(onLine) : full,
			align: onLine ? 'start' : 'end',
			focusRequest: state.focusRequest,
			services,
			onApply: async (fix: Fix) => {
				await actions.applyFix(finding, fix);
				if (host.hasFocus()) element.focus({ preventScroll: true });
			},
			onChannelUsed: (fix: Fix) => actions.channelUsed?.(finding, fix),
			onDismiss: guard(() => {
				dismissed.add(state.key);
				actions.dismiss(finding);
				afterRemoval(index);
			}),
			onDisableRule: guard(() => {
				disabledRules.add(finding.rule);
				actions.disableRule(finding.rule);
				afterRemoval(index);
			}),
			onMove: guard((delta: 1 | -1) => {
				const next = (index + delta + visible.length) % visible.length;
				openAt(next, { pinned: true, focus: host.hasFocus(), line: state.line === 'badge' ? 'badge' : 0 });
			}),
			onClose: guard((returnFocus: boolean) => closeCard(returnFocus)),
			onPointerEnter: guard(() => clearTimeout(closeTimer)),
			onPointerLeave: guard(() => {
				if (card && !card.pinned) closeSoon();
			}),
			onEngage: guard(() => {
				clearTimeout(closeTimer);
				if (card) card.pinned = true;
			}),
		};
	}

	/** After a dismiss or a rule turned off: show the next hint if there is one, else close. */
	function afterRemoval(index: number) {
		const hadFocus = host.hasFocus();
		const line = card?.line === 'badge' ? 'badge' : 0;
		card = undefined;
		refilter();
		if (visible.length === 0) {
			closeCard(hadFocus);
			return;
		}
		openAt(Math.min(index, visible.length - 1), { pinned: true, focus: hadFocus, line });
	}

	function openAt(index: number, opts: { pinned: boolean; focus: boolean; line: number | 'badge' }) {
		const finding = visible[index];
		if (!finding) return;
		clearTimeout(openTimer);
		clearTimeout(closeTimer);
		host.claimCard(closeFromOutside);
		const hasLine = opts.line !== 'badge' && (rects[index]?.length ?? 0) > opts.line;
		// Moving within an open card keeps focus where it is (on the button pressed); opening asks for it.
		const keep = card && host.hasFocus();
		card = {
			key: keyOf(finding),
			pinned: opts.pinned,
			focusRequest: opts.focus && !keep ? ++focusRequests : (card?.focusRequest ?? 0),
			line: hasLine ? opts.line : 'badge',
			text: draft,
		};
		if (rects.length !== visible.length) layout();
		else draw();
	}

	/** Another composer opened its card. */
	function closeFromOutside() {
		if (!destroyed) closeCard(false);
	}

	function closeCard(returnFocus: boolean) {
		host.releaseCard(closeFromOutside);
		clearTimeout(openTimer);
		clearTimeout(closeTimer);
		const wasOpen = card !== undefined;
		card = undefined;
		if (wasOpen) draw();
		if (returnFocus) element.focus({ preventScroll: true });
	}

	function closeSoon() {
		clearTimeout(closeTimer);
		closeTimer = setTimeout(
			guard(() => {
				if (card && !card.pinned) closeCard(host.hasFocus());
			}),
			HOVER_CLOSE_MS,
		);
	}

	/** Which finding's underline is under the pointer, and which of its line boxes (the API has no hit test). */
	function hit(x: number, y: number): { index: number; line: number } | undefined {
		if (rects.length !== visible.length) rects = measure();
		for (let index = 0; index < rects.length; index++) {
			const line = (rects[index] ?? []).findIndex((r) => contains(boxOf(r), x, y, 2));
			if (line >= 0) return { index, line };
		}
		return undefined;
	}

	// Pointer: hover opens after a pause, click opens at once; neither moves focus out of the editor.
	element.addEventListener(
		'mousemove',
		guard((event: MouseEvent) => {
			const target = hit(event.clientX, event.clientY);
			if (target?.index === hovered) return;
			hovered = target?.index;
			clearTimeout(openTimer);
			if (!target) {
				if (card && !card.pinned) closeSoon();
				return;
			}
			clearTimeout(closeTimer);
			// A card opened on purpose (click, badge, keyboard) is not replaced by passing over another hint.
			if (card?.pinned || card?.key === keyOf(visible[target.index] as Finding)) return;
			openTimer = setTimeout(
				guard(() => openAt(target.index, { pinned: false, focus: false, line: target.line })),
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
			if (card && !card.pinned) closeSoon();
		}),
		on,
	);
	element.addEventListener(
		'click',
		guard((event: MouseEvent) => {
			const target = hit(event.clientX, event.clientY);
			if (target) openAt(target.index, { pinned: true, focus: false, line: target.line });
			else if (card) closeCard(false);
		}),
		on,
	);
	// Esc in the editor closes an open card; we never look at Enter or any other key there.
	element.addEventListener(
		'keydown',
		guard((event: KeyboardEvent) => {
			if (event.key === 'Escape' && card) closeCard(false);
		}),
		on,
	);
	// The draft changed under the card: its advice may no longer apply.
	element.addEventListener(
		'input',
		guard(() => {
			if (card) closeCard(host.hasFocus());
			schedule();
		}),
		on,
	);
	// A click anywhere else on the page closes the card (events from inside our shadow root come from the host).
	doc.addEventListener(
		'pointerdown',
		guard((event: Event) => {
			const path = event.composedPath();
			if (card && !path.includes(host.host) && !path.includes(element)) closeCard(false);
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

	function destroy() {
		if (destroyed) return;
		destroyed = true;
		own.abort();
		resizes.disconnect();
		if (frame) view.cancelAnimationFrame(frame);
		clearTimeout(openTimer);
		clearTimeout(closeTimer);
		const hadFocus = host.hasFocus();
		render(null, host.mount);
		host.releaseCard(closeFromOutside);
		host.release();
		painter?.release();
		if (hadFocus) element.focus({ preventScroll: true });
	}
	signal.addEventListener('abort', destroy, { once: true, signal: own.signal });

	const hintsView: HintsView = {
		update: guard((next: Finding[], nextNorms: Norms, options?: HintsUpdateOptions) => {
			findings = next;
			norms = nextNorms;
			status = options ?? {};
			theme = pageTheme(element);
			draft = adapter.getText();
			if (draft.trim() === '') dismissed.clear();
			if (card && card.text !== draft) closeCard(host.hasFocus());
			refilter();
		}),
		openCard: guard((index?: number) => {
			if (!norms || visible.length === 0) return;
			theme = pageTheme(element);
			// The shortcut pressed again while the card is open: keep its hint, move focus into it.
			const current = card && index === undefined ? visible.findIndex((f) => keyOf(f) === card?.key) : -1;
			const target = current >= 0 ? current : Math.max(0, Math.min(index ?? 0, visible.length - 1));
			openAt(target, {
				pinned: true,
				focus: true,
				line: current >= 0 && card?.line !== undefined ? card.line : 'badge',
			});
		}),
		destroy,
	};
	if (signal.aborted) destroy();
	return hintsView;
};

/** The badge's words when nothing was found in the part that was read. */
const TRUNCATED_STATUS = 'read in part';

function highest(findings: Finding[]): Severity {
	return findings.reduce<Severity>(
		(top, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[top] ? f.severity : top),
		'info',
	);
}

function safe<T>(fn: () => T, fallback: T): T {
	try {
		return fn();
	} catch {
		return fallback;
	}
}
