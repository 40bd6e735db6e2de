/** Argument parsing and the inputs every command shares: norms from a preset file, and the time. */
import type { DraftOptions } from '../core/chat/analyze-draft.js';
import { SENSITIVITIES, type Sensitivity } from '../core/learn/linear-model.js';
import { DEFAULT_NORMS } from '../core/norms/default-norms.js';
import { parsePresetValue } from '../core/norms/parse-preset.js';
import type { Norms } from '../core/norms/schema.js';
import { identifyLanguage } from '../core/text/language-id.js';
import { CliError } from './cli-error.js';
import { readJson } from './files.js';

export interface Parsed {
	positional: string[];
	flags: Set<string>;
	values: Map<string, string>;
}

/** Splits args into positionals, boolean flags and `--name value` options; unknown options are bad input. */
export function parseArgs(args: string[], booleans: string[], valued: string[]): Parsed {
	const out: Parsed = { positional: [], flags: new Set(), values: new Map() };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		if (arg === '-' || !arg.startsWith('-')) {
			out.positional.push(arg);
			continue;
		}
		const [name = '', inline] = arg.split(/=(.*)/s, 2);
		if (booleans.includes(name)) out.flags.add(name);
		else if (valued.includes(name)) {
			const value = inline ?? args[++i];
			if (value === undefined || value === '') throw new CliError(`${name} needs a value`);
			out.values.set(name, value);
		} else throw new CliError(`unknown option "${name}"`);
	}
	return out;
}

/** The preset from --norms, validated with the schema (older schema versions upgraded); the built-in default otherwise. */
export async function loadNorms(file: string | undefined): Promise<Norms> {
	if (!file) return DEFAULT_NORMS;
	const parsed = parsePresetValue(await readJson(file));
	if (!parsed.ok) {
		const first = parsed.errors[0];
		const where = first ? `${first.path.replace(/^\$\.?/, '') || '$'}: ${first.message}` : '$';
		throw new CliError(`${file}: invalid preset at ${where}`);
	}
	return parsed.preset;
}

/** --now as an ISO date-time, or the real clock (read here, never in the core). */
export function loadNow(iso: string | undefined): number {
	if (iso === undefined) return Date.now();
	const ms = Date.parse(iso);
	if (Number.isNaN(ms)) throw new CliError(`--now: "${iso}" is not an ISO date-time`);
	return ms;
}

/** --sensitivity quiet|balanced|thorough (balanced when absent). */
export function loadSensitivity(value: string | undefined): Sensitivity {
	if (value === undefined) return 'balanced';
	if (!(SENSITIVITIES as readonly string[]).includes(value))
		throw new CliError(`--sensitivity: expected one of ${SENSITIVITIES.join(', ')}, got "${value}"`);
	return value as Sensitivity;
}

/** The CLI settles the language of drafts the word lists are unsure of with the identifier itself. */
export const CLI_DRAFT_OPTIONS: DraftOptions = { identify: identifyLanguage };
