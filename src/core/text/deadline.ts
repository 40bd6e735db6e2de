/** Finds timeframes in a text: clock times, days, dates, "in 2 hours", "end of day", and whether "by" binds them. */

export interface Timeframe {
	start: number;
	end: number;
	kind: 'time' | 'day' | 'date' | 'relative';
	/** Preceded by "by", "before", "until", "due" …: a deadline rather than a mention. */
	bounded: boolean;
}

const MONTH =
	'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thurs?|fri';
const UNIT = 'min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|months?';

const SCANS: [Timeframe['kind'], RegExp][] = [
	[
		'time',
		/\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])|\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:noon|midday|midnight|eod|cob|eob|eow|end of (?:the )?(?:business )?(?:day|week|month|sprint|quarter))\b/giu,
	],
	[
		'day',
		new RegExp(
			`\\b(?:today|tonight|tomorrow|tmrw|tmr|this (?:morning|afternoon|evening|week|weekend|month)|next (?:week|month|${WEEKDAY})|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|thurs|tues)(?:day)?)\\b`,
			'gi',
		),
	],
	[
		'date',
		new RegExp(
			`\\b(?:${MONTH})\\.? \\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH})\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:the )?\\d{1,2}(?:st|nd|rd|th)\\b`,
			'gi',
		),
	],
	[
		'relative',
		new RegExp(
			`\\b(?:in|within) (?:the next |the )?(?:\\d+|an?|one|two|three|few|a few|next) ?(?:${UNIT})\\b`,
			'gi',
		),
	],
];

const BINDER =
	/\b(?:by|before|until|till|due|no later than|ahead of|deadline(?: is)?)\s+(?:the\s+)?(?:end of\s+)?$/i;

/** Every timeframe in the text, in order. */
export function findTimeframes(text: string): Timeframe[] {
	const found: Timeframe[] = [];
	for (const [kind, re] of SCANS) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m !== null; m = re.exec(text)) {
			const start = m.index;
			const end = start + m[0].length;
			if (found.some((f) => f.start < end && start < f.end)) continue;
			const before = text.slice(Math.max(0, start - 24), start);
			found.push({ start, end, kind, bounded: BINDER.test(before) });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}
