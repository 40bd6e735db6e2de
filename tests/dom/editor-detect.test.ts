import { describe, expect, it } from 'vitest';
import { detectEditor } from '../../src/content/editors/detect-editor.js';

/** Markup as each framework renders its editable root, with a node inside it to start from. */
const MARKERS: Array<[kind: string, html: string]> = [
	[
		'quill',
		'<div class="ql-container"><div class="ql-editor" contenteditable="true"><p><b id="in">x</b></p></div></div>',
	],
	[
		'slate',
		'<div data-slate-editor="true" contenteditable="true" role="textbox"><div><span id="in">x</span></div></div>',
	],
	['lexical', '<div data-lexical-editor="true" contenteditable="true"><p><span id="in">x</span></p></div>'],
	['prosemirror', '<div class="ProseMirror tiptap" contenteditable="true"><p id="in">x</p></div>'],
	[
		'ckeditor5',
		'<div class="ck ck-content ck-editor__editable" contenteditable="true"><p id="in">x</p></div>',
	],
	['ckeditor5', '<div class="ck-content" contenteditable="true"><p id="in">x</p></div>'],
	[
		'draftjs',
		'<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"><div data-block="true"><span id="in">x</span></div></div></div>',
	],
	['contenteditable', '<div contenteditable="true" role="textbox"><p id="in">x</p></div>'],
	['contenteditable', '<div contenteditable=""><span id="in">x</span></div>'],
	['contenteditable', '<div contenteditable="plaintext-only" id="in">x</div>'],
];

function inner(html: string): Element {
	document.body.innerHTML = html;
	return document.getElementById('in') as Element;
}

describe('detectEditor', () => {
	it.each(MARKERS)('finds %s by its marker and walks up to the editable root', (kind, html) => {
		const adapter = detectEditor(inner(html));
		expect(adapter?.kind).toBe(kind);
		expect(adapter?.element.getAttribute('contenteditable')).not.toBeNull();
		expect(adapter?.element.contains(document.getElementById('in'))).toBe(true);
		expect(adapter?.getText()).toBe('x');
	});

	it('takes the outermost editable: nested contenteditables belong to their editor', () => {
		const adapter = detectEditor(
			inner(
				'<div class="ProseMirror" contenteditable="true"><p>a</p><div contenteditable="true" id="in">b</div></div>',
			),
		);
		expect(adapter?.kind).toBe('prosemirror');
		expect(adapter?.element.classList.contains('ProseMirror')).toBe(true);
	});

	it('finds textareas and text-like inputs', () => {
		document.body.innerHTML =
			'<textarea id="t">hi</textarea><input id="i" value="yo"><input id="s" type="search"><input id="u" type="url">';
		for (const id of ['t', 'i', 's', 'u'])
			expect(detectEditor(document.getElementById(id) as Element)?.kind).toBe('textarea');
		expect(detectEditor(document.getElementById('t') as Element)?.getText()).toBe('hi');
		expect(
			detectEditor(document.getElementById('i') as Element)?.rangeFor({ start: 0, end: 1 }),
		).toBeUndefined();
	});

	it('leaves passwords, other inputs, read-only and disabled fields alone', () => {
		document.body.innerHTML =
			'<input id="p" type="password"><input id="e" type="email"><input id="c" type="checkbox">' +
			'<textarea id="r" readonly></textarea><textarea id="d" disabled></textarea><input id="ri" readonly>';
		for (const id of ['p', 'e', 'c', 'r', 'd', 'ri'])
			expect(detectEditor(document.getElementById(id) as Element)).toBeUndefined();
	});

	it('ignores what is not editable', () => {
		expect(detectEditor(inner('<div><p id="in">x</p></div>'))).toBeUndefined();
		expect(
			detectEditor(inner('<div class="ql-editor" contenteditable="false"><p id="in">x</p></div>')),
		).toBeUndefined();
	});

	it.each([
		[
			'data-enable-grammarly="false" on an ancestor',
			'<div data-enable-grammarly="false"><div contenteditable="true"><p id="in">x</p></div></div>',
		],
		[
			'data-enable-grammarly="false" on the root',
			'<div class="ql-editor" contenteditable="true" data-enable-grammarly="false"><p id="in">x</p></div>',
		],
		[
			'data-enable-grammarly="false" on a textarea',
			'<textarea id="in" data-enable-grammarly="false"></textarea>',
		],
		[
			'data-enable-grammarly="false" around an input',
			'<form data-enable-grammarly="false"><input id="in"></form>',
		],
	])('honours the explicit writing-assistant opt-out: %s', (_, html) => {
		expect(detectEditor(inner(html))).toBeUndefined();
	});

	it.each([
		// Quill 1.x puts data-gramm="false" on every .ql-editor by default (quill@1.3.7 core/quill.js:74).
		['quill', '<div class="ql-editor" contenteditable="true" data-gramm="false"><p id="in">x</p></div>'],
		['contenteditable', '<div data-gramm="false"><div contenteditable="true"><p id="in">x</p></div></div>'],
		['textarea', '<textarea id="in" data-gramm="false"></textarea>'],
		['contenteditable', '<div data-gramm="true" contenteditable="true"><p id="in">x</p></div>'],
	])('does not take data-gramm for an opt-out (%s)', (kind, html) => {
		expect(detectEditor(inner(html))?.kind).toBe(kind);
	});
});

describe('detectEditor, as the content script uses it', () => {
	it('reads the draft without changing the DOM', () => {
		document.body.innerHTML =
			'<div id="ed" contenteditable="true"><p>one <b id="b">two</b></p><p>three</p></div>';
		const before = document.body.innerHTML;
		const adapter = detectEditor(document.getElementById('b') as Element);
		expect(adapter?.element.id).toBe('ed');
		expect(adapter?.getText()).toBe('one two\nthree');
		adapter?.rangeFor({ start: 4, end: 7 });
		adapter?.rectsFor({ start: 4, end: 7 });
		expect(document.body.innerHTML).toBe(before);
	});
});
