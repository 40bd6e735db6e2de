/**
 * npm run bench: the analyzer's speed side by side with harper.js (LocalLinter) and write-good,
 * on the same texts, in one run. Medians and p95 in ms; ratio = their median / ours (above 1: we are faster).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { build } from 'vite';
import writeGood from 'write-good';
import { analyzeDraft } from '../src/core/chat/analyze-draft.js';
import { DEFAULT_NORMS } from '../src/core/norms/default-norms.js';
import { summarize, time } from './stats.js';
import { BENCH_CONTEXT, draftOfWords } from './texts.js';

const root = resolve(import.meta.dirname, '..');
const context = BENCH_CONTEXT;
const ours = (text: string) => analyzeDraft(text, context, DEFAULT_NORMS);
const harper = new LocalLinter({ binary });
await harper.setup();

const fmt = (n: number) => (n < 10 ? n.toFixed(3) : n.toFixed(1)).padStart(9);
const rows: string[] = [];
const header = `${'case'.padEnd(22)}${'ours med'.padStart(9)}${'ours p95'.padStart(9)}${'harper med'.padStart(11)}${'p95'.padStart(9)}${'wgood med'.padStart(10)}${'p95'.padStart(9)}${'harper/ours'.padStart(12)}${'wgood/ours'.padStart(11)}`;

async function compare(label: string, runs: number, make: (seed: number) => string) {
	// Warm each engine's code paths first (not the sentence cache: every timed run gets new text).
	for (let s = 900_001; s < 900_004; s++) {
		ours(make(s));
		await harper.lint(make(s));
		writeGood(make(s));
	}
	const a = summarize(await time(runs, make, ours));
	const h = summarize(await time(Math.min(runs, 30), make, (t) => harper.lint(t)));
	const w = summarize(await time(runs, make, (t) => writeGood(t)));
	rows.push(
		`${label.padEnd(22)}${fmt(a.median)}${fmt(a.p95)}${fmt(h.median).padStart(11)}${fmt(h.p95)}${fmt(w.median).padStart(10)}${fmt(w.p95)}${`${(h.median / a.median).toFixed(1)}×`.padStart(12)}${`${(w.median / a.median).toFixed(1)}×`.padStart(11)}`,
	);
	console.log(rows.at(-1));
}

console.log(`Node ${process.version}, ${new Date().toISOString()}\n${header}`);
for (const [words, runs] of [
	[20, 300],
	[100, 200],
	[500, 100],
	[2000, 40],
	[10000, 15],
] as const) {
	await compare(`${words} words`, runs, (seed) => draftOfWords(words, seed));
}

// Keystroke: one character appended to a 2,000-word draft that was just analyzed (our sentence cache is warm;
// the others have no incremental mode, so they re-lint the whole draft, as an editor integration would).
{
	const base = draftOfWords(2000, 424242);
	ours(base);
	const samples: number[] = [];
	let text = base;
	for (let i = 0; i < 200; i++) {
		text += 'abcdefghij'[i % 10];
		const t0 = performance.now();
		ours(text);
		samples.push(performance.now() - t0);
	}
	const a = summarize(samples);
	const h = summarize(
		await time(
			20,
			(i) => `${base}${'x'.repeat(i)}`,
			(t) => harper.lint(t),
		),
	);
	const w = summarize(
		await time(
			100,
			(i) => `${base}${'x'.repeat(i)}`,
			(t) => writeGood(t),
		),
	);
	rows.push(
		`${'keystroke @2000 words'.padEnd(22)}${fmt(a.median)}${fmt(a.p95)}${fmt(h.median).padStart(11)}${fmt(h.p95)}${fmt(w.median).padStart(10)}${fmt(w.p95)}${`${(h.median / a.median).toFixed(1)}×`.padStart(12)}${`${(w.median / a.median).toFixed(1)}×`.padStart(11)}`,
	);
	console.log(rows.at(-1));
}

// Cold start: a fresh process imports the analyzer and runs its first analysis (ours bundled as it ships).
{
	const outDir = resolve(root, 'node_modules/.cache/unhurried-bench');
	await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			outDir,
			emptyOutDir: true,
			lib: { entry: resolve(root, 'bench/core-entry.ts'), formats: ['es'], fileName: () => 'core.mjs' },
		},
	});
	const coreUrl = pathToFileURL(resolve(outDir, 'core.mjs')).href;
	const cold = (which: string) =>
		summarize(
			Array.from({ length: 7 }, () => {
				const out = execFileSync(process.execPath, [resolve(root, 'bench/cold-start.mjs'), which, coreUrl], {
					cwd: root,
				});
				return JSON.parse(out.toString()).ms as number;
			}),
		);
	const a = cold('unhurried');
	const h = cold('harper');
	const w = cold('write-good');
	rows.push(
		`${'cold start'.padEnd(22)}${fmt(a.median)}${fmt(a.p95)}${fmt(h.median).padStart(11)}${fmt(h.p95)}${fmt(w.median).padStart(10)}${fmt(w.p95)}${`${(h.median / a.median).toFixed(1)}×`.padStart(12)}${`${(w.median / a.median).toFixed(1)}×`.padStart(11)}`,
	);
	console.log(rows.at(-1));
}

// The language identifiers, measured on the same machine in the same run.
await import('./language.js');
