/** unhurried: the coach and the team's norms on the command line. Exit 0 on success, 2 on bad input. */
import { readFileSync } from 'node:fs';
import { CliError, type Io } from './cli-error.js';
import { checkCommand } from './commands/check.js';
import { evalCommand } from './commands/eval.js';
import { presetCommand } from './commands/preset.js';

const USAGE = `usage: unhurried <command> [options]

  check "text" | check -          analyze a chat draft (--json, --norms FILE, --now ISO,
                                  --sensitivity quiet|balanced|thorough)
  check --meeting FILE.json       analyze a meeting draft
  check --jsonl FILE              analyze every item of a corpus file, one JSON line each
  eval FILE [--json] [--errors]   precision, recall and F1 per kind on a labeled corpus file;
                                  --errors lists each misclassified item with its rule and confidence
  eval --cv K                     K-fold cross-validation of both scorers on the training data
  preset validate|init|diff|roster|keygen|sign|verify …   work with team norms presets`;

const commands: Record<string, (args: string[], io: Io) => Promise<number>> = {
	check: checkCommand,
	eval: evalCommand,
	preset: presetCommand,
};

export async function main(argv: string[], io: Io): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		io.out(USAGE);
		return name ? 0 : 2;
	}
	const command = commands[name];
	try {
		if (!command) throw new CliError(`unknown command "${name}" (try: unhurried --help)`);
		return await command(rest, io);
	} catch (error) {
		if (error instanceof CliError) {
			io.err(`unhurried: ${error.message}`);
			return 2;
		}
		throw error;
	}
}

export const processIo: Io = {
	out: (line) => process.stdout.write(`${line}\n`),
	err: (line) => process.stderr.write(`${line}\n`),
	readStdin: async () => readFileSync(0, 'utf8'),
};
