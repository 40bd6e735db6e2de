import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/core/text/draft-stats.js';

describe('countWords', () => {
	it.each([
		['', 0],
		['   ', 0],
		['hello', 1],
		["don't panic, it's fine", 4],
		['deploy v2.3 — by 5pm', 5],
		['naïve café über', 3],
		['🙂 ok', 1],
	])('%j has %i words', (text, n) => expect(countWords(text)).toBe(n));
});
