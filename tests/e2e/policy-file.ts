/**
 * Enterprise policy for real, in a browser test: as root, writes a policy file where the browser reads it,
 * launches the browser, and removes the file (and any folder it had to create) when the test file ends. Where
 * the file cannot be written, every test that asks for the browser fails and says why.
 */
import { accessSync, constants, existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface PolicyRun<B> {
	/** The browser started with the policy in place; throws with the reason when it could not be. */
	browser(): B;
	/** Closes the browser, then removes the file and the folders it created. */
	close(): Promise<void>;
}

export async function launchWithPolicyFile<B extends { close(): Promise<void> }>(
	file: string,
	content: unknown,
	launch: () => Promise<B>,
	{ leaveExisting = false }: { leaveExisting?: boolean } = {},
): Promise<PolicyRun<B>> {
	const created: string[] = [];
	let wrote = false;
	const remove = () => {
		if (!wrote) return;
		rmSync(file, { force: true });
		for (const dir of created.splice(0)) rmdirSync(dir);
	};
	let cannotRun: string | undefined;
	try {
		if (process.getuid?.() !== 0) throw new Error(`not running as root (uid ${process.getuid?.()})`);
		if (leaveExisting && existsSync(file))
			throw new Error('a policy file is already there; it is left alone');
		for (let dir = dirname(file); !existsSync(dir); dir = dirname(dir)) created.push(dir);
		mkdirSync(dirname(file), { recursive: true });
		accessSync(dirname(file), constants.W_OK);
		writeFileSync(file, JSON.stringify(content));
		wrote = true;
	} catch (error) {
		cannotRun = `cannot write the policy file ${file}: ${(error as Error).message}`;
	}
	let started: B | undefined;
	if (!cannotRun)
		try {
			started = await launch();
		} catch (error) {
			remove();
			throw error;
		}
	return {
		browser() {
			if (cannotRun) throw new Error(`the policy test could not run: ${cannotRun}`);
			if (!started) throw new Error('the browser did not start');
			return started;
		},
		async close() {
			try {
				await started?.close();
			} finally {
				remove();
			}
		},
	};
}
