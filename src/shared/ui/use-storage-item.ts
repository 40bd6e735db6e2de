/** A Preact hook over one typed storage item: its current value (undefined while loading), kept live. */
import { useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import type { StorageItem } from '../storage.js';

export function useStorageItem<S extends z.ZodType>(item: StorageItem<S>): z.output<S> | undefined {
	const [value, setValue] = useState<z.output<S> | undefined>(undefined);
	useEffect(() => {
		const controller = new AbortController();
		item.watch((next) => setValue(next), controller.signal);
		void item.get().then((first) => {
			if (!controller.signal.aborted) setValue((current: z.output<S> | undefined) => current ?? first);
		});
		return () => controller.abort();
	}, [item]);
	return value;
}
