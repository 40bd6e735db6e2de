/**
 * How the chat scorer is trained (by `npm run train` and `unhurried eval --cv`; not shipped in the extension):
 * every example is read exactly as the extension reads a draft (same facts, same rules, default norms), and
 * becomes the hashed features the scorer sees. Thresholds come from cross-validation on real messages.
 */

import { AnalysisContext } from '../context.js';
import type { ChatKind } from '../finding.js';
import { CHAT_KINDS } from '../kinds.js';
import {
	type Fit,
	type FitOptions,
	fitScorer,
	reachedKinds,
	type ScorerItem,
	type Thresholds,
} from '../learn/fit-scorer.js';
import type { Sensitivity } from '../learn/linear-model.js';
import { DEFAULT_NORMS } from '../norms/default-norms.js';
import { proposeChat, settle } from './analyze-draft.js';
import { chatBuckets } from './chat-features.js';
import { draftFacts } from './draft-facts.js';

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

export const CHAT_TRAINING: FitOptions & { realWeight: number } = {
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
	steps: 15,
	keep: 280,
};

/** The context every training example is read in: a channel message, default norms, a fixed clock. */
const TRAIN_CONTEXT = AnalysisContext.parse({ surface: 'chat', now: Date.UTC(2026, 10, 24, 15) });

export type ChatTrainItem = ScorerItem<ChatKind>;

export function chatTrainItem(example: ChatExample, bits: number, realWeight: number): ChatTrainItem {
	const draft = draftFacts(example.text);
	const proposals = proposeChat(draft, TRAIN_CONTEXT, DEFAULT_NORMS);
	return {
		buckets: chatBuckets(
			draft,
			proposals.flatMap((p) => p.candidates),
			bits,
		),
		labels: new Set(example.labels),
		weight: example.origin === 'real' ? realWeight : 1,
		reach: new Set(proposals.filter((p) => p.candidates.length > 0 || p.whole()).map((p) => p.kind)),
		pointed: new Set(proposals.filter((p) => p.candidates.length > 0).map((p) => p.kind)),
		real: example.origin === 'real',
		group: example.group,
	};
}

/** The kinds shown for an item at a sensitivity, as the analyzer would show them. */
export function shownKinds(
	item: ChatTrainItem,
	p: Record<ChatKind, number> | undefined,
	thresholds: Thresholds<ChatKind>,
	sensitivity: Sensitivity,
): ChatKind[] {
	const kinds = reachedKinds(item, CHAT_KINDS, p, thresholds, sensitivity);
	return settle(kinds.map((kind) => ({ kind }))).map((f) => f.kind);
}

export interface ChatFit extends Fit<ChatKind> {
	items: ChatTrainItem[];
}

/** Trains the shipped chat table (see fitScorer). */
export function fitChat(examples: readonly ChatExample[], options = CHAT_TRAINING): ChatFit {
	const items = examples.map((e) => chatTrainItem(e, options.bits, options.realWeight));
	return { ...fitScorer(items, CHAT_KINDS, options), items };
}
