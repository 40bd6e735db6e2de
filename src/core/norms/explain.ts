/** Turns the team's norms into the plain words a finding's `why` cites, so another preset changes the words. */
import type { Norms } from './schema.js';

type Channel = Norms['channels']['chat'];

type Response = Channel['response'];

/**
 * How soon a reply is expected, as the one reading every place that says it shares: real time (no hours), up
 * to N hours (from 0, or exactly N), or a range. Pages render it through the locale (shared/ui/format.ts).
 */
export type ResponseSpan =
	| { kind: 'real-time' }
	| { kind: 'up-to'; hours: number }
	| { kind: 'range'; from: number; to: number };

export function responseSpan({ minHours, maxHours }: Response): ResponseSpan {
	if (maxHours === 0) return { kind: 'real-time' };
	if (minHours === 0 || minHours === maxHours) return { kind: 'up-to', hours: maxHours };
	return { kind: 'range', from: minHours, to: maxHours };
}

/** "2–4 h", "24 h", "real time". */
export function spanText(response: Response): string {
	const span = responseSpan(response);
	if (span.kind === 'real-time') return 'real time';
	return span.kind === 'up-to' ? `${span.hours} h` : `${span.from}–${span.to} h`;
}

/** "within 2–4 h", "within 24 h", "in real time". */
export function withinText(response: Response): string {
	return response.maxHours === 0 ? 'in real time' : `within ${spanText(response)}`;
}

/** The same for a channel of the norms. */
export function responseWindow(channel: Channel): string {
	return withinText(channel.response);
}

/** "replies in threaded chat are expected within 2–4 h". */
export function channelNorm(channel: Channel): string {
	return `replies in ${channel.label.toLowerCase()} are expected ${responseWindow(channel)}`;
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What a channel is best for, as a clause: "best for proposals and decisions, …". */
export function bestFor(channel: Channel): string {
	return channel.bestFor.length > 0 ? `best for ${listWords(channel.bestFor)}` : 'the team’s choice for this';
}

/** The emergency channel, named with how to reach it. */
export function emergencyRoute(norms: Norms): string {
	const { name, how } = norms.emergency.channel;
	return `${name} (${how.replace(/[.\s]+$/, '')})`;
}

export type NormRef = 'chat' | 'doc' | 'video' | 'meeting' | 'emergency' | 'roster' | 'agenda';

/** Every norm a hint can cite, in the order the options page lists them. */
export const NORM_REFS: readonly NormRef[] = [
	'chat',
	'doc',
	'video',
	'meeting',
	'agenda',
	'emergency',
	'roster',
];

/** The preset field each norm chip stands for (its path in the norms). */
const NORM_FIELD: Record<NormRef, string> = {
	chat: 'channels.chat.response',
	doc: 'channels.doc.response',
	video: 'channels.video.response',
	meeting: 'channels.meeting.response',
	agenda: 'meetings.agendaRequired',
	emergency: 'emergency.channel',
	roster: 'roster',
};

/** The id of a norm's entry on the options page ("norm-channels.chat.response"): "Learn more" opens it. */
export const normAnchor = (norm: NormRef): string => `norm-${NORM_FIELD[norm]}`;

/** The chip under a why: the norm in a few words, e.g. "Threaded chat: replies within 2–4 h". */
export function normChip(norm: NormRef, norms: Norms): string {
	switch (norm) {
		case 'chat':
		case 'doc':
		case 'video':
		case 'meeting': {
			const channel = norms.channels[norm];
			return `${channel.label}: replies ${responseWindow(channel)}`;
		}
		case 'emergency':
			return `Emergencies: ${norms.emergency.channel.name}`;
		case 'roster':
			return 'Team working hours';
		case 'agenda':
			return 'Meetings: agenda ahead';
	}
}

/** The options page at a norm, relative to the extension's root. */
export const normsPageUrl = (norm: NormRef): string => `src/options/index.html#${normAnchor(norm)}`;
