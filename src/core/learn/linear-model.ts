/**
 * A per-kind logistic scorer over hashed binary features, read from a compact JSON table: for each kind a bias
 * and its non-zero weights as delta-coded bucket indices with integer weights times a scale. Pure: the same
 * table scores in the page, the CLI and the tests.
 */
export type Sensitivity = 'quiet' | 'balanced' | 'thorough';
export const SENSITIVITIES: readonly Sensitivity[] = ['quiet', 'balanced', 'thorough'];

export interface KindTable {
	bias: number;
	scale: number;
	/** Bucket indices, each stored as the gap from the previous one. */
	index: number[];
	/** Integer weights; the weight is `weight * scale`. */
	weight: number[];
	/** Display thresholds on the probability, per sensitivity, for a kind a rule pointed at in the draft. */
	threshold: Record<Sensitivity, number>;
	/** The same for a kind no rule pointed at (its whole-message finding): the scorer alone must be surer. */
	whole: Record<Sensitivity, number>;
}

export interface ModelTable<K extends string> {
	format: 1;
	bits: number;
	kinds: Record<K, KindTable>;
}

export interface LinearModel<K extends string> {
	readonly bits: number;
	readonly kinds: readonly K[];
	/** The probability that `kind` applies, from the item's distinct buckets. */
	probability(kind: K, buckets: readonly number[]): number;
	/** The probability from which the kind is shown: `whole` when no rule pointed at anything. */
	threshold(kind: K, sensitivity: Sensitivity, whole?: boolean): number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Unpacks a table into dense weight arrays (one Float32Array per kind) for O(1) lookups. */
export function loadModel<K extends string>(table: ModelTable<K>): LinearModel<K> {
	const size = 1 << table.bits;
	const kinds = Object.keys(table.kinds) as K[];
	const dense = new Map<
		K,
		{ bias: number; w: Float32Array; t: Record<Sensitivity, number>; whole: Record<Sensitivity, number> }
	>();
	for (const kind of kinds) {
		const k = table.kinds[kind];
		const w = new Float32Array(size);
		let at = 0;
		k.index.forEach((gap, i) => {
			at += gap;
			if (at < size) w[at] = (k.weight[i] ?? 0) * k.scale;
		});
		dense.set(kind, { bias: k.bias, w, t: k.threshold, whole: k.whole });
	}
	return {
		bits: table.bits,
		kinds,
		probability(kind, buckets) {
			const d = dense.get(kind);
			if (!d) return 0;
			let z = d.bias;
			for (const b of buckets) z += d.w[b] ?? 0;
			return sigmoid(z);
		},
		threshold(kind, sensitivity, whole = false) {
			const d = dense.get(kind);
			return (whole ? d?.whole[sensitivity] : d?.t[sensitivity]) ?? 1;
		},
	};
}

/** A model unpacked on first use (the page pays for the table only when it analyzes something). */
export function lazyModel<K extends string>(table: ModelTable<K>): () => LinearModel<K> {
	let model: LinearModel<K> | undefined;
	return () => {
		model ??= loadModel(table);
		return model;
	};
}
