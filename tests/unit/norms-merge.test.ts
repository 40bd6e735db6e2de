import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { FIELD_PATHS, isFieldPathOrSection } from '../../src/core/norms/field-paths.js';
import { isLocked, leafPaths, mergeNorms, type NormsLayer } from '../../src/core/norms/merge-norms.js';
import { BUILTIN_PRESETS } from '../../src/core/norms/presets/index.js';
import { PresetPatch } from '../../src/core/norms/schema.js';

const builtin: NormsLayer = { source: 'builtin', patch: DEFAULT_NORMS };
const support = BUILTIN_PRESETS['support-on-call'];
const asyncFirst = BUILTIN_PRESETS['async-first'];

describe('mergeNorms', () => {
	it('gives the built-in default, every field from builtin, when nothing else is set', () => {
		const { norms, sources, locked } = mergeNorms([builtin]);
		expect(norms).toEqual(DEFAULT_NORMS);
		expect(new Set(Object.values(sources))).toEqual(new Set(['builtin']));
		expect(sources['channels.chat.response']).toBe('builtin');
		expect(locked).toEqual([]);
	});

	it('follows policy > subscription > file > personal > builtin, field by field', () => {
		const layers: NormsLayer[] = [
			{
				source: 'personal',
				patch: {
					thresholds: { docWords: 400 },
					asyncTargetPercent: 50,
					meetings: { defaultDurationMin: 20 },
				},
			},
			builtin,
			{ source: 'file', patch: asyncFirst },
			{
				source: 'policy',
				patch: { emergency: { channel: { kind: 'phone', name: 'NOC', how: 'Call +1 555 0100.' } } },
			},
			{ source: 'subscription', patch: support },
		];
		const { norms, sources } = mergeNorms(layers);
		expect(norms.emergency.channel.name).toBe('NOC');
		expect(sources['emergency.channel']).toBe('policy');
		expect(norms.emergency.counts).toEqual(support.emergency.counts);
		expect(sources['emergency.counts']).toBe('subscription');
		expect(norms.channels.chat.response).toEqual({ minHours: 0.25, maxHours: 1 });
		expect(sources['channels.chat.response']).toBe('subscription');
		// the subscription and the file set every norm, so personal overrides only win where they are alone
		expect(norms.asyncTargetPercent).toBe(60);
		expect(sources.asyncTargetPercent).toBe('subscription');
		expect(norms.name).toBe(support.name);
		expect(sources.name).toBe('subscription');
	});

	it('lets personal overrides win over the built-in', () => {
		const { norms, sources } = mergeNorms([
			builtin,
			{ source: 'personal', patch: { thresholds: { docWords: 400 } } },
		]);
		expect(norms.thresholds).toEqual({ ...DEFAULT_NORMS.thresholds, docWords: 400 });
		expect(sources['thresholds.docWords']).toBe('personal');
		expect(sources['thresholds.docQuestions']).toBe('builtin');
	});

	it('keeps a locked field from policy, or from the built-in when policy does not set it', () => {
		const layers: NormsLayer[] = [
			builtin,
			{ source: 'policy', patch: { asyncTargetPercent: 85 } },
			{ source: 'file', patch: asyncFirst },
			{
				source: 'personal',
				patch: { asyncTargetPercent: 10, meetings: { agendaLeadHours: 1 }, thresholds: { docWords: 999 } },
			},
		];
		const { norms, sources, locked } = mergeNorms(layers, ['asyncTargetPercent', 'meetings']);
		expect(norms.asyncTargetPercent).toBe(85);
		expect(sources.asyncTargetPercent).toBe('policy');
		expect(norms.meetings).toEqual(DEFAULT_NORMS.meetings);
		expect(sources['meetings.agendaLeadHours']).toBe('builtin');
		expect(norms.thresholds.docWords).toBe(asyncFirst.thresholds.docWords); // file beats personal, not locked
		expect(locked).toEqual(['asyncTargetPercent', 'meetings']);
		expect(isLocked(locked, 'meetings.agendaLeadHours')).toBe(true);
		expect(isLocked(locked, 'thresholds.docWords')).toBe(false);
	});

	it('lets a subscription set by policy fill locked fields, but not one a person chose', () => {
		const admin = mergeNorms([builtin, { source: 'subscription', patch: support, admin: true }], ['*']);
		expect(admin.norms.channels.chat.response).toEqual(support.channels.chat.response);
		expect(admin.locked).toEqual(['*']);
		const own = mergeNorms([builtin, { source: 'subscription', patch: support }], ['*']);
		expect(own.norms).toEqual(DEFAULT_NORMS);
	});

	it('sets a response window whole, so merging never makes it end before it starts', () => {
		const { norms } = mergeNorms([
			builtin,
			{ source: 'policy', patch: { channels: { chat: { response: { minHours: 0, maxHours: 1 } } } } },
			{ source: 'personal', patch: { channels: { chat: { label: 'Slack thread' } } } },
		]);
		expect(norms.channels.chat).toMatchObject({
			label: 'Slack thread',
			response: { minHours: 0, maxHours: 1 },
		});
	});

	it('cannot pollute prototypes, whatever a patch holds', () => {
		const hostile = JSON.parse('{"__proto__": {"polluted": 1}, "meetings": {"__proto__": {"polluted": 2}}}');
		const { norms } = mergeNorms([builtin, { source: 'personal', patch: hostile }]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(norms.meetings)).toBe(Object.prototype);
		expect(PresetPatch.safeParse(hostile).success).toBe(false);
	});

	it('refuses to merge without the built-in layer', () => {
		expect(() => mergeNorms([{ source: 'personal', patch: {} }])).toThrow(/built-in/);
	});
});

describe('field paths', () => {
	it('lists leaves, with lists and whole-only objects as one field', () => {
		expect(FIELD_PATHS).toContain('channels.chat.response');
		expect(FIELD_PATHS).toContain('emergency.channel');
		expect(FIELD_PATHS).toContain('phrases.vague_ask');
		expect(FIELD_PATHS).toContain('roster');
		expect(FIELD_PATHS).toContain('tools.doc');
		expect(FIELD_PATHS).not.toContain('channels.chat.response.minHours');
		expect(FIELD_PATHS).not.toContain('schemaVersion');
		expect(leafPaths(DEFAULT_NORMS).every((p) => FIELD_PATHS.includes(p))).toBe(true);
	});

	it('knows sections and fields for locks', () => {
		expect(isFieldPathOrSection('channels')).toBe(true);
		expect(isFieldPathOrSection('channels.chat')).toBe(true);
		expect(isFieldPathOrSection('meetings.agendaLeadHours')).toBe(true);
		expect(isFieldPathOrSection('channel')).toBe(false);
		expect(isFieldPathOrSection('meetings.agenda')).toBe(false);
	});
});
