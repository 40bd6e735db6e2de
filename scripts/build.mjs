// Builds the extension for Chrome and Firefox from the one top-level manifest.json.
//   node scripts/build.mjs            production build: dist/chrome, dist/firefox and a store zip of each
//   node scripts/build.mjs --watch    rebuild on every change under src/, public/ or manifest.json
//   node scripts/build.mjs --dev      development build (__DEV__ true: e.g. loopback preset URLs allowed)
import { watch } from 'node:fs';
import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const r = (...p) => resolve(root, ...p);
const args = new Set(process.argv.slice(2));
const dev = args.has('--dev') || args.has('--watch');

/** Content scripts are classic scripts: one self-contained IIFE file each, named as in manifest.json. */
export const contentScripts = { 'content.js': 'src/content/index.ts' };
const pages = {
	popup: 'src/popup/index.html',
	options: 'src/options/index.html',
	playground: 'src/playground/index.html',
};

const common = {
	configFile: false,
	root,
	logLevel: 'warn',
	define: { __DEV__: JSON.stringify(dev) },
	oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
};

/** The shipped manifest for one browser, derived from the top-level one. */
export function manifestFor(browser, source, { store = false } = {}) {
	const m = structuredClone(source);
	if (browser === 'chrome') {
		m.background = { service_worker: source.background.service_worker, type: 'module' };
		delete m.browser_specific_settings;
	} else {
		m.background = { scripts: source.background.scripts, type: 'module' };
		delete m.key; // Firefox takes its id from browser_specific_settings.gecko.id
	}
	if (store) delete m.key; // the stores reject a manifest key
	return m;
}

async function buildOnce() {
	const started = performance.now();
	const stage = r('dist/.stage');
	await rm(r('dist'), { recursive: true, force: true });
	// 1) extension pages and the module background: ESM, shared chunks allowed.
	await build({
		...common,
		base: '',
		publicDir: r('public'),
		build: {
			outDir: stage,
			emptyOutDir: true,
			modulePreload: false,
			target: ['chrome120', 'firefox128'],
			sourcemap: dev ? 'inline' : false,
			minify: !dev,
			rollupOptions: {
				input: {
					...Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, r(v)])),
					background: r('src/background/index.ts'),
				},
				output: {
					entryFileNames: (c) => (c.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
				},
			},
		},
	});
	// 2) each content script: one classic IIFE file with no imports.
	for (const [file, entry] of Object.entries(contentScripts)) {
		await build({
			...common,
			publicDir: false,
			build: {
				outDir: stage,
				emptyOutDir: false,
				target: ['chrome120', 'firefox128'],
				sourcemap: dev ? 'inline' : false,
				minify: !dev,
				lib: { entry: r(entry), formats: ['iife'], name: 'unhurried', fileName: () => file },
			},
		});
	}
	const source = JSON.parse(await readFile(r('manifest.json'), 'utf8'));
	for (const browser of ['chrome', 'firefox']) {
		const out = r('dist', browser);
		await cp(stage, out, { recursive: true });
		await writeFile(
			join(out, 'manifest.json'),
			`${JSON.stringify(manifestFor(browser, source), null, '\t')}\n`,
		);
		if (!dev)
			await writeFile(
				r('dist', `unhurried-${browser}-${source.version}.zip`),
				await zipFor(out, manifestFor(browser, source, { store: true })),
			);
	}
	await rm(stage, { recursive: true, force: true });
	await printSizes();
	console.log(
		`built ${dev ? 'development' : 'production'} extension in ${Math.round(performance.now() - started)} ms`,
	);
}

async function filesUnder(dir) {
	const out = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const p = join(entry.parentPath ?? dir, entry.name);
		if (entry.isDirectory()) out.push(...(await filesUnder(p)));
		else out.push(p);
	}
	return out;
}

async function zipFor(dir, manifest) {
	const files = {};
	for (const file of await filesUnder(dir)) {
		const name = relative(dir, file);
		files[name] =
			name === 'manifest.json'
				? new TextEncoder().encode(JSON.stringify(manifest, null, '\t'))
				: await readFile(file);
	}
	return zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}

async function printSizes() {
	const dir = r('dist/chrome');
	const rows = [];
	for (const file of await filesUnder(dir)) {
		if (!/\.(js|css|html)$/.test(file)) continue;
		const buf = await readFile(file);
		rows.push([relative(dir, file), buf.length, gzipSync(buf, { level: 9 }).length]);
	}
	rows.sort((a, b) => b[1] - a[1]);
	const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
	console.log(
		`${'output (dist/chrome; dist/firefox is the same)'.padEnd(52)}${'raw'.padStart(9)}${'gzip'.padStart(9)}`,
	);
	for (const [name, raw, gz] of rows) console.log(`${name.padEnd(52)}${kb(raw)}${kb(gz)}`);
	for (const zip of (await readdir(r('dist'))).filter((f) => f.endsWith('.zip')))
		console.log(`${zip.padEnd(52)}${kb((await stat(r('dist', zip))).size)}`);
}

if (import.meta.filename === process.argv[1]) {
	await buildOnce();
	if (args.has('--watch')) {
		let timer;
		let running = Promise.resolve();
		const onChange = () => {
			clearTimeout(timer);
			timer = setTimeout(() => {
				running = running.then(() => buildOnce().catch((e) => console.error(e.message)));
			}, 150);
		};
		for (const p of ['src', 'public']) watch(r(p), { recursive: true }, onChange);
		watch(r('manifest.json'), onChange);
		console.log('watching src/, public/ and manifest.json for changes…');
	}
}
