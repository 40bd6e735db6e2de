/** What the coach reports: one finding per problem, explained by the norm behind it and carrying its fixes. */
import { z } from 'zod';

import { CHAT_KINDS, MEETING_KINDS, NOTICE_KINDS } from './kinds.js';

export { CHAT_KINDS, MEETING_KINDS, NOTICE_KINDS };
export const ChatKind = z.enum(CHAT_KINDS);
export const MeetingKind = z.enum(MEETING_KINDS);
export const FindingKind = z.enum([...CHAT_KINDS, ...MEETING_KINDS, ...NOTICE_KINDS]);
export type ChatKind = z.infer<typeof ChatKind>;
export type MeetingKind = z.infer<typeof MeetingKind>;
export type FindingKind = z.infer<typeof FindingKind>;

/** UTF-16 offsets into the draft, end exclusive. */
export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;

/** A fix: replace the span with text, insert a template, or take the conversation to a better channel. */
export const Fix = z.discriminatedUnion('type', [
	z.object({ type: z.literal('replace'), label: z.string(), span: Span, text: z.string() }),
	z.object({ type: z.literal('rewrite'), label: z.string(), text: z.string() }),
	/**
	 * Keeps the draft and adds what is missing: the card asks `prompt`, the person types the answer there (never
	 * in the message), and `before` + answer + `after` goes in at offset `at`.
	 */
	z.object({
		type: z.literal('fill-in'),
		label: z.string(),
		prompt: z.string(),
		at: z.number().int().nonnegative(),
		/** How many characters at `at` the answer replaces (a leftover placeholder); none when absent. */
		replaces: z.number().int().nonnegative().optional(),
		before: z.string(),
		after: z.string(),
	}),
	z.object({
		type: z.literal('insert-template'),
		label: z.string(),
		field: z.enum(['draft', 'description']),
		text: z.string(),
	}),
	z.object({ type: z.literal('open-doc'), label: z.string(), title: z.string(), skeleton: z.string() }),
	z.object({ type: z.literal('record-video'), label: z.string(), outline: z.string() }),
	z.object({
		type: z.literal('use-emergency-channel'),
		label: z.string(),
		channel: z.string(),
		how: z.string(),
	}),
	z.object({ type: z.literal('move-to-1on1'), label: z.string() }),
	/** Send it when the reader's day starts: the app's own scheduled send where it has one, else copy it then. */
	z.object({
		type: z.literal('schedule-send'),
		label: z.string(),
		at: z.number(),
		who: z.string(),
		/** The reader's own clock at `at` ("09:00"), for the reminder. */
		local: z.string().optional(),
	}),
	z.object({ type: z.literal('make-optional'), label: z.string(), suggested: z.array(z.string()) }),
]);
export type Fix = z.infer<typeof Fix>;

export const Severity = z.enum(['info', 'warning', 'critical']);
export type Severity = z.infer<typeof Severity>;

export const Finding = z.object({
	kind: FindingKind,
	/** The rule id: the rule's file name. */
	rule: z.string(),
	/** Absent for a whole-message finding. */
	span: Span.optional(),
	/** One line: what. */
	message: z.string(),
	/** Why it costs the reader, in one plain sentence. */
	why: z.string(),
	/** The norm behind it, shown as a chip that opens the norms page at it. */
	norm: z.enum(['chat', 'doc', 'video', 'meeting', 'emergency', 'roster', 'agenda']).optional(),
	fixes: z.array(Fix),
	severity: Severity,
	/** How sure the coach is that the finding applies (0–1): the learned scorer's probability for its kind. */
	confidence: z.number().min(0).max(1),
});
export type Finding = z.infer<typeof Finding>;
/**
 * What a rule proposes; the analyzer decides whether it is shown and adds its confidence. `forced`: the team's
 * own norms call for it (a team phrase, a threshold the team set below the default), so it is shown whatever
 * the scorer says.
 */
export type Candidate = Omit<Finding, 'confidence'> & { forced?: boolean };
