/** Small pure helpers of the hints view. */
import type { Finding, FindingKind, Severity } from '../../core/finding.js';
import { t } from '../../shared/ui/t.js';
import type { HighlightPainter } from './highlights.js';
import type { BadgeProps, OverlayLine } from './hints-layer.js';
import type { HintsGeometry, HintsUpdateOptions } from './hints-view.js';
import { parentOf } from './page-theme.js';
import { KIND_FAMILY, SEVERITY_RANK, type Theme } from './palette.js';
import { type Box, contains, intersect } from './place.js';

export const boxOf = (r: DOMRect | DOMRectReadOnly): Box => ({
	left: r.left,
	top: r.top,
	width: r.width,
	height: r.height,
});

/** The badge's words when nothing was found in the part that was read. */
export const TRUNCATED_STATUS = 'read in part';

export function highest(findings: Finding[]): Severity {
	return findings.reduce<Severity>(
		(top, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[top] ? f.severity : top),
		'info',
	);
}

export function safe<T>(fn: () => T, fallback: T): T {
	try {
		return fn();
	} catch {
		return fallback;
	}
}

/** The visible part of the page around the editor: the viewport cut by every clipping ancestor. */
export function clipAround(element: HTMLElement): Box | undefined {
	const doc = element.ownerDocument;
	const view = doc.defaultView as Window;
	let box: Box | undefined = { left: 0, top: 0, width: view.innerWidth, height: view.innerHeight };
	for (let node = parentOf(element); node && box; node = parentOf(node)) {
		if (node === doc.documentElement || node === doc.body) break;
		const style = view.getComputedStyle(node);
		if (style.overflowX !== 'visible' || style.overflowY !== 'visible')
			box = intersect(box, boxOf(node.getBoundingClientRect()));
	}
	return box;
}

/** The overlay's underlines (findings without a highlight), just under each line box, clipped to the editor. */
export function overlayLines(
	visible: readonly Finding[],
	overlaid: readonly boolean[],
	rects: readonly DOMRect[][],
	textClip: Box,
): OverlayLine[] {
	const lines: OverlayLine[] = [];
	visible.forEach((f, i) => {
		if (!overlaid[i]) return;
		(rects[i] ?? []).forEach((r, j) => {
			// Below descenders, as text-decoration draws it.
			const line = intersect({ left: r.left, top: r.bottom - 1, width: r.width, height: 3 }, textClip);
			if (line && line.height >= 3) lines.push({ key: `${i}-${j}`, box: line, family: KIND_FAMILY[f.kind] });
		});
	});
	return lines;
}

/** The composer's bottom-right corner, where the badge sits. */
export const corner = (full: Box) => ({ right: full.left + full.width, bottom: full.top + full.height });

/** A sentence for the badge and the card when the draft was not read whole. */
export function truncatedNote(status: HintsUpdateOptions): string | undefined {
	const at = status.truncatedAt;
	return at === undefined ? undefined : t('cardTruncated', at.toLocaleString('en'));
}

/** The badge as a state line ("reads English only for now", "read in part"), or nothing to show. */
export function statusBadge(full: Box, status: HintsUpdateOptions): BadgeProps | undefined {
	if (!status.status && status.truncatedAt === undefined) return undefined;
	return {
		...corner(full),
		count: 0,
		severity: 'info',
		status: status.status ?? TRUNCATED_STATUS,
		statusDetail: status.statusDetail ?? truncatedNote(status),
		onOpen: () => {},
	};
}

/** Rects of the underlined findings' spans, in one pass over the editor's geometry (one mirror sync for a textarea). */
export function measureSpans(geometry: HintsGeometry, visible: readonly Finding[], max: number): DOMRect[][] {
	const spans = visible.slice(0, max).map((f) => f.span);
	const wanted = spans.filter((s): s is NonNullable<typeof s> => s !== undefined);
	const measured = safe(
		() => (geometry.rectsForSpans ? geometry.rectsForSpans(wanted) : wanted.map((s) => geometry.rectsFor(s))),
		[] as DOMRect[][],
	);
	let next = 0;
	return visible.map((_, i) => (i < spans.length && spans[i] ? (measured[next++] ?? []) : []));
}

/** The finding and line box under a point (2 px of slack). */
export function hitTest(rects: readonly DOMRect[][], x: number, y: number) {
	for (let index = 0; index < rects.length; index++) {
		const line = (rects[index] ?? []).findIndex((r) => contains(boxOf(r), x, y, 2));
		if (line >= 0) return { index, line };
	}
	return undefined;
}

/** Paints the first `max` findings with the Highlight API; true for each one the overlay must draw instead. */
export function paintRanges(
	painter: HighlightPainter | undefined,
	geometry: HintsGeometry,
	visible: readonly Finding[],
	theme: Theme,
	max: number,
): boolean[] {
	const byKind = new Map<FindingKind, Range[]>();
	const overlaid = visible.map((f, i) => {
		if (!f.span || i >= max) return false;
		const span = f.span;
		const range = painter && safe(() => geometry.rangeFor(span), undefined);
		if (!range) return true;
		const list = byKind.get(f.kind);
		if (list) list.push(range);
		else byKind.set(f.kind, [range]);
		return false;
	});
	painter?.paint(byKind, theme);
	return overlaid;
}

/** The editor's box when any of it is visible. */
export function editorBoxOf(element: HTMLElement, clip: Box | undefined): Box | undefined {
	const box = boxOf(element.getBoundingClientRect());
	if (box.width === 0 && box.height === 0) return undefined;
	return clip ? intersect(box, clip) && box : box;
}

/** The count badge, or the status badge when there is nothing to count. */
export function countBadge(
	full: Box,
	visible: readonly Finding[],
	status: HintsUpdateOptions,
	max: number,
	onOpen: () => void,
): BadgeProps | undefined {
	if (visible.length === 0) return statusBadge(full, status);
	return {
		...corner(full),
		count: visible.length,
		underlined: Math.min(visible.length, max),
		note: truncatedNote(status),
		severity: highest(visible as Finding[]),
		onOpen,
	};
}

/** Under the underline pointed at; else by the composer (below it, or above when it sits low). */
export function cardAnchor(line: number | 'badge', lineRects: readonly DOMRect[], full: Box) {
	const onLine = line !== 'badge' ? lineRects[line] : undefined;
	return { anchor: onLine ? boxOf(onLine) : full, align: onLine ? ('start' as const) : ('end' as const) };
}

/** Wraps callbacks so our exceptions stop here (the page never sees them) and nothing runs once `dead()`. */
export function guardWith(dead: () => boolean) {
	return <A extends unknown[]>(fn: (...args: A) => void) =>
		(...args: A) => {
			try {
				if (!dead()) fn(...args);
			} catch (error) {
				console.debug('[unhurried] hints', error);
			}
		};
}
