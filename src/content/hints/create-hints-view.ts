/**
 * The hints UI for one composer: underlines (Highlight API, else an overlay in our shadow root; always the
 * overlay for textarea/input), the count badge and the card. It draws what `update` gives it (the draft, its
 * findings, the norms, the badge's state), measures through the editor's geometry, never reads the draft or the
 * storage and never writes to the editor: what the person picks goes out through the actions, to the session.
 * Every listener, observer, frame and timer dies with the signal.
 */
import { h, render } from 'preact';
import type { Finding } from '../../core/finding.js';
import { findingKey } from '../../core/finding-key.js';
import type { Norms } from '../../core/norms/schema.js';
import { type CardState, cardHandlers } from './card-handlers.js';
import { browserServices } from './channel-actions.js';
import { createHighlightPainter, type HighlightPainter, supportsHighlights } from './highlights.js';
import type { HintCardProps } from './hint-card.js';
import { createHiddenHints } from './hint-controls.js';
import { wireHintsEvents } from './hints-events.js';
import { acquireHintsMount } from './hints-host.js';
import { HintsLayer } from './hints-layer.js';
import type { CreateHintsView, HintsState, HintsUpdateOptions, HintsView } from './hints-view.js';
import { pageTheme } from './page-theme.js';
import type { Theme } from './palette.js';
import { type Box, intersect } from './place.js';
import { createToastSlot } from './toast.js';
import {
	boxOf,
	cardAnchor,
	clipAround,
	countBadge,
	editorBoxOf,
	guardWith,
	hitTest,
	measureSpans,
	overlayLines,
	paintRanges,
	truncatedNote,
} from './view-helpers.js';

/**
 * At most this many findings are underlined (the first ones in the draft); the badge counts the rest as "+N".
 * Every underline costs a measure on each layout pass, and a wall of them helps nobody.
 */
export const MAX_UNDERLINES = 50;

export { HOVER_OPEN_MS } from './hints-events.js';
/** How long the pointer is away from an underline and the card before a hover-opened card closes. */
export const HOVER_CLOSE_MS = 350;

export const createHintsView: CreateHintsView = (geometry, actions, signal) => {
	const element = geometry.element;
	const doc = element.ownerDocument;
	const view = doc.defaultView as Window & typeof globalThis;
	const own = new AbortController();
	const painter: HighlightPainter | undefined = supportsHighlights(view)
		? createHighlightPainter(doc)
		: undefined;
	const host = acquireHintsMount(doc);
	const services = { ...browserServices(view), ...(actions.remind ? { remind: actions.remind } : {}) };

	let findings: readonly Finding[] = [];
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
	const hidden = createHiddenHints(actions.now);
	const toasts = createToastSlot(() => guard(draw)());
	let frame = 0;
	let closeTimer: ReturnType<typeof setTimeout> | undefined;
	let focusRequests = 0;
	let destroyed = false;

	/** The draft the current findings were computed for: their spans point into it. */
	let draft = '';

	/** Identifies a finding across re-analyses of the same draft (offsets move as the person types). */
	const keyOf = (f: Finding) => findingKey(f, draft);

	/** Our exceptions stop here: the page never sees them. */
	const guard = guardWith(() => destroyed);

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
		visible = findings.filter((f) => !hidden.hides(f, keyOf(f), draft));
		overlaid = paintRanges(painter, geometry, visible, theme, MAX_UNDERLINES);
		if (card && !visible.some((f) => keyOf(f) === card?.key)) closeCard(host.hasFocus());
		rects = [];
		schedule();
	}

	function layout() {
		if (element.isConnected && norms) {
			host.ensureAttached();
			clip = clipAround(element);
			rects = measure();
		}
		draw();
	}

	const measure = () => measureSpans(geometry, visible, MAX_UNDERLINES);

	function draw() {
		if (destroyed) return;
		if (!element.isConnected || !norms) {
			render(null, host.mount);
			return;
		}
		const editor = editorBoxOf(element, clip);
		const textClip = editor && clip ? intersect(boxOf(element.getBoundingClientRect()), clip) : undefined;
		const lines = textClip ? overlayLines(visible, overlaid, rects, textClip) : [];
		const full = boxOf(element.getBoundingClientRect());
		const open = guard(() => openAt(0, { pinned: true, focus: true, line: 'badge' }));
		const badge = editor ? countBadge(full, visible, status, MAX_UNDERLINES, open) : undefined;
		const toast = toasts.props(full);
		render(h(HintsLayer, { theme, lines, badge, card: cardProps(full), toast }), host.mount);
	}

	function cardProps(full: Box): HintCardProps | undefined {
		if (!card || !norms) return undefined;
		const state = card;
		const index = visible.findIndex((f) => keyOf(f) === state.key);
		const finding = visible[index];
		if (!finding) return undefined;
		return {
			finding,
			draft,
			site: actions.siteId,
			index,
			total: visible.length,
			note: truncatedNote(status),
			norms,
			theme,
			...cardAnchor(state.line, rects[index] ?? [], full),
			focusRequest: state.focusRequest,
			services,
			...cardHandlers({
				finding,
				index,
				state,
				total: visible.length,
				actions,
				guard,
				hasFocus: () => host.hasFocus(),
				refocus: () => element.focus({ preventScroll: true }),
				card: () => card,
				phrase: finding.span && draft.slice(finding.span.start, finding.span.end).slice(0, 80),
				hidden,
				toasts,
				refilter,
				afterRemoval,
				openAt,
				closeCard,
				closeSoon,
				cancelClose: () => clearTimeout(closeTimer),
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
		events.cancelOpen();
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
		events.cancelOpen();
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
	function hit(x: number, y: number) {
		if (rects.length !== visible.length) rects = measure();
		return hitTest(rects, x, y);
	}

	const events = wireHintsEvents(
		element,
		{
			hit,
			card: () => card,
			keyAt: (i) => (visible[i] ? keyOf(visible[i] as Finding) : undefined),
			openAt,
			closeCard,
			closeSoon,
			cancelClose: () => clearTimeout(closeTimer),
			schedule,
			hasFocus: () => host.hasFocus(),
			host: host.host,
			badge: () => host.mount.querySelector<HTMLElement>('.badge:not(.status)'),
		},
		guard,
		own.signal,
	);

	function destroy() {
		if (destroyed) return;
		destroyed = true;
		own.abort();
		events.disconnect();
		if (frame) view.cancelAnimationFrame(frame);
		events.cancelOpen();
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
		update: guard(({ text, findings: next, norms: nextNorms, ...options }: HintsState) => {
			findings = next;
			norms = nextNorms;
			status = options;
			theme = pageTheme(element);
			draft = text;
			if (draft.trim() === '') hidden.clearDraft();
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
