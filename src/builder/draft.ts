/**
 * The preset being built: plain JSON, edited by path, checked by the same schema as every preset file. Values
 * typed into a form stay as typed when they are not what the schema wants, so its message names the field.
 */
import { parsePresetValue } from '../core/norms/parse-preset.js';
import { jsonPath, type PresetError } from '../core/norms/preset-errors.js';
import type { Norms } from '../core/norms/schema.js';

export type Draft = Record<string, unknown>;
export type Path = readonly (string | number)[];
export type SetField = (path: Path, value: unknown) => void;

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

export function getIn(value: unknown, path: Path): unknown {
	let node = value;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<string | number, unknown>)[key];
	}
	return node;
}

/** A copy of `value` with `path` set; `undefined` removes the key (an object left empty stays, as `{}`). */
export function setIn<T>(value: T, path: Path, next: unknown): T {
	const [key, ...rest] = path;
	if (key === undefined) return next as T;
	if (typeof key === 'number') {
		const list = Array.isArray(value) ? [...value] : [];
		list[key] = setIn(list[key], rest, next);
		return list as T;
	}
	const object: Record<string, unknown> = isObject(value) ? { ...value } : {};
	const child = setIn(object[key], rest, next);
	if (child === undefined) delete object[key];
	else object[key] = child;
	return object as T;
}

/** A number as typed ("12", "0.5") becomes a number; anything else stays text, for the schema to name. */
export function numberOrText(text: string): number | string | undefined {
	const s = text.trim();
	if (s === '') return undefined;
	return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}

/** Lines of a textarea as a list: blank lines dropped, each trimmed. */
export const linesOf = (text: string) =>
	text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);

/** Norms as a draft to edit: people whose hours are the team's are written without their own. */
export function draftFromNorms(norms: Norms): Draft {
	const team = JSON.stringify(norms.workingHours);
	const draft = structuredClone(norms) as Draft;
	draft.roster = norms.roster.map((p) => {
		const { workingHours, ...rest } = p;
		return workingHours && JSON.stringify(workingHours) !== team ? { ...rest, workingHours } : rest;
	});
	delete draft.updatedAt;
	return draft;
}

export type Checked = { ok: true; norms: Norms; errors: [] } | { ok: false; errors: PresetError[] };

/** The draft through the same reader as a file, a subscription or the CLI. */
export function checkDraft(draft: Draft): Checked {
	const parsed = parsePresetValue(draft);
	return parsed.ok ? { ok: true, norms: parsed.preset, errors: [] } : { ok: false, errors: parsed.errors };
}

/** The messages for exactly this path. */
export const errorsAt = (errors: readonly PresetError[], path: Path) =>
	errors.filter((e) => e.path === jsonPath(path)).map((e) => e.message);

/** The messages for this path and everything under it; an item's says which ("line 3: …"). */
export function errorsUnder(errors: readonly PresetError[], path: Path, item = 'line'): string[] {
	const at = jsonPath(path);
	return errors
		.filter((e) => e.path === at || e.path.startsWith(`${at}[`) || e.path.startsWith(`${at}.`))
		.map((e) =>
			e.path === at
				? e.message
				: `${e.path.slice(at.length).replace(/^\[(\d+)\]/, (_, i) => `${item} ${Number(i) + 1}`)}: ${e.message}`,
		);
}

/** The text of the file to publish and sign: the draft as it is, stamped with when it was made. */
export function fileText(draft: Draft, now: number): string {
	const stamped = { ...draft, updatedAt: new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z') };
	return `${JSON.stringify(stamped, null, '\t')}\n`;
}

/** SHA-256 of the file's bytes, hex, so what is signed can be compared with what was downloaded. */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
