/** The shape of a chat rule: one file per rule under chat/rules, whose name is the rule's id. */
import type { AnalysisContext } from '../context.js';
import type { Candidate, ChatKind, Span } from '../finding.js';
import type { Norms } from '../norms/schema.js';
import { stampedChecks } from '../stamp-rule.js';
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

/** What a rule proposes: a finding without its rule id (the registry stamps it) or its confidence. */
export type Proposal = Omit<Candidate, 'rule'>;

/** What a rule file declares (its id is its file name: the registry adds it). */
export interface ChatRuleSpec {
	kind: ChatKind;
	check: (input: ChatRuleInput) => Proposal[];
	/**
	 * The whole-message finding of this rule's kind, for when the learned scorer is sure of the kind but no
	 * rule pointed at a span; undefined where the kind cannot apply to this draft. One rule per kind has one.
	 */
	whole?: (input: ChatRuleInput) => Proposal | undefined;
	/** This rule receives its kind's team phrases (else the kind's first rule does). */
	teamPhrases?: boolean;
}

/** A rule as the analyzer runs it: its id, and findings stamped with it. */
export interface ChatRule {
	id: string;
	kind: ChatKind;
	check: (input: ChatRuleInput) => Candidate[];
	whole?: (input: ChatRuleInput) => Candidate | undefined;
	teamPhrases: boolean;
}

/** Declares a chat rule; its file's name becomes its id. */
export const defineChatRule = (spec: ChatRuleSpec): ChatRuleSpec => spec;

/** The rule with its id: every finding it proposes carries the id. */
export function chatRuleWithId(id: string, spec: ChatRuleSpec): ChatRule {
	return {
		id,
		kind: spec.kind,
		...stampedChecks(id, spec.check, spec.whole),
		teamPhrases: spec.teamPhrases ?? false,
	};
}

/** Sentences a rule must flag (positive) and must leave alone (negative): its file exports them as `examples`. */
export interface ChatRuleExamples {
	positive: string[];
	negative: string[];
}
