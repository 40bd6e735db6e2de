/**
 * Light or dark, as the PAGE looks around the editor (chat apps often theme themselves regardless of the OS
 * setting): the first opaque background up the tree decides; failing that, the editor's text colour.
 */
import type { Theme } from './palette.js';

/** [r, g, b, a] with r, g, b in 0–255 and a in 0–1, from a computed colour; undefined when unparsable. */
export function parseColor(value: string): [number, number, number, number] | undefined {
	const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(
		value.trim(),
	);
	if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha(rgb[4])];
	// Computed values of colours authored in other spaces, e.g. color(srgb 0.1 0.1 0.1 / 0.5).
	const srgb = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/i.exec(
		value.trim(),
	);
	if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, alpha(srgb[4])];
	return undefined;
}

function alpha(raw: string | undefined): number {
	if (raw === undefined) return 1;
	return raw.endsWith('%') ? Number(raw.slice(0, -1)) / 100 : Number(raw);
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: readonly number[]): number {
	const lin = (c = 0) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
	const hex = (h: string) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
	const [la, lb] = [luminance(hex(a)), luminance(hex(b))];
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function pageTheme(element: Element): Theme {
	const view = element.ownerDocument.defaultView;
	if (!view) return 'light';
	for (let node: Element | null = element; node; node = parentOf(node)) {
		const color = parseColor(view.getComputedStyle(node).backgroundColor);
		if (color && color[3] >= 0.5) return luminance(color) < 0.3 ? 'dark' : 'light';
	}
	const text = parseColor(view.getComputedStyle(element).color);
	if (text && luminance(text) > 0.5) return 'dark';
	// Nothing painted: the canvas follows color-scheme, which is dark only if the page opted in.
	const scheme = view.getComputedStyle(element.ownerDocument.documentElement).colorScheme ?? '';
	return scheme.includes('dark') && view.matchMedia?.('(prefers-color-scheme: dark)').matches
		? 'dark'
		: 'light';
}

/** The parent, crossing out of shadow roots. */
export function parentOf(node: Element): Element | null {
	if (node.parentElement) return node.parentElement;
	const root = node.getRootNode();
	return root instanceof ShadowRoot ? root.host : null;
}
