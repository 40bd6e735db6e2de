import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalysisContext } from '../../src/core/context.js';
import { Finding } from '../../src/core/finding.js';
import { analyzeMeeting } from '../../src/core/meeting/analyze-meeting.js';
import { Meeting } from '../../src/core/meeting/meeting.js';
import { EXAMPLE_ROSTER_NORMS } from '../../src/core/meeting/meeting-roster-example.js';
import { EXAMPLE_NOW } from '../../src/core/meeting/meeting-rule.js';

const context = AnalysisContext.parse({ surface: 'calendar', now: EXAMPLE_NOW });
const analyze = (m: Parameters<typeof Meeting.parse>[0]) =>
	analyzeMeeting(Meeting.parse(m), context, EXAMPLE_ROSTER_NORMS);

// Text that stresses the reader: markers, placeholders, emoji, RTL, NUL, lone surrogates, CRLF.
const pieces = fc.constantFrom(
	'Agenda:',
	'1.',
	'2)',
	' - ',
	'\n',
	'\r\n',
	'\n\n',
	'* ',
	'• ',
	';',
	'TBD',
	'[topic]',
	'please add topics',
	'decide',
	'status update',
	'[10 min]',
	'30 minutes',
	'👩‍💻',
	'🙂',
	'مرحبا بالعالم',
	'שלום',
	'\u202e',
	'\u0000',
	'\ud800',
	'|',
	'(',
	'@ana',
	' ',
);
const text = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 300 }),
	fc.array(pieces, { maxLength: 80 }).map((a) => a.join('')),
);

describe('analyzeMeeting robustness', () => {
	it('never throws and returns valid findings for arbitrary invites', () => {
		fc.assert(
			fc.property(
				text,
				text,
				fc.option(fc.integer({ min: -1e13, max: 1e13 }), { nil: undefined }),
				fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
				fc.array(fc.oneof(fc.constantFrom('ana', 'Kenji Sato', '@maya'), fc.string({ maxLength: 20 })), {
					maxLength: 20,
				}),
				(title, description, start, durationMin, required) => {
					const findings = analyze({
						title: title.slice(0, 2000),
						description,
						...(start !== undefined ? { start } : {}),
						...(durationMin !== undefined ? { durationMin } : {}),
						attendees: { required },
					});
					for (const f of findings) expect(Finding.safeParse(f).success).toBe(true);
				},
			),
			{ numRuns: 400 },
		);
	});

	// Their speed (linear in length, adversarial runs under 1 s) is measured by `npm run bench:input`.
	it('reads adversarial runs of markers and letters into valid findings', () => {
		for (const unit of ['1. ', '- ', 'a', ' ', ':', 'agenda ', '(', '[', 'we will ', '\n']) {
			const description = unit.repeat(Math.ceil(100_000 / unit.length));
			for (const f of analyze({ title: unit, description })) expect(Finding.safeParse(f).success).toBe(true);
		}
	});
});
