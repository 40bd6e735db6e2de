/** The norms a person may override for themselves in the options page, and the patch a form makes of them. */

export type PersonalField =
	| { path: string; kind: 'number'; unit: 'hours' | 'minutes' | 'people' | 'words' }
	| { path: string; kind: 'boolean' }
	| { path: string; kind: 'response' };

export const PERSONAL_FIELDS: readonly PersonalField[] = [
	{ path: 'channels.chat.response', kind: 'response' },
	{ path: 'channels.doc.response', kind: 'response' },
	{ path: 'channels.video.response', kind: 'response' },
	{ path: 'meetings.agendaRequired', kind: 'boolean' },
	{ path: 'meetings.agendaLeadHours', kind: 'number', unit: 'hours' },
	{ path: 'meetings.maxRequiredAttendees', kind: 'number', unit: 'people' },
	{ path: 'meetings.longDurationMin', kind: 'number', unit: 'minutes' },
	{ path: 'thresholds.docWords', kind: 'number', unit: 'words' },
];

/** The form's inputs, by input path (`channels.chat.response.minHours`); '' means "not overridden". */
export type FormValues = Record<string, string>;

export const inputPaths = (f: PersonalField) =>
	f.kind === 'response' ? [`${f.path}.minHours`, `${f.path}.maxHours`] : [f.path];

export function valueAt(value: unknown, path: string): unknown {
	let node = value;
	for (const key of path.split('.')) {
		if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
		node = (node as Record<string, unknown>)[key];
	}
	return node;
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
	const keys = path.split('.');
	let node = target;
	keys.forEach((key, i) => {
		if (i === keys.length - 1) node[key] = value;
		else {
			if (!node[key]) node[key] = {};
			node = node[key] as Record<string, unknown>;
		}
	});
}

/** The form's values from the stored overrides. */
export function formFromOverrides(overrides: unknown): FormValues {
	const out: FormValues = {};
	for (const field of PERSONAL_FIELDS)
		for (const p of inputPaths(field)) {
			const v = valueAt(overrides, p);
			out[p] = v === undefined ? '' : String(v);
		}
	return out;
}

/** A number as typed; anything else is passed on as text so validation names the field. */
const numberOrText = (s: string) => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : s);

/**
 * The personal overrides the form describes. Fields left empty or locked are not set; a response window
 * with one end filled takes the other end from the norms in force (a window is set whole).
 */
export function overridesFromForm(
	values: FormValues,
	current: unknown,
	isLockedPath: (path: string) => boolean,
): Record<string, unknown> {
	const patch: Record<string, unknown> = {};
	for (const field of PERSONAL_FIELDS) {
		if (isLockedPath(field.path)) continue;
		if (field.kind === 'response') {
			const [minPath, maxPath] = inputPaths(field) as [string, string];
			const min = values[minPath]?.trim() ?? '';
			const max = values[maxPath]?.trim() ?? '';
			if (!min && !max) continue;
			setAt(patch, field.path, {
				minHours: min ? numberOrText(min) : valueAt(current, minPath),
				maxHours: max ? numberOrText(max) : valueAt(current, maxPath),
			});
		} else {
			const v = values[field.path]?.trim() ?? '';
			if (!v) continue;
			setAt(patch, field.path, field.kind === 'boolean' ? v === 'true' : numberOrText(v));
		}
	}
	return patch;
}

/** `$.channels.chat.response.maxHours` → `channels.chat.response.maxHours`. */
export const errorPath = (jsonPath: string) => jsonPath.replace(/^\$\.?/, '');
