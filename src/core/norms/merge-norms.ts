/**
 * The effective norms: each field from the highest-precedence source that sets it, with that source
 * recorded. A field is a leaf of the preset, where lists and the objects that only make sense whole
 * (a response window, the emergency channel, a tool) count as one leaf — e.g. `channels.chat.response`,
 * `meetings.agendaLeadHours`, `roster`, `phrases.vague_ask`.
 */
import { FORBIDDEN_KEYS } from './parse-preset.js';
import { type Norms, Preset, type PresetPatch, SCHEMA_VERSION } from './schema.js';

/** Highest precedence first. */
export const NORMS_SOURCES = ['policy', 'subscription', 'file', 'personal', 'builtin'] as const;
export type NormsSource = (typeof NORMS_SOURCES)[number];

export interface NormsLayer {
	source: NormsSource;
	patch: PresetPatch;
	/**
	 * May set a locked field. Always true for policy and the built-in; true for a subscription whose URL
	 * the policy set; false for what a person chose (their file, their overrides, their subscription).
	 */
	admin?: boolean;
}

export interface MergedNorms {
	norms: Norms;
	/** Field path → the source its value came from. */
	sources: Record<string, NormsSource>;
	/** Field paths (or whole sections) a person cannot override. */
	locked: string[];
}

/** Objects set whole, never merged field by field (their parts are checked against each other). */
const ATOMIC = [/^channels\.[a-z]+\.response$/, /^emergency\.channel$/, /^tools\.[a-z]+$/];
/** Identity fields that are not norms: never merged, never listed. */
const SKIPPED = new Set(['$schema', 'schemaVersion']);
/** Locking everything. */
export const LOCK_ALL = '*';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every leaf path set in a (partial) preset, in document order. */
export function leafPaths(value: unknown, prefix = ''): string[] {
	if (!isPlainObject(value)) return [];
	const out: string[] = [];
	for (const [key, child] of Object.entries(value)) {
		if (FORBIDDEN_KEYS.has(key) || child === undefined || (prefix === '' && SKIPPED.has(key))) continue;
		const path = prefix ? `${prefix}.${key}` : key;
		if (isPlainObject(child) && !ATOMIC.some((re) => re.test(path))) out.push(...leafPaths(child, path));
		else out.push(path);
	}
	return out;
}

function getAt(value: unknown, path: string): unknown {
	let node = value;
	for (const key of path.split('.')) {
		if (!isPlainObject(node) || !Object.hasOwn(node, key)) return undefined;
		node = node[key];
	}
	return node;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
	const keys = path.split('.');
	let node = target;
	for (const [i, key] of keys.entries()) {
		// Paths come from validated presets; this guard keeps a merge from ever reaching a prototype.
		if (FORBIDDEN_KEYS.has(key)) return;
		if (i === keys.length - 1) {
			node[key] = structuredClone(value);
			return;
		}
		if (!Object.hasOwn(node, key) || !isPlainObject(node[key])) node[key] = {};
		node = node[key] as Record<string, unknown>;
	}
}

/** True when `path` is locked by one of the lock entries (a field, a section prefix, or `*`). */
export function isLocked(locked: readonly string[], path: string): boolean {
	return locked.some((l) => l === LOCK_ALL || l === path || path.startsWith(`${l}.`));
}

/** Merges the layers by precedence; the built-in layer must be present and complete. */
export function mergeNorms(layers: readonly NormsLayer[], locks: readonly string[] = []): MergedNorms {
	const ordered = [...layers].sort(
		(a, b) => NORMS_SOURCES.indexOf(a.source) - NORMS_SOURCES.indexOf(b.source),
	);
	if (!ordered.some((l) => l.source === 'builtin'))
		throw new Error('mergeNorms: the built-in layer is missing');
	const paths = [...new Set(ordered.flatMap((l) => leafPaths(l.patch)))];
	const result: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION };
	const sources: Record<string, NormsSource> = {};
	for (const path of paths) {
		const lockedHere = isLocked(locks, path);
		for (const layer of ordered) {
			const mayOverride = layer.source === 'policy' || layer.source === 'builtin' || layer.admin === true;
			if (lockedHere && !mayOverride) continue;
			const value = getAt(layer.patch, path);
			if (value === undefined) continue;
			setAt(result, path, value);
			sources[path] = layer.source;
			break;
		}
	}
	const norms = Preset.parse(result);
	const locked = locks.includes(LOCK_ALL) ? [LOCK_ALL] : [...new Set(locks)].filter((l) => l !== '').sort();
	return { norms, sources, locked };
}
