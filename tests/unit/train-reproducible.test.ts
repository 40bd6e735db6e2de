/**
 * The shipped scorer tables are exactly what `npm run train` produces from the shipped training data: the
 * weights are data derived from files in the repository, never edited by hand.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainTables } from '../../src/cli/training.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the shipped scorers', () => {
	it('are what training on the shipped data produces, byte for byte', { timeout: 300_000 }, async () => {
		const tables = await trainTables();
		expect(tables.map((t) => t.name)).toEqual(['chat', 'meeting']);
		for (const t of tables) {
			const shipped = readFileSync(resolve(ROOT, t.file), 'utf8');
			expect(shipped, `${t.file}: run npm run train`).toBe(t.json);
		}
	});
});
