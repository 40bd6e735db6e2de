/**
 * The times an urgency fix offers instead of "ASAP": computed from the clock, the writer's zone, the team's
 * chat reply window and whether the reader is at work now. Pure: `now` and the zone come from the context.
 */
import type { AnalysisContext } from '../context.js';
import { localTimeAt, recipientsOutsideHours } from '../norms/roster.js';
import type { Norms } from '../norms/schema.js';

export interface TimeChoice {
	/** The button's words: "By 3 pm", "No rush". */
	label: string;
	/** What goes where the pressure word was: "by 3 pm", "when you can". */
	phrase: string;
	/** The choice is no deadline at all. */
	calm?: boolean;
}

const END_OF_DAY = 17 * 60;

/** "3 pm", "noon", "11 am" for minutes since midnight on the hour. */
export function clockWords(minutes: number): string {
	const hour = Math.floor(minutes / 60) % 24;
	if (hour === 12) return 'noon';
	return `${hour % 12 === 0 ? 12 : hour % 12} ${hour < 12 ? 'am' : 'pm'}`;
}

function writerTime(context: Pick<AnalysisContext, 'now' | 'timeZone'>) {
	try {
		return localTimeAt(context.timeZone ?? 'UTC', context.now);
	} catch {
		return localTimeAt('UTC', context.now);
	}
}

/**
 * The choices, the likeliest first: "by <now + the reply window>" and "by end of day" while the writer's day
 * has room for them and the readers are at work, then the next working morning, then "no rush".
 */
export function timeChoices(
	context: Pick<AnalysisContext, 'now' | 'timeZone' | 'recipients'>,
	norms: Pick<Norms, 'channels' | 'roster'>,
): TimeChoice[] {
	const local = writerTime(context);
	const weekend = local.weekday === 'sat' || local.weekday === 'sun';
	const readersAway =
		context.recipients.length > 0 &&
		recipientsOutsideHours(context.recipients, context.now, norms).length > 0;
	const out: TimeChoice[] = [];
	if (!weekend && !readersAway) {
		const windowH = Math.max(1, norms.channels.chat.response.maxHours || 4);
		const target = Math.ceil((local.minutes + windowH * 60) / 60) * 60;
		if (local.minutes >= 8 * 60 && target <= END_OF_DAY - 60) {
			const at = clockWords(target);
			out.push({ label: `By ${at}`, phrase: `by ${at}` });
		}
		if (local.minutes < END_OF_DAY - 60) out.push({ label: 'By end of day', phrase: 'by end of day' });
	}
	const nextMorning =
		local.weekday === 'fri' || local.weekday === 'sat' ? 'Monday morning' : 'tomorrow morning';
	out.push({ label: `By ${nextMorning}`, phrase: `by ${nextMorning}` });
	out.push({ label: 'No rush', phrase: 'when you can', calm: true });
	return out;
}
