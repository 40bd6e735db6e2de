/**
 * The learned decision over the meeting rules whose call is a judgement — no agenda, no goal, could be async
 * (lead time and head count are read off numbers and need none). Trained by `npm run train`, checked in.
 */
import type { Candidate, MeetingKind } from '../finding.js';
import { bucketsOf } from '../learn/feature-hash.js';
import { lazyModel, type ModelTable, type Sensitivity } from '../learn/linear-model.js';
import type { MeetingFacts } from './meeting-facts.js';
import { meetingFeatures } from './meeting-features.js';
import table from './meeting-model.json';

/** The meeting kinds the scorer decides. */
export const SCORED_MEETING_KINDS = [
	'no_agenda',
	'no_goal',
	'could_be_async',
] as const satisfies readonly MeetingKind[];
export type ScoredMeetingKind = (typeof SCORED_MEETING_KINDS)[number];

const meetingModel = lazyModel(table as ModelTable<ScoredMeetingKind>);

export const isScored = (kind: MeetingKind): kind is ScoredMeetingKind =>
	(SCORED_MEETING_KINDS as readonly string[]).includes(kind);

export function meetingScores(
	facts: MeetingFacts,
	candidates: readonly Candidate[],
): Record<ScoredMeetingKind, number> {
	const m = meetingModel();
	const buckets = bucketsOf(meetingFeatures(facts, candidates), m.bits);
	return Object.fromEntries(SCORED_MEETING_KINDS.map((k) => [k, m.probability(k, buckets)])) as Record<
		ScoredMeetingKind,
		number
	>;
}

export const meetingThreshold = (kind: ScoredMeetingKind, sensitivity: Sensitivity, whole = false) =>
	meetingModel().threshold(kind, sensitivity, whole);
