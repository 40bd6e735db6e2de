import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/core/chat/analyze-draft.js';
import { draftFacts } from '../../src/core/chat/draft-facts.js';
import { CHAT_RULES } from '../../src/core/chat/rules/index.js';
import { AnalysisContext } from '../../src/core/context.js';
import { Finding } from '../../src/core/finding.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { chatExamplesOf } from './rule-examples.js';

const context = AnalysisContext.parse({ now: Date.UTC(2025, 5, 2, 9) });
const cases = CHAT_RULES.flatMap((rule) => [
	...chatExamplesOf(rule.id).positive.map((text) => ({ rule, text, expected: true })),
	...chatExamplesOf(rule.id).negative.map((text) => ({ rule, text, expected: false })),
]);

describe('chat rules', () => {
	it('has one file per rule, named by its id', () => {
		const files = readdirSync(new URL('../../src/core/chat/rules/', import.meta.url))
			.filter((f) => f !== 'index.ts')
			.map((f) => f.replace(/\.ts$/, ''));
		expect(files.sort()).toEqual(CHAT_RULES.map((r) => r.id).sort());
	});

	it.each(CHAT_RULES.map((r) => [r.id, r] as const))(
		'%s carries at least 3 positive and 3 negative examples',
		(_, rule) => {
			expect(chatExamplesOf(rule.id).positive.length).toBeGreaterThanOrEqual(3);
			expect(chatExamplesOf(rule.id).negative.length).toBeGreaterThanOrEqual(3);
		},
	);

	// A rule proposes; the learned scorer decides what is shown (its figures come from `unhurried eval`). So a
	// positive example is one the rule proposes, and a negative one is never shown, by any rule or the scorer.
	it.each(
		cases.map(
			(c) => [c.rule.id, c.expected ? 'proposes' : 'shows nothing of its kind for', c.text, c] as const,
		),
	)('%s %s: %s', (_, __, text, { rule, expected }) => {
		if (expected) {
			const draft = draftFacts(text);
			const proposed = rule.check({ draft, context, norms: DEFAULT_NORMS, phrases: [] });
			expect(proposed.map((f) => f.kind)).toContain(rule.kind);
		} else expect(analyzeDraft(text, context, DEFAULT_NORMS).map((f) => f.kind)).not.toContain(rule.kind);
	});

	it('every finding of every example is a valid Finding with a one-line message and a why', () => {
		for (const { text } of cases) {
			for (const f of analyzeDraft(text, context, DEFAULT_NORMS)) {
				expect(Finding.safeParse(f).success).toBe(true);
				expect(f.message).not.toContain('\n');
				expect(f.why.length).toBeGreaterThan(20);
				expect(f.fixes.length).toBeGreaterThan(0);
				if (f.span) expect(f.span.end).toBeLessThanOrEqual(text.length);
			}
		}
	});
});
