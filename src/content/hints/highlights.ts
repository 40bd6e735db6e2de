/**
 * Underlines through the CSS Custom Highlight API: one `Highlight` per kind registered as
 * `unhurried-<kind>`, styled by `::highlight()` rules in a constructed stylesheet adopted by the document.
 * No node is added to the page, so editor frameworks never see us. Highlights and the sheet are shared by
 * every view on the page (several composers) and released when the last one is destroyed.
 */
import type { FindingKind } from '../../core/finding.js';
import { perDocument } from '../shared/per-document.js';
import { KIND_FAMILY, type Theme, UNDERLINE } from './palette.js';

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;
interface HighlightRegistryLike {
	set(name: string, highlight: Highlight): unknown;
	delete(name: string): boolean;
	get(name: string): Highlight | undefined;
}

/**
 * Firefox registers highlights from 140 but paints `::highlight` text-decoration only from 149 (web-features
 * "highlight", complete 2026-03-24): before that the probe passes and no underline shows. Painting can't be
 * feature-detected, so this one is read from the version.
 */
export const FIREFOX_HIGHLIGHT_UNDERLINES = 149;
export function underlinesPainted(userAgent: string): boolean {
	const firefox = /\bFirefox\/(\d+)/u.exec(userAgent);
	return !firefox || Number(firefox[1]) >= FIREFOX_HIGHLIGHT_UNDERLINES;
}

/** True where the API can both register ranges and style them (Harper's probe, plus a real registration). */
export function supportsHighlights(view: Window & typeof globalThis): boolean {
	try {
		if (!underlinesPainted(view.navigator?.userAgent ?? '')) return false;
		const css = view.CSS as (typeof CSS & { highlights?: HighlightRegistryLike }) | undefined;
		const Ctor = (view as unknown as { Highlight?: HighlightCtor }).Highlight;
		if (!css?.highlights || typeof Ctor !== 'function') return false;
		if (!css.supports('selector(::highlight(x))')) return false;
		const probe = 'unhurried-probe';
		css.highlights.set(probe, new Ctor());
		css.highlights.delete(probe);
		return true;
	} catch {
		return false;
	}
}

export const highlightName = (kind: FindingKind) => `unhurried-${kind}`;

/** The `::highlight` rules for every kind in the page's theme. */
export function highlightCss(theme: Theme): string {
	return (Object.keys(KIND_FAMILY) as FindingKind[])
		.map((kind) => {
			const u = UNDERLINE[KIND_FAMILY[kind]];
			return `::highlight(${highlightName(kind)}) { text-decoration: underline ${u.style} ${u.color[theme]} ${u.thickness}px; text-decoration-skip-ink: none; text-underline-offset: 3px; }`;
		})
		.join('\n');
}

export interface HighlightPainter {
	/** Replaces this painter's ranges with these, per kind. */
	paint(ranges: ReadonlyMap<FindingKind, readonly Range[]>, theme: Theme): void;
	/** Removes this painter's ranges; the last painter also removes the highlights and the stylesheet. */
	release(): void;
}

interface Shared {
	sheet: CSSStyleSheet | undefined;
	fallbackStyle: HTMLStyleElement | undefined;
	theme: Theme | undefined;
	highlights: Map<FindingKind, Highlight>;
	/** The document's highlight registry, as it was when the first painter came. */
	registry: HighlightRegistryLike;
}
const registryOf = (doc: Document) =>
	(doc.defaultView as unknown as { CSS: { highlights: HighlightRegistryLike } }).CSS.highlights;
/** The highlights and their stylesheet, one set per document for every painter in it. */
const acquireShared = perDocument<Shared>(
	(doc) => ({
		sheet: undefined,
		fallbackStyle: undefined,
		theme: undefined,
		highlights: new Map(),
		registry: registryOf(doc),
	}),
	(s, doc) => {
		for (const kind of s.highlights.keys()) s.registry.delete(highlightName(kind));
		if (s.sheet) {
			const sheet = s.sheet;
			doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== sheet);
		}
		s.fallbackStyle?.remove();
	},
);

/** Severity of the kind, so a red emergency underline draws above an amber one on the same words. */
const PRIORITY: Partial<Record<FindingKind, number>> = { true_urgency: 3, sensitive: 2, false_urgency: 1 };

export function createHighlightPainter(doc: Document): HighlightPainter {
	const view = doc.defaultView as Window & typeof globalThis;
	const Ctor = (view as unknown as { Highlight: HighlightCtor }).Highlight;
	const lease = acquireShared(doc);
	const s = lease.value;
	const registry = s.registry;
	const mine = new Map<FindingKind, Range[]>();
	let released = false;

	function setTheme(theme: Theme) {
		if (s.theme === theme) return;
		s.theme = theme;
		const css = highlightCss(theme);
		if (!s.sheet && !s.fallbackStyle) {
			try {
				s.sheet = new view.CSSStyleSheet();
				s.sheet.replaceSync(css);
				doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s.sheet];
				return;
			} catch {
				// Some content-script worlds cannot adopt a sheet: a <style> in <head> (never in the editor).
				s.sheet = undefined;
				s.fallbackStyle = doc.createElement('style');
				s.fallbackStyle.dataset.unhurried = 'highlights';
				(doc.head ?? doc.documentElement).append(s.fallbackStyle);
			}
		}
		if (s.sheet) s.sheet.replaceSync(css);
		if (s.fallbackStyle) s.fallbackStyle.textContent = css;
	}

	function clearMine() {
		for (const [kind, ranges] of mine) {
			const highlight = s.highlights.get(kind);
			if (highlight) for (const range of ranges) highlight.delete(range);
		}
		mine.clear();
	}

	return {
		paint(ranges, theme) {
			if (released) return;
			setTheme(theme);
			clearMine();
			for (const [kind, list] of ranges) {
				if (list.length === 0) continue;
				let highlight = s.highlights.get(kind);
				if (!highlight) {
					highlight = new Ctor();
					highlight.priority = PRIORITY[kind] ?? 0;
					s.highlights.set(kind, highlight);
					registry.set(highlightName(kind), highlight);
				}
				for (const range of list) highlight.add(range);
				mine.set(kind, [...list]);
			}
		},
		release() {
			if (released) return;
			released = true;
			clearMine();
			lease.release();
		},
	};
}
