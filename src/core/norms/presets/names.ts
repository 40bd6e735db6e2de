/**
 * The built-in presets' names, apart from the presets themselves so the message protocol (which every content
 * script carries) can name them without carrying their norms. `index.ts` checks both lists agree.
 */
export const BUILTIN_PRESET_NAMES = ['balanced', 'async-first', 'support-on-call'] as const;
export type BuiltinPresetName = (typeof BUILTIN_PRESET_NAMES)[number];
