/** A bounded least-recently-used cache: a Map keeps insertion order, so the first key is the oldest. */
export class LruCache<K, V> {
	readonly #map = new Map<K, V>();
	hits = 0;
	misses = 0;

	constructor(readonly capacity: number) {}

	get size(): number {
		return this.#map.size;
	}

	get(key: K): V | undefined {
		const value = this.#map.get(key);
		if (value === undefined) {
			this.misses++;
			return undefined;
		}
		this.hits++;
		this.#map.delete(key);
		this.#map.set(key, value);
		return value;
	}

	set(key: K, value: V): void {
		this.#map.delete(key);
		this.#map.set(key, value);
		if (this.#map.size > this.capacity) {
			const oldest = this.#map.keys().next();
			if (!oldest.done) this.#map.delete(oldest.value);
		}
	}

	clear(): void {
		this.#map.clear();
		this.hits = 0;
		this.misses = 0;
	}
}
