/** unhurried preset diff A B: what changes for the team, in words, section by section. */
import { CHANGE_SECTIONS, diffPresets } from '../../core/norms/diff-presets.js';
import type { Norms } from '../../core/norms/schema.js';
import { CliError, type Io } from '../cli-error.js';
import { readText } from '../files.js';
import { parseArgs } from './args.js';
import { readPresetFile } from './read-preset.js';

export async function diffCommand(args: string[], io: Io): Promise<number> {
	const { positional, flags } = parseArgs(args, [], ['json']);
	const [from, to] = positional;
	if (!from || !to || positional.length > 2)
		throw new CliError('usage: unhurried preset diff A.json B.json [--json]');
	const a: Norms = readPresetFile(from, await readText(from));
	const b: Norms = readPresetFile(to, await readText(to));
	const changes = diffPresets(a, b);
	if (flags.has('json')) {
		io.out(JSON.stringify({ from, to, changes }));
		return 0;
	}
	if (changes.length === 0) {
		io.out(`No changes for the team: ${from} and ${to} set the same norms.`);
		return 0;
	}
	io.out(
		`What changes for the team from ${from} to ${to} (${changes.length} change${changes.length === 1 ? '' : 's'}):`,
	);
	for (const [section, title] of Object.entries(CHANGE_SECTIONS)) {
		const here = changes.filter((c) => c.section === section);
		if (!here.length) continue;
		io.out(`  ${title}`);
		for (const c of here) io.out(`    ${c.text}`);
	}
	return 0;
}
