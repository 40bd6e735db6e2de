import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { migratePreset } from '../../src/core/norms/migrate-preset.js';
import { parsePresetText } from '../../src/core/norms/parse-preset.js';
import { BUILTIN_PRESET_NAMES, BUILTIN_PRESETS } from '../../src/core/norms/presets/index.js';
import { Preset, SCHEMA_VERSION } from '../../src/core/norms/schema.js';

describe('built-in presets', () => {
	it('has at least three, each valid and round-tripping through JSON', () => {
		expect(BUILTIN_PRESET_NAMES.length).toBeGreaterThanOrEqual(3);
		for (const preset of Object.values(BUILTIN_PRESETS)) {
			expect(Preset.parse(preset)).toEqual(preset);
			expect(parsePresetText(JSON.stringify(preset))).toEqual({ ok: true, preset });
		}
	});

	it('the balanced one is the built-in default, with the seed article’s windows', () => {
		expect(BUILTIN_PRESETS.balanced).toBe(DEFAULT_NORMS);
		const r = (c: keyof typeof DEFAULT_NORMS.channels) => DEFAULT_NORMS.channels[c].response;
		expect([r('doc'), r('video'), r('chat'), r('meeting')]).toEqual([
			{ minHours: 12, maxHours: 24 },
			{ minHours: 8, maxHours: 12 },
			{ minHours: 2, maxHours: 4 },
			{ minHours: 0, maxHours: 0 },
		]);
	});

	it('really differ: targets, chat windows, emergency routes and meeting rules', () => {
		const all = Object.values(BUILTIN_PRESETS);
		const distinct = (f: (p: (typeof all)[number]) => unknown) =>
			new Set(all.map((p) => JSON.stringify(f(p)))).size;
		expect(distinct((p) => p.asyncTargetPercent)).toBe(all.length);
		expect(distinct((p) => p.channels.chat.response)).toBe(all.length);
		expect(distinct((p) => p.meetings)).toBe(all.length);
		expect(distinct((p) => p.thresholds)).toBe(all.length);
		expect(BUILTIN_PRESETS['support-on-call'].emergency.channel.kind).toBe('pager');
		expect(BUILTIN_PRESETS['support-on-call'].meetings.agendaRequired).toBe(false);
	});
});

describe('preset schema versions', () => {
	it('keeps the current version as is', () => {
		expect(migratePreset({ schemaVersion: SCHEMA_VERSION, name: 'x' })).toEqual({
			ok: true,
			value: { schemaVersion: SCHEMA_VERSION, name: 'x' },
		});
	});

	it('upgrades old versions step by step before validation', () => {
		const migrations = {
			1: (v: Record<string, unknown>) => ({ ...v, renamed: v.old, old: undefined }),
			2: (v: Record<string, unknown>) => ({ ...v, added: true }),
		};
		const result = migratePreset({ schemaVersion: 1, old: 5 }, { migrations, current: 3 });
		expect(result).toEqual({
			ok: true,
			value: { schemaVersion: 3, renamed: 5, old: undefined, added: true },
		});
	});

	it('refuses versions that are too new, too old or have no upgrade', () => {
		expect(migratePreset({ schemaVersion: SCHEMA_VERSION + 1 })).toMatchObject({
			ok: false,
			error: { message: /newer/ },
		});
		expect(migratePreset({ schemaVersion: 1 }, { current: 3, oldest: 2 })).toMatchObject({
			ok: false,
			error: { message: /no longer supported/ },
		});
		expect(migratePreset({ schemaVersion: 1 }, { current: 2, migrations: {} })).toMatchObject({
			ok: false,
			error: { message: /no upgrade/ },
		});
	});
});
