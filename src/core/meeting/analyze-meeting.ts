import type { AnalysisContext } from '../context.js';
import type { Candidate, Finding, MeetingKind } from '../finding.js';
import type { Norms } from '../norms/schema.js';
import type { Meeting } from './meeting.js';
import { readMeeting } from './meeting-facts.js';
import { isScored, meetingScores, meetingThreshold } from './meeting-scorer.js';
import { MEETING_RULES } from './rules/index.js';

/** What the meeting rules propose, by rule, before the scorer weighs the judgement calls. */
export function proposeMeeting(meeting: Meeting, context: AnalysisContext, norms: Norms) {
	const rules = MEETING_RULES.filter((r) => !context.disabledRules.includes(r.id));
	const facts = readMeeting(meeting, context);
	const proposals = rules.map((rule) => {
		const input = { meeting, facts, context, norms };
		return { rule, input, candidates: rule.check(input) };
	});
	return { facts, proposals };
}

/** A meeting's findings with what they were decided from: the judgement calls' probabilities and the proposals. */
export interface MeetingExplanation {
	findings: Finding[];
	scores: Partial<Record<MeetingKind, number>>;
	candidates: Candidate[];
}

/**
 * Checks a meeting draft for meeting hygiene: one finding per problem, each explained by the team's norms.
 * Lead time, head count, length and working hours are read off numbers; whether there is an agenda, a goal,
 * or anything that needs people together is a judgement the learned scorer makes over the rules' reading.
 */
export function explainMeeting(meeting: Meeting, context: AnalysisContext, norms: Norms): MeetingExplanation {
	const { facts, proposals } = proposeMeeting(meeting, context, norms);
	const candidates = proposals.flatMap((p) => p.candidates);
	if (proposals.length === 0) return { findings: [], scores: {}, candidates };
	const scores = meetingScores(facts, candidates);
	const findings = proposals.flatMap(({ rule, input, candidates }) => {
		if (!isScored(rule.kind)) return candidates.map((c) => ({ ...c, confidence: 1 }));
		const confidence = scores[rule.kind];
		const strip = ({ forced: _, ...c }: Candidate) => ({ ...c, confidence });
		if (confidence < meetingThreshold(rule.kind, context.sensitivity, candidates.length === 0))
			return candidates.filter((c) => c.forced).map(strip);
		const found = candidates.length > 0 ? candidates : [rule.whole?.(input)].filter((c) => c !== undefined);
		return found.map(strip);
	});
	return { findings, scores, candidates };
}

/** Checks a meeting draft for meeting hygiene (see explainMeeting). */
export function analyzeMeeting(meeting: Meeting, context: AnalysisContext, norms: Norms): Finding[] {
	return explainMeeting(meeting, context, norms).findings;
}
