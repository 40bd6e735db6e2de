/**
 * Old preset files keep loading: each step turns a schemaVersion n object into n + 1, before validation.
 * A change to the schema that is not purely additive adds a step here and a fixture to
 * tests/unit/norms-migrate.test.ts.
 */
import { jsonPath, type PresetError } from './preset-errors.js';
import { SCHEMA_VERSION } from './schema.js';
import { entriesFromWeekObject } from './week-hours.js';

export type PresetMigration = (old: Record<string, unknown>) => Record<string, unknown>;

/** The oldest schemaVersion this build reads. */
export const OLDEST_SCHEMA_VERSION = 1;

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * 1 → 2: a person's working hours were an object per weekday (`{ mon: { start, end }, … }`); they become
 * weekday ranges (`["Mon-Thu 08:00-16:00", "Fri 08:00-14:00"]`). Each person keeps their own hours, so nobody's
 * week changes; a person with no hours keeps none (`[]`). Anything unreadable is carried over as text, and the
 * schema then names it.
 */
export function migrateRosterV1(roster: unknown): unknown {
	if (!Array.isArray(roster)) return roster;
	return roster.map((person) =>
		isObject(person) && isObject(person.workingHours)
			? { ...person, workingHours: entriesFromWeekObject(person.workingHours) }
			: person,
	);
}

/** True when a roster still has schemaVersion 1 working hours (objects per weekday). */
export function hasV1Roster(value: Record<string, unknown>): boolean {
	return Array.isArray(value.roster) && value.roster.some((p) => isObject(p) && isObject(p.workingHours));
}

export const PRESET_MIGRATIONS: Readonly<Record<number, PresetMigration>> = {
	1: (v1) => (Object.hasOwn(v1, 'roster') ? { ...v1, roster: migrateRosterV1(v1.roster) } : v1),
};

export type MigrateResult = { ok: true; value: Record<string, unknown> } | { ok: false; error: PresetError };

/** Brings a parsed preset object to the current schemaVersion, or says precisely why it cannot. */
export function migratePreset(
	input: Record<string, unknown>,
	{
		migrations = PRESET_MIGRATIONS,
		current = SCHEMA_VERSION,
		oldest = OLDEST_SCHEMA_VERSION,
	}: { migrations?: Readonly<Record<number, PresetMigration>>; current?: number; oldest?: number } = {},
): MigrateResult {
	const path = jsonPath(['schemaVersion']);
	if (!Object.hasOwn(input, 'schemaVersion'))
		return { ok: false, error: { path, message: `missing required field (this version reads ${current})` } };
	let version = input.schemaVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return {
			ok: false,
			error: { path, message: `expected a whole number ≥ 1, got ${JSON.stringify(version)}` },
		};
	if (version > current)
		return {
			ok: false,
			error: {
				path,
				message: `schemaVersion ${version} is newer than this Unhurried understands (${current}); update the extension or the CLI`,
			},
		};
	if (version < oldest)
		return {
			ok: false,
			error: { path, message: `schemaVersion ${version} is no longer supported (oldest: ${oldest})` },
		};
	let value = input;
	while (version < current) {
		const step = migrations[version];
		if (!step) return { ok: false, error: { path, message: `no upgrade from schemaVersion ${version}` } };
		value = { ...step(value), schemaVersion: version + 1 };
		version += 1;
	}
	return { ok: true, value };
}
