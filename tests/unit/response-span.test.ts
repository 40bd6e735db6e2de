/**
 * How soon a reply is expected has one reading (core/norms/explain.ts) that the coach's whys, the preset diff,
 * the hint card and the pages all render: a window from 0 h reads "within N h" everywhere, never "0–N h".
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { diffPresets } from '../../src/core/norms/diff-presets.js';
import { responseSpan, spanText, withinText } from '../../src/core/norms/explain.js';

describe('a response window', () => {
	it.each([
		[{ minHours: 2, maxHours: 4 }, { kind: 'range', from: 2, to: 4 }, '2–4 h', 'within 2–4 h'],
		[{ minHours: 0, maxHours: 4 }, { kind: 'up-to', hours: 4 }, '4 h', 'within 4 h'],
		[{ minHours: 24, maxHours: 24 }, { kind: 'up-to', hours: 24 }, '24 h', 'within 24 h'],
		[{ minHours: 0, maxHours: 0 }, { kind: 'real-time' }, 'real time', 'in real time'],
	] as const)('%o reads as %o', (response, span, short, within) => {
		expect(responseSpan(response)).toEqual(span);
		expect(spanText(response)).toBe(short);
		expect(withinText(response)).toBe(within);
	});

	it('reads the same in the preset diff', () => {
		const next = structuredClone(DEFAULT_NORMS);
		next.channels.chat.response = { minHours: 0, maxHours: 4 };
		const lines = diffPresets(DEFAULT_NORMS, next).map((change) => change.text);
		expect(lines.join('\n')).toContain('replies expected within 2–4 h → within 4 h');
	});
});
