/** The background: owns the team's norms (later), answers typed messages, opens the playground on install. */
import browser from '../shared/browser.js';
import { handleMessages } from '../shared/messages.js';
import { session } from '../shared/storage.js';

handleMessages({
	'any/ping': () => ({ ok: true, version: browser.runtime.getManifest().version }),
	'cs/draft-seen': async (msg) => {
		// Counts only; kept in session storage (memory) for the popup and tests. The text never leaves the page.
		await session.set('lastDraft', {
			site: msg.site,
			editor: msg.editor,
			words: msg.words,
			chars: msg.chars,
			at: Date.now(),
		});
		return { ok: true };
	},
});

browser.runtime.onInstalled.addListener(({ reason }) => {
	if (reason === 'install')
		void browser.tabs.create({ url: browser.runtime.getURL('src/playground/index.html') });
});
