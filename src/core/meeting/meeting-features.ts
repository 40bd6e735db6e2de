/**
 * What the learned meeting scorer reads about an invite: the facts the rules read (topics, placeholders,
 * templates, a named goal, the reporting share, links to an agenda, time slots, a written program), which rules
 * fired, the numbers (duration, head count) as bins, and the title's and description's words.
 */

import type { Candidate } from '../finding.js';
import { stem } from '../text/stem.js';
import { hasAgenda, type MeetingFacts } from './meeting-facts.js';

function bin(n: number): string {
	if (n <= 2) return String(n);
	let hi = 4;
	while (n > hi && hi < 4096) hi *= 2;
	return `${hi / 2 + 1}-${hi}`;
}

/** Links as what they are: a call to join, or a page (an agenda doc, a repository); never their words. */
function linksAsTokens(text: string): string {
	return text.replace(/\bhttps?:\/\/\S+|\bwww\.\S+/gi, (url) =>
		/zoom\.|meet\.google|teams\.(?:microsoft|live)|webex|whereby|jitsi|gotomeeting|bluejeans/i.test(url)
			? ' <joinlink> '
			: ' <link> ',
	);
}

function words(text: string, prefix: string, out: string[], max: number): void {
	let n = 0;
	for (const m of linksAsTokens(text)
		.toLowerCase()
		.matchAll(/<[a-z]+>|[\p{L}][\p{L}'’-]*/gu)) {
		if (n++ >= max) break;
		out.push(`${prefix}${stem(m[0])}`);
	}
}

export function meetingFeatures(facts: MeetingFacts, candidates: readonly Candidate[]): string[] {
	const f: string[] = ['bias'];
	f.push(`topics:${bin(facts.topics.length)}`, `desc:${bin(facts.words)}`, `slots:${bin(facts.timeSlots)}`);
	f.push(`sections:${bin(facts.sections)}`, `async:${Math.round(facts.asyncShare * 4)}`);
	if (facts.words === 0) f.push('empty');
	if (facts.template) f.push('template');
	if (facts.placeholder) f.push('placeholder');
	if (facts.hasGoal) f.push('goal');
	if (facts.asyncTitle) f.push('async-title');
	if (facts.roundRobin) f.push('round-robin');
	if (facts.agendaLink) f.push('agenda-link');
	if (hasAgenda(facts)) f.push('agenda');
	f.push(facts.durationMin === undefined ? 'dur:?' : `dur:${bin(Math.round(facts.durationMin / 15))}`);
	f.push(facts.requiredCount === undefined ? 'people:?' : `people:${bin(facts.requiredCount)}`);
	for (const t of facts.topics.slice(0, 20)) f.push(`item:${t.kind}`);
	for (const c of candidates) f.push(`r:${c.rule}`);
	words(facts.title, 't:', f, 30);
	words(facts.description, 'd:', f, 400);
	return f;
}
