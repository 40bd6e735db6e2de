import { readFileSync } from 'node:fs';
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
