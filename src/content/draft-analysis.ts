/**
 * What the content script asks of the coach for one draft: the chat findings, plus the roster's
 * "outside working hours" note when a recipient is off. Bundled into analyzer.js (loaded on first focus).
 */
import { analyzeDraftResult, type DraftResult } from '../core/analyze-draft.js';
import type { AnalysisContext } from '../core/context.js';
import type { Norms } from '../core/norms/schema.js';
import { outsideHoursChatFinding, recipientsOutsideHours } from '../core/roster.js';

export function analyzeChatDraft(text: string, context: AnalysisContext, norms: Norms): DraftResult {
	const result = analyzeDraftResult(text, context, norms);
	if (result.status !== 'ok' || context.recipients.length === 0) return result;
	if (context.disabledRules.includes('outside-hours')) return result;
	const roster = outsideHoursChatFinding(
		recipientsOutsideHours(context.recipients, context.now, norms),
		norms,
	);
	return roster ? { ...result, findings: [...result.findings, roster] } : result;
}

export type AnalyzeChatDraft = typeof analyzeChatDraft;
