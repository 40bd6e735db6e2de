/** Turns the team's norms into the plain words a finding's `why` cites, so another preset changes the words. */
import type { Norms } from './schema.js';

type Channel = Norms['channels']['chat'];

/** "within 2–4 h", "within 24 h", "in real time". */
export function responseWindow(channel: Channel): string {
	const { minHours, maxHours } = channel.response;
	if (maxHours === 0) return 'in real time';
	if (minHours === maxHours || minHours === 0) return `within ${maxHours} h`;
	return `within ${minHours}–${maxHours} h`;
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
