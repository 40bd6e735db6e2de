/**
 * The rule ids a person can turn off, listed here so the options page does not bundle the analyzer
 * (a test checks this list against the rules in src/core).
 */
export const CHAT_RULE_IDS = [
	'true-urgency',
	'false-urgency',
	'vague-ask',
	'unresolved-reference',
	'bug-without-details',
	'terse-request',
	'sensitive',
	'suggest-doc',
	'suggest-video',
] as const;

export const MEETING_RULE_IDS = [
	'no-agenda',
	'late-agenda',
	'no-goal',
	'could-be-async',
	'too-many-attendees',
	'long-meeting',
	'outside-hours',
] as const;

/** The i18n key of a rule's name: `rule_vague_ask`. */
export const ruleKey = (id: string) => `rule_${id.replaceAll('-', '_')}`;
