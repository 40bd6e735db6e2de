/**
 * Bad input gets a clear error: a table of malformed presets, each rejected with a precise path and
 * message (and, in tests/dom/background-norms.test.ts, with nothing stored).
 */
import { describe, expect, it } from 'vitest';
import { parsePresetText } from '../../src/core/norms/parse-preset.js';
import { formatPresetError } from '../../src/core/norms/preset-errors.js';
import { validPreset } from './norms-fixtures.js';
import { edit, MALFORMED } from './norms-malformed-cases.js';

describe('malformed presets', () => {
	it('has at least 40 cases', () => {
		expect(MALFORMED.length).toBeGreaterThanOrEqual(40);
	});

	it('accepts the valid base they are derived from', () => {
		expect(parsePresetText(JSON.stringify(validPreset()))).toMatchObject({ ok: true });
	});

	it.each(MALFORMED)('rejects %s', (_what, text, path, message) => {
		const result = parsePresetText(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const hit = result.errors.find((e) => e.path === path && message.test(e.message));
		expect(hit, `got: ${result.errors.map(formatPresetError).join(' | ')}`).toBeDefined();
	});

	it('never pollutes Object.prototype', () => {
		for (const [, text] of MALFORMED) parsePresetText(text);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	it('reports every problem, each with its path', () => {
		const result = parsePresetText(
			edit((p) => {
				p.name = 1;
				p.roster[0].timeZone = 'Nowhere/Land';
				p.tools.doc.urlTemplate = 'ftp://x';
			}),
		);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.errors.map((e) => e.path)).toEqual([
				'$.name',
				'$.roster[0].timeZone',
				'$.tools.doc.urlTemplate',
			]);
	});

	it('caps the report at 50 problems and says how many more there were', () => {
		const result = parsePresetText(
			edit((p) => {
				p.roster = Array.from({ length: 200 }, (_, i) => ({
					name: `P${i}`,
					timeZone: 'Bad/Zone',
					workingHours: [],
				}));
			}),
		);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors).toHaveLength(51);
			expect(result.errors.at(-1)?.message).toMatch(/and 150 more/);
		}
	});
});
