// npm run train: rebuilds the coach's learned scorers from the training data, deterministically.
//   node --import tsx scripts/train.ts           write the chat and meeting tables
//   node --import tsx scripts/train.ts --check   exit 1 when a checked-in table is not what the data gives
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { trainTables } from '../src/cli/training.js';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const started = performance.now();
const tables = await trainTables();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const t of tables) {
	const path = resolve(root, t.file);
	if (check) {
		const shipped = await readFile(path, 'utf8').catch(() => '');
		if (shipped === t.json) console.log(`train --check: ${t.file} is reproduced exactly from ${t.summary}`);
		else {
			console.error(`train --check: ${t.file} is not what the training data gives; run npm run train`);
			process.exitCode = 1;
		}
		continue;
	}
	await writeFile(path, t.json);
	const weights = Object.values<{ weight: number[] }>(t.fit.table.kinds).reduce(
		(s, k) => s + k.weight.length,
		0,
	);
	console.log(`wrote ${t.file}: ${weights} non-zero weights, ${t.json.length} bytes, from ${t.summary}`);
	for (const [kind, th] of Object.entries(t.fit.thresholds))
		console.log(
			`  ${kind.padEnd(18)} balanced ${th.candidate.balanced.toFixed(2)} (whole ${th.whole.balanced.toFixed(2)})`,
		);
}
console.log(`trained in ${seconds} s`);
