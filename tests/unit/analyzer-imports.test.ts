/**
 * The analyzer's lazy part (analyzer-entry.ts) is a second bundle inside content.js: every package it reaches at
 * run time is carried twice when the content script's own part uses it too. zod (≈90 KB raw) is the content
 * script's; the analyzer must reach it only through `import type`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Specifiers a module imports or re-exports at run time (type-only imports and re-exports left out). */
function runtimeSpecifiers(source: string): string[] {
	const found: string[] = [];
	const statement = /^\s*(import|export)\s+(type\s+)?([^;'"]*?)\s*from\s*['"]([^'"]+)['"]/gmu;
	for (const m of source.matchAll(statement)) {
		const [, , typeOnly, clause = '', specifier = ''] = m;
		if (typeOnly) continue;
		const named = /^\{([^}]*)\}$/su.exec(clause.trim());
		const names = named?.[1]
			?.split(',')
			.map((n) => n.trim())
			.filter(Boolean);
		if (names?.length && names.every((n) => n.startsWith('type '))) continue;
		found.push(specifier);
	}
	for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gmu)) found.push(m[1] ?? '');
	return found;
}

/** Every package the module graph from `entry` reaches at run time. */
function packagesReached(entry: string): Set<string> {
	const packages = new Set<string>();
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const spec of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
			if (!spec.startsWith('.')) {
				packages.add(
					spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec),
				);
				continue;
			}
			// A JSON module (the scorers' tables) imports nothing.
			if (spec.endsWith('.json')) continue;
			const base = join(dirname(file), spec).replace(/\.js$/u, '');
			const candidates = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
			const hit = candidates.find((c) => {
				try {
					readFileSync(c);
					return true;
				} catch {
					return false;
				}
			});
			if (!hit) throw new Error(`${file}: cannot resolve ${spec}`);
			visit(hit);
		}
	};
	visit(entry);
	return packages;
}

describe('the analyzer bundle', () => {
	it('tells run-time imports from type-only ones', () => {
		expect(
			runtimeSpecifiers(
				[
					"import type { A } from './a.js';",
					"import { type B, type C } from './b.js';",
					"import { type D, e } from './d.js';",
					"import f from 'f';",
					"export { g } from './g.js';",
					"export type { H } from './h.js';",
					"import './side-effect.js';",
				].join('\n'),
			),
		).toEqual(['./d.js', 'f', './g.js', './side-effect.js']);
	});

	it('reaches compromise but not zod', () => {
		const reached = packagesReached(join(ROOT, 'src/content/chat/analyzer-entry.ts'));
		expect(reached.has('compromise') || [...reached].some((p) => p.startsWith('compromise'))).toBe(true);
		expect(reached.has('zod')).toBe(false);
	});
});
