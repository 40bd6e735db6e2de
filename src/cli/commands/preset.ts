import { CliError, type Io } from '../cli-error.js';

/** unhurried preset … (stub until the norms land) */
export async function presetCommand(_args: string[], _io: Io): Promise<number> {
	throw new CliError('preset: not implemented yet');
}
