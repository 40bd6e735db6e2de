/** The person's settings, live, and a validated save: an invalid value throws and is never written. */
import { type Settings, settings } from '../shared/storage.js';
import { useStorageItem } from '../shared/ui/use-storage-item.js';

export function useSettings(): [Settings | undefined, (change: Partial<Settings>) => Promise<void>] {
	const value = useStorageItem(settings);
	const save = async (change: Partial<Settings>) => {
		const current = await settings.get();
		await settings.set({ ...current, ...change });
	};
	return [value, save];
}
