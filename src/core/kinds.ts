/** The finding kinds, as plain data (no zod): the analyzer's lazy bundle imports these without the schemas. */
export const CHAT_KINDS = [
	'vague_ask',
	'missing_context',
	'false_urgency',
	'true_urgency',
	'suggest_doc',
	'suggest_video',
	'sensitive',
] as const;
export const MEETING_KINDS = [
	'no_agenda',
	'late_agenda',
	'no_goal',
	'could_be_async',
	'too_many_attendees',
	'long_meeting',
	'outside_hours',
] as const;
/** Facts about a draft read off its text, not judged by a scorer: a leftover "<…>" placeholder. */
export const NOTICE_KINDS = ['leftover_placeholder'] as const;
