import { describe, expect, it, vi } from 'vitest';
import { textareaAdapter } from '../../src/content/editors/textarea.js';

function field(value: string): HTMLTextAreaElement {
	document.body.innerHTML = '<textarea id="t"></textarea>';
	const t = document.getElementById('t') as HTMLTextAreaElement;
	t.value = value;
	return t;
}

describe('textareaAdapter', () => {
	it('replaces the span, leaves the caret after it and fires input', async () => {
		const t = field('fix this ASAP please');
		const inputs: string[] = [];
		t.addEventListener('input', () => inputs.push(t.value));
		const adapter = textareaAdapter(t);
		expect(await adapter.replace({ start: 9, end: 13 }, 'by 3 pm', 'ASAP')).toBe(true);
		expect(t.value).toBe('fix this by 3 pm please');
		expect([t.selectionStart, t.selectionEnd]).toEqual([16, 16]);
		expect(inputs).toContain('fix this by 3 pm please');
	});

	it('changes nothing when the span no longer holds the expected text', async () => {
		const t = field('fix this soon please');
		const adapter = textareaAdapter(t);
		expect(await adapter.replace({ start: 9, end: 13 }, 'by 3 pm', 'ASAP')).toBe(false);
		expect(await adapter.replace({ start: 9, end: 99 }, 'by 3 pm', 'soon please')).toBe(false);
		expect(t.value).toBe('fix this soon please');
	});

	it('keeps its mirror outside the field and removes it on dispose', () => {
		const t = field('hello');
		const adapter = textareaAdapter(t);
		adapter.rectsFor({ start: 0, end: 5 });
		const host = document.querySelector('unhurried-mirrors');
		expect(host).not.toBeNull();
		expect(t.contains(host)).toBe(false);
		expect(host?.shadowRoot?.childElementCount).toBe(1);
		adapter.dispose?.();
		expect(host?.shadowRoot?.childElementCount).toBe(0);
	});
});

describe('the textarea mirror (issue 11, finding 2)', () => {
	const mirrorText = () =>
		(document.querySelector('unhurried-mirrors')?.shadowRoot?.lastElementChild?.textContent ?? '') as string;

	it('is synced once for all the spans of a layout pass', () => {
		const t = field('PLEASE RESPOND IMMEDIATELY '.repeat(100));
		const adapter = textareaAdapter(t);
		const styles = vi.spyOn(window, 'getComputedStyle');
		const spans = Array.from({ length: 50 }, (_, i) => ({ start: i * 27, end: i * 27 + 6 }));
		expect(adapter.rectsForSpans?.(spans)).toHaveLength(50);
		expect(styles.mock.calls.filter(([el]) => el === t)).toHaveLength(1);
		adapter.dispose?.();
	});

	it('holds the text up to the last span (and the rest of its word), not a 256 KB draft', () => {
		const t = field(`urgent ASAP fix ${'x '.repeat(128 * 1024)}`);
		const adapter = textareaAdapter(t);
		adapter.rectsForSpans?.([{ start: 7, end: 9 }]);
		expect(mirrorText()).toBe('urgent ASAP');
		adapter.rectsForSpans?.([{ start: 0, end: t.value.length }]);
		expect(mirrorText()).toBe(t.value);
		adapter.dispose?.();
	});
});
