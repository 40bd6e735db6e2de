/**
 * Local storage through @plasmohq/storage, with every value parsed by zod on the way out: one typed
 * item per key, a fallback when a value is missing or damaged (the stored value is left for the next
 * good write), and a watch for changes. Only the background writes; pages and content scripts read.
 */
import { Storage } from '@plasmohq/storage';
import { z } from 'zod';
import { DEFAULT_NORMS } from '../core/norms/default-norms.js';
import { NORMS_SOURCES } from '../core/norms/merge-norms.js';
import { StoredPreset } from '../core/norms/parse-preset.js';
import { PersonalOverrides } from '../core/norms/schema.js';
import { emptyStats, Stats } from './stats.js';

export const local = new Storage({ area: 'local' });
export const session = new Storage({ area: 'session' });

/** Reads a key and parses it; a missing or invalid value gives the fallback (the last good state stays in storage). */
export async function readParsed<S extends z.ZodType>(
	store: Storage,
	key: string,
	schema: S,
	fallback: z.infer<S>,
) {
	const raw = await store.get<unknown>(key);
	if (raw === undefined || raw === null) return fallback;
	const parsed = schema.safeParse(raw);
	return parsed.success ? parsed.data : fallback;
}

export interface StorageItem<S extends z.ZodType> {
	key: string;
	schema: S;
	get(): Promise<z.output<S>>;
	set(value: z.input<S>): Promise<void>;
	remove(): Promise<void>;
	/** Calls back with each new valid value (the fallback when the key is removed) until the signal aborts. */
	watch(callback: (value: z.output<S>) => void, signal?: AbortSignal): void;
}

/** One typed key in a storage area. */
export function storageItem<S extends z.ZodType>(
	key: string,
	schema: S,
	fallback: () => z.output<S>,
	store: Storage = local,
): StorageItem<S> {
	return {
		key,
		schema,
		get: () => readParsed(store, key, schema, fallback()),
		async set(value) {
			await store.set(key, schema.parse(value));
		},
		remove: () => store.remove(key),
		watch(callback, signal) {
			if (signal?.aborted) return;
			const map = {
				[key]: (change: { newValue?: unknown }) => {
					if (change.newValue === undefined || change.newValue === null) return callback(fallback());
					const parsed = schema.safeParse(change.newValue);
					if (parsed.success) callback(parsed.data);
				},
			};
			store.watch(map);
			signal?.addEventListener('abort', () => store.unwatch(map), { once: true });
		},
	};
}

/** The layout of storage.local; bump with a migration in src/background/migrations.ts. */
export const STORAGE_VERSION = 1;
export const storageVersion = storageItem('storageVersion', z.number().int().nonnegative(), () => 0);

export const NormsSource = z.enum(NORMS_SOURCES);

/** A problem with one source of norms, kept for the popup and options page to show. */
export const NormsProblem = z.object({
	source: z.enum([...NORMS_SOURCES, 'storage']),
	message: z.string(),
	/** Epoch milliseconds. */
	at: z.number(),
});
export type NormsProblem = z.output<typeof NormsProblem>;

export const SubscriptionStatus = z.object({
	url: z.string(),
	/** Set by enterprise policy (then a person cannot change it). */
	managed: z.boolean(),
	/** A public key is pinned: only signed presets are accepted. */
	pinned: z.boolean(),
	lastAttemptAt: z.number().nullable(),
	lastSuccessAt: z.number().nullable(),
	lastError: NormsProblem.nullable(),
});

/**
 * The effective norms, computed by the background from every source and written under one key. Content
 * scripts, the popup and the options page read and watch this; they never need to wake the worker.
 */
export const EffectiveNorms = z.object({
	norms: StoredPreset,
	/** Field path (e.g. `channels.chat.response`) → the source its value came from. */
	sources: z.record(z.string(), NormsSource),
	/** Field paths or sections locked by policy ("*" = everything). */
	locked: z.array(z.string()),
	/** The preset that provides the identity: the highest full preset in force. */
	preset: z.object({ name: z.string(), version: z.string(), source: NormsSource }),
	/** When the norms were last computed (epoch ms). */
	refreshedAt: z.number(),
	/** The most recent problem, if any is current. */
	lastError: NormsProblem.nullable(),
	/** Every current problem (a failed subscription, an invalid policy value…). */
	problems: z.array(NormsProblem),
	subscription: SubscriptionStatus.nullable(),
});
export type EffectiveNorms = z.output<typeof EffectiveNorms>;

/** What readers get before the background has written anything: the built-in default. */
export function builtinEffectiveNorms(): EffectiveNorms {
	return {
		norms: DEFAULT_NORMS,
		sources: {},
		locked: [],
		preset: { name: DEFAULT_NORMS.name, version: DEFAULT_NORMS.version, source: 'builtin' },
		refreshedAt: 0,
		lastError: null,
		problems: [],
		subscription: null,
	};
}
export const effectiveNorms = storageItem('effectiveNorms', EffectiveNorms, builtinEffectiveNorms);

/** The subscription a person set, and what the background last fetched (from whichever URL is in force). */
export const SubscriptionState = z.object({
	/** Set from the options page; enterprise policy's URL wins over it. */
	url: z.string().nullable(),
	publicKey: z.string().nullable(),
	/** The last good preset, the URL it came from and its ETag. */
	lastGood: z
		.object({
			url: z.string(),
			preset: StoredPreset,
			etag: z.string().nullable(),
			/** The key it was verified with (null: unsigned); it stays in force only while the same key is pinned. */
			publicKey: z.string().nullable(),
			fetchedAt: z.number(),
		})
		.nullable(),
	lastAttemptAt: z.number().nullable(),
	lastError: NormsProblem.nullable(),
});
export type SubscriptionState = z.output<typeof SubscriptionState>;
export const subscription = storageItem('subscription', SubscriptionState, () => ({
	url: null,
	publicKey: null,
	lastGood: null,
	lastAttemptAt: null,
	lastError: null,
}));

/** A preset file a person imported (or a built-in they picked) in the options page. */
export const ImportedPreset = z
	.object({ preset: StoredPreset, fileName: z.string().max(300), importedAt: z.number() })
	.nullable();
export const importedPreset = storageItem('importedPreset', ImportedPreset, () => null);

/** A person's own overrides, below policy, subscription and imported file. */
export const personalOverrides = storageItem('personalOverrides', PersonalOverrides, () => ({}));

export const stats = storageItem('stats', Stats, emptyStats);

/** Every key of the current layout (migrations drop anything else). */
export const STORAGE_ITEMS: readonly StorageItem<z.ZodType>[] = [
	storageVersion,
	effectiveNorms,
	subscription,
	importedPreset,
	personalOverrides,
	stats,
];

/**
 * The person's own settings (not norms): written by the page where they change them (options, popup, the
 * hint card's "turn this rule off"), read and watched by content scripts.
 */
export const Settings = z.object({
	/** Rule ids turned off. */
	disabledRules: z.array(z.string().max(80)).max(200).default([]),
	/** How long typing must pause before a draft is analyzed. */
	typingDelayMs: z.number().int().min(100).max(3000).default(300),
	/** Epoch ms until which hints are paused everywhere (0 = not paused). */
	pausedUntil: z.number().nonnegative().default(0),
	/** Origin patterns enabled at run time beyond the built-in chat sites, e.g. "https://chat.example.com/*". */
	sites: z.array(z.string().max(300)).max(200).default([]),
	/** Hostnames where the person turned Unhurried off. */
	disabledHosts: z.array(z.string().max(300)).max(500).default([]),
});
export type Settings = z.output<typeof Settings>;
export const settings = storageItem('settings', Settings, () => Settings.parse({}));
