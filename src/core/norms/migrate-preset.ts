/**
 * Old preset files keep loading: each step turns a schemaVersion n object into n + 1, before validation.
 * Version 1 is the first published shape, so there is no step yet; the next change to the schema that
 * is not purely additive adds `1: (v1) => v2` here and a fixture to tests/unit/norms-migrate.test.ts.
 */
import { jsonPath, type PresetError } from './preset-errors.js';
import { SCHEMA_VERSION } from './schema.js';

export type PresetMigration = (old: Record<string, unknown>) => Record<string, unknown>;

/** The oldest schemaVersion this build reads. */
export const OLDEST_SCHEMA_VERSION = 1;
export const PRESET_MIGRATIONS: Readonly<Record<number, PresetMigration>> = {};

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
