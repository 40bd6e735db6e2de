import type { AnalysisContext } from './context.js';
import type { Finding } from './finding.js';
import type { Norms } from './norms/schema.js';

/** Analyzes a chat draft. (Stub: the chat rules land with the coach.) */
export function analyzeDraft(_text: string, _context: AnalysisContext, _norms: Norms): Finding[] {
	return [];
}
