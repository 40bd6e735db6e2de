import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import {
	boundInput,
	capPerKind,
	collapseRuns,
	MAX_ANALYZED_CHARS,
	MAX_ANALYZED_LINES,
	MAX_FINDINGS_PER_KIND,
	windowEnd,
} from '../../src/core/text/bounded-input.js';

const finding = (
	kind: Finding['kind'],
	start: number,
	end: number,
	extra: Partial<Finding> = {},
): Finding => ({
	kind,
	rule: kind.replace('_', '-'),
	span: { start, end },
	message: 'm',
	why: 'w',
	fixes: [],
	severity: 'warning',
	confidence: 0.9,
	...extra,
});

describe('the window', () => {
	it('reads a draft that fits whole', () => {
		expect(windowEnd('short draft')).toBe(11);
		expect(boundInput('short draft')).toMatchObject({ text: 'short draft' });
		expect(boundInput('short draft').truncatedAt).toBeUndefined();
	});

	it('stops at a whitespace boundary at or before the limit', () => {
		const draft = `${'word '.repeat(5000)}tail`;
		const end = windowEnd(draft);
		expect(end).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
		expect(end).toBeGreaterThan(MAX_ANALYZED_CHARS - 200);
		expect(draft[end - 1]).toBe(' ');
		expect(boundInput(draft)).toMatchObject({ truncatedAt: end, text: draft.slice(0, end) });
	});

	it('stops after the last line it reads when a draft has more lines than that', () => {
		const draft = Array.from({ length: 2000 }, (_, i) => `ok ${i}`).join('\n');
		const end = windowEnd(draft);
		expect(draft.slice(0, end).split('\n')).toHaveLength(MAX_ANALYZED_LINES + 1);
		expect(draft.slice(0, end).endsWith('ok 499\n')).toBe(true);
		expect(windowEnd(draft.split('\n').slice(0, MAX_ANALYZED_LINES).join('\n'))).toBe(
			draft.split('\n').slice(0, MAX_ANALYZED_LINES).join('\n').length,
		);
	});

	it('never splits a surrogate pair, even with no whitespace to stop at', () => {
		const draft = '😀'.repeat(MAX_ANALYZED_CHARS);
		const end = windowEnd(draft);
		expect(end % 2).toBe(0);
		expect(end).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
	});
});

describe('punctuation runs', () => {
	it('keeps three marks of a long run and maps offsets back exactly', () => {
		const draft = 'Need this ASAP!!!!!!!!!! Please?????? ok';
		const c = collapseRuns(draft);
		expect(c.text).toBe('Need this ASAP!!! Please??? ok');
		// "ASAP!!!" in the collapsed text is "ASAP!!!!!!!!!!" in the draft: the underline covers the whole run.
		const start = c.text.indexOf('ASAP');
		expect(draft.slice(c.map(start), c.map(start + 7))).toBe('ASAP!!!!!!!!!!');
		const please = c.text.indexOf('Please');
		expect(draft.slice(c.map(please), c.map(please + 6))).toBe('Please');
		expect(draft.slice(c.map(c.text.indexOf('ok')), c.map(c.text.length))).toBe('ok');
		// Inside a kept run, an offset keeps its place.
		expect(c.map(start + 5)).toBe(draft.indexOf('ASAP') + 5);
	});

	it('collapses mixed sentence marks and long runs of any one symbol, not short ones', () => {
		expect(collapseRuns('what?!?!?!?! --- ok... ====== 🔥🔥🔥🔥🔥').text).toBe(
			'what?!? --- ok... === 🔥🔥🔥',
		);
		expect(collapseRuns('Nothing to do here.').text).toBe('Nothing to do here.');
	});

	it('maps every offset of the collapsed text onto the same character of the draft (property)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(fc.constantFrom('!', '?', '.', '-', 'a', ' ', '🔥', 'é'), fc.string({ maxLength: 3 })),
					{
						maxLength: 200,
					},
				),
				(parts) => {
					const draft = parts.join('');
					const c = collapseRuns(draft);
					let last = -1;
					for (let i = 0; i < c.text.length; i++) {
						const o = c.map(i);
						expect(o).toBeGreaterThan(last);
						expect(draft[o]).toBe(c.text[i]);
						last = o;
					}
					expect(c.map(c.text.length)).toBe(draft.length);
				},
			),
		);
	});
});

describe('findings', () => {
	it('caps each kind at its first findings', () => {
		const many = [
			...Array.from({ length: 50 }, (_, i) => finding('false_urgency', i * 10, i * 10 + 4)),
			finding('vague_ask', 0, 3),
		];
		const capped = capPerKind(many);
		expect(capped.filter((f) => f.kind === 'false_urgency')).toHaveLength(MAX_FINDINGS_PER_KIND);
		expect(capped.filter((f) => f.kind === 'false_urgency')[0]?.span).toEqual({ start: 0, end: 4 });
		expect(capped.filter((f) => f.kind === 'vague_ask')).toHaveLength(1);
	});

	it('brings spans and replace fixes back onto the draft', () => {
		const draft = 'fix it ASAP!!!!!!!!';
		const input = boundInput(draft);
		expect(input.text).toBe('fix it ASAP!!!');
		const [mapped] = input.finish([
			finding('false_urgency', 7, 14, {
				fixes: [
					{ type: 'replace', label: 'say when', span: { start: 7, end: 14 }, text: 'by Friday' },
					{ type: 'rewrite', label: 'rewrite', text: 'fix it by Friday' },
				],
			}),
		]);
		expect(draft.slice(mapped?.span?.start, mapped?.span?.end)).toBe('ASAP!!!!!!!!');
		expect(mapped?.fixes[0]).toMatchObject({ span: { start: 7, end: 19 } });
		expect(mapped?.fixes[1]).toMatchObject({ type: 'rewrite' }); // the whole draft was read: kept
	});

	it('offers no rewrite for a draft it did not read whole (the rewrite would drop the rest)', () => {
		const draft = `can we talk? ${'x '.repeat(MAX_ANALYZED_CHARS)}`;
		const input = boundInput(draft);
		const [mapped] = input.finish([
			finding('vague_ask', 0, 12, { fixes: [{ type: 'rewrite', label: 'r', text: 'Can we talk about X?' }] }),
		]);
		expect(input.truncatedAt).toBeLessThan(draft.length);
		expect(mapped?.fixes).toEqual([]);
	});
});
