/**
 * Page script for the hints visual check: a contenteditable and a textarea with the hints view on each,
 * drawn by minimal adapters (a Range over one text node; a style-copying mirror for the textarea).
 * Built by hints-visual.e2e.ts into an IIFE and run in real Chromium.
 */
import type { EditorAdapter } from '../../src/content/editors/editor-adapter.js';
import { createHintsView } from '../../src/content/hints/create-hints-view.js';
import type { Finding, Span } from '../../src/core/finding.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import type { Norms } from '../../src/core/norms/schema.js';

declare global {
	interface Window {
		__hints: {
			/** View i's part of our (shared, closed) shadow root. */
			mount(i: number): HTMLElement | undefined;
			views: ReturnType<typeof createHintsView>[];
			applied: string[];
		};
	}
}

// Our shadow roots are closed; the test page keeps handles to assert on what is drawn.
const roots: ShadowRoot[] = [];
const attach = HTMLElement.prototype.attachShadow;
HTMLElement.prototype.attachShadow = function (init) {
	const root = attach.call(this, init);
	roots.push(root);
	return root;
};

const NORMS: Norms = {
	...DEFAULT_NORMS,
	tools: { doc: { name: 'Notion', urlTemplate: 'https://www.notion.so/new?title={title}' } },
};

function contentEditableAdapter(element: HTMLElement): EditorAdapter {
	const range = (span: Span) => {
		const r = document.createRange();
		const node = element.firstChild as Text;
		r.setStart(node, Math.min(span.start, node.length));
		r.setEnd(node, Math.min(span.end, node.length));
		return r;
	};
	return {
		kind: 'contenteditable',
		element,
		getText: () => element.textContent ?? '',
		rangeFor: range,
		rectsFor: (span) => [...range(span).getClientRects()],
		replace: async () => false,
	};
}

/** Harper's TextFieldRange idea: a hidden div with the textarea's text and box metrics, measured by Range. */
function textareaAdapter(element: HTMLTextAreaElement): EditorAdapter {
	const mirror = document.createElement('div');
	document.body.append(mirror);
	function measure(span: Span): DOMRect[] {
		const cs = getComputedStyle(element);
		const box = element.getBoundingClientRect();
		for (const p of [
			'font',
			'letterSpacing',
			'padding',
			'border',
			'boxSizing',
			'lineHeight',
			'wordSpacing',
		] as const)
			mirror.style[p] = cs[p];
		Object.assign(mirror.style, {
			position: 'fixed',
			left: `${box.left}px`,
			top: `${box.top}px`,
			width: `${box.width}px`,
			height: `${box.height}px`,
			whiteSpace: 'pre-wrap',
			overflowWrap: 'break-word',
			overflow: 'hidden',
			visibility: 'hidden',
			borderColor: 'transparent',
		});
		mirror.textContent = element.value;
		mirror.scrollTop = element.scrollTop;
		const node = mirror.firstChild as Text;
		const r = document.createRange();
		r.setStart(node, span.start);
		r.setEnd(node, span.end);
		return [...r.getClientRects()];
	}
	return {
		kind: 'textarea',
		element,
		getText: () => element.value,
		rangeFor: () => undefined,
		rectsFor: measure,
		replace: async () => false,
	};
}

function findingsFor(text: string): Finding[] {
	const at = (phrase: string): Span => {
		const start = text.indexOf(phrase);
		return { start, end: start + phrase.length };
	};
	return [
		{
			kind: 'false_urgency',
			rule: 'asap-without-reason',
			span: at('ASAP'),
			message: '“ASAP” without a time or a reason',
			why: 'Chat replies are expected within 2–4 h. Say when you need it and why, so people can plan.',
			fixes: [
				{ type: 'replace', label: 'Say when: “by 3 pm today”', span: at('ASAP'), text: 'by 3 pm today' },
			],
			severity: 'warning',
			confidence: 0.9,
		},
		{
			kind: 'vague_ask',
			rule: 'look-at-this',
			span: at('can you take a look'),
			message: 'What should they look at, and what do you need back?',
			why: 'An ask with its context gets an answer in one reply instead of three.',
			fixes: [
				{ type: 'rewrite', label: 'Ask for a specific review', text: 'Can you review the release notes?' },
			],
			severity: 'info',
			confidence: 0.9,
		},
		{
			kind: 'sensitive',
			rule: 'performance-talk',
			span: at('his performance'),
			message: 'Feedback about a person lands better in private',
			why: 'Your team keeps sensitive conversations to a 1:1.',
			fixes: [{ type: 'move-to-1on1', label: 'Suggest a 1:1' }],
			severity: 'warning',
			confidence: 0.9,
		},
		{
			kind: 'suggest_doc',
			rule: 'options-doc',
			span: at('option A or option B'),
			message: 'Options with trade-offs are easier to weigh in a doc',
			why: 'Docs get replies within 12–24 h and keep the decision findable.',
			fixes: [
				{
					type: 'open-doc',
					label: 'Write it as a doc',
					title: 'Option A or B',
					skeleton: `## Context\n${text}`,
				},
				{
					type: 'use-emergency-channel',
					label: 'Is it an emergency?',
					channel: '#incidents',
					how: 'Page on-call.',
				},
			],
			severity: 'info',
			confidence: 0.9,
		},
	];
}

const TEXT =
	'Hey, can you take a look at the release plan ASAP? We need to choose option A or option B before Friday, and I also want to talk about his performance.';

const ce = document.getElementById('ce') as HTMLElement;
const ta = document.getElementById('ta') as HTMLTextAreaElement;
ce.textContent = TEXT;
ta.value = TEXT;
const views = [contentEditableAdapter(ce), textareaAdapter(ta)].map((adapter) => {
	const view = createHintsView(
		adapter,
		{
			applyFix: async (_f, fix) => {
				window.__hints.applied.push(fix.label);
			},
			dismiss: () => {},
			disableRule: () => {},
		},
		new AbortController().signal,
	);
	const text = adapter.getText();
	view.update({ text, findings: findingsFor(text), norms: NORMS });
	return view;
});
window.__hints = {
	mount: (i) => [...(roots[0]?.children ?? [])].filter((el): el is HTMLElement => el.tagName === 'DIV')[i],
	views,
	applied: [],
};
