/** Turns zod issues into one precise line per problem, each with the JSON path of the value at fault. */
import type { z } from 'zod';
import { unknownZoneMessage } from './time-zones.js';

/** One problem in a preset: where (`$.roster[2].timeZone`) and what. */
export interface PresetError {
	path: string;
	message: string;
}

/** Reports stop after this many problems; a file with more is rejected all the same. */
export const MAX_REPORTED_ERRORS = 50;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Characters a terminal or a page could act on: C0/C1 controls, DEL, bidi overrides, line separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A string from a file, quoted with every control or bidi character escaped: safe to print anywhere. */
export function quoted(text: string): string {
	return JSON.stringify(text).replace(
		UNPRINTABLE,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

/** The same, without the quotes: for names and versions shown inline. */
export const printable = (text: string): string => quoted(text).slice(1, -1);

/** `['roster', 2, 'timeZone']` → `$.roster[2].timeZone`; odd keys are quoted: `$["a b"]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
	let out = '$';
	for (const part of path) {
		if (typeof part === 'number') out += `[${part}]`;
		else if (typeof part === 'string' && IDENTIFIER.test(part)) out += `.${part}`;
		else out += `[${quoted(String(part))}]`;
	}
	return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
	let node = input;
	for (const part of path) {
		if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return { found: false };
		node = (node as Record<PropertyKey, unknown>)[part];
	}
	return { found: true, value: node };
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'string') return value.length > 40 ? 'a long string' : quoted(value);
	if (typeof value === 'object') return 'an object';
	return `${typeof value} ${String(value)}`;
}

function sizeMessage(issue: z.core.$ZodIssue): string | undefined {
	if (issue.code !== 'too_big' && issue.code !== 'too_small') return undefined;
	const big = issue.code === 'too_big';
	const limit = Number(big ? issue.maximum : issue.minimum);
	switch (issue.origin) {
		case 'string':
			if (!big && limit === 1) return 'must not be empty';
			return `too ${big ? 'long' : 'short'}: at ${big ? 'most' : 'least'} ${limit} characters`;
		case 'array':
			return `too ${big ? 'many' : 'few'} items: at ${big ? 'most' : 'least'} ${limit}`;
		case 'number':
			return `too ${big ? 'large' : 'small'}: at ${big ? 'most' : 'least'} ${limit}`;
		default:
			return undefined;
	}
}

/** One PresetError per issue (unknown keys get one each), in the order zod found them. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], input: unknown): PresetError[] {
	const out: PresetError[] = [];
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys)
				out.push({ path: jsonPath([...issue.path, key]), message: `unknown field ${quoted(key)}` });
			continue;
		}
		const at = valueAt(input, issue.path);
		let message = issue.message;
		if (issue.code === 'invalid_type') {
			const expected = issue.expected === 'int' ? 'a whole number' : issue.expected;
			message = at.found
				? `expected ${expected}, got ${describe(at.value)}`
				: `missing required field (${expected})`;
		} else if (issue.code === 'custom' && typeof issue.params?.unknownZone === 'string') {
			message = unknownZoneMessage(issue.params.unknownZone);
		} else message = sizeMessage(issue) ?? message;
		out.push({ path: jsonPath(issue.path), message });
	}
	return out;
}

/** `$.roster[2].timeZone: unknown IANA time zone` */
export function formatPresetError(error: PresetError): string {
	return `${error.path}: ${error.message}`;
}
