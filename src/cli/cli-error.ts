/** Bad input: the CLI prints the one-line reason and exits with code 2. */
export class CliError extends Error {}

/** What a command writes to; tests pass their own. */
export interface Io {
	out: (line: string) => void;
	err: (line: string) => void;
	readStdin: () => Promise<string>;
}
