/**
 * The editor adapters against pages built from the real editor libraries, in real Chromium. The adapters run in an
 * isolated world (as a content script does): they share the DOM with the page but none of its JavaScript, so they
 * can only go through the DOM, the selection and events. Each check reads the framework's own model back through
 * the library's API (window.__fixture, in the page's main world) to catch a DOM/model desync.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	adaptersBundle,
	blockOutsideRequests,
	EDITOR_FIXTURE_URLS,
	type EditorFixtureName,
	serveEditorFixture,
} from './fixtures/editors/serve.js';
import { launchPlainChromium } from './harness.js';

const DRAFT = 'Hi team, can you fix this ASAP please? The export job fails.';
const FIX = 'by 3 pm today';
const WANT = DRAFT.replace('ASAP', FIX);
const ASAP = { start: DRAFT.indexOf('ASAP'), end: DRAFT.indexOf('ASAP') + 4 };

/** Each fixture, the element a person clicks to type, and the adapter kind detectEditor must return. */
const EDITORS: ReadonlyArray<{ name: EditorFixtureName; selector: string; kind: string }> = [
	{ name: 'quill', selector: '[data-qa="message_input"] .ql-editor', kind: 'quill' },
	// Quill 1.3.7 puts data-gramm="false" on its editor: detectEditor must still find it.
	{ name: 'quill1', selector: '[data-qa="message_input"] .ql-editor', kind: 'quill' },
	{ name: 'slate', selector: '[data-slate-editor="true"][aria-label="Message #general"]', kind: 'slate' },
	{ name: 'lexical', selector: '[data-lexical-editor="true"]', kind: 'lexical' },
	{ name: 'prosemirror', selector: '.ProseMirror', kind: 'prosemirror' },
	{ name: 'ckeditor5', selector: '[data-tid="ckeditor"]', kind: 'ckeditor5' },
	{ name: 'draftjs', selector: '.public-DraftEditor-content', kind: 'draftjs' },
	{ name: 'contenteditable', selector: '[role="textbox"][g_editable]', kind: 'contenteditable' },
	{ name: 'textarea', selector: 'textarea#post_textbox[data-testid="post_textbox"]', kind: 'textarea' },
];

let browser: Browser;
let bundle: string;

beforeAll(async () => {
	bundle = await adaptersBundle();
	browser = await launchPlainChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** A page with the fixture loaded and the adapters bundle running in an isolated world. */
class EditorPage {
	readonly errors: string[] = [];
	private constructor(
		readonly context: BrowserContext,
		readonly page: Page,
		private readonly cdp: CDPSession,
		private readonly world: number,
		readonly selector: string,
	) {}

	static async open(name: EditorFixtureName, selector: string): Promise<EditorPage> {
		const context = await browser.newContext();
		await blockOutsideRequests(context);
		await serveEditorFixture(context, EDITOR_FIXTURE_URLS[name], name);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
		page.on('console', (m) => {
			if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
		});
		await page.goto(EDITOR_FIXTURE_URLS[name]);
		await page.waitForSelector('html[data-fixture-ready]');
		await page.waitForSelector(selector);
		const cdp = await context.newCDPSession(page);
		const { frameTree } = await cdp.send('Page.getFrameTree');
		const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
			frameId: frameTree.frame.id,
			worldName: 'unhurried-test',
		});
		const editorPage = new EditorPage(context, page, cdp, executionContextId, selector);
		editorPage.errors.push(...errors);
		page.on('pageerror', (e) => editorPage.errors.push(`pageerror: ${e.message}`));
		await editorPage.isolated(bundle);
		return editorPage;
	}

	/** Evaluates in the isolated world; `adapter` is bound to detectEditor(the editor element). */
	adapter<T>(body: string): Promise<T> {
		return this.adapterFor<T>(this.selector, body);
	}

	/** Same, for another field on the page. */
	async adapterFor<T>(selector: string, body: string): Promise<T> {
		const expression = `(async () => {
			const adapter = __adapters.detectEditor(document.querySelector(${JSON.stringify(selector)}));
			if (!adapter) throw new Error('no adapter');
			${body}
		})()`;
		return this.isolated(expression) as Promise<T>;
	}

	private async isolated(expression: string): Promise<unknown> {
		const result = await this.cdp.send('Runtime.evaluate', {
			expression,
			contextId: this.world,
			awaitPromise: true,
			returnByValue: true,
		});
		if (result.exceptionDetails)
			throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
		return result.result.value;
	}

	model(): Promise<string> {
		return this.page.evaluate(() => window.__fixture?.model() ?? '');
	}
	hasBold(): Promise<boolean> {
		return this.page.evaluate(() => typeof window.__fixture?.bold === 'function');
	}
	isBold(word: string): Promise<boolean | undefined> {
		return this.page.evaluate((w) => window.__fixture?.isBold?.(w), word);
	}
}

for (const { name, selector, kind } of EDITORS) {
	describe(`${name} (${EDITOR_FIXTURE_URLS[name]})`, () => {
		let ed: EditorPage;
		let draftBeforeReplace = '';

		beforeAll(async () => {
			ed = await EditorPage.open(name, selector);
			await ed.page.click(selector);
			await ed.page.keyboard.type(DRAFT);
			if (await ed.hasBold()) await ed.page.evaluate(() => window.__fixture?.bold?.('export'));
			// A person picks a fix after reading the hint: past the 1 s window in which Quill's and Lexical's
			// histories merge edits into one undo step.
			await ed.page.waitForTimeout(1100);
			draftBeforeReplace = await ed.model();
		});
		afterAll(async () => {
			await ed?.context.close();
		});

		it('types into the real editor', () => {
			expect(draftBeforeReplace).toBe(DRAFT);
		});

		it(`is detected as ${kind}`, async () => {
			expect(await ed.adapter<string>('return adapter.kind')).toBe(kind);
			// The adapters really run apart from the page's JavaScript, as a content script does.
			expect(await ed.adapter<string>('return typeof window.__fixture')).toBe('undefined');
			expect(await ed.page.evaluate(() => typeof (window as { __adapters?: unknown }).__adapters)).toBe(
				'undefined',
			);
		});

		it("reads the same text as the framework's model", async () => {
			expect(await ed.adapter<string>('return adapter.getText()')).toBe(await ed.model());
		});

		it('maps a span to a range and to rects inside the editor', async () => {
			const { rangeText, rects, box } = await ed.adapter<{
				rangeText: string | null;
				rects: Array<{ left: number; top: number; right: number; bottom: number; width: number }>;
				box: { left: number; top: number; right: number; bottom: number };
			}>(`
				const span = ${JSON.stringify(ASAP)};
				const range = adapter.rangeFor(span);
				const rects = adapter.rectsFor(span).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width }));
				const b = adapter.element.getBoundingClientRect();
				return { rangeText: range ? range.toString() : null, rects, box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom } };
			`);
			if (kind === 'textarea') expect(rangeText).toBeNull();
			else expect(rangeText).toBe('ASAP');
			expect(rects.length).toBeGreaterThan(0);
			for (const r of rects) {
				expect(r.width).toBeGreaterThan(0);
				expect(r.left).toBeGreaterThanOrEqual(box.left - 1);
				expect(r.right).toBeLessThanOrEqual(box.right + 1);
				expect(r.top).toBeGreaterThanOrEqual(box.top - 1);
				expect(r.bottom).toBeLessThanOrEqual(box.bottom + 1);
			}
		});

		it('changes nothing when the expected text no longer matches', async () => {
			const done = await ed.adapter<boolean>(
				`return adapter.replace(${JSON.stringify(ASAP)}, ${JSON.stringify(FIX)}, 'soon')`,
			);
			expect(done).toBe(false);
			expect(await ed.model()).toBe(DRAFT);
		});

		it("replaces the span in the framework's model", async () => {
			const done = await ed.adapter<boolean>(
				`return adapter.replace(${JSON.stringify(ASAP)}, ${JSON.stringify(FIX)}, 'ASAP')`,
			);
			expect(done).toBe(true);
			expect(await ed.model()).toBe(WANT);
			expect(await ed.adapter<string>('return adapter.getText()')).toBe(WANT);
		});

		it('leaves the caret right after the replacement', async () => {
			const caret = await ed.adapter<{ start: number; end: number } | null>(`
				const el = adapter.element;
				if ('selectionStart' in el) return { start: el.selectionStart, end: el.selectionEnd };
				const sel = getSelection();
				if (!sel || !sel.rangeCount || !el.contains(sel.anchorNode)) return null;
				const model = __adapters.readDomText(el);
				return { start: model.offsetOf(sel.anchorNode, sel.anchorOffset), end: model.offsetOf(sel.focusNode, sel.focusOffset) };
			`);
			const after = ASAP.start + FIX.length;
			expect(caret).toEqual({ start: after, end: after });
		});

		it.skipIf(kind === 'textarea')('keeps formatting outside the span', async () => {
			expect(await ed.isBold('export')).toBe(true);
		});

		it('is undone by one Ctrl+Z', async () => {
			await ed.page.keyboard.press('Control+z');
			await expect.poll(() => ed.model(), { timeout: 1000 }).toBe(DRAFT);
		});

		it("puts the editor's own caret after a replacement: typing continues there", async () => {
			const done = await ed.adapter<boolean>(
				`return adapter.replace(${JSON.stringify(ASAP)}, ${JSON.stringify(FIX)}, 'ASAP')`,
			);
			expect(done).toBe(true);
			await ed.page.keyboard.type('!');
			await expect.poll(() => ed.model(), { timeout: 1000 }).toBe(DRAFT.replace('ASAP', `${FIX}!`));
		});

		it('reads and replaces across paragraphs, an empty line and an emoji', async () => {
			await ed.page.click(selector);
			await ed.page.keyboard.press('Control+a');
			await ed.page.keyboard.press('Delete');
			await ed.page.keyboard.type('Hi 👋 team,');
			await ed.page.keyboard.press('Enter');
			await ed.page.keyboard.press('Enter');
			await ed.page.keyboard.type('Fix it ASAP.');
			const lines = 'Hi 👋 team,\n\nFix it ASAP.';
			await expect.poll(() => ed.model(), { timeout: 1000 }).toBe(lines);
			expect(await ed.adapter<string>('return adapter.getText()')).toBe(lines);
			await ed.page.waitForTimeout(1100);
			const span = { start: lines.indexOf('ASAP'), end: lines.indexOf('ASAP') + 4 };
			if (kind !== 'textarea')
				expect(await ed.adapter<string>(`return adapter.rangeFor(${JSON.stringify(span)}).toString()`)).toBe(
					'ASAP',
				);
			const done = await ed.adapter<boolean>(
				`return adapter.replace(${JSON.stringify(span)}, 'today', 'ASAP')`,
			);
			expect(done).toBe(true);
			expect(await ed.model()).toBe(lines.replace('ASAP', 'today'));
			await ed.page.keyboard.press('Control+z');
			await expect.poll(() => ed.model(), { timeout: 1000 }).toBe(lines);
		});

		it('raises no page or console errors', () => {
			expect(ed.errors).toEqual([]);
		});
	});
}

describe('textarea and input mirror (Mattermost fixture)', () => {
	let ed: EditorPage;
	beforeAll(async () => {
		ed = await EditorPage.open('textarea', '#post_textbox');
	});
	afterAll(async () => {
		await ed?.context.close();
	});

	/** For each occurrence of `word`, the caret offsets Chromium itself finds at the left and right edge of our rects. */
	async function probe(selector: string, word: string) {
		const value = await ed.page.inputValue(selector);
		const spans: Array<{ start: number; end: number }> = [];
		for (let at = value.indexOf(word); at >= 0; at = value.indexOf(word, at + 1))
			spans.push({ start: at, end: at + word.length });
		const measured = await new EditorPageProbe(ed, selector).rects(spans);
		// caretPositionFromPoint runs in the page: Chromium's own hit test of the field's glyphs is the reference.
		return ed.page.evaluate(
			(measured) =>
				measured.map(({ span, rects }) => {
					const r = rects[0];
					if (!r) return { span, shown: false };
					const y = r.top + r.height / 2;
					const at = (x: number) =>
						(
							document as Document & { caretPositionFromPoint(x: number, y: number): CaretPosition | null }
						).caretPositionFromPoint(x, y)?.offset;
					return { span, shown: true, lines: rects.length, left: at(r.left + 1), right: at(r.right - 1) };
				}),
			measured,
		);
	}

	it('draws each span over the field’s own glyphs, also on wrapped lines and after scrolling', async () => {
		const long = `${'The export job fails again and again. '.repeat(5)}Fix it ASAP.\n${Array.from(
			{ length: 10 },
			(_, i) => `Line ${i}: fix it ASAP.`,
		).join('\n')}`;
		await ed.page.click('#post_textbox');
		await ed.page.keyboard.insertText(long);
		const hits = await probe('#post_textbox', 'ASAP');
		const shown = hits.filter((h) => h.shown);
		expect(shown.length).toBeGreaterThan(1);
		expect(hits.some((h) => !h.shown)).toBe(true); // scrolled out of the field: no rects
		for (const h of shown) {
			expect(h.left).toBe(h.span.start);
			expect(h.right).toBe(h.span.end);
		}
		expect(hits[0]?.shown).toBe(false); // the wrapped first paragraph has scrolled away
		// Scrolled back to the top, the first ASAP sits on a wrapped line of the first paragraph.
		await ed.page.evaluate(() => {
			(document.querySelector('#post_textbox') as HTMLTextAreaElement).scrollTop = 0;
		});
		const [first] = await probe('#post_textbox', 'ASAP');
		expect(first?.shown).toBe(true);
		expect(first?.left).toBe(first?.span.start);
		expect(first?.right).toBe(first?.span.end);
		const lineTops = await new EditorPageProbe(ed, '#post_textbox').rects([
			{ start: 0, end: long.indexOf('Fix') },
		]);
		expect(lineTops[0]?.rects.length).toBeGreaterThan(1); // the paragraph wraps: one rect per line box
	});

	it('works for a single-line <input type=search> too', async () => {
		await ed.page.click('#search');
		await ed.page.keyboard.type('deploy logs ASAP');
		const [hit] = await probe('#search', 'ASAP');
		expect(hit?.shown).toBe(true);
		expect(hit?.left).toBe(hit?.span.start);
		expect(hit?.right).toBe(hit?.span.end);
		const done = await new EditorPageProbe(ed, '#search').replace({ start: 12, end: 16 }, 'today', 'ASAP');
		expect(done).toBe(true);
		expect(await ed.page.inputValue('#search')).toBe('deploy logs today');
	});

	it('keeps its mirrors out of the page’s fields and reading order', async () => {
		const where = await ed.page.evaluate(() => {
			const host = document.querySelector('unhurried-mirrors');
			return {
				parent: host?.parentElement?.tagName,
				inField: !!document.querySelector('textarea unhurried-mirrors'),
			};
		});
		expect(where).toEqual({ parent: 'HTML', inField: false });
	});
});

/** The adapter of another field on an EditorPage. */
class EditorPageProbe {
	constructor(
		private readonly ed: EditorPage,
		private readonly selector: string,
	) {}
	private run<T>(body: string): Promise<T> {
		return this.ed.adapterFor<T>(this.selector, body);
	}
	rects(spans: Array<{ start: number; end: number }>) {
		return this.run<Array<{ span: { start: number; end: number }; rects: Array<Record<string, number>> }>>(`
			return ${JSON.stringify(spans)}.map((span) => ({ span, rects: adapter.rectsFor(span).map((r) => r.toJSON()) }));
		`) as Promise<
			Array<{
				span: { start: number; end: number };
				rects: Array<{ left: number; right: number; top: number; height: number }>;
			}>
		>;
	}
	replace(span: { start: number; end: number }, text: string, expected: string) {
		return this.run<boolean>(
			`return adapter.replace(${JSON.stringify(span)}, ${JSON.stringify(text)}, ${JSON.stringify(expected)})`,
		);
	}
}
