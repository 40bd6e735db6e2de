/**
 * The sources of truth: the extension origin's IndexedDB (through idb-keyval). Only the background and
 * extension pages run in that origin; content scripts run in the page's origin and cannot open it, unlike
 * storage.local, which every content script can write (issue 11, finding 1). Only the background writes here.
 * Values are stored as structured clones and parsed by zod on the way out; a damaged value is reported,
 * never silently replaced by its default.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { PersonalOverrides } from '../core/norms/schema.js';
import {
	defaultSettings,
	emptySubscription,
	ImportedPreset,
	Settings,
	SubscriptionState,
} from '../shared/storage.js';

let db: { store: UseStore; factory: IDBFactory } | undefined;
const store = (): UseStore => {
	// Opened once per factory (tests give each case a fresh one).
	if (db?.factory !== globalThis.indexedDB)
		db = { store: createStore('unhurried', 'trusted'), factory: globalThis.indexedDB };
	return db.store;
};

export interface Read<T> {
	value: T;
	/** The stored value did not match the schema: `value` is the default, and the problem must be shown. */
	damaged: boolean;
}

export interface TrustedItem<S extends z.ZodType> {
	key: string;
	schema: S;
	read(): Promise<Read<z.output<S>>>;
	get(): Promise<z.output<S>>;
	set(value: z.input<S>): Promise<void>;
	remove(): Promise<void>;
	/** Writes a raw value as it is (the migration carries damaged values over, so they are reported). */
	setRaw(value: unknown): Promise<void>;
}

export function trustedItem<S extends z.ZodType>(
	key: string,
	schema: S,
	fallback: () => z.output<S>,
): TrustedItem<S> {
	const read = async (): Promise<Read<z.output<S>>> => {
		const raw = await get(key, store());
		if (raw === undefined) return { value: fallback(), damaged: false };
		const parsed = schema.safeParse(raw);
		return parsed.success ? { value: parsed.data, damaged: false } : { value: fallback(), damaged: true };
	};
	return {
		key,
		schema,
		read,
		get: async () => (await read()).value,
		set: (value) => set(key, schema.parse(value), store()),
		remove: () => del(key, store()),
		setRaw: (value) => set(key, value, store()),
	};
}

/** The layout of the trusted store (and of storage.local before it); bump with a migration in migrations.ts. */
export const STORAGE_VERSION = 2;
export const storageVersion = trustedItem('storageVersion', z.number().int().nonnegative(), () => 0);
export const subscription = trustedItem('subscription', SubscriptionState, emptySubscription);
export const importedPreset = trustedItem('importedPreset', ImportedPreset, () => null);
export const personalOverrides = trustedItem('personalOverrides', PersonalOverrides, () => ({}));
export const settings = trustedItem('settings', Settings, defaultSettings);

/** What a damaged source means for the person, in the words the popup and options page show. */
export const DAMAGED: Record<string, string> = {
	subscription:
		'the stored team subscription is damaged and could not be read, so no subscription is in force: subscribe again in the options page',
	importedPreset:
		'the stored imported preset is damaged and could not be read, so it is not used: import it again in the options page',
	personalOverrides:
		'your stored personal overrides are damaged and could not be read, so none are used: set them again in the options page',
	settings:
		'your stored settings are damaged and could not be read, so the defaults are used: set them again in the options page',
};
