/**
 * Old presets stay valid: a schemaVersion 1 file (the admin guide's example as it was published) loads, and
 * every person's week is the same minute for minute; a version 1 policy roster without a schemaVersion too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateManagedConfig } from '../../src/core/norms/managed-config.js';
import { parsePresetText, StoredPreset } from '../../src/core/norms/parse-preset.js';
import { isWithinWorkingHours, localTimeAt } from '../../src/core/norms/roster.js';
import { type Person, SCHEMA_VERSION } from '../../src/core/norms/schema.js';

const V1_TEXT = readFileSync(new URL('./fixtures/preset-v1.json', import.meta.url), 'utf8');
const V1 = JSON.parse(V1_TEXT);

type V1Week = Record<string, { start: string; end: string }>;
/** The version 1 rule, written out: inside the local weekday's interval, end exclusive. */
function v1Within(person: { timeZone: string; workingHours: V1Week }, at: number): boolean {
	const local = localTimeAt(person.timeZone, at);
	const i = person.workingHours[local.weekday];
	if (!i) return false;
	const minutes = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
	return local.minutes >= minutes(i.start) && local.minutes < minutes(i.end);
}

describe('schemaVersion 1 presets', () => {
	it('load, upgraded to the current version', () => {
		expect(V1.schemaVersion).toBe(1);
		const parsed = parsePresetText(V1_TEXT);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.preset.schemaVersion).toBe(SCHEMA_VERSION);
		expect(parsed.preset.roster.map((p) => [p.name, p.workingHours])).toEqual([
			['Ana Pereira', ['Mon-Thu 08:00-16:00', 'Fri 08:00-14:00']],
			['Marcus Lee', ['Mon-Fri 09:00-17:30']],
			['Priya Nair', ['Sun-Thu 10:00-18:00']],
		]);
	});

	it('keep every person’s week, minute for minute, over a year of half hours', () => {
		const parsed = parsePresetText(V1_TEXT);
		if (!parsed.ok) throw new Error('the fixture did not load');
		const start = Date.UTC(2026, 0, 1);
		let checked = 0;
		for (const [i, person] of (V1.roster as { timeZone: string; workingHours: V1Week }[]).entries()) {
			const now = parsed.preset.roster[i] as Person;
			for (let t = start; t < start + 365 * 86_400_000; t += 30 * 60_000) {
				expect(isWithinWorkingHours(now, t)).toBe(v1Within(person, t));
				checked++;
			}
		}
		expect(checked).toBe(3 * 365 * 48);
	});

	it('a person with no hours in version 1 keeps none', () => {
		const v1 = { ...V1, roster: [{ name: 'Zed', timeZone: 'UTC', workingHours: {} }] };
		const parsed = parsePresetText(JSON.stringify(v1));
		expect(parsed.ok && parsed.preset.roster[0]?.workingHours).toEqual([]);
	});

	it('a version 1 roster in a policy (no schemaVersion) still reads', () => {
		const policy = validateManagedConfig(
			{ preset: { roster: V1.roster.slice(0, 1) }, locked: ['roster'] },
			{ allowLoopback: false },
		);
		expect(policy.problems).toEqual([]);
		expect(policy.preset?.roster?.[0]?.workingHours).toEqual(['Mon-Thu 08:00-16:00', 'Fri 08:00-14:00']);
	});

	it('a version 1 preset kept in storage by the previous release still parses', () => {
		const parsed = StoredPreset.safeParse(V1);
		expect(parsed.success).toBe(true);
		expect(parsed.data?.roster[2]?.workingHours).toEqual(['Sun-Thu 10:00-18:00']);
	});
});
