/** What the coach knows about where a draft is written. Time is an input: the core never reads a clock. */
import { z } from 'zod';

export const AnalysisContext = z.object({
	surface: z.enum(['chat', 'calendar']).default('chat'),
	channelKind: z.enum(['dm', 'channel', 'thread']).default('channel'),
	/** Names or handles of the people the draft goes to (for the roster: local time, working hours). */
	recipients: z.array(z.string().max(200)).max(500).default([]),
	/** Milliseconds since the epoch. */
	now: z.number(),
	/** The writer's IANA time zone, for the times a fix offers ("by 3 pm"); UTC when absent. */
	timeZone: z.string().max(64).optional(),
	/** Rule ids the person turned off. */
	disabledRules: z.array(z.string()).default([]),
	/** How readily hints are shown: quiet shows only the surest, thorough also the likely ones. */
	sensitivity: z.enum(['quiet', 'balanced', 'thorough']).default('balanced'),
});
export type AnalysisContext = z.output<typeof AnalysisContext>;
export type AnalysisContextInput = z.input<typeof AnalysisContext>;
