/**
 * A test page's script built from the project's own modules (the hints view, the card) as one IIFE, for the
 * e2e tests that draw our UI on a plain page and look at it (axe, screenshots) without the extension around it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/** Builds `tests/e2e/<entry>` and returns its script; the build folder is removed again. */
export async function buildTestPage(entry: string, name: string): Promise<string> {
	const out = await mkdtemp(join(tmpdir(), `${name}-`));
	try {
		await build({
			configFile: false,
			root,
			logLevel: 'warn',
			define: { __DEV__: 'true' },
			oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
			build: {
				outDir: out,
				emptyOutDir: true,
				minify: false,
				lib: { entry: join(root, 'tests/e2e', entry), formats: ['iife'], name, fileName: () => 'page.js' },
			},
		});
		return await readFile(join(out, 'page.js'), 'utf8');
	} finally {
		await rm(out, { recursive: true, force: true });
	}
}
