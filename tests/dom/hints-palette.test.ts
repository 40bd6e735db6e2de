import { describe, expect, it } from 'vitest';
import { contrast, pageTheme, parseColor } from '../../src/content/hints/page-theme.js';
import { BADGE, PALETTE, UNDERLINE } from '../../src/content/hints/palette.js';
import { placeCard } from '../../src/content/hints/place.js';

describe('hints palette', () => {
	it.each(['light', 'dark'] as const)('keeps text at 4.5:1 or more in the %s theme', (theme) => {
		const p = PALETTE[theme];
		for (const [fg, bg] of [
			[p.fg, p.bg],
			[p.muted, p.bg],
			[p.fg, p.surface],
			[p.muted, p.surface],
			[p.accentFg, p.accent],
		] as const)
			expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
	});

	it('keeps the badge readable for every severity', () => {
		for (const { fg, bg } of Object.values(BADGE)) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
	});

	it('makes underlines stand out from the page (3:1, non-text contrast) in both themes', () => {
		for (const u of Object.values(UNDERLINE)) {
			expect(contrast(u.color.light, PALETTE.light.bg), u.color.light).toBeGreaterThanOrEqual(3);
			expect(contrast(u.color.dark, PALETTE.dark.bg), u.color.dark).toBeGreaterThanOrEqual(3);
		}
	});
});

describe('page theme', () => {
	it('parses computed colours', () => {
		expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3, 1]);
		expect(parseColor('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3, 0.5]);
		expect(parseColor('rgb(1 2 3 / 50%)')).toEqual([1, 2, 3, 0.5]);
		expect(parseColor('color(srgb 1 1 1)')).toEqual([255, 255, 255, 1]);
		expect(parseColor('transparent')).toBeUndefined();
	});

	it('follows the first opaque background around the editor', () => {
		const outer = document.createElement('div');
		const inner = document.createElement('div');
		outer.style.backgroundColor = 'rgb(20, 22, 26)';
		inner.style.backgroundColor = 'rgba(255, 255, 255, 0.05)';
		outer.append(inner);
		document.body.append(outer);
		expect(pageTheme(inner)).toBe('dark');
		outer.style.backgroundColor = 'rgb(250, 250, 250)';
		expect(pageTheme(inner)).toBe('light');
		outer.remove();
	});
});

describe('card placement', () => {
	const viewport = { width: 1000, height: 800 };
	it('goes below the anchor when it fits, above when it does not, and stays on screen', () => {
		expect(
			placeCard({ left: 100, top: 100, width: 50, height: 20 }, { width: 300, height: 200 }, viewport),
		).toEqual({
			left: 100,
			top: 126,
		});
		expect(
			placeCard({ left: 900, top: 700, width: 50, height: 20 }, { width: 300, height: 200 }, viewport),
		).toEqual({
			left: 692,
			top: 494,
		});
	});
});
