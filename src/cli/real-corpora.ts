/**
 * Real labeled corpora the trainer also learns from, beside the project's own examples. Empty: the shipped
 * scorer learns only from data/train, so both corpora beside the project stay held-out measures.
 */
export const REAL_CORPORA: readonly string[] = ['../shared/corpus/dev.jsonl'];
