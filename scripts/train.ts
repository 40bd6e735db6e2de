// npm run train: rebuilds the coach's learned scorers from the training data, deterministically.
//   node --import tsx scripts/train.ts           write src/core/chat/chat-model.json
//   node --import tsx scripts/train.ts --check   exit 1 when the checked-in table is not what the data gives
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fitChat } from '../src/core/chat/chat-training.js';
import { chatExamples, readRealCorpora, readTrainingData } from '../src/cli/training-data.js';
import { REAL_CORPORA } from '../src/cli/real-corpora.js';

const root = resolve(import.meta.dirname, '..');
const CHAT_MODEL = resolve(root, 'src/core/chat/chat-model.json');

const check = process.argv.includes('--check');
const started = performance.now();
const data = await readTrainingData();
const real = await readRealCorpora(REAL_CORPORA);
const examples = chatExamples(data, real);
const fit = fitChat(examples);
const json = `${JSON.stringify(fit.table)}\n`;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary = `${examples.length} chat examples (${data.chat.length} written, ${examples.length - data.chat.length} real) in ${seconds} s`;
if (check) {
	const shipped = await readFile(CHAT_MODEL, 'utf8').catch(() => '');
	if (shipped !== json) {
		console.error(`train --check: ${CHAT_MODEL} is not what the training data gives; run npm run train`);
		process.exit(1);
	}
	console.log(`train --check: the shipped chat model is reproduced exactly from ${summary}`);
} else {
	await writeFile(CHAT_MODEL, json);
	const weights = Object.values(fit.table.kinds).reduce((s, k) => s + k.weight.length, 0);
	console.log(`wrote ${CHAT_MODEL}: ${weights} non-zero weights, ${json.length} bytes, from ${summary}`);
	for (const [kind, t] of Object.entries(fit.thresholds)) console.log(`  ${kind.padEnd(16)} thresholds ${JSON.stringify(t)}`);
}
