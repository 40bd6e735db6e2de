/** A tiny argv reader for the preset commands: positionals, `--flag value` and boolean `--flag`. */
import { CliError } from '../cli-error.js';

export interface Parsed {
	positional: string[];
	options: Map<string, string>;
	flags: Set<string>;
}

/** Reads argv; `valued` names the options that take a value, `booleans` the ones that don't. */
export function parseArgs(
	args: readonly string[],
	valued: readonly string[],
	booleans: readonly string[] = [],
): Parsed {
	const out: Parsed = { positional: [], options: new Map(), flags: new Set() };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] as string;
		if (!arg.startsWith('--') || arg === '-') {
			out.positional.push(arg);
			continue;
		}
		const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
		if (booleans.includes(name)) out.flags.add(name);
		else if (valued.includes(name)) {
			const value = inline ?? args[++i];
			if (value === undefined || value === '') throw new CliError(`--${name} needs a value`);
			out.options.set(name, value);
		} else throw new CliError(`unknown option --${name}`);
	}
	return out;
}
