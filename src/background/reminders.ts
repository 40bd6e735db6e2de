/**
 * "Copy the draft and remind you then": an alarm at the reader's morning, then a notification that says whom to
 * write and that it is their working time; a click brings the chat's tab back if it is still open.
 *
 * The reminder is its alarm's name (the tab, the reader's name, their clock, the time): nothing is stored, and
 * the draft never comes here — it waits on the clipboard (Principle 1).
 */
import browser from '../shared/browser.js';

export const REMIND_PREFIX = 'unhurried:remind:';

export interface Reminder {
	who: string;
	/** The reader's clock when it fires ("09:00"). */
	local: string;
	/** When it fires (epoch ms). */
	at: number;
	/** The tab the draft was written in, to bring back on click. */
	tabId?: number | undefined;
}

export const reminderName = (r: Reminder): string =>
	REMIND_PREFIX + JSON.stringify([r.at, r.who, r.local, r.tabId ?? -1]);

/** The reminder an alarm or notification name holds; undefined for any other name. */
export function parseReminder(name: string): Reminder | undefined {
	if (!name.startsWith(REMIND_PREFIX)) return undefined;
	try {
		const [at, who, local, tabId] = JSON.parse(name.slice(REMIND_PREFIX.length)) as unknown[];
		if (typeof at !== 'number' || typeof who !== 'string' || typeof local !== 'string') return undefined;
		return { at, who, local, ...(typeof tabId === 'number' && tabId >= 0 ? { tabId } : {}) };
	} catch {
		return undefined;
	}
}

/** The notification's words: "Send your message to Kenji now: it is 09:00 for them". */
export function reminderText(r: Pick<Reminder, 'who' | 'local'>): string {
	let said = '';
	try {
		said = browser.i18n.getMessage('reminderMessage', [r.who, r.local]);
	} catch {
		// No i18n here (a test double): the English words below.
	}
	return said || `Send your message to ${r.who} now: it is ${r.local} for them`;
}

/** Sets the alarm; a time already past fires at once (the browser's minimum delay). */
export async function scheduleReminder(r: Reminder, now: number): Promise<void> {
	await browser.alarms.create(reminderName(r), { when: Math.max(r.at, now) });
}

async function notify(name: string, r: Reminder): Promise<void> {
	await browser.notifications.create(name, {
		type: 'basic',
		iconUrl: browser.runtime.getURL('icons/icon-128.png'),
		title: 'Unhurried',
		message: reminderText(r),
	});
}

/** Brings the draft's tab (and its window) to the front, when it still exists. */
async function focusTab(tabId: number): Promise<void> {
	const tab = await browser.tabs.get(tabId).catch(() => undefined);
	if (!tab?.id) return;
	await browser.tabs.update(tab.id, { active: true });
	if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

/** Registered synchronously at the worker's top level, so a woken worker gets the alarm and the click. */
export function registerReminders(): void {
	browser.alarms.onAlarm.addListener((alarm) => {
		const r = parseReminder(alarm.name);
		if (r) void notify(alarm.name, r).catch((error) => console.debug('[unhurried] reminder', error));
	});
	browser.notifications.onClicked.addListener((id) => {
		const r = parseReminder(id);
		if (!r) return;
		void browser.notifications.clear(id);
		if (r.tabId !== undefined)
			void focusTab(r.tabId).catch((error) => console.debug('[unhurried] reminder', error));
	});
}
