// npm run train: rebuilds the coach's learned scorers from the training data, deterministically.
//   node --import tsx scripts/train.ts           write the chat and meeting tables
//   node --import tsx scripts/train.ts --check   exit 1 when a checked-in table is not what the data gives
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { REAL_CORPORA } from '../src/cli/real-corpora.js';
import {
	chatExamples,
	meetingExamples,
	readRealCorpora,
	readTrainingData,
} from '../src/cli/training-data.js';
import { fitChat } from '../src/core/chat/chat-training.js';
import type { Fit } from '../src/core/learn/fit-scorer.js';
import { fitMeetings } from '../src/core/meeting/meeting-training.js';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const data = await readTrainingData();
const real = await readRealCorpora(REAL_CORPORA);

async function ship<K extends string>(name: string, file: string, count: string, fit: () => Fit<K>) {
	const started = performance.now();
	const result = fit();
	const path = resolve(root, file);
	const json = `${JSON.stringify(result.table)}\n`;
	const summary = `${count} in ${((performance.now() - started) / 1000).toFixed(1)} s`;
	if (check) {
		const shipped = await readFile(path, 'utf8').catch(() => '');
		if (shipped !== json) {
			console.error(`train --check: ${file} is not what the training data gives; run npm run train`);
			process.exitCode = 1;
		} else console.log(`train --check: the shipped ${name} table is reproduced exactly from ${summary}`);
		return;
	}
	await writeFile(path, json);
	const weights = Object.values<{ weight: number[] }>(result.table.kinds).reduce(
		(s, k) => s + k.weight.length,
		0,
	);
	console.log(`wrote ${file}: ${weights} non-zero weights, ${json.length} bytes, from ${summary}`);
	for (const [kind, t] of Object.entries(result.thresholds))
		console.log(`  ${kind.padEnd(18)} thresholds ${JSON.stringify(t)}`);
}

const chat = chatExamples(data, real);
const written = data.chat.length;
await ship(
	'chat',
	'src/core/chat/chat-model.json',
	`${chat.length} chat examples (${written} written, ${chat.length - written} real)`,
	() => fitChat(chat),
);
const meetings = meetingExamples(data, real);
await ship(
	'meeting',
	'src/core/meeting/meeting-model.json',
	`${meetings.length} meeting examples (${data.meetings.length} written, ${meetings.length - data.meetings.length} real)`,
	() => fitMeetings(meetings),
);
