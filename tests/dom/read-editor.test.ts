import { describe, expect, it } from 'vitest';
import { readEditor } from '../../src/content/read-editor.js';

describe('readEditor', () => {
	it('reads a textarea value', () => {
		const ta = document.createElement('textarea');
		ta.value = 'hi there';
		expect(readEditor(ta)).toMatchObject({ kind: 'textarea', text: 'hi there' });
	});

	it('reads the contenteditable root from a nested node, without changing it', () => {
		document.body.innerHTML = '<div id="ed" contenteditable="true"><p>one <b id="b">two</b></p></div>';
		const before = document.body.innerHTML;
		const read = readEditor(document.getElementById('b'));
		expect(read?.kind).toBe('contenteditable');
		expect(read?.element.id).toBe('ed');
		expect(read?.text.replace(/\s+/g, ' ').trim()).toBe('one two');
		expect(document.body.innerHTML).toBe(before);
	});

	it('ignores elements that are not editable', () => {
		document.body.innerHTML = '<p id="p">text</p>';
		expect(readEditor(document.getElementById('p'))).toBeUndefined();
		expect(readEditor(null)).toBeUndefined();
	});
});
