import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JS build script without types
import { contentScripts, manifestFor } from '../../scripts/build.mjs';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('shipped manifests', () => {
	it('gives Chrome a module service worker and the stable key, and no gecko settings', () => {
		const m = manifestFor('chrome', source);
		expect(m.background).toEqual({ service_worker: 'background.js', type: 'module' });
		expect(m.key).toBe(source.key);
		expect(m.browser_specific_settings).toBeUndefined();
	});

	it('gives Firefox background scripts, the gecko id and no data collection', () => {
		const m = manifestFor('firefox', source);
		expect(m.background).toEqual({ scripts: ['background.js'], type: 'module' });
		expect(m.key).toBeUndefined();
		expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
		expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
	});

	it('leaves the key out of store packages', () => {
		expect(manifestFor('chrome', source, { store: true }).key).toBeUndefined();
	});

	it('builds every content script the manifest names', () => {
		const named = source.content_scripts.flatMap((c: { js: string[] }) => c.js);
		for (const file of named) expect(Object.keys(contentScripts)).toContain(file);
	});
});

describe('permissions', () => {
	/** What in src/ uses each permission; a permission nothing uses is one the stores (and people) ask about. */
	const USES: Record<string, RegExp> = {
		storage: /\bbrowser\.storage\.(local|session|managed)\b/,
		alarms: /\bbrowser\.alarms\.create\(/,
		notifications: /\bbrowser\.notifications\.create\(/,
		scripting: /\bbrowser\.scripting\.\w+/,
		// activeTab: the popup reads the active tab's address (tabs.query) without the tabs permission.
		activeTab: /\bbrowser\.tabs\.query\(/,
	};
	const sources = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory()
				? sources(join(dir, e.name))
				: /\.tsx?$/.test(e.name)
					? [readFileSync(join(dir, e.name), 'utf8')]
					: [],
		);
	const code = sources(fileURLToPath(new URL('../../src', import.meta.url))).join('\n');

	it('asks for each permission only where src/ uses it, the same in Chrome and Firefox', () => {
		expect(Object.keys(USES).sort()).toEqual([...source.permissions].sort());
		for (const p of source.permissions) expect(code, p).toMatch(USES[p] as RegExp);
		expect(manifestFor('firefox', source).permissions).toEqual(manifestFor('chrome', source).permissions);
		expect(manifestFor('firefox', source).permissions).toContain('notifications');
	});
});
