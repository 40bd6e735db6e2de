/** Google Chat (chat.google.com, and the Chat frame inside mail.google.com): a Closure contenteditable. */
import { addresseeFromLabel, defineSite } from './site-adapter.js';

export const googleChat = defineSite({
	id: 'google-chat',
	hosts: ['chat.google.com', 'mail.google.com'],
	composers: [
		// Classes are obfuscated (KHxj8b tL9Q4c in NathanDai5287/Quicksend app.js): go by role and editability.
		'div[role="textbox"][contenteditable="true"][g_editable="true"]',
		'div[role="textbox"][contenteditable="true"][aria-label]',
	],
	context(composer) {
		const doc = composer.ownerDocument;
		const label = composer.getAttribute('aria-label');
		// "Reply in thread" / "Reply to …" boxes sit in a thread.
		if (/^reply/i.test(label ?? '')) return { channelKind: 'thread', recipients: [] };
		const name = addresseeFromLabel(label);
		// chat.google.com/dm/<id> and mail.google.com/chat/u/0/#chat/dm/<id> for direct messages; /room/ and /space/ for spaces.
		const where = `${doc.location?.pathname ?? ''}${doc.location?.hash ?? ''}`;
		if (/\/dm\//.test(where)) return { channelKind: 'dm', recipients: name ? [name] : [], channelName: name };
		return { channelKind: 'channel', recipients: [], channelName: name };
	},
});
