import { proposeMeeting } from '../src/core/analyze-meeting.js';
import { meetingScores, meetingThreshold } from '../src/core/meeting/meeting-scorer.js';
import { AnalysisContext } from '../src/core/context.js';
import { Meeting } from '../src/core/meeting.js';
import { DEFAULT_NORMS } from '../src/core/norms/default-norms.js';
const ctx = AnalysisContext.parse({ surface: 'calendar', now: 0 });
for (const [title, description] of [['Design review', 'Zoom: https://example.com/j/123 — Tuesday 14:00–15:00'], ['Guild call', 'Facilitator: Name\nAgenda:\n* Topic title - presenter - duration'], ['Pick the Q3 launch date', 'Options: 2 June or 16 June.'], ['Schema migration', 'Walk through the migration plan and decide the cutover date.']]) {
  const { facts, proposals } = proposeMeeting(Meeting.parse({ title, description }), ctx, DEFAULT_NORMS);
  const s = meetingScores(facts, proposals.flatMap((p) => p.candidates));
  console.log(title, Object.entries(s).map(([k, p]) => `${k} ${p.toFixed(2)}/${meetingThreshold(k as any, 'balanced').toFixed(2)}`).join('  '), 'cands', proposals.flatMap((p) => p.candidates.map((c) => c.kind)).join(','));
}
