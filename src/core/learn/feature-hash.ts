/**
 * Feature hashing: a feature is a name ("w:deploy", "r:vague-ask"), and its weight lives in the bucket its
 * name hashes to. No vocabulary ships; the model is a table of buckets. FNV-1a over UTF-16 code units.
 */
export function hashName(name: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < name.length; i++) {
		h ^= name.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** The bucket of a feature in a table of 2^bits buckets. */
export function bucketOf(name: string, bits: number): number {
	return hashName(name) & ((1 << bits) - 1);
}

/** The distinct buckets of a list of feature names (binary features: a name counts once). */
export function bucketsOf(names: readonly string[], bits: number): number[] {
	const seen = new Set<number>();
	for (const name of names) seen.add(bucketOf(name, bits));
	return [...seen].sort((a, b) => a - b);
}
