/**
 * Every text fix the chat coach offers, on drafts written for this test: none puts a placeholder into the
 * message and each keeps the person's words. `FIX_TABLE=path` also writes the before/after table (issue 14).
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/core/chat/analyze-draft.js';
import { timeChoices } from '../../src/core/chat/time-choices.js';
import { AnalysisContext } from '../../src/core/context.js';
import type { Fix } from '../../src/core/finding.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import type { Norms } from '../../src/core/norms/schema.js';
import { applyFix, previewFix } from '../../src/core/text/apply-fix.js';
import { leftoverPlaceholders } from '../../src/core/text/placeholders.js';

// Tuesday 24 November 2026, 10:00 in Berlin.
const TUESDAY_10 = Date.UTC(2026, 10, 24, 9, 0);
const context = AnalysisContext.parse({ now: TUESDAY_10, timeZone: 'Europe/Berlin' });
const ANSWER = 'the Q3 churn numbers for the board deck';
/** What a person types where the answer is a sentence of its own (added at the end). */
const SENTENCE = 'could you check the Q3 churn numbers for the board deck?';
const answerFor = (fix: Fix) =>
	fix.type === 'fill-in' && !fix.before.trim() && !fix.replaces ? SENTENCE : ANSWER;

const DRAFTS = [
	'Please send me the slide deck ASAP.',
	'Can you review my expense report right away?',
	'I need the signed NDA back immediately.',
	'We need the venue shortlist urgently, thanks.',
	'Update the roadmap page now!!!',
	'This is super urgent!!',
	'URGENT: the invoice run needs your sign-off',
	'Can you do an urgent review of the deck?',
	'Please drop everything and review the deck.',
	'PLEASE SEND THE NUMBERS TO ME TODAY',
	'Hi Priya!',
	'hey @marco, got a minute?',
	'Can we talk tomorrow?',
	'Any update?',
	'Check this out and tell me what you think.',
	'Did you fix this?',
	'Can you approve that today?',
	'can someone approve?',
	'still failing on my side',
	'The export button does not work.',
	'Hi, <your question here>? Context: ‹link›.',
];

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}@']+/gu) ?? [];
/** Words a fix may drop: the pressure words it replaces, and the grammar around them. */
const MAY_GO = new Set([
	'asap',
	'urgent',
	'urgently',
	'immediately',
	'right',
	'away',
	'now',
	'super',
	'an',
	'a',
	'and',
	'drop',
	'everything',
	'your',
	'question',
	'here',
	'link',
]);

const rows: string[] = [];

describe('fixes keep the person’s words', () => {
	for (const draft of DRAFTS) {
		it(draft, () => {
			const findings = analyzeDraft(draft, context, DEFAULT_NORMS);
			const textFixes = findings.flatMap((f) =>
				f.fixes.flatMap((fix) => {
					const after = applyFix(draft, fix, answerFor(fix));
					return after === undefined ? [] : [{ f, fix, after }];
				}),
			);
			expect(findings.length).toBeGreaterThan(0);
			for (const { f, fix, after } of textFixes) {
				rows.push(`| ${f.kind} | ${fix.type}: ${fix.label} | ${draft} | ${after.replace(/\n/g, ' ⏎ ')} |`);
				// No placeholder ever goes into the message (the leftover ones in the last draft get filled in).
				const leftover = leftoverPlaceholders(after);
				if (f.kind !== 'leftover_placeholder') expect(leftover).toEqual(leftoverPlaceholders(draft));
				expect(after).not.toMatch(/<time|<when>|<link|‹…›/);
				const kept = new Set(words(after));
				for (const w of words(draft))
					if (!MAY_GO.has(w)) expect(kept.has(w) || kept.has(w.toLowerCase())).toBe(true);
				expect(previewFix(draft, fix, answerFor(fix))).toBeDefined();
			}
		});
	}
	it('writes the table when asked', () => {
		const path = process.env.FIX_TABLE;
		if (path)
			writeFileSync(path, ['| kind | fix | before | after |', '|---|---|---|---|', ...rows].join('\n'));
		expect(rows.length).toBeGreaterThan(DRAFTS.length);
	});
});

describe('time choices', () => {
	const choices = (
		now: number,
		zone = 'Europe/Berlin',
		recipients: string[] = [],
		norms: Norms = DEFAULT_NORMS,
	) => timeChoices({ now, timeZone: zone, recipients }, norms).map((c) => c.label);
	it('offers a time inside the reply window, end of day, the next morning and no rush', () => {
		expect(choices(TUESDAY_10)).toEqual(['By 2 pm', 'By end of day', 'By tomorrow morning', 'No rush']);
	});
	it('drops today late in the day and says Monday on a Friday', () => {
		expect(choices(Date.UTC(2026, 10, 27, 16, 30))).toEqual(['By Monday morning', 'No rush']);
	});
	it('waits for the reader’s morning when they are outside their hours', () => {
		const norms = structuredClone(DEFAULT_NORMS);
		norms.roster = [
			{ name: 'Kenji', handles: ['kenji'], timeZone: 'Asia/Tokyo', workingHours: ['Mon-Fri 10:00-18:00'] },
		] as Norms['roster'];
		// 10:00 in Berlin is 18:00 in Tokyo: Kenji's day is over.
		expect(choices(TUESDAY_10, 'Europe/Berlin', ['@kenji'], norms)).toEqual([
			'By tomorrow morning',
			'No rush',
		]);
	});
});
