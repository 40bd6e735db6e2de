/**
 * What extension pages read of the background's state, on top of the content scripts' view (local-view.ts,
 * re-exported here): the subscription, the imported preset, the personal overrides, the stats.
 */
import { z } from 'zod';
import { SignedEnvelope } from '../core/norms/envelope-schema.js';
import { StoredPreset } from '../core/norms/parse-preset.js';
import { PersonalOverrides } from '../core/norms/schema.js';
import {
	builtinEffectiveNorms,
	defaultSettings,
	EffectiveNorms,
	NormsProblem,
	Settings,
	session,
	storageItem,
} from './local-view.js';
import { emptyStats, Stats } from './stats.js';

export * from './local-view.js';

/** The subscription a person set, and what the background last fetched (from whichever URL is in force). */
export const SubscriptionState = z.object({
	/** Set from the options page; enterprise policy's URL (and then only policy's key) wins over it. */
	url: z.string().nullable(),
	publicKey: z.string().nullable(),
	/** The last good preset: the file as served (checked again on every recompute), its URL and ETag. */
	lastGood: z
		.object({
			url: z.string(),
			/** The preset file's text exactly as fetched: parsed, and its signature verified, on every recompute. */
			text: z.string(),
			/** Its signed envelope when a key was pinned (see core/norms/signed-envelope.ts). */
			envelope: SignedEnvelope.nullable(),
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
export const emptySubscription = (): SubscriptionState => ({
	url: null,
	publicKey: null,
	lastGood: null,
	lastAttemptAt: null,
	lastError: null,
});
/** What the options page's subscription form shows: the URL and key the person set. */
export const SubscriptionSettings = z.object({
	url: z.string().nullable(),
	publicKey: z.string().nullable(),
});

/** A preset file a person imported (or a built-in they picked) in the options page. */
export const ImportedPreset = z
	.object({ preset: StoredPreset, fileName: z.string().max(300), importedAt: z.number() })
	.nullable();

/** Local stats (counts only), written by the background; read by the popup. Not norms. */
export const stats = storageItem('stats', Stats, emptyStats);

/** What extension pages read: storage.session, out of content scripts' reach. */
export const pageView = {
	effectiveNorms: storageItem('effectiveNorms', EffectiveNorms, builtinEffectiveNorms, session),
	settings: storageItem('settings', Settings, defaultSettings, session),
	subscription: storageItem(
		'subscription',
		SubscriptionSettings,
		() => ({ url: null, publicKey: null }),
		session,
	),
	importedPreset: storageItem('importedPreset', ImportedPreset, () => null, session),
	personalOverrides: storageItem('personalOverrides', PersonalOverrides, () => ({}), session),
};
