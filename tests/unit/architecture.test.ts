/**
 * The boundaries ARCHITECTURE.md draws, checked over the import graph of src/ (type imports included):
 * the core imports no context and no browser or Node API; contexts never import each other; only
 * shared/browser.ts imports the extension API polyfill, and nothing else reads the `browser` / `chrome`
 * globals either; no import circles; every folder the document names exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** The extension's contexts and the other programs over the core: none may import another. */
const CONTEXTS = ['background', 'content', 'popup', 'options', 'playground', 'builder', 'cli', 'lib'];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
	});
}

interface Import {
	from: string;
	/** A file of src/ (resolved), or a package name. */
	to: string;
}

export function importsOf(file: string, source: string): Import[] {
	const out: Import[] = [];
	const statement =
		/^\s*(?:import|export)\s+(?:type\s+)?[^;'"]*?\s*from\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gmu;
	for (const m of source.matchAll(statement)) {
		const spec = m[1] ?? m[2] ?? '';
		if (!spec.startsWith('.')) {
			out.push({
				from: file,
				to: spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec),
			});
			continue;
		}
		const base = resolve(dirname(file), spec).replace(/\.js$/u, '');
		const hit = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((c) => {
			try {
				return statSync(c).isFile();
			} catch {
				return false;
			}
		});
		out.push({ from: file, to: hit ?? base });
	}
	return out;
}

const files = sourceFiles(SRC);
const graph = files.flatMap((f) => importsOf(f, readFileSync(f, 'utf8')));
const area = (file: string) => relative(SRC, file).split('/')[0] ?? '';
const rel = (file: string) => relative(ROOT, file);

/** Import circles (strongly connected components of more than one file). */
function circles(): string[][] {
	const edges = new Map<string, string[]>();
	for (const { from, to } of graph) if (to.startsWith(SRC)) edges.set(from, [...(edges.get(from) ?? []), to]);
	let index = 0;
	const stack: string[] = [];
	const on = new Set<string>();
	const idx = new Map<string, number>();
	const low = new Map<string, number>();
	const found: string[][] = [];
	const visit = (v: string) => {
		idx.set(v, index);
		low.set(v, index++);
		stack.push(v);
		on.add(v);
		for (const w of edges.get(v) ?? []) {
			if (!idx.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
			} else if (on.has(w)) low.set(v, Math.min(low.get(v) ?? 0, idx.get(w) ?? 0));
		}
		if (low.get(v) === idx.get(v)) {
			const component: string[] = [];
			let w: string | undefined;
			do {
				w = stack.pop();
				if (w) {
					on.delete(w);
					component.push(rel(w));
				}
			} while (w && w !== v);
			if (component.length > 1) found.push(component);
		}
	};
	for (const f of files) if (!idx.has(f)) visit(f);
	return found;
}

/** What the hints view may not import: the storage, the messages and the extension API. */
const VIEW_FORBIDDEN = [
	'src/shared/browser.ts',
	'src/shared/json-storage.ts',
	'src/shared/local-view.ts',
	'src/shared/storage.ts',
	'src/shared/messages.ts',
	'src/shared/tab-messages.ts',
];

/** Calls in the hints view that read the draft back from the editor (its text comes with `update`). */
export const draftReads = (file: string, source: string) =>
	rel(file).startsWith('src/content/hints/') && /\.getText\s*\(/u.test(code(source)) ? [rel(file)] : [];

/** The content surface a file of src/ belongs to, if any. */
const surface = (file: string) => /^src\/content\/(chat|calendar)\//.exec(rel(file))?.[1];

export const violationsIn = (graph: Import[]) => ({
	core: () =>
		graph
			.filter(({ from }) => area(from) === 'core')
			.filter(
				({ to }) =>
					(to.startsWith(SRC) && area(to) !== 'core') ||
					to === 'webextension-polyfill' ||
					to.startsWith('node:') ||
					to === '@plasmohq/storage' ||
					to === 'preact',
			)
			.map(({ from, to }) => `${rel(from)} → ${to.startsWith(SRC) ? rel(to) : to}`),
	contexts: () =>
		graph
			.filter(
				({ from, to }) => to.startsWith(SRC) && CONTEXTS.includes(area(from)) && CONTEXTS.includes(area(to)),
			)
			.filter(({ from, to }) => area(from) !== area(to))
			.map(({ from, to }) => `${rel(from)} → ${rel(to)}`),
	/** content/chat and content/calendar: each surface its own; what both use lives in content/ outside them. */
	surfaces: () =>
		graph
			.filter(({ from, to }) => {
				const a = surface(from);
				const b = surface(to);
				return a !== undefined && b !== undefined && a !== b;
			})
			.map(({ from, to }) => `${rel(from)} → ${rel(to)}`),
	/** The hints view only draws: it reads no storage and sends no message (the session does both for it). */
	hints: () =>
		graph
			.filter(({ from }) => rel(from).startsWith('src/content/hints/'))
			.filter(({ to }) => VIEW_FORBIDDEN.some((f) => rel(to) === f) || to === 'webextension-polyfill')
			.map(({ from, to }) => `${rel(from)} → ${to.startsWith(SRC) ? rel(to) : to}`),
	polyfill: () =>
		graph
			.filter(({ to }) => to === 'webextension-polyfill')
			.filter(({ from }) => rel(from) !== 'src/shared/browser.ts')
			.map(({ from }) => rel(from)),
});
const violations = violationsIn(graph);

/** Comments out, so prose that says "the browser." is not a read. */
const code = (source: string) =>
	source.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:'"`])\/\/.*$/gmu, '$1');

/**
 * Reads of the extension API's globals that go around the door (shared/browser.ts): `globalThis.chrome`,
 * `window.browser`, a cast of `globalThis` to a type naming them, a bare `chrome.…`, or a bare `browser.…` in a
 * file that binds no `browser` of its own (the door's default export is imported under that name).
 */
export function globalApiReads(file: string, source: string): string[] {
	if (rel(file) === 'src/shared/browser.ts') return [];
	const text = code(source);
	const binds =
		/\bimport\s+browser\b|\bimport\s*\{[^}]*\bbrowser\b[^}]*\}|\b(?:const|let|var)\s+browser\b/u.test(text);
	const reads = [
		/\b(?:globalThis|window|self)\s*\??\.\s*(?:browser|chrome)\b/u,
		/\b(?:globalThis|window|self)\s*\[\s*['"](?:browser|chrome)['"]\s*\]/u,
		/\b(?:globalThis|window|self)\s+as\s+[^;]*?\b(?:browser|chrome)\??\s*:/u,
		/(?<![.\w$'"`])chrome\s*\??\./u,
		...(binds ? [] : [/(?<![.\w$'"`])browser\s*\??\./u]),
	];
	return reads.some((r) => r.test(text)) ? [rel(file)] : [];
}

describe('the architecture', () => {
	it('keeps the core pure: it imports nothing from the contexts, no browser API and no Node API', () => {
		expect(violations.core()).toEqual([]);
	});

	it('keeps the contexts apart: none imports another (what they share lives in shared/ or core/)', () => {
		expect(violations.contexts()).toEqual([]);
	});

	it('keeps the content surfaces apart: content/chat and content/calendar never import each other', () => {
		expect(violations.surfaces()).toEqual([]);
	});

	it('has one door to the extension API: only shared/browser.ts imports the polyfill', () => {
		expect(violations.polyfill()).toEqual([]);
	});

	it('has one door to the extension API at run time too: nothing else reads the browser or chrome globals', () => {
		expect(files.flatMap((f) => globalApiReads(f, readFileSync(f, 'utf8')))).toEqual([]);
	});

	it('keeps the hints view a drawer: no storage, no messages, no reading the draft back from the editor', () => {
		expect(violations.hints()).toEqual([]);
		expect(files.flatMap((f) => draftReads(f, readFileSync(f, 'utf8')))).toEqual([]);
	});

	it('has no import circles, type imports included', () => {
		expect(circles()).toEqual([]);
	});

	it('would catch a deliberate violation of each boundary', () => {
		const core = join(SRC, 'core/chat/example.ts');
		const page = join(SRC, 'options/example.tsx');
		const probe = violationsIn([
			...importsOf(
				core,
				"import browser from 'webextension-polyfill';\nimport { send } from '../../shared/messages.js';",
			),
			...importsOf(page, "import { PopupApp } from '../popup/popup-app.js';"),
			...importsOf(
				join(SRC, 'content/calendar/example.ts'),
				"import { slack } from '../chat/sites/slack.js';",
			),
		]);
		expect(probe.core()).toEqual([
			'src/core/chat/example.ts → webextension-polyfill',
			'src/core/chat/example.ts → src/shared/messages.ts',
		]);
		expect(probe.contexts()).toEqual(['src/options/example.tsx → src/popup/popup-app.tsx']);
		expect(probe.polyfill()).toEqual(['src/core/chat/example.ts']);
		expect(probe.surfaces()).toEqual(['src/content/calendar/example.ts → src/content/chat/sites/slack.ts']);
		const view = join(SRC, 'content/hints/example.ts');
		const drawer = violationsIn(
			importsOf(
				view,
				"import { settings } from '../../shared/local-view.js';\nimport { t } from '../../shared/ui/t.js';",
			),
		);
		expect(drawer.hints()).toEqual(['src/content/hints/example.ts → src/shared/local-view.ts']);
		expect(draftReads(view, 'const draft = adapter.getText();')).toEqual(['src/content/hints/example.ts']);
		expect(draftReads(view, '// the session calls adapter.getText() for us\nexport {};')).toEqual([]);
	});

	it('would catch a deliberate read of the browser or chrome globals outside the door', () => {
		const at = (name: string) => join(SRC, 'shared', name);
		const reads = (source: string) => globalApiReads(at('example.ts'), source);
		expect(reads('const g = globalThis as { browser?: { storage?: unknown }; chrome?: unknown };')).toEqual([
			'src/shared/example.ts',
		]);
		expect(reads('const area = globalThis.chrome?.storage.session;')).toEqual(['src/shared/example.ts']);
		expect(reads("const api = (window as any)['browser'] ?? self.browser;")).toEqual([
			'src/shared/example.ts',
		]);
		expect(reads('void chrome.runtime.sendMessage({ type: "x" });')).toEqual(['src/shared/example.ts']);
		expect(reads('export const id = () => browser.runtime.id;')).toEqual(['src/shared/example.ts']);
		// Through the door, in a comment or inside a pattern: not a read.
		expect(reads("import browser from './browser.js';\nexport const id = () => browser.runtime.id;")).toEqual(
			[],
		);
		expect(reads('// leaves the browser. chrome.runtime is not touched here\nexport {};')).toEqual([]);
		expect(reads("const product = /\\b(?:chrome|firefox)\\b/i; const s = 'chrome.exe';")).toEqual([]);
		expect(
			globalApiReads(join(SRC, 'shared/browser.ts'), "import browser from 'webextension-polyfill';"),
		).toEqual([]);
	});

	it('has every folder ARCHITECTURE.md names', () => {
		const doc = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
		const named = [...doc.matchAll(/^\| `([^`]+\/)` +\|/gmu)].map((m) => m[1] ?? '');
		expect(named.length).toBeGreaterThan(10);
		for (const folder of named) expect(statSync(join(ROOT, folder)).isDirectory(), folder).toBe(true);
	});
});
