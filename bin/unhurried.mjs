#!/usr/bin/env node
// The installed package runs the built JavaScript in lib/ (npm pack builds it; no TypeScript runner needed).
// In a clone of the repository, where src/ is present and dev dependencies are installed, it runs the
// TypeScript sources through tsx instead, so an edit needs no build step.
import { existsSync } from 'node:fs';

async function load() {
	if (existsSync(new URL('../src/cli/main.ts', import.meta.url)))
		try {
			const { register } = await import('tsx/esm/api');
			register();
			return await import('../src/cli/main.ts');
		} catch (error) {
			if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
		}
	return import('../lib/cli.js');
}

const { main, processIo } = await load();
process.exitCode = await main(process.argv.slice(2), processIo);
