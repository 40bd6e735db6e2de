/** The shape of a meeting rule: one file per rule under meeting/rules, whose name is the rule's id. */
import type { AnalysisContext } from '../context.js';
import type { Candidate, MeetingKind } from '../finding.js';
import type { Norms } from '../norms/schema.js';
import { stampedChecks } from '../stamp-rule.js';
import type { Meeting, MeetingInput } from './meeting.js';
import type { MeetingFacts } from './meeting-facts.js';

export interface MeetingRuleInput {
	meeting: Meeting;
	facts: MeetingFacts;
	context: AnalysisContext;
	norms: Norms;
}

/** What a rule proposes: a finding without its rule id (the registry stamps it) or its confidence. */
export type MeetingProposal = Omit<Candidate, 'rule'>;

/** What a rule file declares (its id is its file name: the registry adds it). */
export interface MeetingRuleSpec {
	kind: MeetingKind;
	check(input: MeetingRuleInput): MeetingProposal[];
	/** The rule's finding for when the learned scorer is sure of its kind and the rule's own gate said no. */
	whole?: (input: MeetingRuleInput) => MeetingProposal | undefined;
}

export interface MeetingRule {
	id: string;
	kind: MeetingKind;
	check(input: MeetingRuleInput): Candidate[];
	whole?: (input: MeetingRuleInput) => Candidate | undefined;
}

/** Declares a meeting rule; its file's name becomes its id. */
export const defineMeetingRule = (spec: MeetingRuleSpec): MeetingRuleSpec => spec;

/** The rule with its id: every finding it proposes carries the id. */
export function meetingRuleWithId(id: string, spec: MeetingRuleSpec): MeetingRule {
	return {
		id,
		kind: spec.kind,
		...stampedChecks(id, spec.check, spec.whole),
	};
}

/** Invites a rule must flag (positive) and must leave alone (negative): its file exports them as `examples`. */
export interface MeetingRuleExamples {
	positive: MeetingInput[];
	negative: MeetingInput[];
	/** Norms for the examples when the defaults won't do (e.g. a roster); DEFAULT_NORMS otherwise. */
	norms?: Norms;
}

/** The "now" the examples are written against: Wednesday 12 March 2025, 09:00 UTC. */
export const EXAMPLE_NOW = Date.UTC(2025, 2, 12, 9, 0);
const HOUR = 3_600_000;
/** An instant `hours` after EXAMPLE_NOW, for examples with a start time. */
export const inHours = (hours: number) => EXAMPLE_NOW + hours * HOUR;
