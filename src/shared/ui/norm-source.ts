/** Where a norm came from and whether policy locks it, for a field path or a whole section. */
import { FIELD_PATHS } from '../../core/norms/field-paths.js';
import { isLocked, NORMS_SOURCES, type NormsSource } from '../../core/norms/merge-norms.js';
import type { EffectiveNorms } from '../storage.js';

const under = (prefix: string) => FIELD_PATHS.filter((p) => p === prefix || p.startsWith(`${prefix}.`));

/** The sources of every field under `prefix`, highest precedence first (built-in when none is recorded). */
export function sourcesOf(effective: EffectiveNorms, prefix: string): NormsSource[] {
	const found = new Set(under(prefix).map((p) => effective.sources[p] ?? 'builtin'));
	return NORMS_SOURCES.filter((s) => found.has(s));
}

/** True when policy locks the field, the section, or any field inside the section. */
export function isLockedUnder(effective: EffectiveNorms, prefix: string): boolean {
	return under(prefix).some((p) => isLocked(effective.locked, p)) || isLocked(effective.locked, prefix);
}
