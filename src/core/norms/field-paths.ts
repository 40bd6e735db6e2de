/** Every field path a preset can have, read from the schema: what policy may lock and the popup may list. */
import type { z } from 'zod';
import { leafPaths } from './merge-norms.js';
import { Preset } from './schema.js';

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(schema: z.ZodType): z.ZodType {
	let s = schema;
	for (let def = defOf(s); def.innerType; def = defOf(s)) s = def.innerType;
	return s;
}

/** A skeleton object with every possible field set (leaves are `true`), so leafPaths applies its rules. */
function skeleton(schema: z.ZodType): unknown {
	const def = defOf(unwrap(schema));
	if (def.type !== 'object' || !def.shape) return true;
	return Object.fromEntries(Object.entries(def.shape).map(([k, v]) => [k, skeleton(v)]));
}

/** All field paths, e.g. `channels.chat.response`, `phrases.vague_ask`, `roster`, `tools.doc`. */
export const FIELD_PATHS: readonly string[] = leafPaths(skeleton(Preset));

/** True for a field path or a section of them (`channels`, `channels.chat`) — what a lock may name. */
export function isFieldPathOrSection(path: string): boolean {
	return FIELD_PATHS.some((p) => p === path || p.startsWith(`${path}.`));
}
