/** The text the meeting fixes insert: an agenda template, a doc skeleton, a video outline, built from the invite. */

import { formatResponse } from '../norms/roster.js';
import type { Norms } from '../norms/schema.js';
import type { MeetingFacts } from './meeting-facts.js';

const clip = (s: string, max: number) => {
	const t = s.replace(/\s+/g, ' ').trim();
	return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
};

/** "a, b and c". */
export function listPhrase(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A topic without the time box it already carries ("[10 min]", "(Ana, 10 minutes)"), which the template restates. */
const TIME_BOX =
	/\s*\[\s*\d{1,3}\s*\+?\s*(?:minutes?|mins?)\s*\]|,\s*\d{1,3}\s*\+?\s*(?:minutes?|mins?)(?=\s*\))|\s*\(\s*\d{1,3}\s*\+?\s*(?:minutes?|mins?)\s*\)|\s*[-–—]\s*\d{1,3}\s*\+?\s*(?:minutes?|mins?)\s*$/gi;
const topicText = (text: string) => clip(text.replace(TIME_BOX, ''), 80);

/** "less than an hour", "3 h", "2 days". */
export function hoursPhrase(hours: number): string {
	if (hours < 1) return 'less than an hour';
	if (hours < 48) return `${Math.round(hours)} h`;
	return `${Math.round(hours / 24)} days`;
}

/** A channel's response expectation in words: "a doc gets answers within 12–24 h". */
export function channelPhrase(norms: Norms, channel: 'doc' | 'video'): string {
	const c = norms.channels[channel];
	return `${c.label.toLowerCase()} (answers within ${formatResponse(c.response)})`;
}

/** Up to eight topics of the invite, or the title as the one topic when it lists none. */
function topicLines(facts: MeetingFacts): { text: string; minutes?: number }[] {
	const topics = facts.topics.slice(0, 8).map((t) => ({ text: topicText(t.text), minutes: t.minutes }));
	if (topics.length) return topics;
	return [{ text: facts.title ? clip(facts.title, 80) : 'Discussion' }];
}

/**
 * An agenda built from the invite alone: its topics (or its title) with times that fit the slot, and the last
 * minutes for decisions and owners. Only finished lines, never a placeholder to fill in the description (issue
 * 14): what the invite does not say (the goal) is asked in the card by the no-goal hint's fill-in.
 */
export function agendaTemplate(facts: MeetingFacts, norms: Norms, totalMin?: number): string {
	const total = Math.round(totalMin ?? facts.durationMin ?? norms.meetings.defaultDurationMin);
	const topics = topicLines(facts);
	const wrapUp = 5;
	const known = topics.reduce((sum, t) => sum + (t.minutes ?? 0), 0);
	const unknown = topics.filter((t) => t.minutes === undefined).length;
	const each = unknown ? Math.max(5, Math.floor((total - wrapUp - known) / unknown / 5) * 5) : 0;
	const lines = topics.map(
		(t, i) => `${i + 1}. ${t.text} — ${unknown ? (t.minutes ?? each) : t.minutes} min`,
	);
	lines.push(`${topics.length + 1}. Decisions, owners and next steps — ${wrapUp} min`);
	return [`Agenda (${total} min):`, ...lines].join('\n');
}

/** The invite turned into a written update people answer in their own time: only what the invite says. */
export function docSkeleton(facts: MeetingFacts, norms: Norms): string {
	const doc = norms.channels.doc;
	const topics = facts.topics.slice(0, 12).map((t) => `- ${clip(t.text, 100)}`);
	return [
		`# ${facts.title || 'Update'}`,
		`Written instead of a meeting. Please read and comment within ${formatResponse(doc.response)}.`,
		...(topics.length ? ['', '## Topics', ...topics] : []),
		...(facts.description.trim() ? ['', '## From the invite', clip(facts.description, 2000)] : []),
	].join('\n');
}

/** What to cover in a short recording instead of presenting live. */
export function videoOutline(facts: MeetingFacts): string {
	const topics = facts.topics.slice(0, 8).map((t, i) => `${i + 2}. ${clip(t.text, 80)}`);
	return [
		facts.title ? `1. What this is about: ${clip(facts.title, 80)}` : '1. What this is about, and why now',
		...(topics.length ? topics : ['2. The work itself, one point at a time']),
		`${topics.length + 2}. What you need from viewers, and by when`,
	].join('\n');
}
