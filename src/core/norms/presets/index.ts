/** The built-in presets, by the name `unhurried preset init --from NAME` and the options page use. */
import type { Norms } from '../schema.js';
import { asyncFirst } from './async-first.js';
import { balanced } from './balanced.js';
import { supportOnCall } from './support-on-call.js';

export const BUILTIN_PRESETS = {
	balanced,
	'async-first': asyncFirst,
	'support-on-call': supportOnCall,
} as const satisfies Record<string, Norms>;

export type BuiltinPresetName = keyof typeof BUILTIN_PRESETS;
export const BUILTIN_PRESET_NAMES = Object.keys(BUILTIN_PRESETS) as BuiltinPresetName[];

export function isBuiltinPresetName(name: string): name is BuiltinPresetName {
	return Object.hasOwn(BUILTIN_PRESETS, name);
}
