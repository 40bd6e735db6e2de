import type { AnalysisContext } from './context.js';
import type { Finding } from './finding.js';
import type { Meeting } from './meeting.js';
import { readMeeting } from './meeting-facts.js';
import type { MeetingRule } from './meeting-rule.js';
import type { Norms } from './norms/schema.js';
import { couldBeAsync } from './rules/meeting/could-be-async.js';
import { lateAgenda } from './rules/meeting/late-agenda.js';
import { longMeeting } from './rules/meeting/long-meeting.js';
import { noAgenda } from './rules/meeting/no-agenda.js';
import { noGoal } from './rules/meeting/no-goal.js';
import { outsideHours } from './rules/meeting/outside-hours.js';
import { tooManyAttendees } from './rules/meeting/too-many-attendees.js';

/** Every meeting rule, in the order their findings are shown. */
export const MEETING_RULES: readonly MeetingRule[] = [
	noAgenda,
	lateAgenda,
	noGoal,
	couldBeAsync,
	tooManyAttendees,
	longMeeting,
	outsideHours,
];

/** Checks a meeting draft for meeting hygiene: one finding per problem, each explained by the team's norms. */
export function analyzeMeeting(meeting: Meeting, context: AnalysisContext, norms: Norms): Finding[] {
	const rules = MEETING_RULES.filter((r) => !context.disabledRules.includes(r.id));
	if (rules.length === 0) return [];
	const facts = readMeeting(meeting, context);
	return rules
		.flatMap((r) => r.check({ meeting, facts, context, norms }))
		.map((f) => ({ ...f, confidence: 1 }));
}
