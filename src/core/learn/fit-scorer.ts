/**
 * Fitting a shipped per-kind scorer, for chat drafts and meeting invites alike: out-of-fold probabilities
 * (folds grouped by source) choose each kind's thresholds, then one model is trained on everything and packed.
 */
import { outOfFold, PRECISION_TARGET, type Probabilities, thresholdFor } from './cross-validate.js';
import { type ModelTable, SENSITIVITIES, type Sensitivity } from './linear-model.js';
import { packModel, type TrainItem, type TrainOptions, trainLogistic } from './train-logistic.js';

export interface ScorerItem<K extends string> extends TrainItem<K> {
	/** The kinds the analyzer could show for this item at all (a candidate, or a whole finding). */
	reach: ReadonlySet<K>;
	/** The kinds a rule pointed at in this item (the rest of `reach` would be whole-message findings). */
	pointed: ReadonlySet<K>;
	/** A real labeled item (not one written for the project). */
	real: boolean;
	/** Real items of one source share a fold. */
	group?: string | undefined;
}

export interface FitOptions extends TrainOptions {
	folds: number;
	prune: number;
	steps: number;
}

export type Thresholds<K extends string> = Record<
	K,
	{ candidate: Record<Sensitivity, number>; whole: Record<Sensitivity, number> }
>;

export interface Fit<K extends string> {
	table: ModelTable<K>;
	/** Out-of-fold probabilities of every item, in order. */
	outOfFold: Probabilities<K>;
	thresholds: Thresholds<K>;
}

export function fitScorer<K extends string>(
	items: readonly ScorerItem<K>[],
	kinds: readonly K[],
	options: FitOptions,
): Fit<K> {
	const oof = outOfFold(
		items,
		kinds,
		options,
		options.folds,
		items.map((i) => i.group),
	);
	// Real items and written ones both count, the real ones as much as all the written ones together:
	// precision is what the person meets, and real wording is what they write.
	const real = items.filter((i) => i.real).length;
	const share = real > 0 && real < items.length ? (items.length - real) / real : 1;
	const thresholds = {} as Thresholds<K>;
	for (const kind of kinds) {
		// Two thresholds: where a rule pointed at the kind, and where only the scorer says so (it must be surer
		// there). Each holds the precision target on its own items, so together they hold it too.
		const pick = (pointed: boolean) => {
			const scored = items.flatMap((item, i) =>
				item.pointed.has(kind) === pointed
					? [
							{
								// A kind the analyzer cannot show for an item scores 0 there: thresholds see what the person would.
								p: item.reach.has(kind) ? (oof[i]?.[kind] ?? 0) : 0,
								positive: item.labels.has(kind),
								weight: item.real ? share : 1,
							},
						]
					: [],
			);
			return Object.fromEntries(
				SENSITIVITIES.map((s) => [
					s,
					thresholdFor(scored, PRECISION_TARGET[s].precision, PRECISION_TARGET[s].floor),
				]),
			) as Record<Sensitivity, number>;
		};
		thresholds[kind] = { candidate: pick(true), whole: pick(false) };
	}
	const model = trainLogistic(items, kinds, options);
	return { table: packModel(model, thresholds, options.prune, options.steps), outOfFold: oof, thresholds };
}

/** The kinds shown for an item at a sensitivity: reachable, and at or over the threshold. */
export function reachedKinds<K extends string>(
	item: ScorerItem<K>,
	kinds: readonly K[],
	p: Record<K, number> | undefined,
	thresholds: Thresholds<K>,
	sensitivity: Sensitivity,
): K[] {
	return kinds.filter(
		(k) =>
			item.reach.has(k) &&
			(p?.[k] ?? 0) >= thresholds[k][item.pointed.has(k) ? 'candidate' : 'whole'][sensitivity],
	);
}
