/**
 * The keyboard shortcut (manifest `commands`): the background relays it to the active tab, where the content
 * script of the focused frame opens the hint card on its composer.
 */
import browser from '../shared/browser.js';
import { sendToTab } from '../shared/tab-messages.js';

export const SHOW_HINTS_COMMAND = 'show-hints';

export async function relayShowHints(tabId?: number): Promise<void> {
	const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
	if (id === undefined) return;
	// Every frame gets it; only the one with focus acts. A tab without our script has no receiver: fine.
	await sendToTab(id, { type: 'bg/open-hints' });
}

/** Registered synchronously at the worker's top level so a woken worker gets the command. */
export function registerCommands(): void {
	try {
		browser.commands.onCommand.addListener((command, tab) => {
			if (command === SHOW_HINTS_COMMAND) void relayShowHints(tab?.id);
		});
	} catch (error) {
		// Firefox for Android has no commands API (nor do test doubles): the badge and underlines still open the card.
		console.debug('[unhurried] no keyboard commands here', error);
	}
}
