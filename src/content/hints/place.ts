/** Where the card and the badge go, as pure geometry over viewport rects. */

export interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

const GAP = 6;
const MARGIN = 8;

/** Below the anchor when it fits, else above; kept inside the viewport horizontally. */
export function placeCard(
	anchor: Box,
	card: { width: number; height: number },
	viewport: { width: number; height: number },
): { left: number; top: number } {
	const below = anchor.top + anchor.height + GAP;
	const above = anchor.top - GAP - card.height;
	const fitsBelow = below + card.height <= viewport.height - MARGIN;
	const top = fitsBelow || above < MARGIN ? Math.min(below, viewport.height - MARGIN - card.height) : above;
	const left = Math.min(Math.max(MARGIN, anchor.left), viewport.width - MARGIN - card.width);
	return { left: Math.max(MARGIN, left), top: Math.max(MARGIN, top) };
}

/** The part of `a` inside `b`, or undefined when they do not overlap. */
export function intersect(a: Box, b: Box): Box | undefined {
	const left = Math.max(a.left, b.left);
	const top = Math.max(a.top, b.top);
	const right = Math.min(a.left + a.width, b.left + b.width);
	const bottom = Math.min(a.top + a.height, b.top + b.height);
	return right > left && bottom >= top ? { left, top, width: right - left, height: bottom - top } : undefined;
}

export function contains(box: Box, x: number, y: number, slack = 0): boolean {
	return (
		x >= box.left - slack &&
		x <= box.left + box.width + slack &&
		y >= box.top - slack &&
		y <= box.top + box.height + slack
	);
}
