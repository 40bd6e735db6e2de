/** The person's settings, live, and a validated save through the background (an invalid value throws). */
import { send } from '../shared/messages.js';
import { pageView, type Settings } from '../shared/storage.js';
import { useStorageItem } from '../shared/ui/use-storage-item.js';

export function useSettings(): [Settings | undefined, (change: Partial<Settings>) => Promise<void>] {
	const value = useStorageItem(pageView.settings);
	const save = async (change: Partial<Settings>) => {
		const result = await send({ type: 'options/set-settings', change });
		if (!result.ok) throw new Error(result.error);
	};
	return [value, save];
}
