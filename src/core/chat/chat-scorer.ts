/**
 * The learned decision over the chat rules: for each kind, the probability that the draft deserves a hint of
 * that kind, from the draft's features and the rules' candidates. The table is trained by `npm run train`
 * (scripts/train.ts) and checked in; it is unpacked once, on first use.
 */

import type { Candidate, ChatKind } from '../finding.js';
import { CHAT_KINDS } from '../kinds.js';
import { lazyModel, type ModelTable, type Sensitivity } from '../learn/linear-model.js';
import { chatBuckets } from './chat-features.js';
import table from './chat-model.json';
import type { DraftFacts } from './sentence.js';

const chatModel = lazyModel(table as ModelTable<ChatKind>);

export type ChatScores = Record<ChatKind, number>;

/** The probability of each chat kind for a draft and what the rules found in it. */
export function chatScores(draft: DraftFacts, candidates: readonly Candidate[]): ChatScores {
	const m = chatModel();
	const buckets = chatBuckets(draft, candidates, m.bits);
	return Object.fromEntries(CHAT_KINDS.map((k) => [k, m.probability(k, buckets)])) as ChatScores;
}

/** The probability from which a kind is shown at a sensitivity. */
export function chatThreshold(kind: ChatKind, sensitivity: Sensitivity, whole = false): number {
	return chatModel().threshold(kind, sensitivity, whole);
}
