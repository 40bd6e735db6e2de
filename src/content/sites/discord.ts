/** Discord (discord.com/channels): Slate, role=textbox with the channel in its aria-label. */
import { addresseeFromLabel, defineSite } from './site-adapter.js';

export const discord = defineSite({
	id: 'discord',
	hosts: ['discord.com'],
	pathPrefix: '/channels/',
	composers: [
		// ralyodio/defpromo src/content/discord.js; class names are hashed per build, never used (sites.md §1 Discord).
		'[role="textbox"][data-slate-editor="true"]',
	],
	context(composer) {
		const doc = composer.ownerDocument;
		// aria-label "Message #general" in a channel, "Message @dana" in a DM: the most robust name source.
		const name = addresseeFromLabel(composer.getAttribute('aria-label'));
		if (name && /thread/i.test(name)) return { channelKind: 'thread', recipients: [], channelName: name };
		// Direct messages live under /channels/@me/<id>.
		if (name?.startsWith('@') || doc.location?.pathname.startsWith('/channels/@me/')) {
			const who = name?.replace(/^@/, '');
			return { channelKind: 'dm', recipients: who ? [who] : [], channelName: who };
		}
		return { channelKind: 'channel', recipients: [], channelName: name?.replace(/^#/, '') };
	},
});
