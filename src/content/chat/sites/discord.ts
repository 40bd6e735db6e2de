/**
 * Discord (discord.com, the whole app: people enter at /app or /login and the router moves to /channels/…, so
 * the site is decided at each focus, not at load). Slate, role=textbox. Evidence: docs/sites.md § Discord.
 */
import { defineSite, sigilName } from './site-adapter.js';

export const discord = defineSite({
	id: 'discord',
	hosts: ['discord.com'],
	composers: [
		// ralyodio/defpromo src/content/discord.js and other public scripts; class names are hashed per build.
		'[role="textbox"][data-slate-editor="true"]',
	],
	context(composer) {
		const doc = composer.ownerDocument;
		// The addressee keeps its sigil in every language ("Message #general", "Envoyer un message dans #general").
		const named = sigilName(composer.getAttribute('aria-label'));
		// A thread opens in a side panel; Discord's hashed classes keep a readable prefix (assumed: threadSidebar_).
		if (composer.closest('[class^="threadSidebar"], [class*=" threadSidebar"]'))
			return { channelKind: 'thread', recipients: [], channelName: named?.name, source: 'structure' };
		// Direct messages live under /channels/@me/<id> (the route is the app's own structure).
		if (doc.location?.pathname.startsWith('/channels/@me/')) {
			const who = named?.name;
			return { channelKind: 'dm', recipients: who ? [who] : [], channelName: who, source: 'url' };
		}
		if (named?.sigil === '@')
			return { channelKind: 'dm', recipients: [named.name], channelName: named.name, source: 'label' };
		const routed = /^\/channels\/\d+\/\d+/.test(doc.location?.pathname ?? '');
		return {
			channelKind: 'channel',
			recipients: [],
			channelName: named?.name,
			source: routed ? 'url' : 'none',
		};
	},
});
