/**
 * One value per document, shared by every part of the content script that acquires it: made on the first
 * acquire, torn down after the last release (the hints' shadow host, the underline highlights and their sheet).
 */
export interface Lease<T> {
	value: T;
	/** Gives the value back; the last release tears it down. A second call does nothing. */
	release(): void;
}

export function perDocument<T>(
	create: (doc: Document) => T,
	destroy: (value: T, doc: Document) => void,
): (doc: Document) => Lease<T> {
	const shared = new WeakMap<Document, { value: T; users: number }>();
	return (doc) => {
		let entry = shared.get(doc);
		if (!entry) {
			entry = { value: create(doc), users: 0 };
			shared.set(doc, entry);
		}
		const held = entry;
		held.users++;
		let released = false;
		return {
			value: held.value,
			release() {
				if (released) return;
				released = true;
				if (--held.users > 0) return;
				shared.delete(doc);
				destroy(held.value, doc);
			},
		};
	};
}
