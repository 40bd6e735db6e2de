import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/core/chat/analyze-draft.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import type { Norms } from '../../src/core/norms/schema.js';

const norms: Norms = {
	...DEFAULT_NORMS,
	roster: [
		{
			name: 'Ana Pereira',
			handles: ['@ana'],
			timeZone: 'Europe/Lisbon',
			workingHours: ['Mon-Fri 09:00-17:00'],
		},
	],
};
const draft = 'Could you review the rollout checklist in PRJ-42 by Thursday?';
// Tuesday 24 Nov 2026: 22:40 in Lisbon (UTC+0 in winter), 10:00 the same day.
const late = Date.UTC(2026, 10, 24, 22, 40);
const daytime = Date.UTC(2026, 10, 24, 10, 0);
const ctx = (now: number, recipients: string[], disabledRules: string[] = []) => ({
	surface: 'chat' as const,
	channelKind: 'dm' as const,
	recipients,
	now,
	disabledRules,
	sensitivity: 'balanced' as const,
});

describe('analyzeDraft with a roster', () => {
	it('says when a recipient is outside their working hours, with their local time', () => {
		const found = analyzeDraft(draft, ctx(late, ['@ana']), norms).filter((f) => f.kind === 'outside_hours');
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toContain('22:40');
		expect(found[0]?.message).toContain('Ana Pereira');
		expect(found[0]?.why).toContain('2–4 h');
	});

	it('stays quiet in working hours, for strangers, without a roster, and when the rule is off', () => {
		const none = (n: Norms, c: ReturnType<typeof ctx>) =>
			analyzeDraft(draft, c, n).filter((f) => f.kind === 'outside_hours');
		expect(none(norms, ctx(daytime, ['@ana']))).toEqual([]);
		expect(none(norms, ctx(late, ['@bob']))).toEqual([]);
		expect(none(DEFAULT_NORMS, ctx(late, ['@ana']))).toEqual([]);
		expect(none(norms, ctx(late, ['@ana'], ['outside-hours']))).toEqual([]);
	});
});

describe('recipients @-mentioned in the draft', () => {
	const inChannel = (now: number) => ({ ...ctx(now, []), channelKind: 'channel' as const });
	const late_ = (text: string) =>
		analyzeDraft(text, inChannel(late), norms).filter((f) => f.kind === 'outside_hours');

	it('an exact roster handle in a channel draft is a recipient: their clock is said', () => {
		const found = late_('@ana could you review the rollout checklist in PRJ-42 by Thursday?');
		expect(found).toHaveLength(1);
		expect(found[0]?.message).toBe('22:40 for Ana Pereira; they read after 09:00 (Europe/Lisbon).');
		expect(late_('Could you review PRJ-42 by Thursday, @ANA?')).toHaveLength(1);
		expect(analyzeDraft(`@ana ${draft}`, inChannel(daytime), norms).map((f) => f.kind)).not.toContain(
			'outside_hours',
		);
	});

	it('nothing is guessed from other text: a bare name, a longer handle, an e-mail address', () => {
		expect(late_(`Ana, ${draft}`)).toEqual([]);
		expect(late_(`@ana.silva ${draft}`)).toEqual([]);
		expect(late_(`@anabel ${draft}`)).toEqual([]);
		expect(late_(`Mail ana@ana.example: ${draft}`)).toEqual([]);
	});
});
