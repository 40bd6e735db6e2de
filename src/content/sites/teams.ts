/** Microsoft Teams v2 (teams.microsoft.com, teams.live.com): CKEditor 5. */
import { defineSite, firstText } from './site-adapter.js';

export const teams = defineSite({
	id: 'teams',
	hosts: ['teams.microsoft.com', 'teams.live.com'],
	composers: [
		// Teams v2: div[data-tid="ckeditor"][contenteditable] "Type a message" (public automation scripts, sites.md §1 Teams).
		'[data-tid="ckeditor"][contenteditable="true"]',
		'[data-tid="ckeditor"].ck-editor__editable',
		// Teams v1 used CKEditor 4 inline.
		'.cke_textarea_inline[contenteditable="true"]',
	],
	context(composer) {
		const doc = composer.ownerDocument;
		// Replying in a channel conversation: the reply box sits in the post's thread (data-tid unconfirmed, needs capture).
		if (composer.closest('[data-tid="channel-replies"], [data-tid="reply-message-pane"]'))
			return { channelKind: 'thread', recipients: [] };
		// `chat-title` is seen in scripts but not confirmed by an attributed repo (sites.md §1 Teams).
		const title = firstText(doc, ['[data-tid="chat-title"]', '[data-tid="chat-header-title"]']);
		// The tab title reads "Chat | <person or group> | Microsoft Teams" in chats, "<channel> | <team> | …" in channels.
		const [section, name] = doc.title.split(' | ');
		if (section === 'Chat') {
			const who = title ?? name;
			return { channelKind: 'dm', recipients: who ? [who] : [], channelName: who };
		}
		return { channelKind: 'channel', recipients: [], channelName: title ?? section };
	},
});
