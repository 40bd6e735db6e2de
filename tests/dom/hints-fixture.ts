/** A fake editor adapter with a simple monospace layout, findings and norms for the hints view tests. */
import { type Mock, vi } from 'vitest';
import type { EditorAdapter, EditorKind } from '../../src/content/editors/editor-adapter.js';
import type { HintActions } from '../../src/content/hints/hints-view.js';
import type { Finding } from '../../src/core/finding.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import type { Norms } from '../../src/core/norms/schema.js';

export const LAYOUT = { left: 100, top: 300, width: 400, height: 80, char: 8, line: 20, perLine: 40 };

export const DRAFT =
	'hey can you look at this asap? it is blocking the release and the customers are waiting on it';

export const NORMS: Norms = {
	...DEFAULT_NORMS,
	tools: {
		doc: { name: 'Notion', urlTemplate: 'https://notion.example/new?title={title}' },
		video: { name: 'Loom', urlTemplate: 'https://loom.example/record' },
	},
};

/** Rects of a span laid out at `perLine` characters per line, `char` px each. */
export function layoutRects(start: number, end: number): DOMRect[] {
	const rects: DOMRect[] = [];
	let at = start;
	while (at < end) {
		const line = Math.floor(at / LAYOUT.perLine);
		const lineEnd = Math.min(end, (line + 1) * LAYOUT.perLine);
		const col = at - line * LAYOUT.perLine;
		rects.push(
			new DOMRect(
				LAYOUT.left + col * LAYOUT.char,
				LAYOUT.top + line * LAYOUT.line,
				(lineEnd - at) * LAYOUT.char,
				LAYOUT.line,
			),
		);
		at = lineEnd;
	}
	return rects;
}

export interface FakeEditor {
	adapter: EditorAdapter;
	element: HTMLElement;
	replace: Mock<EditorAdapter['replace']>;
	/** Moves the editor and its text by dy px, as a page scroll would. */
	scrollBy(dy: number): void;
}

/** A contenteditable (Ranges available) or a textarea (no Ranges: overlay only) holding DRAFT. */
export function fakeEditor(kind: EditorKind = 'contenteditable', text = DRAFT): FakeEditor {
	let element: HTMLElement;
	if (kind === 'textarea') {
		const textarea = document.createElement('textarea');
		textarea.value = text;
		element = textarea;
	} else {
		element = document.createElement('div');
		element.contentEditable = 'true';
		element.textContent = text;
	}
	element.tabIndex = 0;
	document.body.append(element);
	let shift = 0;
	element.getBoundingClientRect = () =>
		new DOMRect(LAYOUT.left, LAYOUT.top + shift, LAYOUT.width, LAYOUT.height);
	const replace = vi.fn<EditorAdapter['replace']>(async () => true);
	const adapter: EditorAdapter = {
		kind,
		element,
		getText: () => (element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? '')),
		rangeFor(span) {
			if (kind === 'textarea') return undefined;
			const node = element.firstChild;
			if (!node) return undefined;
			const range = document.createRange();
			range.setStart(node, span.start);
			range.setEnd(node, span.end);
			return range;
		},
		rectsFor: (span) =>
			layoutRects(span.start, span.end).map((r) => new DOMRect(r.left, r.top + shift, r.width, r.height)),
		replace,
	};
	return {
		adapter,
		element,
		replace,
		scrollBy: (dy) => {
			shift -= dy;
		},
	};
}

const at = (phrase: string) => {
	const start = DRAFT.indexOf(phrase);
	return { start, end: start + phrase.length };
};

export const FINDINGS: Finding[] = [
	{
		kind: 'false_urgency',
		rule: 'asap-without-reason',
		span: at('asap'),
		message: '"asap" without a reason or a time',
		why: 'Chat replies are expected within 2–4 h; say when you need it and why.',
		fixes: [{ type: 'replace', label: 'Say when: "by 3 pm today"', span: at('asap'), text: 'by 3 pm today' }],
		severity: 'warning',
		confidence: 0.9,
	},
	{
		kind: 'vague_ask',
		rule: 'look-at-this',
		span: at('can you look at this'),
		message: 'What should they look at, and what do you need back?',
		why: 'An ask with its context gets an answer in one reply instead of three.',
		fixes: [{ type: 'rewrite', label: 'Ask for a decision', text: 'Can you review the release notes?' }],
		severity: 'info',
		confidence: 0.9,
	},
	{
		kind: 'suggest_doc',
		rule: 'long-draft-doc',
		message: 'This reads like a proposal: a doc keeps the decision findable.',
		why: 'Docs get replies within 12–24 h and people can comment in place.',
		fixes: [
			{
				type: 'open-doc',
				label: 'Write it as a doc',
				title: 'Launch blocker',
				skeleton: `## Context\n${DRAFT}\n## Ask\n`,
			},
			{
				type: 'use-emergency-channel',
				label: 'Is it an emergency?',
				channel: '#incidents',
				how: 'Page on-call.',
			},
			{ type: 'move-to-1on1', label: 'Suggest a 1:1' },
		],
		severity: 'critical',
		confidence: 0.9,
	},
];

type Actions = Required<Omit<HintActions, 'siteId'>>;
type MockedActions = { [K in keyof Actions]: Actions[K] & Mock<Actions[K]> };

export function fakeActions(): MockedActions {
	return {
		applyFix: vi.fn<HintActions['applyFix']>(async () => {}),
		dismiss: vi.fn<HintActions['dismiss']>(),
		disableRule: vi.fn<HintActions['disableRule']>(),
		channelUsed: vi.fn<Actions['channelUsed']>(),
		openNorms: vi.fn<Actions['openNorms']>(),
		remind: vi.fn<Actions['remind']>(async () => true),
		quiet: vi.fn<Actions['quiet']>(),
		snooze: vi.fn<Actions['snooze']>(),
		undo: vi.fn<Actions['undo']>(),
		now: vi.fn<Actions['now']>(() => Date.now()),
	};
}

/** Our shadow roots are closed: tests keep a handle on them as they are attached. */
export function captureShadowRoots(): ShadowRoot[] {
	const roots: ShadowRoot[] = [];
	const original = HTMLElement.prototype.attachShadow;
	vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
		const root = original.call(this, init);
		roots.push(root);
		return root;
	});
	return roots;
}
