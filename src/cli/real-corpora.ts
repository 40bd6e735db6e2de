/**
 * Real labeled messages the trainer also learns from, beside the project's own examples: the dev corpus that
 * sits beside the repository (../shared/corpus). The shipped tables are reproducible only where it is present.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const REAL_CORPORA: readonly string[] = [resolve(REPO, '../shared/corpus/dev.jsonl')];
