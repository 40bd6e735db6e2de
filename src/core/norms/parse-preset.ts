/**
 * Reading a preset from untrusted text (a file, a subscription, a policy): cheap structural checks before
 * JSON.parse, forbidden keys, old schema versions, then the schema. Every problem comes back with its path.
 */
import { z } from 'zod';
import { hasV1Roster, migratePreset, migrateRosterV1 } from './migrate-preset.js';
import { issuesToErrors, jsonPath, MAX_REPORTED_ERRORS, type PresetError, quoted } from './preset-errors.js';
import { type Norms, Preset, PresetPatch } from './schema.js';

/** A preset file is at most this many bytes (UTF-8). Real presets are a few KB. */
export const PRESET_MAX_BYTES = 256 * 1024;
/** The schema nests 4 levels (roster[i].workingHours[j]); anything deeper is not a preset. */
export const PRESET_MAX_DEPTH = 12;
/**
 * Checked before parsing so huge arrays cost nothing; well above the schema's own limits (the roster's
 * 1000 is the largest), which then report the exact path.
 */
export const PRESET_MAX_ARRAY_ITEMS = 5000;
/** Keys that could reach an object's prototype if some code merged carelessly; never valid in a preset. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseResult<T> = { ok: true; preset: T } | { ok: false; errors: PresetError[] };

const fail = (message: string, path = '$'): { ok: false; errors: PresetError[] } => ({
	ok: false,
	errors: [{ path, message }],
});

function lineColumn(text: string, index: number): string {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < index; i++)
		if (text.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	return `line ${line}, column ${index - lineStart + 1}`;
}

/** Where a string literal that starts at `start` (its opening quote) ends: the index of its closing quote. */
function stringEnd(text: string, start: number): number {
	for (let i = start + 1; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 92) i++;
		else if (c === 34) return i;
	}
	return text.length;
}

/**
 * One linear pass over the text, outside strings: nesting depth, array lengths, and duplicate keys
 * (JSON.parse keeps the last of two equal keys silently; a preset with two `urlTemplate`s is an error).
 */
export function scanStructure(text: string): string | undefined {
	// Per open container: the keys seen so far for an object, else the commas seen so far in the array.
	const stack: Array<Set<string> | number> = [];
	let keyNext = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 32 || c === 10 || c === 13 || c === 9) continue;
		const top = stack[stack.length - 1];
		if (c === 34) {
			const end = stringEnd(text, i);
			if (keyNext && top instanceof Set) {
				let key: string;
				try {
					key = JSON.parse(text.slice(i, end + 1)) as string;
				} catch {
					return undefined; // JSON.parse reports the bad string with its position
				}
				if (top.has(key)) return `duplicate key ${quoted(key)} at ${lineColumn(text, i)}`;
				top.add(key);
			}
			keyNext = false;
			i = end;
			continue;
		}
		keyNext = false;
		if (c === 44) {
			if (typeof top === 'number') {
				stack[stack.length - 1] = top + 1;
				if (top + 1 >= PRESET_MAX_ARRAY_ITEMS)
					return `an array at ${lineColumn(text, i)} has more than ${PRESET_MAX_ARRAY_ITEMS} items`;
			} else keyNext = top !== undefined;
			continue;
		}
		if (c === 123 || c === 91) {
			if (stack.length >= PRESET_MAX_DEPTH)
				return `nested more than ${PRESET_MAX_DEPTH} levels deep at ${lineColumn(text, i)}`;
			stack.push(c === 91 ? 0 : new Set());
			keyNext = c === 123;
			continue;
		}
		if (c === 125 || c === 93) stack.pop();
	}
	return undefined;
}

/** The first forbidden key found, depth first, as a path. */
function findForbiddenKey(value: unknown, path: PropertyKey[] = []): PresetError | undefined {
	if (value === null || typeof value !== 'object') return undefined;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			const hit = findForbiddenKey(value[i], [...path, i]);
			if (hit) return hit;
		}
		return undefined;
	}
	for (const key of Object.keys(value)) {
		if (FORBIDDEN_KEYS.has(key))
			return { path: jsonPath([...path, key]), message: `forbidden key ${quoted(key)}` };
		const hit = findForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
		if (hit) return hit;
	}
	return undefined;
}

function cap(errors: PresetError[]): PresetError[] {
	if (errors.length <= MAX_REPORTED_ERRORS) return errors;
	return [
		...errors.slice(0, MAX_REPORTED_ERRORS),
		{ path: '$', message: `…and ${errors.length - MAX_REPORTED_ERRORS} more problems` },
	];
}

/**
 * The one decoder for preset bytes (a file, a subscription, the CLI): strict UTF-8, so a file the CLI
 * accepts is a file the extension accepts. A byte-order mark is kept here and skipped by the parser.
 */
export function decodePresetBytes(
	bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; errors: PresetError[] } {
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
	} catch {
		return fail('the file is not UTF-8 text');
	}
}

/** Parses JSON text with the size, depth and array caps applied first. */
export function parseJsonCapped(
	text: string,
): { ok: true; value: unknown } | { ok: false; errors: PresetError[] } {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') return fail('the file is empty');
	const bytes = new TextEncoder().encode(body).length;
	if (bytes > PRESET_MAX_BYTES)
		return fail(
			`the file is ${(bytes / 1024).toFixed(0)} KB; a preset may be at most ${PRESET_MAX_BYTES / 1024} KB`,
		);
	const structural = scanStructure(body);
	if (structural) return fail(structural);
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch (error) {
		return fail(`not valid JSON (${(error as Error).message})`);
	}
}

function checkObject(
	value: unknown,
): { ok: true; value: Record<string, unknown> } | { ok: false; errors: PresetError[] } {
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		return fail(
			`expected a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`,
		);
	const forbidden = findForbiddenKey(value);
	if (forbidden) return { ok: false, errors: [forbidden] };
	return { ok: true, value: value as Record<string, unknown> };
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown): ParseResult<z.output<S>> {
	const parsed = schema.safeParse(value);
	if (parsed.success) return { ok: true, preset: parsed.data };
	return { ok: false, errors: cap(issuesToErrors(parsed.error.issues, value)) };
}

/** A full preset from an already-parsed value (e.g. a managed-storage object). */
export function parsePresetValue(value: unknown): ParseResult<Norms> {
	const object = checkObject(value);
	if (!object.ok) return object;
	const migrated = migratePreset(object.value);
	if (!migrated.ok) return { ok: false, errors: [migrated.error] };
	return parseWith(Preset, migrated.value);
}

/** A full preset from text: the one entry point for files, subscriptions and the CLI. */
export function parsePresetText(text: string): ParseResult<Norms> {
	const json = parseJsonCapped(text);
	return json.ok ? parsePresetValue(json.value) : json;
}

/** A partial preset (policy, personal overrides) from an already-parsed value. */
export function parsePresetPatch<S extends z.ZodType = typeof PresetPatch>(
	value: unknown,
	schema: S = PresetPatch as unknown as S,
): ParseResult<z.output<S>> {
	const object = checkObject(value);
	if (!object.ok) return object;
	const version = object.value.schemaVersion;
	if (version !== undefined) {
		const migrated = migratePreset(object.value);
		if (!migrated.ok) return { ok: false, errors: [migrated.error] };
		return parseWith<S>(schema, migrated.value);
	}
	// Policies rarely name a schemaVersion: one written for version 1 still reads its roster.
	if (hasV1Roster(object.value))
		return parseWith<S>(schema, { ...object.value, roster: migrateRosterV1(object.value.roster) });
	return parseWith<S>(schema, object.value);
}

/**
 * A full preset kept by an earlier version of Unhurried (in storage): upgraded to the current schemaVersion the
 * way a file is, then parsed, so an update never drops the last good subscription or an imported file.
 */
export const StoredPreset = z.preprocess((value) => {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
	const migrated = migratePreset(value as Record<string, unknown>);
	return migrated.ok ? migrated.value : value;
}, Preset);
