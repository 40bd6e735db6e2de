/**
 * What content scripts read of the background's state (storage.ts adds what extension pages read), kept apart
 * so a content script carries only these two items' schemas.
 *
 * What readers see of the background's state, through json-storage.ts with every value parsed by zod on the
 * way out: one typed item per key, a fallback when a value is missing or damaged, and a watch for changes.
 *
 * Who can reach what (issue 11): the sources of truth (subscription, imported preset, personal overrides,
 * settings) live in the extension origin's IndexedDB (src/background/trusted-store.ts), which content scripts,
 * running in the page's origin, cannot open. The background publishes what each reader needs:
 *   - storage.local: the effective norms and the settings, for content scripts. Content scripts can write
 *     storage.local too (no browser can restrict it), so the background rewrites these two keys from its own
 *     copy whenever anything else changes them (src/background/views.ts).
 *   - storage.session: the same plus what the options page shows, for extension pages. Session storage is
 *     reachable from trusted contexts only (the default in Chrome and Firefox; the background also sets it).
 * Readers never write: content scripts and pages change settings through typed messages.
 */
import { z } from 'zod';
import {
	builtinEffectiveNorms,
	EffectiveNorms,
	NormsProblem,
	NormsSource,
	SubscriptionStatus,
} from '../core/norms/effective-norms.js';
import { JsonStorage as Storage } from './json-storage.js';

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

export { builtinEffectiveNorms, EffectiveNorms, NormsProblem, NormsSource, SubscriptionStatus };

/** Content scripts' copy (storage.local). */
export const effectiveNorms = storageItem('effectiveNorms', EffectiveNorms, builtinEffectiveNorms);

/**
 * The person's own settings (not norms): changed through messages from the page where they change them
 * (options, popup, the hint card's "turn this rule off"), written by the background, read by content scripts.
 */
/** How many dismissals are remembered (the oldest go first). */
export const MAX_DISMISSED = 300;
const settingsFields = {
	/** Rule ids turned off. */
	disabledRules: z.array(z.string().max(80)).max(200),
	/** How long typing must pause before a draft is analyzed. */
	typingDelayMs: z.number().int().min(100).max(3000),
	/** How readily hints are shown: quiet shows only the surest, thorough also the likely ones. */
	sensitivity: z.enum(['quiet', 'balanced', 'thorough']),
	/** Epoch ms until which hints are paused everywhere (0 = not paused). */
	pausedUntil: z.number().nonnegative(),
	/** Origin patterns enabled at run time beyond the built-in chat sites, e.g. "https://chat.example.com/*". */
	sites: z.array(z.string().max(300)).max(200),
	/** Hostnames where the person turned Unhurried off. */
	disabledHosts: z.array(z.string().max(300)).max(500),
	/** Hints dismissed in a draft, by a hash of the hint (never its words), kept a week. */
	dismissedHints: z.array(z.object({ id: z.string().max(16), at: z.number() })).max(MAX_DISMISSED),
	/** "Don't flag this phrase again": the rule and the phrase, as the person chose them. */
	quietPhrases: z.array(z.object({ rule: z.string().max(80), phrase: z.string().max(80) })).max(200),
	/** Rules snoozed until an epoch ms (an hour, or the end of the day). */
	snoozedRules: z.array(z.object({ rule: z.string().max(80), until: z.number() })).max(100),
	/** The playground's first-run steps were shown (once per install). */
	onboarded: z.boolean(),
};
export const Settings = z.object({
	disabledRules: settingsFields.disabledRules.default([]),
	typingDelayMs: settingsFields.typingDelayMs.default(300),
	sensitivity: settingsFields.sensitivity.default('balanced'),
	pausedUntil: settingsFields.pausedUntil.default(0),
	sites: settingsFields.sites.default([]),
	disabledHosts: settingsFields.disabledHosts.default([]),
	dismissedHints: settingsFields.dismissedHints.default([]),
	quietPhrases: settingsFields.quietPhrases.default([]),
	snoozedRules: settingsFields.snoozedRules.default([]),
	onboarded: settingsFields.onboarded.default(false),
});
/** A change to some settings: only the fields given (no defaults filled in for the others). */
export const SettingsChange = z.object(settingsFields).partial().strict();
export type Settings = z.output<typeof Settings>;
export const defaultSettings = (): Settings => Settings.parse({});
/** Content scripts' copy (storage.local). */
export const settings = storageItem('settings', Settings, defaultSettings);

/** The keys of storage.local that the background publishes and keeps as it wrote them. */
export const LOCAL_VIEW_KEYS = [effectiveNorms.key, settings.key] as const;
