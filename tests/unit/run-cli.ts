/** Runs the CLI in-process, as the tests of its commands need it: exit code, stdout, stderr, and both in order. */
import { main } from '../../src/cli/main.js';

export async function runCli(...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const both: string[] = [];
	const code = await main(argv, {
		out: (l) => (out.push(l), both.push(l)),
		err: (l) => (err.push(l), both.push(l)),
		readStdin: async () => '',
	});
	return { code, out: out.join('\n'), err: err.join('\n'), text: both.join('\n') };
}
