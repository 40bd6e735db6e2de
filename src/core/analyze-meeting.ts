import type { AnalysisContext } from './context.js';
import type { Finding } from './finding.js';
import type { Meeting } from './meeting.js';
import type { Norms } from './norms/schema.js';

/** Checks a meeting draft for meeting hygiene. (Stub: the meeting rules land with the coach.) */
export function analyzeMeeting(_meeting: Meeting, _context: AnalysisContext, _norms: Norms): Finding[] {
	return [];
}
