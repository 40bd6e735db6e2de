/**
 * Versioned storage: ordered migrations that bring storage.local from any older layout to the current
 * one, run once by the background on install and update (runtime.onInstalled), never by pages.
 */
import type { Storage } from '@plasmohq/storage';
import { local, STORAGE_ITEMS, STORAGE_VERSION, storageVersion } from '../shared/storage.js';

export interface Migration {
	/** The storageVersion this migration produces. */
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

export const MIGRATIONS: readonly Migration[] = [
	{
		to: 1,
		why: 'Before 1 (the 0.1 scaffold and prototypes) nothing lived in storage.local but stray keys such as "lastWords": drop every key the norms layout does not know, and any known key whose value is damaged, so readers fall back to defaults.',
		async run(store) {
			const known = new Map(STORAGE_ITEMS.map((item) => [item.key, item]));
			const all = await store.rawGetAll();
			const drop: string[] = [];
			for (const [key, raw] of Object.entries(all)) {
				const item = known.get(key);
				if (!item?.schema.safeParse(parseStored(raw)).success) drop.push(key);
			}
			if (drop.length) await store.removeMany(drop);
		},
	},
];

/** Runs the migrations the stored layout has not had yet; a newer layout (a downgrade) is left alone. */
export async function runMigrations(
	store: Storage = local,
): Promise<{ from: number; to: number; ran: number[] }> {
	const from = (await store.get<number>(storageVersion.key)) ?? 0;
	const ran: number[] = [];
	if (typeof from !== 'number' || from > STORAGE_VERSION)
		return { from: Number(from), to: Number(from), ran };
	for (const migration of MIGRATIONS) {
		if (migration.to <= from) continue;
		await migration.run(store);
		await store.set(storageVersion.key, migration.to);
		ran.push(migration.to);
	}
	return { from, to: STORAGE_VERSION, ran };
}
