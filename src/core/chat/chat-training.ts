/**
 * How the chat scorer is trained (by `npm run train` and `unhurried eval --cv`; not shipped in the extension):
 * every example is read exactly as the extension reads a draft (same facts, same rules, default norms), and
 * becomes the hashed features the scorer sees. Thresholds come from cross-validation on real messages.
 */
import { proposeChat, settle } from '../analyze-draft.js';
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
	/** Real messages from one source (a repository, a site, a mail archive) share a group in cross-validation. */
	group?: string;
}

export const CHAT_TRAINING: TrainOptions & {
	folds: number;
	realWeight: number;
	prune: number;
	steps: number;
} = {
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
	steps: 31,
	keep: 700,
};

/** The context every training example is read in: a channel message, default norms, a fixed clock. */
const TRAIN_CONTEXT = AnalysisContext.parse({ surface: 'chat', now: Date.UTC(2026, 10, 24, 15) });

export interface ChatTrainItem extends TrainItem<ChatKind> {
	/** The kinds the analyzer could show for this draft at all (a candidate, or a whole-message finding). */
	reach: ReadonlySet<ChatKind>;
}

export function chatTrainItem(example: ChatExample, bits: number, realWeight: number): ChatTrainItem {
	const draft = draftFacts(example.text);
	const proposals = proposeChat(draft, TRAIN_CONTEXT, DEFAULT_NORMS);
	const features = chatFeatures(
		draft,
		proposals.flatMap((p) => p.candidates),
	);
	return {
		buckets: bucketsOf(features, bits),
		labels: new Set(example.labels),
		weight: example.origin === 'real' ? realWeight : 1,
		reach: new Set(proposals.filter((p) => p.candidates.length > 0 || p.whole()).map((p) => p.kind)),
	};
}

/** The kinds shown for an item at a sensitivity, as the analyzer would show them. */
export function shownKinds(
	item: ChatTrainItem,
	p: Record<ChatKind, number> | undefined,
	thresholds: Record<ChatKind, Record<Sensitivity, number>>,
	sensitivity: Sensitivity,
): ChatKind[] {
	const kinds = CHAT_KINDS.filter((k) => item.reach.has(k) && (p?.[k] ?? 0) >= thresholds[k][sensitivity]);
	return settle(kinds.map((kind) => ({ kind }))).map((f) => f.kind);
}

export interface ChatFit {
	table: ModelTable<ChatKind>;
	/** Out-of-fold probabilities of every example, in order. */
	outOfFold: Probabilities<ChatKind>;
	items: ChatTrainItem[];
	thresholds: Record<ChatKind, Record<Sensitivity, number>>;
}

/**
 * Trains the shipped table: out-of-fold probabilities over all examples choose each kind's thresholds (on
 * the real messages when there are enough of them, which is what the extension meets), then one model on
 * everything.
 */
export function fitChat(examples: readonly ChatExample[], options = CHAT_TRAINING): ChatFit {
	const items = examples.map((e) => chatTrainItem(e, options.bits, options.realWeight));
	const oof = outOfFold(
		items,
		CHAT_KINDS,
		options,
		options.folds,
		examples.map((e) => e.group),
	);
	const thresholds = {} as Record<ChatKind, Record<Sensitivity, number>>;
	for (const kind of CHAT_KINDS) {
		// Real messages and written ones both count, the real ones as much as all the written ones together:
		// precision is what the person meets, and real wording is what they write.
		const real = examples.filter((e) => e.origin === 'real').length;
		const written = examples.length - real;
		const share = real > 0 && written > 0 ? written / real : 1;
		const scored = examples.map((e, i) => ({
			// A kind the analyzer cannot show for an item scores 0 there: thresholds see what the person would.
			p: items[i]?.reach.has(kind) ? (oof[i]?.[kind] ?? 0) : 0,
			positive: items[i]?.labels.has(kind) ?? false,
			weight: e.origin === 'real' ? share : 1,
		}));
		thresholds[kind] = Object.fromEntries(
			SENSITIVITIES.map((s) => [
				s,
				thresholdFor(scored, PRECISION_TARGET[s].precision, PRECISION_TARGET[s].floor),
			]),
		) as Record<Sensitivity, number>;
	}
	const model = trainLogistic(items, CHAT_KINDS, options);
	return {
		table: packModel(model, thresholds, options.prune, options.steps),
		outOfFold: oof,
		items,
		thresholds,
	};
}
