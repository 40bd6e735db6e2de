/**
 * Cross-validation and threshold choice for the per-kind scorers: k folds by a seeded shuffle, out-of-fold
 * probabilities for every item, and for each kind the display thresholds that hold the precision each
 * sensitivity promises on those out-of-fold probabilities.
 */
import type { Sensitivity } from './linear-model.js';
import {
	type DenseModel,
	probability,
	seededRandom,
	shuffled,
	type TrainItem,
	type TrainOptions,
	trainLogistic,
} from './train-logistic.js';

/** The precision each sensitivity aims for, and the lowest probability it may show. */
export const PRECISION_TARGET: Record<Sensitivity, { precision: number; floor: number }> = {
	quiet: { precision: 0.93, floor: 0.5 },
	balanced: { precision: 0.86, floor: 0.35 },
	thorough: { precision: 0.72, floor: 0.2 },
};

export type Probabilities<K extends string> = Record<K, number>[];

/**
 * Out-of-fold probabilities: each item scored by a model trained on the other folds. Items that share a
 * group (real messages from one repository or site) stay in one fold, so a score never benefits from the
 * same source's wording: the estimate is of messages from sources the model has not seen.
 */
export function outOfFold<K extends string>(
	items: readonly TrainItem<K>[],
	kinds: readonly K[],
	options: TrainOptions,
	folds: number,
	groups: readonly (string | undefined)[] = [],
): Probabilities<K> {
	const keys = items.map((_, i) => groups[i] ?? `#${i}`);
	const order = shuffled([...new Set(keys)].sort(), seededRandom(options.seed + 1));
	const foldOfGroup = new Map(order.map((g, n) => [g, n % folds]));
	const foldOf = Int32Array.from(keys, (k) => foldOfGroup.get(k) ?? 0);
	const out: Probabilities<K> = new Array(items.length);
	for (let f = 0; f < folds; f++) {
		const model: DenseModel<K> = trainLogistic(
			items.filter((_, i) => foldOf[i] !== f),
			kinds,
			options,
		);
		items.forEach((item, i) => {
			if (foldOf[i] !== f) return;
			out[i] = Object.fromEntries(kinds.map((k) => [k, probability(model, k, item.buckets)])) as Record<
				K,
				number
			>;
		});
	}
	return out;
}

export interface Scored {
	p: number;
	positive: boolean;
	/** How much the item counts when precision is measured. */
	weight: number;
}

/**
 * The lowest threshold at which the weighted precision of everything at or above it stays at `precision`,
 * among those the F1 is best; never below `floor`. With no such point, a threshold above every score.
 */
export function thresholdFor(scored: readonly Scored[], precision: number, floor: number): number {
	const sorted = [...scored].sort((a, b) => b.p - a.p);
	const positives = sorted.reduce((s, x) => s + (x.positive ? x.weight : 0), 0);
	let tp = 0;
	let fp = 0;
	let best = -1;
	let bestAt = 1;
	for (let i = 0; i < sorted.length; i++) {
		const x = sorted[i] as Scored;
		if (x.positive) tp += x.weight;
		else fp += x.weight;
		// Only between distinct scores: items with the same probability are shown together.
		const next = sorted[i + 1];
		if (next && next.p === x.p) continue;
		if (x.p < floor) break;
		const f1 = (2 * tp) / (tp + fp + positives);
		if (tp / (tp + fp) >= precision && f1 > best) {
			best = f1;
			bestAt = x.p;
		}
	}
	return best < 0 ? 1.01 : bestAt;
}
