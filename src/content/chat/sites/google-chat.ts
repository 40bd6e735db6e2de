/**
 * Google Chat (chat.google.com; inside Gmail, Chat runs in chat.google.com frames such as /u/0/frame, so the
 * frame's own URL says nothing about the conversation). A Closure contenteditable with obfuscated classes.
 * Evidence and what is still assumed: docs/sites.md § Google Chat.
 */
import { addresseeFromLabel, defineSite } from './site-adapter.js';

/** Gmail's mail compose (InboxSDK gmail-compose-view.ts: the subject input[name=subjectbox] next to the body). */
const MAIL_COMPOSE = 'form:has(input[name="subjectbox"]), [role="dialog"]:has(input[name="subjectbox"])';

export const googleChat = defineSite({
	id: 'google-chat',
	// mail.google.com itself holds Gmail: Chat's composers are in its chat.google.com frames, not in the mail page.
	hosts: ['chat.google.com'],
	composers: [
		// Classes are obfuscated (KHxj8b tL9Q4c in NathanDai5287/Quicksend app.js): go by role and editability.
		'div[role="textbox"][contenteditable="true"][g_editable="true"]',
		'div[role="textbox"][contenteditable="true"][aria-label]',
	],
	refuses: (composer) => !!composer.closest(MAIL_COMPOSE) || !!composer.querySelector('[name="subjectbox"]'),
	context(composer) {
		const doc = composer.ownerDocument;
		// The conversation's root carries data-group-id "space/<id>" or "dm/<id>" (teddywing/office-cheets
		// content.js reads the space id after the "/"); a reply composer sits in a topic (c-wiz[data-topic-id]).
		const group = composer.closest('[data-group-id]')?.getAttribute('data-group-id') ?? '';
		const name = addresseeFromLabel(composer.getAttribute('aria-label'));
		if (composer.closest('[data-topic-id]'))
			return { channelKind: 'thread', recipients: [], source: 'structure' };
		if (/^dm\//.test(group))
			return { channelKind: 'dm', recipients: name ? [name] : [], channelName: name, source: 'structure' };
		if (/^space\//.test(group))
			return { channelKind: 'channel', recipients: [], channelName: name, source: 'structure' };
		// The standalone app's own route (chat.google.com/…/dm/<id>), when the composer is in the top page.
		if (/\/dm\//.test(`${doc.location?.pathname ?? ''}${doc.location?.hash ?? ''}`))
			return { channelKind: 'dm', recipients: name ? [name] : [], channelName: name, source: 'url' };
		return { channelKind: 'channel', recipients: [], channelName: name, source: 'none' };
	},
});
