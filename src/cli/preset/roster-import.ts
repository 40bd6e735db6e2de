/**
 * unhurried preset roster import FILE.csv [--into PRESET.json] [--accept-suggestions] [--out FILE] [--force]
 * A roster from a spreadsheet: every problem by row and column, nothing written until the whole file is good.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseJsonCapped } from '../../core/norms/parse-preset.js';
import { formatCsvProblem, rosterFromCsv } from '../../core/norms/roster-csv.js';
import { describeHours } from '../../core/norms/week-hours.js';
import { CliError, type Io } from '../cli-error.js';
import { readText } from '../files.js';
import { parseArgs } from './args.js';
import { readPresetFile } from './read-preset.js';

const USAGE =
	'usage: unhurried preset roster import FILE.csv [--into PRESET.json] [--accept-suggestions] [--out FILE]';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function importCsv(args: string[], io: Io): Promise<number> {
	const { positional, options, flags } = parseArgs(args, ['into', 'out'], ['accept-suggestions', 'force']);
	const [csvFile] = positional;
	if (!csvFile || positional.length > 1) throw new CliError(USAGE);
	const into = options.get('into');
	let base: Record<string, unknown> | undefined;
	if (into) {
		const text = await readText(into);
		readPresetFile(into, text);
		const json = parseJsonCapped(text);
		if (json.ok) base = json.value as Record<string, unknown>;
	}
	const teamHours = Array.isArray(base?.workingHours) ? (base.workingHours as string[]) : undefined;
	const csv = rosterFromCsv(await readText(csvFile), {
		...(teamHours ? { teamHours } : {}),
		acceptSuggestions: flags.has('accept-suggestions'),
	});
	for (const r of csv.resolved) io.err(`${csvFile}: row ${r.row}: time zone "${r.from}" read as "${r.to}"`);
	if (csv.problems.length) {
		for (const p of csv.problems) io.err(`${csvFile}: ${formatCsvProblem(p)}`);
		const suggestions = csv.problems.filter((p) => p.suggestion).length;
		io.err(
			`not imported: ${plural(csv.problems.length, 'problem')} in ${csvFile}${suggestions ? ` (${suggestions} with a suggested time zone: add --accept-suggestions to use them)` : ''}`,
		);
		return 2;
	}
	const fragment = { workingHours: csv.teamHours, roster: csv.people };
	const result = base ? { ...base, ...fragment } : fragment;
	const text = `${JSON.stringify(result, null, '\t')}\n`;
	if (base && into) readPresetFile(into, text); // the merged preset must still be valid as a whole
	const out = options.get('out') ?? into;
	if (out) {
		if (out !== into && existsSync(out) && !flags.has('force'))
			throw new CliError(`${out} exists (use --force to overwrite)`);
		writeFileSync(out, text);
	} else io.out(text.trimEnd());
	const zones = new Map<string, number>();
	for (const p of csv.people) zones.set(p.timeZone, (zones.get(p.timeZone) ?? 0) + 1);
	const own = csv.people.filter((p) => p.workingHours).length;
	const summary = `roster: ${plural(csv.people.length, 'person').replace('persons', 'people')} in ${plural(zones.size, 'time zone')} (${[...zones].map(([z, n]) => `${z} ${n}`).join(', ')}); team hours ${describeHours(csv.teamHours)}, ${own ? `own hours for ${plural(own, 'person').replace('persons', 'people')}` : 'nobody with own hours'}`;
	(out ? io.out : io.err)(
		out ? `${summary}\nwrote ${out}; check it with: unhurried preset validate ${out}` : summary,
	);
	return 0;
}

/** unhurried preset roster … */
export async function rosterCommand(args: string[], io: Io): Promise<number> {
	const [name, ...rest] = args;
	if (name === 'import') return importCsv(rest, io);
	throw new CliError(name ? `unknown roster command "${name}" (${USAGE})` : USAGE);
}
