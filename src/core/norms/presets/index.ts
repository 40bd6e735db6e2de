/** The built-in presets, by the name `unhurried preset init --from NAME` and the options page use. */
import type { Norms } from '../schema.js';
import { asyncFirst } from './async-first.js';
import { balanced } from './balanced.js';
import { BUILTIN_PRESET_NAMES, type BuiltinPresetName } from './names.js';
import { supportOnCall } from './support-on-call.js';

export const BUILTIN_PRESETS = {
	balanced,
	'async-first': asyncFirst,
	'support-on-call': supportOnCall,
} as const satisfies Record<BuiltinPresetName, Norms>;

export { BUILTIN_PRESET_NAMES, type BuiltinPresetName };

export function isBuiltinPresetName(name: string): name is BuiltinPresetName {
	return Object.hasOwn(BUILTIN_PRESETS, name);
}
