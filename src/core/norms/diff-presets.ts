/**
 * What changes for the team between two presets, in words: "Chat replies: within 2–4 h → within 1–2 h",
 * "Kenji Sato joins (Asia/Tokyo, Mon-Fri 10:00-19:00)". Read by `unhurried preset diff A B` and the builder.
 * Both presets are parsed norms (each person's hours resolved), so a person whose hours equal the team's
 * counts as following the team hours.
 */
import { CHAT_KINDS } from '../kinds.js';
import { withinText } from './explain.js';
import type { Norms, Person } from './schema.js';
import { describeHours } from './week-hours.js';

export interface PresetChange {
	/** The part of the preset: `channels`, `emergency`, `meetings`, `thresholds`, `phrases`, `workingHours`, `roster`, `tools`, `identity`, `asyncTargetPercent`. */
	section: string;
	/** One line a team member understands. */
	text: string;
}

/** Each section's title, in the order changes are listed. */
export const CHANGE_SECTIONS: Readonly<Record<string, string>> = {
	identity: 'Preset',
	channels: 'Channels',
	emergency: 'Emergencies',
	meetings: 'Meetings',
	thresholds: 'When a draft should be a doc',
	phrases: 'Team phrases',
	workingHours: 'Working hours',
	roster: 'Roster',
	tools: 'Tools',
	asyncTargetPercent: 'Async target',
};

const CHANNEL_NAMES = { doc: 'Docs', video: 'Recorded video', chat: 'Chat', meeting: 'Meetings' } as const;

const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const quoteList = (items: readonly string[]) => items.map((i) => `"${i}"`).join(', ');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Added and removed items of two lists, each said once. */
function listChanges(section: string, what: string, before: readonly string[], after: readonly string[]) {
	const out: PresetChange[] = [];
	const added = after.filter((x) => !before.includes(x));
	const removed = before.filter((x) => !after.includes(x));
	if (added.length) out.push({ section, text: `${what}: adds ${quoteList(added)}` });
	if (removed.length) out.push({ section, text: `${what}: drops ${quoteList(removed)}` });
	return out;
}

const effective = (p: Person, team: readonly string[]) => describeHours(p.workingHours ?? team);
const followsTeam = (p: Person, team: readonly string[]) => same(p.workingHours ?? team, team);

/** People, by name, and how their weeks change; a change of team hours is said once for all who follow them. */
function rosterChanges(a: Norms, b: Norms): PresetChange[] {
	const out: PresetChange[] = [];
	const key = (p: Person) => p.name.toLowerCase();
	const before = new Map(a.roster.map((p) => [key(p), p]));
	const after = new Map(b.roster.map((p) => [key(p), p]));
	let onTeamHours = 0;
	const joins: PresetChange[] = [];
	const people: PresetChange[] = [];
	for (const [k, p] of after) {
		const old = before.get(k);
		if (!old) {
			const hours = followsTeam(p, b.workingHours) ? 'team hours' : effective(p, b.workingHours);
			joins.push({ section: 'roster', text: `${p.name} joins (${p.timeZone}, ${hours})` });
			continue;
		}
		if (old.timeZone !== p.timeZone)
			people.push({ section: 'roster', text: `${p.name}: time zone ${old.timeZone} → ${p.timeZone}` });
		const [was, now] = [effective(old, a.workingHours), effective(p, b.workingHours)];
		if (was !== now) {
			if (followsTeam(old, a.workingHours) && followsTeam(p, b.workingHours)) onTeamHours++;
			else people.push({ section: 'roster', text: `${p.name}: working hours ${was} → ${now}` });
		}
		if (!same(old.handles, p.handles))
			people.push({
				section: 'roster',
				text: `${p.name}: handles ${old.handles.join(', ') || 'none'} → ${p.handles.join(', ') || 'none'}`,
			});
	}
	for (const [k, p] of before) if (!after.has(k)) joins.push({ section: 'roster', text: `${p.name} leaves` });
	// Team hours matter through the people who work them; a change nobody works is not a change for the team.
	if (onTeamHours > 0)
		out.push({
			section: 'workingHours',
			text: `Team working hours: ${describeHours(a.workingHours)} → ${describeHours(b.workingHours)} (for ${onTeamHours} ${onTeamHours === 1 ? 'person' : 'people'})`,
		});
	return [...out, ...joins, ...people];
}

/** Every change from `a` to `b` that the team would notice; empty when they mean the same norms. */
export function diffPresets(a: Norms, b: Norms): PresetChange[] {
	const out: PresetChange[] = [];
	const push = (section: string, text: string) => out.push({ section, text });
	if (a.name !== b.name || a.version !== b.version)
		push('identity', `Preset: ${a.name} v${a.version} → ${b.name} v${b.version}`);

	for (const id of ['chat', 'doc', 'video', 'meeting'] as const) {
		const [x, y] = [a.channels[id], b.channels[id]];
		const name = CHANNEL_NAMES[id];
		if (!same(x.response, y.response))
			push('channels', `${name}: replies expected ${withinText(x.response)} → ${withinText(y.response)}`);
		if (x.label !== y.label) push('channels', `${name}: called "${x.label}" → "${y.label}"`);
		out.push(...listChanges('channels', `${name} best for`, x.bestFor, y.bestFor));
	}

	const [ea, eb] = [a.emergency.channel, b.emergency.channel];
	if (!same(ea, eb))
		push(
			'emergency',
			ea.name !== eb.name || ea.kind !== eb.kind
				? `Emergencies go to ${ea.name} (${ea.kind}) → ${eb.name} (${eb.kind})`
				: `How to reach ${eb.name}: "${ea.how}" → "${eb.how}"`,
		);
	out.push(
		...listChanges('emergency', 'What counts as an emergency', a.emergency.counts, b.emergency.counts),
	);

	const [ma, mb] = [a.meetings, b.meetings];
	const meeting = (changed: boolean, text: string) => changed && push('meetings', text);
	meeting(
		ma.agendaRequired !== mb.agendaRequired,
		`Agenda required: ${yesNo(ma.agendaRequired)} → ${yesNo(mb.agendaRequired)}`,
	);
	meeting(
		ma.agendaLeadHours !== mb.agendaLeadHours,
		`Agenda shared at least ${ma.agendaLeadHours} h → ${mb.agendaLeadHours} h ahead`,
	);
	meeting(
		ma.maxRequiredAttendees !== mb.maxRequiredAttendees,
		`At most ${ma.maxRequiredAttendees} → ${mb.maxRequiredAttendees} required attendees`,
	);
	meeting(
		ma.defaultDurationMin !== mb.defaultDurationMin,
		`Default meeting length: ${ma.defaultDurationMin} → ${mb.defaultDurationMin} min`,
	);
	meeting(
		ma.longDurationMin !== mb.longDurationMin,
		`A meeting is long after ${ma.longDurationMin} → ${mb.longDurationMin} min`,
	);
	meeting(
		ma.recordAndSummarize !== mb.recordAndSummarize,
		`Record and summarize meetings: ${yesNo(ma.recordAndSummarize)} → ${yesNo(mb.recordAndSummarize)}`,
	);

	const [ta, tb] = [a.thresholds, b.thresholds];
	if (ta.docWords !== tb.docWords)
		push('thresholds', `A draft should be a doc from ${ta.docWords} → ${tb.docWords} words`);
	if (ta.docQuestions !== tb.docQuestions)
		push('thresholds', `A draft should be a doc from ${ta.docQuestions} → ${tb.docQuestions} questions`);
	if (ta.docOptions !== tb.docOptions)
		push('thresholds', `A draft should be a doc from ${ta.docOptions} → ${tb.docOptions} options`);

	for (const kind of CHAT_KINDS)
		out.push(
			...listChanges(
				'phrases',
				`Team phrases for ${kind.replace('_', ' ')}`,
				a.phrases[kind] ?? [],
				b.phrases[kind] ?? [],
			),
		);

	out.push(...rosterChanges(a, b));

	for (const id of ['doc', 'video'] as const) {
		const [x, y] = [a.tools[id], b.tools[id]];
		if (same(x, y)) continue;
		const what = id === 'doc' ? 'Doc tool' : 'Video tool';
		push(
			'tools',
			`${what}: ${x ? `${x.name} (${x.urlTemplate})` : 'none'} → ${y ? `${y.name} (${y.urlTemplate})` : 'none'}`,
		);
	}
	if (a.asyncTargetPercent !== b.asyncTargetPercent)
		push('asyncTargetPercent', `Async target: ${a.asyncTargetPercent}% → ${b.asyncTargetPercent}%`);
	return out;
}
