// npm run rules: writes the rule registries derived from the rule files (see rules-registry.ts).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ruleFiles } from './rules-registry.js';

const root = resolve(import.meta.dirname, '..');
for (const [path, text] of Object.entries(await ruleFiles())) {
	await writeFile(resolve(root, path), text);
	console.log(`wrote ${path}`);
}
