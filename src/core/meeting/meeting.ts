/** A meeting draft as the calendar adapters read it, or as the CLI and corpus give it. */
import { z } from 'zod';

export const Meeting = z.object({
	title: z.string().max(2000).default(''),
	description: z.string().max(200_000).default(''),
	/** Start and end in milliseconds since the epoch, when the form shows them. */
	start: z.number().optional(),
	end: z.number().optional(),
	/** When start is unknown: hours between now (when the agenda is shared) and the start. */
	leadTimeHours: z.number().min(0).optional(),
	/** When end is unknown. */
	durationMin: z.number().min(0).optional(),
	attendees: z
		.object({
			/** Required attendees, when only a count is known. */
			count: z.number().int().min(0).optional(),
			required: z.array(z.string().max(200)).max(2000).default([]),
			optional: z.array(z.string().max(200)).max(2000).default([]),
		})
		.default({ required: [], optional: [] }),
	/** e.g. "weekly", "daily", or the page's own recurrence text. */
	recurrence: z.string().max(200).optional(),
});
export type Meeting = z.output<typeof Meeting>;
export type MeetingInput = z.input<typeof Meeting>;
