/** A meeting draft as the calendar adapters read it, or as the CLI and corpus give it. */
import { z } from 'zod';

/** The longest each field may be: the schema checks them, the calendar readers cut to them (`readMeeting`). */
export const MEETING_CAPS = {
	title: 2000,
	description: 200_000,
	name: 200,
	people: 2000,
	recurrence: 200,
} as const;

export const Meeting = z.object({
	title: z.string().max(MEETING_CAPS.title).default(''),
	description: z.string().max(MEETING_CAPS.description).default(''),
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
			required: z.array(z.string().max(MEETING_CAPS.name)).max(MEETING_CAPS.people).default([]),
			optional: z.array(z.string().max(MEETING_CAPS.name)).max(MEETING_CAPS.people).default([]),
		})
		.default({ required: [], optional: [] }),
	/** e.g. "weekly", "daily", or the page's own recurrence text. */
	recurrence: z.string().max(MEETING_CAPS.recurrence).optional(),
});
export type Meeting = z.output<typeof Meeting>;
export type MeetingInput = z.input<typeof Meeting>;

/** What a calendar page shows of an event, as its reader found it (any field it could not read left out). */
export interface MeetingReading {
	title: string;
	description: string;
	start?: number | undefined;
	end?: number | undefined;
	attendees?: { required?: string[]; optional?: string[]; count?: number | undefined } | undefined;
	recurrence?: string | undefined;
}

/**
 * One meeting from what a calendar page shows, for every calendar reader: each field cut to the schema's caps,
 * an end kept only after a start it does not precede, empty fields left out.
 */
export function readMeeting(r: MeetingReading): MeetingInput {
	const names = (list: string[]) =>
		list.slice(0, MEETING_CAPS.people).map((n) => n.slice(0, MEETING_CAPS.name));
	return {
		title: r.title.slice(0, MEETING_CAPS.title),
		description: r.description.slice(0, MEETING_CAPS.description),
		...(r.start !== undefined ? { start: r.start } : {}),
		...(r.start !== undefined && r.end !== undefined && r.end >= r.start ? { end: r.end } : {}),
		...(r.attendees
			? {
					attendees: {
						required: names(r.attendees.required ?? []),
						optional: names(r.attendees.optional ?? []),
						...(r.attendees.count !== undefined ? { count: r.attendees.count } : {}),
					},
				}
			: {}),
		...(r.recurrence ? { recurrence: r.recurrence.slice(0, MEETING_CAPS.recurrence) } : {}),
	};
}
