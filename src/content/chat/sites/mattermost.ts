/** Mattermost (self-hosted, enabled by runtime opt-in): a plain textarea. */
import { defineSite, firstText } from './site-adapter.js';

export const mattermost = defineSite({
	id: 'mattermost',
	composers: [
		// Mattermost's Cypress tests (cy.uiGetPostTextBox) and janostgren/mm_as_playwright (sites.md §1 Mattermost).
		'textarea#post_textbox',
		'textarea[data-testid="post_textbox"]',
		// The reply box of the right-hand thread pane (same tests, RHS).
		'textarea#reply_textbox',
	],
	context(composer) {
		const doc = composer.ownerDocument;
		if (composer.id === 'reply_textbox')
			return { channelKind: 'thread', recipients: [], source: 'structure' };
		const name = firstText(doc, ['#channelHeaderTitle']);
		// Direct messages: /<team>/messages/@<username>.
		const who = /\/messages\/@([^/?#]+)/.exec(doc.location?.pathname ?? '')?.[1];
		if (who)
			return { channelKind: 'dm', recipients: [decodeURIComponent(who)], channelName: name, source: 'url' };
		return { channelKind: 'channel', recipients: [], channelName: name, source: 'url' };
	},
});
