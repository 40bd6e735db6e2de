/**
 * Writing the admin's files safely: never over an existing file without --force, never through a symlink
 * (a dangling one included), and a private key created 0600 from the start (exclusive create, then fchmod).
 */
import { closeSync, fchmodSync, lstatSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { CliError } from '../cli-error.js';

function exists(file: string): boolean {
	try {
		lstatSync(file); // lstat: a dangling symlink exists too
		return true;
	} catch {
		return false;
	}
}

/** Writes `content` to a new file; with `force`, removes what is there first (the link, not its target). */
export function writeNewFile(
	file: string,
	content: string,
	{ force, mode }: { force: boolean; mode?: number },
): void {
	if (exists(file)) {
		if (!force) throw new CliError(`${file} exists (use --force to overwrite)`);
		try {
			unlinkSync(file);
		} catch (error) {
			throw new CliError(`cannot replace ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
		}
	}
	let fd: number;
	try {
		fd = openSync(file, 'wx', mode ?? 0o644); // O_CREAT|O_EXCL: fails on anything that appeared meanwhile
	} catch (error) {
		throw new CliError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
	}
	try {
		if (mode !== undefined) fchmodSync(fd, mode); // the umask may have taken bits off; never add any beyond mode
		writeSync(fd, content);
	} finally {
		closeSync(fd);
	}
}
