/** The shape of a chat rule: one per file under chat/rules, the file name is the rule id. */
import type { AnalysisContext } from '../context.js';
import type { Candidate, ChatKind, Span } from '../finding.js';
import type { Norms } from '../norms/schema.js';
import type { DraftFacts } from './sentence.js';

/** Where the team's own literal phrases for this rule's kind occur in the draft. */
export type PhraseHits = readonly Span[];

export interface ChatRuleInput {
	draft: DraftFacts;
	context: AnalysisContext;
	norms: Norms;
	/** Hits of `norms.phrases[kind]` for this rule's kind. */
	phrases: PhraseHits;
}

export interface ChatRule {
	id: string;
	kind: ChatKind;
	check: (input: ChatRuleInput) => Candidate[];
	/**
	 * The whole-message finding of this rule's kind, for when the learned scorer is sure of the kind but no
	 * rule pointed at a span: one rule per kind provides it.
	 */
	whole?: (input: ChatRuleInput) => Candidate | undefined;
}

/** Sentences a rule must flag (positive) and must leave alone (negative): its file exports them as `examples`. */
export interface ChatRuleExamples {
	positive: string[];
	negative: string[];
}
