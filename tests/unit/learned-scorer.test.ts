import { describe, expect, it } from 'vitest';
import { analyzeDraftResult, explainDraft } from '../../src/core/chat/analyze-draft.js';
import { chatBuckets, chatFeatures } from '../../src/core/chat/chat-features.js';
import { draftFacts } from '../../src/core/chat/draft-facts.js';
import { AnalysisContext } from '../../src/core/context.js';
import { thresholdFor } from '../../src/core/learn/cross-validate.js';
import { bucketsOf, hashName } from '../../src/core/learn/feature-hash.js';
import { loadModel } from '../../src/core/learn/linear-model.js';
import { packModel, probability, seededRandom, trainLogistic } from '../../src/core/learn/train-logistic.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { stem } from '../../src/core/text/stem.js';

const context = AnalysisContext.parse({ now: Date.UTC(2026, 10, 24, 15) });

describe('feature hashing', () => {
	it('is FNV-1a: stable values, different names in different buckets', () => {
		expect(hashName('')).toBe(0x811c9dc5);
		expect(hashName('a')).toBe(0xe40c292c);
		expect(new Set(bucketsOf(['w:deploy', 'w:deploy', 'w:rollback'], 16)).size).toBe(2);
	});

	it('stems inflections together and leaves short words and placeholders alone', () => {
		expect(['fails', 'failed', 'failing'].map(stem)).toEqual(['fail', 'fail', 'fail']);
		expect(stem('issues')).toBe('issue');
		expect(stem('<link>')).toBe('<link>');
		expect(stem('bus')).toBe('bus');
	});
});

describe('chat features', () => {
	const drafts = [
		'hey, got a minute?',
		'PLEASE SEND THE REPORT NOW!!! We need it for the board.',
		'The checkout is down for every customer since 14:00, see https://status.example.com',
		'I have been unwell and will step back from the project for a few weeks.',
	];

	it('hashes to the same buckets whether computed from names or from the per-sentence cache', () => {
		for (const text of drafts) {
			const draft = draftFacts(text);
			const candidates = explainDraft(text, context, DEFAULT_NORMS).candidates;
			const fromNames = bucketsOf(chatFeatures(draft, candidates), 16);
			expect(chatBuckets(draft, candidates, 16)).toEqual(fromNames);
			// A second time, from the cache: the same.
			expect(chatBuckets(draftFacts(text), candidates, 16)).toEqual(fromNames);
		}
	});

	it('reads what the rules found and the shape of the draft', () => {
		const text = drafts[1] as string;
		const draft = draftFacts(text);
		const names = chatFeatures(draft, explainDraft(text, context, DEFAULT_NORMS).candidates);
		expect(names).toContain('r:false-urgency');
		expect(names).toContain('w:report');
		expect(names.some((n) => n.startsWith('caps:') && n !== 'caps:0')).toBe(true);
		expect(names.some((n) => n.startsWith('excl:') && n !== 'excl:0')).toBe(true);
	});
});

describe('logistic training', () => {
	// Kind "a" is present exactly when feature 1 is; feature 2 is noise.
	const random = seededRandom(3);
	const items = Array.from({ length: 400 }, () => {
		const on = random() < 0.3;
		const buckets = [0, ...(on ? [1] : []), ...(random() < 0.5 ? [2] : [])];
		return { buckets, labels: new Set(on ? ['a' as const] : []), weight: 1 };
	});
	const options = { bits: 4, epochs: 10, alpha: 0.3, beta: 1, l1: 0.1, l2: 0.1, seed: 1 };

	it('learns a separable kind and ignores noise', () => {
		const model = trainLogistic(items, ['a'], options);
		expect(probability(model, 'a', [0, 1])).toBeGreaterThan(0.9);
		expect(probability(model, 'a', [0])).toBeLessThan(0.1);
		expect(Math.abs(model.weights.a[2] ?? 0)).toBeLessThan(Math.abs(model.weights.a[1] ?? 0) / 5);
	});

	it('is deterministic: the same data and seed give the same weights', () => {
		const a = trainLogistic(items, ['a'], options);
		const b = trainLogistic(items, ['a'], options);
		expect([...a.weights.a]).toEqual([...b.weights.a]);
	});

	it('keeps only the largest weights when asked, and still learns', () => {
		const model = trainLogistic(items, ['a'], { ...options, keep: 2, refitEpochs: 2 });
		expect([...model.weights.a].filter((w) => w !== 0).length).toBeLessThanOrEqual(2);
		expect(probability(model, 'a', [0, 1])).toBeGreaterThan(0.9);
	});

	it('packs into a table that scores like the trained model', () => {
		const model = trainLogistic(items, ['a'], options);
		const t = { quiet: 0.9, balanced: 0.6, thorough: 0.3 };
		const table = packModel(model, { a: { candidate: t, whole: t } }, 0.001);
		const loaded = loadModel(table);
		for (const b of [[0], [0, 1], [0, 2], [0, 1, 2]])
			expect(loaded.probability('a', b)).toBeCloseTo(probability(model, 'a', b), 1);
		expect(loaded.threshold('a', 'balanced')).toBe(0.6);
	});
});

describe('thresholds for precision', () => {
	it('picks the lowest threshold that keeps the precision, and none when it cannot be kept', () => {
		const scored = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4].map((p, i) => ({
			p,
			positive: i !== 3 && i < 5,
			weight: 1,
		}));
		// Precision at 0.5 is 4/5 = 0.8; at 0.7 it is 3/3.
		expect(thresholdFor(scored, 0.8, 0)).toBe(0.5);
		expect(thresholdFor(scored, 0.95, 0)).toBe(0.7);
		expect(thresholdFor(scored, 0.95, 0.75)).toBe(0.8);
		expect(thresholdFor([{ p: 0.9, positive: false, weight: 1 }], 0.5, 0)).toBeGreaterThan(1);
	});
});

describe('the learned decision', () => {
	it('gives every finding a confidence between 0 and 1, and a quieter sensitivity shows no more', () => {
		const text = 'hey, got a minute? need the numbers ASAP!!!';
		const at = (sensitivity: 'quiet' | 'balanced' | 'thorough') =>
			analyzeDraftResult(text, { ...context, sensitivity }, DEFAULT_NORMS).findings;
		for (const f of at('balanced')) {
			expect(f.confidence).toBeGreaterThanOrEqual(0);
			expect(f.confidence).toBeLessThanOrEqual(1);
		}
		expect(at('quiet').length).toBeLessThanOrEqual(at('balanced').length);
		expect(at('balanced').length).toBeLessThanOrEqual(at('thorough').length);
	});

	it("always shows the team's own phrase, whatever the scorer says", () => {
		const norms = { ...DEFAULT_NORMS, phrases: { ...DEFAULT_NORMS.phrases, false_urgency: ['code red'] } };
		const found = analyzeDraftResult('This one is code red, please send the deck', context, norms).findings;
		expect(found.map((f) => f.kind)).toContain('false_urgency');
	});
});
