/**
 * The tab the popup speaks about: the active tab of its window (its address is readable thanks to
 * `activeTab`), or the tab named by `?tab=<id>` when the popup page is opened in a tab of its own.
 */
import browser from '../shared/browser.js';

export interface TargetTab {
	id?: number;
	url: string | null;
}

export async function targetTab(search = location.search): Promise<TargetTab> {
	const named = Number(new URLSearchParams(search).get('tab'));
	const tab =
		Number.isInteger(named) && named > 0
			? await browser.tabs.get(named).catch(() => undefined)
			: (await browser.tabs.query({ active: true, currentWindow: true }))[0];
	return { id: tab?.id, url: tab?.url ?? null };
}
