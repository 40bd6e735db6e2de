import { CliError, type Io } from '../cli-error.js';

/** unhurried check … (stub until the coach lands) */
export async function checkCommand(_args: string[], _io: Io): Promise<number> {
	throw new CliError('check: not implemented yet');
}
