/**
 * Reads a meeting invite once into the facts every meeting rule needs: its agenda items (from numbered lists,
 * bullets, "Agenda:" sections, tables, "we'll discuss …" prose), whether they are placeholders, what share of
 * the time is reporting, whether a decision or outcome is named, lead time, duration and head count.
 */
import type { AnalysisContext } from '../context.js';
import type { Norms } from '../norms/schema.js';
import type { Meeting } from './meeting.js';
import {
	ASYNC_TITLE,
	GENERIC_ITEM,
	GOAL,
	INTERACTIVE,
	LOGISTICS_AFTER,
	PLACEHOLDER,
	PRESENTATION,
	ROUND_ROBIN,
	STATUS,
	TEMPLATE,
} from './meeting-lexicon.js';

export type ItemKind = 'status' | 'presentation' | 'interactive' | 'neutral';

export interface AgendaItem {
	text: string;
	/** UTF-16 offsets into the description. */
	start: number;
	end: number;
	/** Time boxed for it, when the item says ("[10 min]", "30 minutes"). */
	minutes?: number;
	kind: ItemKind;
}

export interface MeetingFacts {
	title: string;
	description: string;
	/** Items that name a real topic: no placeholders, no bare "Updates" headings. */
	topics: AgendaItem[];
	/** The placeholders of an unfilled template are still there. */
	template: boolean;
	/** TBD, "please add topics", "the agenda is empty". */
	placeholder: boolean;
	/** A decision, outcome or deliverable is named in the title or description. */
	hasGoal: boolean;
	/** Share of the agenda's time (0–1) that is status reporting or one-way presentation (bare headings included). */
	asyncShare: number;
	asyncTitle: boolean;
	roundRobin: boolean;
	/** Hours between sharing the agenda (now) and the start; undefined when unknown. */
	leadHours?: number;
	durationMin?: number;
	/** Required attendees, when known. */
	requiredCount?: number;
	/** The agenda lives elsewhere: "Agenda: <link>", "see the agenda doc". */
	agendaLink: boolean;
	/** Lines that start with a time slot ("10:00–10:15 Intro", "14:30 Demo"). */
	timeSlots: number;
	/** Headings of a written program ("## Summary", "**Logistics**", "Topic 1:"). */
	sections: number;
	/** Words in the description. */
	words: number;
}

// Markers that start an agenda item. Each pattern is linear; lookbehinds are bounded.
const NUMBERED = /(?<![^\s(])(\d{1,2})[.)](?=\s)/g;
const BULLET =
	/(?:(?<=^|\n)[ \t]*|(?<=[:;]\s{0,3})|(?<=\s))[*•▪◦](?=\s)|(?:(?<=^|\n)[ \t]*|(?<=[:;]\s{0,3}))[-–](?=\s)/g;
const AGENDA_MARKER =
	/(?<![\w-])(?:(?:meeting|initial|proposed|draft|tentative|preliminary|final|today's|our|possible|other|additional|open|suggested|more)\s+)?(?:agenda(?:\s+items?)?|topics(?:\s+to\s+(?:be\s+)?discuss(?:ed)?)?|(?:discussion|talking)\s+(?:topics|points|items)|items\s+to\s+discuss|things\s+to\s+discuss)(?:\s+(?:for|in)\s+(?:the\s+|this\s+|next\s+|our\s+|today's\s+)?(?:meeting|call|session|today))?(?:\s*[:–—]|\s+-(?=\s)|[ \t]*(?=\r?\n))/gi;
const PROSE_AGENDA =
	/\b(?:we(?:'ll| will| are going to|'re going to| want to| need to)|let's|i'd like to|we'd like to)\s+(?:discuss|cover|go (?:over|through)|review|decide|walk through|talk about|look at)\b/gi;
const MINUTES = /(\d{1,3})\s*\+?\s*(?:minutes?|mins?)\b/i;
const HOURS = /(\d(?:\.\d{1,2})?)\s*(?:hours?|hrs?)\b/i;
const EMPTY_LABEL = /^\s*:?\s*(?:$|\n|\[|<|\{|tbd|tba|\?|\.{3}|…|_{2,}|-\s*(?:$|\n))/i;

type MarkerKind = 'list' | 'section' | 'prose';
interface Marker {
	pos: number;
	end: number;
	kind: MarkerKind;
	n?: number;
}

function collectMarkers(d: string): Marker[] {
	const markers: Marker[] = [];
	const sections: Marker[] = [];
	for (const m of d.matchAll(AGENDA_MARKER))
		sections.push({ pos: m.index, end: m.index + m[0].length, kind: 'section' });
	for (const m of d.matchAll(PROSE_AGENDA))
		sections.push({ pos: m.index, end: m.index + m[0].length, kind: 'prose' });
	markers.push(...sections);
	for (const m of d.matchAll(BULLET))
		markers.push({ pos: m.index, end: m.index + m[0].length, kind: 'list' });

	// Numbers are list markers only as a run 1, 2, 3 …; a lone "1." counts right after an agenda heading.
	const runs: Marker[][] = [];
	let run: Marker[] = [];
	for (const m of d.matchAll(NUMBERED)) {
		const n = Number(m[1]);
		const prev = run.at(-1)?.n;
		const marker: Marker = { pos: m.index, end: m.index + m[0].length, kind: 'list', n };
		if (prev !== undefined && n === prev + 1) run.push(marker);
		else if (n === 1 || n === 0) {
			if (run.length) runs.push(run);
			run = [marker];
		}
	}
	if (run.length) runs.push(run);
	const sectionEnds = new Set(sections.map((s) => s.end));
	for (const r of runs) {
		const head = r[0];
		if (!head) continue;
		const afterHeading = [0, 1, 2, 3].some((gap) => sectionEnds.has(head.pos - gap));
		if (r.length >= 2 || afterHeading) markers.push(...r);
	}
	return markers.sort((a, b) => a.pos - b.pos || b.end - a.end);
}

function classify(text: string): ItemKind {
	if (INTERACTIVE.test(text)) return 'interactive';
	if (STATUS.test(text)) return 'status';
	if (PRESENTATION.test(text)) return 'presentation';
	return 'neutral';
}

function minutesIn(text: string): number | undefined {
	const m = MINUTES.exec(text);
	if (m) return Number(m[1]);
	const h = HOURS.exec(text);
	return h ? Math.round(Number(h[1]) * 60) : undefined;
}

function pushItem(items: AgendaItem[], d: string, start: number, end: number): void {
	let s = start;
	let e = end;
	while (s < e && /[\s|>=*•\-–—:;,.]/.test(d[s] ?? '')) s++;
	while (e > s && /[\s|>=*•\-–—;,]/.test(d[e - 1] ?? '')) e--;
	if (e - s < 2) return;
	const text = d.slice(s, e);
	const minutes = minutesIn(text);
	items.push({ text, start: s, end: e, kind: classify(text), ...(minutes !== undefined ? { minutes } : {}) });
}

/** Splits the region [start, end) on the given separators into items. */
function pushSplit(items: AgendaItem[], d: string, start: number, end: number, separators: RegExp): void {
	let s = start;
	for (const m of d.slice(start, end).matchAll(separators)) {
		pushItem(items, d, s, start + m.index);
		s = start + m.index + m[0].length;
	}
	pushItem(items, d, s, end);
}

export function extractItems(d: string): AgendaItem[] {
	const markers = collectMarkers(d);
	const items: AgendaItem[] = [];
	let lastEnd = -1;
	for (let i = 0; i < markers.length; i++) {
		const m = markers[i];
		if (!m || m.pos < lastEnd) continue; // a marker inside another (a bullet right after "Agenda:")
		let next = d.length;
		for (let j = i + 1; j < markers.length; j++) {
			const n = markers[j];
			if (n && n.pos >= m.end) {
				next = n.pos;
				break;
			}
		}
		lastEnd = m.end;
		// Search only up to the next marker, so a long description stays linear.
		const region = d.slice(m.end, next);
		if (m.kind === 'list') {
			const nl = region.indexOf('\n');
			pushItem(items, d, m.end, nl >= 0 ? m.end + nl : next);
		} else if (m.kind === 'section') {
			const blank = region.indexOf('\n\n', 1);
			pushSplit(items, d, m.end, blank >= 0 ? m.end + blank : next, /;|\r?\n/g);
		} else {
			const stop = /[.?!\n]/.exec(region);
			pushSplit(items, d, m.pos, stop ? m.end + stop.index : next, /;|,? and (?=\w)/g);
		}
	}
	return items;
}

const PLACEHOLDERS_G = new RegExp(`${PLACEHOLDER.source}|${TEMPLATE.source}`, 'gi');

/** Not a stand-in: once TBDs and template slots are taken out, a few words of substance are left. */
function isFilled(item: AgendaItem): boolean {
	const rest = item.text.replace(PLACEHOLDERS_G, ' ');
	return (rest.match(/\p{L}{2,}/gu)?.length ?? 0) >= (rest.length < item.text.length ? 3 : 1);
}

/** A heading whose content follows as its own items ("Possible discussion topics:", "… as follows:"). */
const isHeading = (item: AgendaItem) => /:\s*$/.test(item.text);

/** A real topic, not a bare "Updates" or "AOB". */
const isSpecific = (item: AgendaItem) => !GENERIC_ITEM.test(item.text.replace(/[\s.?!…:]+$/, ''));

function namesGoal(text: string): boolean {
	for (const m of text.matchAll(GOAL)) {
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 48);
		if (LOGISTICS_AFTER.test(after) || EMPTY_LABEL.test(after)) continue;
		return true;
	}
	return false;
}

function asyncShareOf(items: AgendaItem[]): number {
	if (items.length === 0) return 0;
	const known = items.flatMap((t) => (t.minutes !== undefined ? [t.minutes] : []));
	const fallback = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 10;
	let total = 0;
	let reporting = 0;
	for (const t of items) {
		const min = t.minutes ?? fallback;
		total += min;
		if (t.kind === 'status' || t.kind === 'presentation') reporting += min;
	}
	return total > 0 ? reporting / total : 0;
}

export function durationOf(meeting: Meeting): number | undefined {
	if (meeting.start !== undefined && meeting.end !== undefined && meeting.end >= meeting.start)
		return (meeting.end - meeting.start) / 60_000;
	return meeting.durationMin;
}

export function leadHoursOf(meeting: Meeting, context: Pick<AnalysisContext, 'now'>): number | undefined {
	if (meeting.start !== undefined) return (meeting.start - context.now) / 3_600_000;
	return meeting.leadTimeHours;
}

export function requiredCountOf(meeting: Meeting): number | undefined {
	const named = meeting.attendees.required.length;
	if (meeting.attendees.count !== undefined) return Math.max(meeting.attendees.count, named);
	return named > 0 ? named : undefined;
}

const AGENDA_LINK =
	/\bagenda\b[^\n]{0,40}(?:https?:\/\/|<link>|\[[^\]\n]{1,60}\]\()|(?:https?:\/\/\S*agenda|<link>[^\n]{0,20}\bagenda\b)|\bagenda (?:doc(?:ument)?|page|is (?:in|at|on|here|linked)|(?:can be )?found|lives)\b|\b(?:see|read|check) (?:the )?(?:agenda|meeting notes doc)\b/i;
const TIME_SLOT =
	/(?:^|\n)[ \t*•-]*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?(?:am|pm))\s*(?:(?:[-–—]|to)\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?(?:am|pm))\s*)?(?:[a-z]{2,4}\s*)?[:|–—-]?\s*\p{L}/giu;
const SECTION =
	/(?:^|\n)[ \t]*(?:#{1,4}[ \t]+\S|\*\*[^*\n]{2,60}\*\*[ \t]*:?[ \t]*(?:\n|$)|(?:topic|item|session|part)\s+\d+\s*[:.–-])/gi;

export function readMeeting(
	meeting: Meeting,
	context: Pick<AnalysisContext, 'now'>,
	_norms?: Norms,
): MeetingFacts {
	const title = meeting.title.trim();
	const description = meeting.description;
	const items = extractItems(description);
	const filled = items.filter((i) => isFilled(i) && !isHeading(i));
	const topics = filled.filter(isSpecific);
	const leadHours = leadHoursOf(meeting, context);
	const durationMin = durationOf(meeting);
	const requiredCount = requiredCountOf(meeting);
	return {
		title,
		description,
		topics,
		template: TEMPLATE.test(description),
		placeholder: PLACEHOLDER.test(description),
		hasGoal: namesGoal(title) || namesGoal(description),
		asyncShare: asyncShareOf(filled),
		asyncTitle: ASYNC_TITLE.test(title),
		roundRobin: ROUND_ROBIN.test(description),
		...(leadHours !== undefined ? { leadHours } : {}),
		...(durationMin !== undefined ? { durationMin } : {}),
		...(requiredCount !== undefined ? { requiredCount } : {}),
		agendaLink: AGENDA_LINK.test(description),
		timeSlots: description.slice(0, 20_000).match(TIME_SLOT)?.length ?? 0,
		sections: description.slice(0, 20_000).match(SECTION)?.length ?? 0,
		words: description.match(/\p{L}+/gu)?.length ?? 0,
	};
}

/**
 * The invite carries an agenda in some shape: named topics, a link to the agenda, or a timed program.
 */
export function hasAgenda(facts: MeetingFacts): boolean {
	// Headings alone are not an agenda: a bot's template has them too.
	return facts.topics.length > 0 || (facts.agendaLink && !facts.placeholder) || facts.timeSlots >= 2;
}
