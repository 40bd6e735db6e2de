/**
 * One area of the extension's storage, each value kept as a JSON string under its key — the format
 * @plasmohq/storage wrote, which this replaces (the same keys and strings, so nothing stored moves). Ten-odd
 * lines instead of a dependency: content.js carries it on every page (issue 14's size budget). The storage API
 * itself comes through the one door to the extension API (browser.ts), like every other call.
 */
import browser from './browser.js';

type Area = 'local' | 'session';
type Change = { newValue?: unknown; oldValue?: unknown };
type Listener = (changes: Record<string, Change>, area: string) => void;

/** A stored JSON string, parsed; undefined when absent or not JSON (the caller's schema decides the rest). */
function parse(raw: unknown): unknown {
	if (typeof raw !== 'string') return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

type Watchers = Record<string, (change: Change) => void>;

export class JsonStorage {
	readonly area: Area;
	private readonly listeners = new Map<Watchers, Listener>();
	constructor({ area }: { area: Area }) {
		this.area = area;
	}
	private get store() {
		return browser.storage[this.area];
	}
	async get<T = unknown>(key: string): Promise<T | undefined> {
		return parse((await this.store.get(key))[key]) as T | undefined;
	}
	async set(key: string, value: unknown): Promise<void> {
		await this.store.set({ [key]: JSON.stringify(value) });
	}
	remove = (key: string) => this.store.remove(key);
	removeMany = (keys: string[]) => this.store.remove(keys);
	/** Every key with its raw stored value (the JSON strings). */
	rawGetAll = async () => (await this.store.get(null)) ?? {};
	/** Calls each key's callback with the parsed new and old values when that key changes in this area. */
	watch(watchers: Watchers): void {
		const listener: Listener = (changes, area) => {
			if (area !== this.area) return;
			for (const [key, cb] of Object.entries(watchers)) {
				const change = changes[key];
				if (change) cb({ newValue: parse(change.newValue), oldValue: parse(change.oldValue) });
			}
		};
		this.listeners.set(watchers, listener);
		browser.storage.onChanged.addListener(listener);
	}
	unwatch(watchers: Watchers): void {
		const listener = this.listeners.get(watchers);
		if (listener) browser.storage.onChanged.removeListener(listener);
		this.listeners.delete(watchers);
	}
}
