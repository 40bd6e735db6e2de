/**
 * How the meeting scorer is trained (by `npm run train` and `unhurried eval --cv`; not shipped): every invite
 * is read as the extension reads one (same facts, same rules, default norms), into the scorer's features.
 */

import { AnalysisContext } from '../context.js';
import type { MeetingKind } from '../finding.js';
import { bucketsOf } from '../learn/feature-hash.js';
import { type Fit, type FitOptions, fitScorer, type ScorerItem } from '../learn/fit-scorer.js';
import { DEFAULT_NORMS } from '../norms/default-norms.js';
import { proposeMeeting } from './analyze-meeting.js';
import type { MeetingInput } from './meeting.js';
import { Meeting } from './meeting.js';
import { meetingFeatures } from './meeting-features.js';
import { isScored, SCORED_MEETING_KINDS, type ScoredMeetingKind } from './meeting-scorer.js';

export interface MeetingExample {
	meeting: MeetingInput;
	labels: readonly MeetingKind[];
	origin: 'written' | 'real';
	where: string;
	group?: string;
}

export const MEETING_TRAINING: FitOptions & { realWeight: number } = {
	bits: 14,
	epochs: 20,
	alpha: 0.1,
	beta: 1,
	l1: 1,
	l2: 1,
	seed: 11,
	folds: 5,
	realWeight: 2,
	prune: 0.01,
	steps: 31,
	keep: 250,
};

const TRAIN_CONTEXT = AnalysisContext.parse({ surface: 'calendar', now: Date.UTC(2026, 10, 24, 15) });

export interface MeetingTrainItem extends ScorerItem<ScoredMeetingKind> {
	/** The kinds read off numbers (lead time, head count, length, hours): the rules' call alone. */
	fixed: ReadonlySet<MeetingKind>;
}

export function meetingTrainItem(example: MeetingExample, options = MEETING_TRAINING): MeetingTrainItem {
	const { facts, proposals } = proposeMeeting(Meeting.parse(example.meeting), TRAIN_CONTEXT, DEFAULT_NORMS);
	const features = meetingFeatures(
		facts,
		proposals.flatMap((p) => p.candidates),
	);
	const reach = new Set<ScoredMeetingKind>();
	const pointed = new Set<ScoredMeetingKind>();
	for (const p of proposals) {
		const kind = p.rule.kind as ScoredMeetingKind;
		if (!SCORED_MEETING_KINDS.includes(kind)) continue;
		if (p.candidates.length > 0) pointed.add(kind);
		if (p.candidates.length > 0 || p.rule.whole?.(p.input)) reach.add(kind);
	}
	return {
		buckets: bucketsOf(features, options.bits),
		labels: new Set(
			example.labels.filter((l): l is ScoredMeetingKind =>
				(SCORED_MEETING_KINDS as readonly string[]).includes(l),
			),
		),
		weight: example.origin === 'real' ? options.realWeight : 1,
		reach,
		pointed,
		fixed: new Set(
			proposals.filter((p) => !isScored(p.rule.kind) && p.candidates.length > 0).map((p) => p.rule.kind),
		),
		real: example.origin === 'real',
		group: example.group,
	};
}

export interface MeetingFit extends Fit<ScoredMeetingKind> {
	items: MeetingTrainItem[];
}

export function fitMeetings(examples: readonly MeetingExample[], options = MEETING_TRAINING): MeetingFit {
	const items = examples.map((e) => meetingTrainItem(e, options));
	return { ...fitScorer(items, SCORED_MEETING_KINDS, options), items };
}
