import { describe, expect, it } from 'vitest';
import { readDomText } from '../../src/content/editors/dom-text.js';

function editable(html: string): HTMLElement {
	document.body.innerHTML = `<div id="ed" contenteditable="true">${html}</div>`;
	return document.getElementById('ed') as HTMLElement;
}

/** Every offset maps to a DOM point and back to itself. */
function expectRoundTrip(root: HTMLElement): void {
	const model = readDomText(root);
	for (let i = 0; i <= model.text.length; i++) {
		for (const bias of ['forward', 'backward'] as const) {
			const p = model.pointAt(i, bias);
			expect(model.offsetOf(p.node, p.offset), `offset ${i} (${bias})`).toBe(i);
		}
	}
}

describe('readDomText', () => {
	it('gives a line per block and keeps inline formatting in one line', () => {
		const root = editable('<p>one <b>two</b></p><p>three</p>');
		const model = readDomText(root);
		expect(model.text).toBe('one two\nthree');
		expect(model.rangeOf(4, 7)?.toString()).toBe('two');
		expect(model.rangeOf(4, 13)?.toString()).toBe('twothree');
		expectRoundTrip(root);
	});

	it('nests blocks and lists as lines', () => {
		const root = editable('<div>a<div>b</div>c</div><ul><li>d</li><li>e</li></ul>');
		expect(readDomText(root).text).toBe('a\nb\nc\nd\ne');
		expectRoundTrip(root);
	});

	it('turns <br> into a newline but not the placeholder <br> that ends a block', () => {
		expect(readDomText(editable('<div>a<br>b</div>')).text).toBe('a\nb');
		expect(readDomText(editable('<p>a<br></p>')).text).toBe('a');
		expect(readDomText(editable('a<br><br>')).text).toBe('a\n');
		expect(readDomText(editable('<p><span>a</span><br></p><p>b</p>')).text).toBe('a\nb');
		const root = editable('<p>a</p><p><br></p><p>b</p>');
		const model = readDomText(root);
		expect(model.text).toBe('a\n\nb');
		// The empty line is addressable: offset 2 is inside the empty paragraph.
		const empty = root.children[1] as HTMLElement;
		expect(model.pointAt(2)).toEqual({ node: empty, offset: 0 });
		expect(model.offsetOf(empty, 0)).toBe(2);
		expectRoundTrip(root);
	});

	it('counts UTF-16 code units, so emoji take two', () => {
		const root = editable('<p>hi 👋🏽 <i>there</i></p>');
		const model = readDomText(root);
		expect(model.text).toBe('hi 👋🏽 there');
		const start = model.text.indexOf('there');
		expect(start).toBe(8);
		expect(model.rangeOf(start, start + 5)?.toString()).toBe('there');
		expect(model.rangeOf(3, 7)?.toString()).toBe('👋🏽');
	});

	it('leaves out zero-width fillers and keeps offsets right across them', () => {
		const root = editable('<p>ab\uFEFFcd</p><p>\u200B</p><p>e\u2060</p>');
		const model = readDomText(root);
		expect(model.text).toBe('abcd\n\ne');
		const node = root.querySelector('p')?.firstChild as Text;
		expect(model.pointAt(2, 'backward')).toEqual({ node, offset: 2 });
		expect(model.pointAt(2, 'forward')).toEqual({ node, offset: 3 });
		expect(model.rangeOf(1, 3)?.toString()).toBe('b\uFEFFc');
		expect(model.offsetOf(node, 3)).toBe(2);
		expectRoundTrip(root);
	});

	it("reads Slate's markup without its zero-width placeholders", () => {
		const leaf = (s: string) =>
			`<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">${s}</span></span></span>`;
		const emptyLine =
			'<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span>';
		const root = editable(
			`<div data-slate-node="element">${leaf('Hi ')}${leaf('<strong>all</strong>')}</div>` +
				`<div data-slate-node="element">${emptyLine}</div>` +
				`<div data-slate-node="element"><span contenteditable="false" data-slate-placeholder="true">Message #general</span>${emptyLine}</div>`,
		);
		expect(readDomText(root).text).toBe('Hi all\n\n');
		expectRoundTrip(root);
	});

	it.each([
		[
			'ProseMirror hard break and trailing break',
			'<p>a<br><img class="ProseMirror-separator"><br class="ProseMirror-trailingBreak"></p><p>b</p>',
			'a\n\nb',
		],
		['Lexical empty paragraph', '<p dir="ltr"><span data-lexical-text="true">a</span></p><p><br></p>', 'a\n'],
		[
			'Draft.js empty block',
			'<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">a</span></span></div></div><div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div></div>',
			'a\n',
		],
		['CKEditor filler', '<p>a</p><p><br data-cke-filler="true"></p>', 'a\n'],
		['Quill cursor blot', '<p>a<span class="ql-cursor">\uFEFF</span>b</p>', 'ab'],
		[
			'Quill list UI',
			'<ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>a</li><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>b</li></ol>',
			'a\nb',
		],
	])('reads %s', (_, html, text) => {
		const root = editable(html);
		expect(readDomText(root).text).toBe(text);
		expectRoundTrip(root);
	});

	it('skips non-editable decorations and markup indentation, and reads nbsp as a space', () => {
		const root = editable(
			'\n  <p>Hi <span contenteditable="false">@bot</span> there</p>\n  <p>a\u00A0 b</p>\n',
		);
		expect(readDomText(root).text).toBe('Hi  there\na  b');
		expectRoundTrip(root);
	});

	it('maps element positions between nodes', () => {
		const root = editable('<p>one</p><p>two</p>');
		const model = readDomText(root);
		expect(model.offsetOf(root, 0)).toBe(0);
		expect(model.offsetOf(root, 1)).toBe(3);
		expect(model.offsetOf(root, 2)).toBe(7);
		expect(model.offsetOf(root.children[1] as Node, 0)).toBe(4);
	});

	it('rejects spans outside the text', () => {
		const model = readDomText(editable('<p>abc</p>'));
		expect(model.rangeOf(2, 9)).toBeUndefined();
		expect(model.rangeOf(2, 1)).toBeUndefined();
		expect(model.rangeOf(3, 3)?.collapsed).toBe(true);
	});

	it('reads an empty editor as empty text', () => {
		const root = editable('<p><br></p>');
		const model = readDomText(root);
		expect(model.text).toBe('');
		expect(model.pointAt(0)).toEqual({ node: root.firstChild, offset: 0 });
	});
});
