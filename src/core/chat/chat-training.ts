/**
 * How the chat scorer is trained (by `npm run train` and `unhurried eval --cv`; not shipped in the extension):
 * every example is read exactly as the extension reads a draft (same facts, same rules, default norms), and
 * becomes the hashed features the scorer sees. Thresholds come from cross-validation on real messages.
 */
import { ruleCandidates } from '../analyze-draft.js';
import { AnalysisContext } from '../context.js';
import { draftFacts } from '../draft-facts.js';
import type { ChatKind } from '../finding.js';
import { CHAT_KINDS } from '../kinds.js';
import { outOfFold, PRECISION_TARGET, type Probabilities, thresholdFor } from '../learn/cross-validate.js';
import { bucketsOf } from '../learn/feature-hash.js';
import { type ModelTable, SENSITIVITIES, type Sensitivity } from '../learn/linear-model.js';
import { packModel, type TrainItem, type TrainOptions, trainLogistic } from '../learn/train-logistic.js';
import { DEFAULT_NORMS } from '../norms/default-norms.js';
import { chatFeatures } from './chat-features.js';

export interface ChatExample {
	text: string;
	labels: readonly ChatKind[];
	/** `written`: the project's own examples; `real`: labeled real messages (they also set the thresholds). */
	origin: 'written' | 'real';
	/** Where it came from, for error listings: "data/train/chat-asks.jsonl:12". */
	where: string;
}

export const CHAT_TRAINING: TrainOptions & { folds: number; realWeight: number; prune: number } = {
	bits: 16,
	epochs: 10,
	alpha: 0.1,
	beta: 1,
	l1: 1,
	l2: 1,
	seed: 7,
	folds: 5,
	realWeight: 2,
	prune: 0.01,
};

/** The context every training example is read in: a channel message, default norms, a fixed clock. */
const TRAIN_CONTEXT = AnalysisContext.parse({ surface: 'chat', now: Date.UTC(2026, 10, 24, 15) });

export function chatTrainItem(example: ChatExample, bits: number, realWeight: number): TrainItem<ChatKind> {
	const draft = draftFacts(example.text);
	const features = chatFeatures(draft, ruleCandidates(draft, TRAIN_CONTEXT, DEFAULT_NORMS));
	return {
		buckets: bucketsOf(features, bits),
		labels: new Set(example.labels),
		weight: example.origin === 'real' ? realWeight : 1,
	};
}

export interface ChatFit {
	table: ModelTable<ChatKind>;
	/** Out-of-fold probabilities of every example, in order. */
	outOfFold: Probabilities<ChatKind>;
	thresholds: Record<ChatKind, Record<Sensitivity, number>>;
}

/**
 * Trains the shipped table: out-of-fold probabilities over all examples choose each kind's thresholds (on
 * the real messages when there are enough of them, which is what the extension meets), then one model on
 * everything.
 */
export function fitChat(examples: readonly ChatExample[], options = CHAT_TRAINING): ChatFit {
	const items = examples.map((e) => chatTrainItem(e, options.bits, options.realWeight));
	const oof = outOfFold(items, CHAT_KINDS, options, options.folds);
	const thresholds = {} as Record<ChatKind, Record<Sensitivity, number>>;
	for (const kind of CHAT_KINDS) {
		const real = examples.some((e, i) => e.origin === 'real' && items[i]?.labels.has(kind));
		const scored = examples
			.map((e, i) => ({ e, i }))
			.filter(({ e }) => !real || e.origin === 'real')
			.map(({ i }) => ({ p: oof[i]?.[kind] ?? 0, positive: items[i]?.labels.has(kind) ?? false, weight: 1 }));
		thresholds[kind] = Object.fromEntries(
			SENSITIVITIES.map((s) => [
				s,
				thresholdFor(scored, PRECISION_TARGET[s].precision, PRECISION_TARGET[s].floor),
			]),
		) as Record<Sensitivity, number>;
	}
	const model = trainLogistic(items, CHAT_KINDS, options);
	return { table: packModel(model, thresholds, options.prune), outOfFold: oof, thresholds };
}
