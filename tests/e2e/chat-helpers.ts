/**
 * Helpers for the chat hints end-to-end tests: serving the editor fixtures as declared fixtures of the harness
 * (so every other request counts as the extension's), and reading what the extension drew.
 *
 * How the hints are read, without any test hook in the extension:
 * - underlines on rich editors are Highlight API ranges. The registry (`CSS.highlights`) belongs to the
 *   document, so the page's main world sees the ranges the content script registered in its isolated world;
 * - the badge, the overlay underlines (textarea) and the card live in a *closed* shadow root: CDP's
 *   `DOM.getDocument({ pierce: true })` returns closed shadow trees too, and `DOM.getBoxModel` gives where to
 *   click. Every click is a real mouse click at those coordinates, as a person makes it.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { buildEditorFixtures, FIXTURES_OUT } from './fixtures/editors/build.mjs';
import type { EditorFixtureName } from './fixtures/editors/serve.js';
import type { ChromiumExtension, ExtensionApi } from './harness.js';

declare const chrome: ExtensionApi;

/** Serves an editor fixture page and its assets at `url` through the harness, so they count as declared. */
export async function serveEditor(
	ext: ChromiumExtension,
	url: string,
	name: EditorFixtureName,
): Promise<void> {
	await buildEditorFixtures();
	const { origin } = new URL(url);
	await ext.serveFixture(`${origin}/favicon.ico`, { html: '' });
	for (const file of await readdir(join(FIXTURES_OUT, 'assets')))
		await ext.serveFixture(`${origin}/**/assets/${file}`, { file: join(FIXTURES_OUT, 'assets', file) });
	await ext.serveFixture(url, { file: join(FIXTURES_OUT, `${name}.html`) });
}

interface DomNode {
	nodeId: number;
	nodeType: number;
	localName: string;
	nodeValue: string;
	attributes?: string[];
	children?: DomNode[];
	shadowRoots?: DomNode[];
	contentDocument?: DomNode;
}

const attr = (n: DomNode, name: string) => {
	const a = n.attributes ?? [];
	for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
	return undefined;
};
const kids = (n: DomNode) => [...(n.shadowRoots ?? []), ...(n.children ?? [])];
function* walk(n: DomNode): Generator<DomNode> {
	yield n;
	for (const c of kids(n)) yield* walk(c);
}
const textOf = (n: DomNode): string => (n.nodeType === 3 ? n.nodeValue : kids(n).map(textOf).join(''));

/** One element of our UI: its classes, label, text and the centre of its box (viewport coordinates). */
export interface UiElement {
	classes: string[];
	label: string | undefined;
	text: string;
	x: number;
	y: number;
	width: number;
}

/** Reads the extension's closed shadow root (the `unhurried-hints` host) through CDP. */
export class HintsUi {
	private constructor(
		private readonly page: Page,
		private readonly cdp: CDPSession,
	) {}

	static async attach(page: Page): Promise<HintsUi> {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('DOM.enable');
		return new HintsUi(page, cdp);
	}

	/** Every element in our shadow root matching `cls` (a class name), with its box. */
	async find(cls: string): Promise<UiElement[]> {
		const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
			root: DomNode;
		};
		const host = [...walk(root)].find((n) => n.localName === 'unhurried-hints');
		if (!host) return [];
		const out: UiElement[] = [];
		for (const n of walk(host)) {
			const classes = (attr(n, 'class') ?? '').split(/\s+/);
			if (n.nodeType !== 1 || !classes.includes(cls)) continue;
			const box = await this.cdp
				.send('DOM.getBoxModel', { nodeId: n.nodeId })
				.then((r) => r.model.border)
				.catch(() => undefined);
			if (!box) continue;
			const xs = [box[0], box[2], box[4], box[6]] as number[];
			const ys = [box[1], box[3], box[5], box[7]] as number[];
			out.push({
				classes,
				label: attr(n, 'aria-label'),
				text: textOf(n),
				x: (Math.min(...xs) + Math.max(...xs)) / 2,
				y: (Math.min(...ys) + Math.max(...ys)) / 2,
				width: Math.max(...xs) - Math.min(...xs),
			});
		}
		return out;
	}

	/** The badge's label ("2 Unhurried hints — open"), or undefined when no badge is drawn. */
	async badge(): Promise<string | undefined> {
		return (await this.find('badge'))[0]?.label;
	}

	/** The open card's text, or undefined. */
	async card(): Promise<string | undefined> {
		return (await this.find('card'))[0]?.text;
	}

	/** Clicks (a real mouse click) the first element with class `cls` whose label or text matches. */
	async click(cls: string, match?: RegExp): Promise<void> {
		const el = (await this.find(cls)).find((e) => !match || match.test(e.label ?? '') || match.test(e.text));
		if (!el) throw new Error(`no .${cls}${match ? ` matching ${match}` : ''} in the hints UI`);
		await this.page.mouse.click(el.x, el.y);
	}
}

/** The underlines on the page: Highlight API ranges by name with their text, and overlay lines (textarea). */
export async function underlines(
	page: Page,
	ui: HintsUi,
): Promise<{ ranges: string[]; overlayLines: number }> {
	const ranges = await page.evaluate(() =>
		[...CSS.highlights.entries()]
			.filter(([name]) => name.startsWith('unhurried-'))
			.flatMap(([name, h]) => [...h].map((r) => `${name.slice('unhurried-'.length)}:${r.toString()}`))
			.sort(),
	);
	return { ranges, overlayLines: (await ui.find('line')).length };
}

/** Long tasks (PerformanceObserver `longtask`) from now on; `read()` returns their durations in ms. */
export async function watchLongTasks(page: Page): Promise<{ read(): Promise<number[]> }> {
	await page.evaluate(() => {
		const w = window as unknown as { __longTasks: number[] };
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
		}).observe({ type: 'longtask' });
	});
	return {
		read: () => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks),
	};
}

/** The tab a page is in: brought to the front, it is the active tab (a content script's match gives no `tabs` access). */
export async function tabIdOf(ext: ChromiumExtension, page: Page): Promise<number> {
	await page.bringToFront();
	const id = await ext.swEvaluate(async () => {
		return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
	});
	if (id === undefined) throw new Error('no active tab');
	return id;
}

/** What the popup's "Show page skeleton" gets from the page's top frame. */
export async function skeletonOf(ext: ChromiumExtension, page: Page): Promise<string> {
	const tabId = await tabIdOf(ext, page);
	const answer = await ext.swEvaluate(async (id) => {
		return (await chrome.tabs.sendMessage(id as number, { type: 'popup/page-skeleton' }, { frameId: 0 })) as
			| { skeleton: string }
			| undefined;
	}, tabId);
	if (!answer) throw new Error('no skeleton');
	return answer.skeleton;
}

/** Every text the page shows (its text nodes, trimmed, 3 characters or more). */
export const pageTexts = (page: Page) =>
	page.evaluate(() => {
		const out: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const text = (n.nodeValue ?? '').trim();
			if (text.length >= 3 && !n.parentElement?.closest('script, style')) out.push(text);
		}
		return out;
	});

/**
 * The words of a skeleton, as written: a text survives if a multi-word text appears in it, or a one-word text is
 * one of its words ("Send" inside the code id data-testid=SendMessageButton is no text of the page).
 */
export function survivingTexts(
	skeleton: string,
	texts: readonly string[],
	typed: readonly string[],
): string[] {
	const words = new Set(skeleton.split(/[\s=[\](),:]+/));
	const lower = skeleton.toLowerCase();
	return [
		...texts.filter((t) => (/\s/.test(t) ? skeleton.includes(t) : words.has(t))),
		...typed.filter((w) => lower.includes(w.toLowerCase())),
		...(/@|https?:/.test(skeleton) ? ['an email or a URL'] : []),
	];
}
