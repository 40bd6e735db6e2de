/** The project's training examples: well formed, each item once, every kind with examples and hard negatives. */
import { describe, expect, it } from 'vitest';
import { readTrainingData } from '../../src/cli/training-data.js';
import { CHAT_KINDS } from '../../src/core/kinds.js';

describe('data/train', async () => {
	const data = await readTrainingData();

	it('holds thousands of chat examples and hundreds of meetings, each only once', () => {
		expect(data.chat.length).toBeGreaterThan(5000);
		expect(data.meetings.length).toBeGreaterThan(500);
		const keys = [
			...data.chat.map((c) => c.text),
			...data.meetings.map((m) => `${m.title}\u0000${m.description}`),
		];
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('has at least 200 examples of every chat kind, and as many clean ones as any kind', () => {
		const count = (kind: string) => data.chat.filter((c) => c.labels.includes(kind as never)).length;
		const clean = data.chat.filter((c) => c.labels.length === 0).length;
		for (const kind of CHAT_KINDS) {
			expect(count(kind), kind).toBeGreaterThanOrEqual(200);
			expect(clean).toBeGreaterThan(count(kind));
		}
	});

	it('spreads over many registers', () => {
		expect(new Set(data.chat.map((c) => c.register)).size).toBeGreaterThanOrEqual(12);
	});
});
