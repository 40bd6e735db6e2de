/**
 * The hints view only draws (issue 12, 4): one `update({ text, findings, norms, … })` is all it is told, the
 * editor gives it geometry only, and what the person picks goes out through the actions to the session.
 */
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorAdapter } from '../../src/content/editors/editor-adapter.js';
import { createHintsView } from '../../src/content/hints/create-hints-view.js';
import type { HintsGeometry } from '../../src/content/hints/hints-view.js';
import {
	captureShadowRoots,
	DRAFT,
	FINDINGS,
	fakeActions,
	LAYOUT,
	layoutRects,
	NORMS,
} from './hints-fixture.js';
import { useEnglish } from './i18n-en.js';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

let roots: ShadowRoot[];
let controller: AbortController;
beforeEach(() => {
	useEnglish();
	roots = captureShadowRoots();
	controller = new AbortController();
});
afterEach(() => {
	controller.abort();
	vi.restoreAllMocks();
	document.body.innerHTML = '';
});

/** An editor element whose own text is not the draft: whatever the view shows must come from `update`. */
function editorElement(): HTMLElement {
	const element = document.createElement('div');
	element.contentEditable = 'true';
	element.tabIndex = 0;
	element.textContent = 'something else entirely';
	element.getBoundingClientRect = () => new DOMRect(LAYOUT.left, LAYOUT.top, LAYOUT.width, LAYOUT.height);
	document.body.append(element);
	return element;
}

/** Where spans are on screen, and nothing else: no getText, no replace. */
function geometryOf(element: HTMLElement): HintsGeometry {
	return { element, rangeFor: () => undefined, rectsFor: (s) => layoutRects(s.start, s.end) };
}

const ui = () => within(roots.at(-1) as unknown as HTMLElement);

describe('the hints view, fed by update alone', () => {
	it('draws the underlines, the badge count and the card from one update, with geometry only', async () => {
		const element = editorElement();
		const view = createHintsView(geometryOf(element), fakeActions(), controller.signal);
		view.update({ text: DRAFT, findings: FINDINGS, norms: NORMS });
		await nextFrame();
		const root = roots.at(-1) as ShadowRoot;
		const expected = FINDINGS.flatMap((f) => (f.span ? layoutRects(f.span.start, f.span.end) : []));
		expect(root.querySelectorAll('.line').length).toBe(expected.length);
		fireEvent.click(ui().getByRole('button', { name: '3 Unhurried hints — open' }));
		const card = ui().getByRole('dialog');
		expect(card.textContent).toContain('1 of 3');
		expect(card.textContent).toContain(FINDINGS[0]?.message);
		// The next update replaces everything drawn: one finding left, one underline, the count follows.
		view.update({ text: DRAFT, findings: FINDINGS.slice(0, 1), norms: NORMS });
		await nextFrame();
		const [first] = FINDINGS;
		expect(root.querySelectorAll('.line').length).toBe(
			first?.span ? layoutRects(first.span.start, first.span.end).length : -1,
		);
		expect(ui().getByRole('button', { name: /^1 Unhurried hint\b/ })).toBeTruthy();
		// The badge's state comes with the update too.
		view.update({ text: DRAFT, findings: [], norms: NORMS, status: 'paused', statusDetail: 'until 3 pm' });
		await nextFrame();
		expect(root.querySelector('.badge.status')?.getAttribute('aria-label')).toBe('Unhurried: paused');
	});

	it('never reads the editor’s text: an adapter whose getText throws draws and acts all the same', async () => {
		const element = editorElement();
		const getText = vi.fn((): string => {
			throw new Error('the view read the draft');
		});
		const adapter: EditorAdapter = {
			kind: 'contenteditable',
			element,
			getText,
			rangeFor: () => undefined,
			rectsFor: (s) => layoutRects(s.start, s.end),
			replace: vi.fn(async () => {
				throw new Error('the view wrote the draft');
			}),
		};
		const actions = fakeActions();
		const view = createHintsView(adapter, actions, controller.signal);
		view.update({ text: DRAFT, findings: FINDINGS, norms: NORMS });
		await nextFrame();
		fireEvent.click(ui().getByRole('button', { name: '3 Unhurried hints — open' }));
		// What the person picks goes out as actions, with the words taken from the text the view was given.
		fireEvent.click(ui().getByRole('button', { name: 'More…' }));
		await nextFrame();
		fireEvent.click(ui().getByRole('button', { name: 'Don’t flag “asap” again' }));
		expect(actions.quiet).toHaveBeenCalledWith(FINDINGS[0], 'asap');
		fireEvent.click(ui().getByRole('button', { name: 'Dismiss' }));
		expect(actions.dismiss).toHaveBeenCalledWith(FINDINGS[1]);
		const apply = ui()
			.getAllByRole('button')
			.find((b) => b.textContent?.includes('Write it as a doc'));
		expect(apply).toBeDefined();
		expect(getText).not.toHaveBeenCalled();
		expect(adapter.replace).not.toHaveBeenCalled();
	});
});
