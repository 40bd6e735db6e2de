/**
 * Issue 14's rule for every surface: no fix puts a placeholder into the person's text. The meeting fixes (the
 * agenda, the goal, the doc skeleton and video outline copied to the clipboard) and the chat "write a doc" skeleton
 * carry only finished lines built from the invite or the draft; what is missing is asked in the card (a fill-in).
 * Every rule's own examples are run, what each rule proposes is checked, shown or not.
 */
import { describe, expect, it } from 'vitest';
import { draftFacts } from '../../src/core/chat/draft-facts.js';
import { CHAT_RULES } from '../../src/core/chat/rules/index.js';
import { AnalysisContext } from '../../src/core/context.js';
import type { Candidate, Fix } from '../../src/core/finding.js';
import { proposeMeeting } from '../../src/core/meeting/analyze-meeting.js';
import { Meeting } from '../../src/core/meeting/meeting.js';
import { EXAMPLE_NOW } from '../../src/core/meeting/meeting-rule.js';
import { MEETING_RULES } from '../../src/core/meeting/rules/index.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { leftoverPlaceholders } from '../../src/core/text/placeholders.js';
import { chatExamplesOf, meetingExamplesOf } from './rule-examples.js';

/** The text a fix puts into the message, the description or the clipboard. */
function textsOf(fix: Fix): string[] {
	switch (fix.type) {
		case 'replace':
		case 'rewrite':
		case 'insert-template':
			return [fix.text];
		case 'fill-in':
			return [fix.before, fix.after];
		case 'open-doc':
			return [fix.skeleton];
		case 'record-video':
			return [fix.outline];
		default:
			return [];
	}
}

/** A placeholder: ‹…›, <two words>, or a parenthesised instruction such as "(name)", "(update)", "(link — …)". */
function placeholdersIn(text: string): string[] {
	const angled = leftoverPlaceholders(text).map((s) => text.slice(s.start, s.end));
	const parens = [
		...text.matchAll(/\((?:name|topic|update|link|the subject|what|question|decided|show)[^)]*\)/gi),
	];
	return [...angled, ...parens.map((m) => m[0])];
}

const meetingContext = AnalysisContext.parse({ surface: 'calendar', now: EXAMPLE_NOW });
const chatContext = AnalysisContext.parse({ surface: 'chat', channelKind: 'channel', now: EXAMPLE_NOW });

const meetingCandidates: [string, Candidate][] = MEETING_RULES.flatMap((rule) =>
	meetingExamplesOf(rule.id).positive.flatMap((m) =>
		proposeMeeting(Meeting.parse(m), meetingContext, DEFAULT_NORMS)
			.proposals.filter((p) => p.rule === rule)
			.flatMap((p) => p.candidates.map((c) => [rule.id, c] as [string, Candidate])),
	),
);
const chatCandidates: [string, Candidate][] = CHAT_RULES.flatMap((rule) =>
	chatExamplesOf(rule.id).positive.flatMap((text) =>
		rule
			.check({ draft: draftFacts(text), context: chatContext, norms: DEFAULT_NORMS, phrases: [] })
			.map((c) => [rule.id, c] as [string, Candidate]),
	),
);

describe('no fix inserts or copies a placeholder', () => {
	it('the check itself finds the old templates’ placeholders', () => {
		expect(placeholdersIn('1. Launch review — owner: (name) — 25 min')).toEqual(['(name)']);
		expect(placeholdersIn('- Option A: <…>\n<why this matters now>')).toHaveLength(2);
		expect(placeholdersIn('- Status: web: (update)')).toEqual(['(update)']);
	});

	it('meeting fixes: agenda, goal, time-box, doc skeleton and video outline', () => {
		const kinds = new Set(meetingCandidates.map(([, c]) => c.kind));
		expect(kinds).toContain('no_agenda');
		expect(kinds).toContain('no_goal');
		expect(kinds).toContain('could_be_async');
		for (const [rule, c] of meetingCandidates)
			for (const fix of c.fixes)
				for (const text of textsOf(fix)) expect(placeholdersIn(text), `${rule}: ${fix.label}`).toEqual([]);
	});

	it('chat fixes, the "write a doc" skeleton included', () => {
		expect(chatCandidates.some(([, c]) => c.fixes.some((f) => f.type === 'open-doc'))).toBe(true);
		for (const [rule, c] of chatCandidates)
			for (const fix of c.fixes)
				for (const text of textsOf(fix)) expect(placeholdersIn(text), `${rule}: ${fix.label}`).toEqual([]);
	});

	it('the agenda is built from the invite; the goal is asked in the card', () => {
		const { proposals } = proposeMeeting(
			Meeting.parse({ title: 'Budget sync', description: 'Zoom: https://example.com/j/1', durationMin: 30 }),
			meetingContext,
			DEFAULT_NORMS,
		);
		const fixes = proposals.flatMap((p) => p.candidates.flatMap((c) => c.fixes));
		const agenda = fixes.find((f) => f.label === 'Add an agenda');
		expect(agenda?.type === 'insert-template' && agenda.text).toBe(
			'Agenda (30 min):\n1. Budget sync — 25 min\n2. Decisions, owners and next steps — 5 min',
		);
		const goal = fixes.find((f) => f.label === 'Name the goal');
		expect(goal).toMatchObject({ type: 'fill-in', prompt: 'What should this meeting decide or produce?' });
	});

	it('the doc skeleton holds only the draft’s own sentences, and no heading without any', () => {
		const docs = chatCandidates.flatMap(([, c]) => c.fixes.filter((f) => f.type === 'open-doc'));
		const drafts = chatExamplesOf('suggest-doc').positive.map((t) => t.replace(/\s+/g, ' '));
		expect(docs.length).toBeGreaterThan(0);
		for (const fix of docs) {
			if (fix.type !== 'open-doc') continue;
			const lines = fix.skeleton.split('\n');
			lines.forEach((line, i) => {
				if (line.startsWith('#')) {
					if (i > 0) expect(lines[i + 1] ?? '#', `an empty section: ${line}`).not.toMatch(/^#|^$/);
					return;
				}
				const own = line.replace(/^- /, '').replace(/…$/, '').replace(/\s+/g, ' ');
				expect(
					drafts.some((d) => d.includes(own) || own.split(' ').every((w) => d.includes(w))),
					line,
				).toBe(true);
			});
		}
	});
});
