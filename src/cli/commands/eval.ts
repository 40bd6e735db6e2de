import { CliError, type Io } from '../cli-error.js';

/** unhurried eval FILE (stub until the coach lands) */
export async function evalCommand(_args: string[], _io: Io): Promise<number> {
	throw new CliError('eval: not implemented yet');
}
