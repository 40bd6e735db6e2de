/** Local storage through @plasmohq/storage, with every value parsed by zod on the way out. */
import { Storage } from '@plasmohq/storage';
import type { z } from 'zod';

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
