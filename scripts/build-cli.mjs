// Builds the installable package: the CLI and the library as plain JavaScript (no TypeScript runner at run
// time) plus type declarations for the library. `npm pack` runs it (prepack); the extension build is separate.
//   lib/cli.js, lib/index.js   ES modules for Node ≥ 20; dependencies stay imports, JSON imports are inlined
//   lib/types/**.d.ts          declarations, entry lib/types/lib/index.d.ts
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'lib');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
/** Node's built-ins and the package's own dependencies are imported at run time; everything else is bundled. */
const isExternal = (id) =>
	id.startsWith('node:') || dependencies.some((d) => id === d || id.startsWith(`${d}/`));

export async function buildCli() {
	const started = performance.now();
	await rm(outDir, { recursive: true, force: true });
	const result = await build({
		configFile: false,
		root,
		logLevel: 'warn',
		publicDir: false,
		define: { __DEV__: 'false' },
		build: {
			outDir,
			emptyOutDir: false,
			target: 'node20',
			minify: false,
			sourcemap: false,
			ssr: true,
			rollupOptions: {
				input: { index: join(root, 'src/lib/index.ts'), cli: join(root, 'src/cli/main.ts') },
				external: isExternal,
				output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/core-[hash].js' },
			},
		},
	});
	execFileSync(
		process.execPath,
		[join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.lib.json')],
		{
			stdio: 'inherit',
		},
	);
	// What Node will import at run time must be installed with the package: a stray import fails here, not for a user.
	const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
	const imported = new Set(
		chunks
			.flatMap((c) => (c.type === 'chunk' ? [...c.imports, ...c.dynamicImports] : []))
			.filter((id) => !chunks.some((c) => c.fileName === id)),
	);
	const stray = [...imported].filter((id) => !isExternal(id));
	if (stray.length) throw new Error(`lib/ imports packages that are not dependencies: ${stray.join(', ')}`);
	for (const c of chunks)
		if (c.type === 'chunk' && /\bfrom\s*["'][^"']+\.json["']/.test(c.code))
			throw new Error(`lib/${c.fileName} imports a JSON file at run time`);
	console.log(
		`built lib/ (CLI and library; imports ${[...imported].sort().join(', ')}) in ${Math.round(performance.now() - started)} ms`,
	);
}

if (import.meta.filename === process.argv[1]) await buildCli();
