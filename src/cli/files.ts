/** File reading for the CLI: a missing or unreadable file is bad input (exit 2), named in the message. */
import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.js';

export async function readText(file: string): Promise<string> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why =
			code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
		throw new CliError(`${file}: ${why}`);
	}
}

/** Reads and parses a JSON file; a syntax error names the file and, when it can, the line. */
export async function readJson(file: string): Promise<unknown> {
	const text = await readText(file);
	try {
		return JSON.parse(text);
	} catch (error) {
		const message = (error as Error).message;
		const pos = /position (\d+)/.exec(message);
		const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
		throw new CliError(`${file}${line ? `:${line}` : ''}: not valid JSON (${message})`);
	}
}
