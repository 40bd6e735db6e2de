/**
 * Reads what the extension draws on a calendar page from outside: its badge and card live in a closed shadow root
 * in the content script's isolated world, which no page script can reach, so the tests read them through the
 * DevTools protocol (DOM.getDocument with pierce, which includes closed shadow roots) and act with real mouse
 * clicks and keys at the coordinates it reports. Nothing test-only ships in the extension.
 */
import type { CDPSession, Page } from 'playwright-core';
import { KIND_LABEL } from '../../src/content/hints/palette.js';
import type { FindingKind } from '../../src/core/finding.js';

interface DomNode {
	nodeId: number;
	nodeType: number;
	nodeName: string;
	nodeValue?: string;
	attributes?: string[];
	children?: DomNode[];
	shadowRoots?: DomNode[];
}

const attr = (n: DomNode, name: string) => {
	const a = n.attributes ?? [];
	for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
	return undefined;
};
function* walk(n: DomNode): Generator<DomNode> {
	yield n;
	for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) yield* walk(c);
}
const text = (n: DomNode): string =>
	[...walk(n)]
		.filter((x) => x.nodeType === 3)
		.map((x) => x.nodeValue ?? '')
		.join('');

export interface HintsSnapshot {
	/** The badge's accessible name ("3 Unhurried hints — open", "Unhurried: can't read this form"), if shown. */
	badge?: string | undefined;
	/** The open card's accessible name ("Unhurried hint: No agenda") and its text, if open. */
	card?: { label: string; text: string } | undefined;
}

export class HintsProbe {
	private constructor(
		private readonly page: Page,
		private readonly cdp: CDPSession,
	) {}

	static async on(page: Page): Promise<HintsProbe> {
		return new HintsProbe(page, await page.context().newCDPSession(page));
	}

	private async shadow(): Promise<DomNode | undefined> {
		const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
			root: DomNode;
		};
		const host = [...walk(root)].find((n) => n.nodeName === 'UNHURRIED-HINTS');
		return host?.shadowRoots?.[0];
	}

	async snapshot(): Promise<HintsSnapshot> {
		const shadow = await this.shadow();
		if (!shadow) return {};
		const nodes = [...walk(shadow)];
		const badge = nodes.find((n) => (attr(n, 'class') ?? '').split(' ').includes('badge'));
		const dialog = nodes.find((n) => attr(n, 'role') === 'dialog');
		return {
			badge: badge && attr(badge, 'aria-label'),
			card: dialog && { label: attr(dialog, 'aria-label') ?? '', text: text(dialog) },
		};
	}

	/** Waits until the badge has settled (the same for `quietMs`), and returns it. */
	async settled(quietMs = 700, timeoutMs = 8000): Promise<HintsSnapshot> {
		const until = Date.now() + timeoutMs;
		let last = JSON.stringify(await this.snapshot());
		let since = Date.now();
		while (Date.now() < until) {
			await this.page.waitForTimeout(100);
			const now = JSON.stringify(await this.snapshot());
			if (now !== last) {
				last = now;
				since = Date.now();
			} else if (Date.now() - since >= quietMs) break;
		}
		return JSON.parse(last) as HintsSnapshot;
	}

	private async center(pick: (n: DomNode) => boolean): Promise<{ x: number; y: number }> {
		const shadow = await this.shadow();
		const node = shadow && [...walk(shadow)].find(pick);
		if (!node) throw new Error('hint element not found');
		const { model } = (await this.cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as {
			model: { border: number[] };
		};
		const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
		return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
	}

	async clickBadge(): Promise<void> {
		const { x, y } = await this.center((n) => (attr(n, 'class') ?? '').split(' ').includes('badge'));
		await this.page.mouse.click(x, y);
	}

	/** Clicks a button of the open card by its visible text (an "opens elsewhere" ↗ mark aside). */
	async clickCardButton(label: string): Promise<void> {
		const { x, y } = await this.center(
			(n) => n.nodeName === 'BUTTON' && text(n).trim().replace(/\s*↗$/u, '') === label,
		);
		await this.page.mouse.click(x, y);
	}

	/** Opens the card from the badge and steps through every hint with the arrow key; returns their kinds. */
	async kinds(): Promise<FindingKind[]> {
		const byLabel = new Map(Object.entries(KIND_LABEL).map(([k, l]) => [l, k as FindingKind]));
		const first = await this.snapshot();
		if (!first.badge || !/^\d+ Unhurried/.test(first.badge)) return [];
		const count = Number.parseInt(first.badge, 10);
		await this.clickBadge();
		const kinds: FindingKind[] = [];
		for (let i = 0; i < count; i++) {
			const { card } = await this.snapshot();
			const kind = card && byLabel.get(card.label.replace(/^Unhurried hint: /, ''));
			if (kind) kinds.push(kind);
			if (i < count - 1) await this.page.keyboard.press('ArrowRight');
		}
		return kinds;
	}

	async detach(): Promise<void> {
		await this.cdp.detach().catch(() => {});
	}
}
