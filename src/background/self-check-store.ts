/**
 * Keeps what each frame reported for the self-check, per tab, in session storage (memory: gone when the browser
 * closes, and out of content scripts' reach), so the popup can ask after the worker slept. Structure only.
 */
import { z } from 'zod';
import browser from '../shared/browser.js';
import type { Responses } from '../shared/messages.js';
import { SelfCheckFrame } from '../shared/self-check.js';
import { session, storageItem } from '../shared/storage.js';

const Stored = z.record(z.string(), z.record(z.string(), SelfCheckFrame));
const reports = storageItem('selfCheck', Stored, () => ({}), session);

/** At most this many tabs are kept (the oldest entries go first). */
const MAX_TABS = 50;

let queue: Promise<unknown> = Promise.resolve();
/** One read-modify-write at a time: reports from several frames arrive together. */
function update(change: (all: z.output<typeof Stored>) => void): Promise<void> {
	const next = queue.then(async () => {
		const all = await reports.get();
		change(all);
		await reports.set(all);
	});
	queue = next.catch(() => {});
	return next;
}

export function createSelfCheckStore() {
	return {
		async report(tabId: number | undefined, frameId: number | undefined, frame: SelfCheckFrame) {
			if (tabId === undefined || tabId < 0) return { ok: true as const };
			await update((all) => {
				const tab = String(tabId);
				// A top frame that starts over (a new page in the tab): what the old page's frames said is gone.
				const fresh = (frameId ?? 0) === 0 && frame.focuses === 0 && frame.misses === 0;
				all[tab] = { ...(fresh ? {} : all[tab]), [String(frameId ?? 0)]: frame };
				const tabs = Object.keys(all);
				for (const old of tabs.slice(0, Math.max(0, tabs.length - MAX_TABS))) delete all[old];
			});
			return { ok: true as const };
		},
		async frames(tabId: number): Promise<Responses['popup/self-check']> {
			const tab = (await reports.get())[String(tabId)] ?? {};
			return { frames: Object.entries(tab).map(([frameId, f]) => ({ ...f, frameId: Number(frameId) })) };
		},
		forget: (tabId: number) =>
			update((all) => {
				delete all[String(tabId)];
			}),
	};
}
export type SelfCheckStore = ReturnType<typeof createSelfCheckStore>;

/** Drops a closed tab's reports. */
export function forgetClosedTabs(store: SelfCheckStore): void {
	browser.tabs.onRemoved.addListener((tabId) => void store.forget(tabId).catch(() => {}));
}
