/** The analyzer's warm-up: one analysis in an idle moment, so the first real draft does not pay for compiling. */
import type { Norms } from '../../core/norms/schema.js';
import type { AnalyzerApi } from './analyzer-api.js';

/**
 * Run once, in an idle moment after the coach loads: the first analysis of a long draft used to pay for
 * compiling the coach's code paths (tens of ms) inside the stall of a big paste (issue 11, finding 2).
 */
export const WARM_UP = [
	'Hey team, can you look at this ASAP!!! URGENT: THE EXPORT IS BROKEN AGAIN FOR EVERYONE.',
	'Any thoughts? Option 1: roll back. Option 2: patch it tonight. Should we do a quick call about it?',
	'Steps: click Settings, then Billing, and the total jumps to zero. See the screenshot below.',
].join('\n');

export function warmUpAnalyzer(
	api: AnalyzerApi,
	view: Window & typeof globalThis,
	signal: AbortSignal,
	norms: () => Norms | undefined,
	now: () => number,
): void {
	const run = () => {
		const n = norms();
		if (signal.aborted || !n) return;
		const context = {
			surface: 'chat' as const,
			channelKind: 'channel' as const,
			recipients: [],
			now: now(),
			disabledRules: [],
			sensitivity: 'balanced' as const,
		};
		try {
			api.analyzeChatDraft(WARM_UP, context, n);
		} catch (error) {
			console.debug('[unhurried] warm-up', error);
		}
	};
	if (typeof view.requestIdleCallback === 'function') {
		const id = view.requestIdleCallback(run, { timeout: 2000 });
		signal.addEventListener('abort', () => view.cancelIdleCallback(id), { once: true });
	} else {
		const id = setTimeout(run, 50);
		signal.addEventListener('abort', () => clearTimeout(id), { once: true });
	}
}
