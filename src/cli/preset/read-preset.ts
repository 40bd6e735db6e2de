/** A preset file for commands that need it valid: parsed (old versions upgraded), or a CliError naming the first problem. */
import { parsePresetText } from '../../core/norms/parse-preset.js';
import { formatPresetError } from '../../core/norms/preset-errors.js';
import type { Norms } from '../../core/norms/schema.js';
import { CliError } from '../cli-error.js';

export function readPresetFile(file: string, text: string): Norms {
	const parsed = parsePresetText(text);
	if (parsed.ok) return parsed.preset;
	const [first, ...rest] = parsed.errors;
	throw new CliError(
		`${file} is not a valid preset (${first ? formatPresetError(first) : 'unknown problem'}${rest.length ? `, and ${rest.length} more` : ''}); run: unhurried preset validate ${file}`,
	);
}
