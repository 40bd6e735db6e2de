import { describe, expect, it } from 'vitest';
import { AnalysisContext } from '../../src/core/context.js';
import { type Candidate, Finding } from '../../src/core/finding.js';
import { analyzeMeeting, proposeMeeting } from '../../src/core/meeting/analyze-meeting.js';
import { Meeting, type MeetingInput } from '../../src/core/meeting/meeting.js';
import { EXAMPLE_NOW } from '../../src/core/meeting/meeting-rule.js';
import { isScored } from '../../src/core/meeting/meeting-scorer.js';
import { MEETING_RULES } from '../../src/core/meeting/rules/index.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { type Norms, Preset } from '../../src/core/norms/schema.js';
import { meetingExamplesOf } from './rule-examples.js';

const context = AnalysisContext.parse({ surface: 'calendar', now: EXAMPLE_NOW });
const run = (input: MeetingInput, norms: Norms = DEFAULT_NORMS, ctx = context) =>
	analyzeMeeting(Meeting.parse(input), ctx, norms);
const kinds = (input: MeetingInput, norms?: Norms) => run(input, norms).map((f) => f.kind);

describe('meeting rules', () => {
	it('have unique ids, one file each, and at least three examples each way', () => {
		expect(new Set(MEETING_RULES.map((r) => r.id)).size).toBe(MEETING_RULES.length);
		for (const r of MEETING_RULES) {
			expect(r.id).toBe(r.kind.replaceAll('_', '-'));
			expect(meetingExamplesOf(r.id).positive.length).toBeGreaterThanOrEqual(3);
			expect(meetingExamplesOf(r.id).negative.length).toBeGreaterThanOrEqual(3);
		}
	});

	for (const rule of MEETING_RULES) {
		describe(rule.id, () => {
			const norms = meetingExamplesOf(rule.id).norms ?? DEFAULT_NORMS;
			// The rules of judgement calls (agenda, goal, async) propose and the learned scorer decides: their
			// positives are what the rule proposes. The rules read off numbers are shown as they propose.
			it.each(meetingExamplesOf(rule.id).positive.map((m) => [m.title ?? '', m] as const))(
				'flags %j',
				(_t, m) => {
					const found: Candidate[] = isScored(rule.kind)
						? (proposeMeeting(Meeting.parse(m), context, norms).proposals.find((p) => p.rule === rule)
								?.candidates ?? [])
						: run(m, norms).filter((f) => f.rule === rule.id);
					expect(found).toHaveLength(1);
					const [f] = found;
					expect(f?.kind).toBe(rule.kind);
					// A candidate may say the team's norms force it; as a finding it is the same otherwise.
					const { forced: _, ...candidate } = f ?? ({} as Candidate);
					expect(Finding.parse({ ...candidate, confidence: 1 })).toEqual({ ...candidate, confidence: 1 });
					expect(f?.why.length).toBeGreaterThan(40);
				},
			);
			it.each(meetingExamplesOf(rule.id).negative.map((m) => [m.title ?? '', m] as const))(
				'leaves %j alone',
				(_t, m) => {
					expect(run(m, norms).filter((f) => f.rule === rule.id)).toEqual([]);
				},
			);
			it('is silent when disabled', () => {
				const ctx = AnalysisContext.parse({ now: EXAMPLE_NOW, disabledRules: [rule.id] });
				for (const m of meetingExamplesOf(rule.id).positive)
					expect(run(m, norms, ctx).filter((f) => f.rule === rule.id)).toEqual([]);
			});
		});
	}
});

describe('analyzeMeeting', () => {
	it('finds nothing wrong with a well-prepared invite', () => {
		expect(
			run({
				title: 'Checkout redesign: pick the payment flow',
				description:
					'Goal: choose between the one-page and the two-step flow.\nPre-reading: the test results doc.\n\nAgenda:\n1. Test results recap (Lea, 10 min)\n2. Trade-offs (Omar, 10 min)\n3. Decision and owners (Lea, 5 min)',
				start: EXAMPLE_NOW + 72 * 3_600_000,
				end: EXAMPLE_NOW + 72 * 3_600_000 + 30 * 60_000,
				attendees: { required: ['Lea', 'Omar', 'Pat'], optional: ['Quinn'] },
			}),
		).toEqual([]);
	});

	it('explains with the norms it is given, not with constants', () => {
		const norms = Preset.parse({
			...DEFAULT_NORMS,
			meetings: { ...DEFAULT_NORMS.meetings, agendaLeadHours: 48, maxRequiredAttendees: 5 },
		});
		const findings = run(
			{ title: 'Plan', description: 'Agenda: decide the plan', leadTimeHours: 30, attendees: { count: 6 } },
			norms,
		);
		expect(findings.map((f) => f.kind)).toEqual(['late_agenda', 'too_many_attendees']);
		expect(findings[0]?.why).toContain('48 h');
		expect(findings[0]?.why).toContain('starts in 30 h');
		expect(findings[1]?.why).toContain('5 required');
	});

	it('reads lead time from the start when it is known, and ignores meetings already under way', () => {
		const m = { title: 'x', description: 'Agenda: decide x' };
		expect(kinds({ ...m, start: EXAMPLE_NOW + 3 * 3_600_000 })).toContain('late_agenda');
		expect(kinds({ ...m, start: EXAMPLE_NOW - 3_600_000 })).not.toContain('late_agenda');
	});

	it('counts required attendees only, and stays silent with no count', () => {
		const m = { title: 'x', description: 'Agenda: decide x' };
		expect(kinds({ ...m, attendees: { count: 9 } })).toContain('too_many_attendees');
		expect(kinds({ ...m, attendees: { optional: Array.from({ length: 30 }, (_, i) => `p${i}`) } })).toEqual(
			[],
		);
		expect(kinds(m)).toEqual([]);
	});

	it('suggests the attendees who own no topic as optional', () => {
		const required = ['Ana', 'Ben', 'Cai', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jon'];
		const [f] = run({
			title: 'x',
			description: 'Agenda: 1. Decide (Ana) 2. Plan (Ben)',
			attendees: { required },
		});
		const fix = f?.fixes.find((x) => x.type === 'make-optional');
		expect(fix?.type === 'make-optional' && fix.suggested).toEqual(required.slice(2));
	});

	it('only flags meetings strictly longer than the long-meeting mark', () => {
		expect(kinds({ title: 'x', description: 'Agenda: decide x', durationMin: 60 })).toEqual([]);
		expect(kinds({ title: 'x', description: 'Agenda: decide x', durationMin: 90 })).toEqual(['long_meeting']);
	});

	it('offers an agenda template built from the invite', () => {
		const [f] = run({ title: 'Launch review', description: '' });
		const fix = f?.fixes[0];
		expect(fix?.type).toBe('insert-template');
		if (fix?.type !== 'insert-template') return;
		expect(fix.field).toBe('description');
		// Only what the invite says: its title as the topic, times that fit the slot; no line left to fill in.
		expect(fix.text).toMatch(
			/^Agenda \(\d+ min\):\n1\. Launch review — \d+ min\n2\. Decisions, owners and next steps — 5 min$/,
		);
	});

	it('keeps the existing topics and their time boxes in the template', () => {
		// What the no-agenda rule proposes (whether it is shown is the scorer's call).
		const { proposals } = proposeMeeting(
			Meeting.parse({
				title: 'Guild',
				description: 'Agenda:\n- [topic] — [owner]\n- Lint rules — 10 min',
				durationMin: 30,
			}),
			context,
			DEFAULT_NORMS,
		);
		const [f] = proposals.find((p) => p.rule.id === 'no-agenda')?.candidates ?? [];
		expect(f?.kind).toBe('no_agenda');
		const fix = f?.fixes[0];
		expect(fix?.type === 'insert-template' && fix.text).toContain('1. Lint rules — 10 min');
	});

	it('turns a status meeting into a doc skeleton and a video outline, naming the team tools', () => {
		const norms = Preset.parse({
			...DEFAULT_NORMS,
			tools: {
				doc: { name: 'Notion', urlTemplate: 'https://notion.so/new?title={title}' },
				video: { name: 'Loom', urlTemplate: 'https://loom.com/record' },
			},
		});
		const [f] = run(
			{ title: 'Weekly status', description: 'Agenda:\n- Status update: web\n- Status update: mobile' },
			norms,
		).filter((x) => x.kind === 'could_be_async');
		expect(f?.why).toContain('12–24 h');
		expect(f?.why).toContain('8–12 h');
		const doc = f?.fixes.find((x) => x.type === 'open-doc');
		const video = f?.fixes.find((x) => x.type === 'record-video');
		expect(doc?.label).toContain('Notion');
		expect(video?.label).toContain('Loom');
		expect(doc?.type === 'open-doc' && doc.title).toBe('Weekly status');
		expect(doc?.type === 'open-doc' && doc.skeleton).toContain('- Status update: web');
	});

	it('does not ask for an agenda when the team does not require one', () => {
		const norms = { ...DEFAULT_NORMS, meetings: { ...DEFAULT_NORMS.meetings, agendaRequired: false } };
		expect(kinds({ title: 'Decide the venue', description: '' }, norms)).toEqual([]);
	});
});
