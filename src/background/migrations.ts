/**
 * Versioned storage: ordered migrations that bring stored state from any older layout to the current one,
 * run once by the background on install and update (runtime.onInstalled), never by pages. The version lives
 * in the trusted store: a storage.local value could have been written by a content script.
 */

import { z } from 'zod';
import type { JsonStorage as Storage } from '../shared/json-storage.js';
import {
	effectiveNorms,
	emptySubscription,
	local,
	settings as localSettings,
	stats,
} from '../shared/storage.js';
import {
	importedPreset,
	personalOverrides,
	STORAGE_VERSION,
	settings,
	storageVersion,
	subscription,
	type TrustedItem,
} from './trusted-store.js';

export interface Migration {
	/** The storage version this migration produces. */
	to: number;
	why: string;
	run: (store: Storage) => Promise<void>;
}

/** @plasmohq/storage keeps JSON strings; undefined for anything else. */
function parseStored(raw: unknown): unknown {
	if (typeof raw !== 'string') return undefined;
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

const LegacySubscription = z.object({ url: z.string().nullable(), publicKey: z.string().nullable() });

/** The sources that lived in storage.local up to layout 1 and move to the trusted store in 2. */
const MOVED: readonly TrustedItem<z.ZodType>[] = [subscription, importedPreset, personalOverrides, settings];

export const MIGRATIONS: readonly Migration[] = [
	{
		to: 1,
		why: 'Before 1 (the 0.1 scaffold and prototypes) nothing lived in storage.local but stray keys such as "lastWords": drop every key the layout does not know. Every known key is kept, settings included (they were once dropped here), damaged or not: migration 2 carries damaged values over so they are reported, not lost in silence.',
		async run(store) {
			const known = new Set<string>([
				'storageVersion',
				effectiveNorms.key,
				stats.key,
				localSettings.key,
				...MOVED.map((item) => item.key),
			]);
			const drop = Object.keys(await store.rawGetAll()).filter((key) => !known.has(key));
			if (drop.length) await store.removeMany(drop);
		},
	},
	{
		to: 2,
		why: 'Issue 11: content scripts can write storage.local, so the sources of the norms and the settings move to the extension origin’s IndexedDB. A subscription keeps its URL and key but not its last fetched preset (that one could have been forged, and it carried no signed envelope); the update fetches it again.',
		async run(store) {
			for (const item of MOVED) {
				const raw = (await store.rawGetAll())[item.key];
				if (raw === undefined) continue;
				const value = parseStored(raw);
				// Layout 1's subscription kept a parsed preset in lastGood; only its URL and key come along.
				const parsed = (item === (subscription as unknown) ? LegacySubscription : item.schema).safeParse(
					value,
				);
				if (!parsed.success)
					await item.setRaw(value ?? raw); // damaged: kept as it was, so the popup says so
				else if (item === (subscription as unknown))
					await subscription.set({
						...emptySubscription(),
						...(parsed.data as z.output<typeof LegacySubscription>),
					});
				else await item.setRaw(parsed.data);
			}
			// storage.local keeps the views the background publishes (settings, effective norms) and the stats.
			await store.removeMany(['storageVersion', subscription.key, importedPreset.key, personalOverrides.key]);
		},
	},
];

/** The stored layout's version: the trusted store's, else (before layout 2) storage.local's. */
async function storedVersion(store: Storage): Promise<number> {
	const trusted = await storageVersion.read();
	if (!trusted.damaged && trusted.value > 0) return trusted.value;
	const legacy = Number(parseStored((await store.rawGetAll()).storageVersion) ?? 0);
	return Number.isInteger(legacy) && legacy >= 0 && legacy < 2 ? legacy : 0;
}

/** Runs the migrations the stored layout has not had yet; a newer layout (a downgrade) is left alone. */
export async function runMigrations(
	store: Storage = local,
): Promise<{ from: number; to: number; ran: number[] }> {
	const from = await storedVersion(store);
	const ran: number[] = [];
	if (from > STORAGE_VERSION) return { from, to: from, ran };
	for (const migration of MIGRATIONS) {
		if (migration.to <= from) continue;
		await migration.run(store);
		await storageVersion.set(migration.to);
		ran.push(migration.to);
	}
	return { from, to: STORAGE_VERSION, ran };
}
