/**
 * Trains the per-kind logistic scorers (used by `npm run train` and `unhurried eval --cv`, never shipped in
 * the extension). Deterministic: a seeded shuffle and plain arithmetic, so the same data gives the same
 * weights on every machine. L2-regularised mini-batch gradient descent with AdaGrad steps.
 */
import { type KindTable, type ModelTable, SENSITIVITIES, type Sensitivity } from './linear-model.js';

export interface TrainItem<K extends string> {
	/** Distinct hashed buckets of the item's features. */
	buckets: readonly number[];
	labels: ReadonlySet<K>;
	/** How much the item counts (real corpus items may count more than written ones). */
	weight: number;
}

export interface TrainOptions {
	bits: number;
	epochs: number;
	/** FTRL-Proximal: learning rate alpha, its smoothing beta, and the L1 / L2 penalties. */
	alpha: number;
	beta: number;
	l1: number;
	l2: number;
	seed: number;
	/** Weight of a positive item relative to a negative one (1: as they come). */
	positiveWeight?: number;
	/**
	 * Keep only this many buckets per kind, the largest weights, and train a few more epochs on those alone
	 * (a small table that still holds what the large one learned).
	 */
	keep?: number;
	refitEpochs?: number;
}

export interface DenseModel<K extends string> {
	bits: number;
	kinds: readonly K[];
	bias: Record<K, number>;
	weights: Record<K, Float64Array>;
}

/** mulberry32: a small seeded generator, enough for a reproducible shuffle. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		const a = out[i] as T;
		out[i] = out[j] as T;
		out[j] = a;
	}
	return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Trains one logistic scorer per kind on the same items with FTRL-Proximal (McMahan et al., 2013): per-bucket
 * learning rates suit hashed sparse features, and the L1 penalty leaves most buckets at exactly zero, which
 * keeps the shipped table small. The bias is the "bias" feature every item carries.
 */
export function trainLogistic<K extends string>(
	items: readonly TrainItem<K>[],
	kinds: readonly K[],
	options: TrainOptions,
): DenseModel<K> {
	const size = 1 << options.bits;
	const { alpha, beta, l1, l2 } = options;
	const bias = {} as Record<K, number>;
	const weights = {} as Record<K, Float64Array>;
	for (const kind of kinds) {
		const random = seededRandom(options.seed);
		const z = new Float64Array(size);
		const n = new Float64Array(size);
		const w = new Float64Array(size);
		const weightOf = (i: number) => {
			const zi = z[i] ?? 0;
			if (Math.abs(zi) <= l1) return 0;
			return -(zi - Math.sign(zi) * l1) / ((beta + Math.sqrt(n[i] ?? 0)) / alpha + l2);
		};
		const pw = options.positiveWeight ?? 1;
		const epoch = (allowed?: Uint8Array) => {
			for (const item of shuffled(items, random)) {
				let s = 0;
				for (const i of item.buckets) {
					if (allowed && !allowed[i]) continue;
					w[i] = weightOf(i);
					s += w[i] ?? 0;
				}
				const y = item.labels.has(kind) ? 1 : 0;
				const g = (sigmoid(s) - y) * item.weight * (y === 1 ? pw : 1);
				for (const i of item.buckets) {
					if (allowed && !allowed[i]) continue;
					const ni = n[i] ?? 0;
					const sigma = (Math.sqrt(ni + g * g) - Math.sqrt(ni)) / alpha;
					z[i] = (z[i] ?? 0) + g - sigma * (w[i] ?? 0);
					n[i] = ni + g * g;
				}
			}
		};
		for (let e = 0; e < options.epochs; e++) epoch();
		for (let i = 0; i < size; i++) w[i] = weightOf(i);
		if (options.keep !== undefined) {
			const allowed = new Uint8Array(size);
			const ranked = Array.from(w.keys())
				.filter((i) => w[i] !== 0)
				.sort((a, b) => Math.abs(w[b] ?? 0) - Math.abs(w[a] ?? 0) || a - b);
			for (const i of ranked.slice(0, options.keep)) allowed[i] = 1;
			for (let i = 0; i < size; i++) if (!allowed[i]) z[i] = 0;
			for (let e = 0; e < (options.refitEpochs ?? 3); e++) epoch(allowed);
			for (let i = 0; i < size; i++) w[i] = allowed[i] ? weightOf(i) : 0;
		}
		bias[kind] = 0;
		weights[kind] = w;
	}
	return { bits: options.bits, kinds, bias, weights };
}

export function probability<K extends string>(
	model: DenseModel<K>,
	kind: K,
	buckets: readonly number[],
): number {
	let z = model.bias[kind];
	const w = model.weights[kind];
	for (const i of buckets) z += w[i] ?? 0;
	return sigmoid(z);
}

/**
 * Packs a trained model into the shipped table: weights under `prune` dropped, the rest as integers of
 * `scale` (weights are rounded to 1/`steps` of the largest), indices delta-coded.
 */
export function packModel<K extends string>(
	model: DenseModel<K>,
	thresholds: Record<K, { candidate: Record<Sensitivity, number>; whole: Record<Sensitivity, number> }>,
	prune: number,
	steps = 127,
): ModelTable<K> {
	const kinds = {} as Record<K, KindTable>;
	for (const kind of model.kinds) {
		const w = model.weights[kind];
		let max = 0;
		for (const x of w) max = Math.max(max, Math.abs(x));
		const scale = max === 0 ? 1 : Number((max / steps).toPrecision(6));
		const index: number[] = [];
		const weight: number[] = [];
		let last = 0;
		w.forEach((x, i) => {
			const q = Math.round(x / scale);
			if (Math.abs(x) < prune || q === 0) return;
			index.push(i - last);
			weight.push(q);
			last = i;
		});
		const round = (t: Record<Sensitivity, number>) =>
			Object.fromEntries(SENSITIVITIES.map((s) => [s, Number(t[s].toFixed(4))])) as Record<
				Sensitivity,
				number
			>;
		kinds[kind] = {
			bias: Number(model.bias[kind].toFixed(4)),
			scale,
			index,
			weight,
			threshold: round(thresholds[kind].candidate),
			whole: round(thresholds[kind].whole),
		};
	}
	return { format: 1, bits: model.bits, kinds };
}
