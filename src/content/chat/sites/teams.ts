/**
 * Microsoft Teams v2 (teams.microsoft.com, teams.cloud.microsoft where work accounts moved, teams.live.com):
 * CKEditor 5. Evidence and what is still assumed: docs/sites.md § Teams.
 *
 * The kind of conversation is read from the open chat's header, by structure, never from the tab title's words
 * (the title's "Chat" is localised, and an unread counter "(12) " goes in front of it).
 */
import { defineSite, firstText, titleParts } from './site-adapter.js';

/** Header marks by their data-tid, from a public Teams web agent's selector table (2026, docs/sites.md § Teams). */
const HEADER = '[data-tid="entity-header"]';
/** Teams shows the "Audio call" button in the header of a 1:1 chat only; a group chat has Meet now instead. */
const ONE_ON_ONE = '[data-tid="default-chat-call-audio-button"]';
const GROUP_MARKS =
	'[data-tid="audio-drop-in-button"], [data-tid="chat-title-name-group-chat"], [data-tid="tfw-group-chat-avatar-button"]';
/** The people a 1:1 chat or an unnamed group chat is with, named in its header. */
const TOPIC_PEOPLE = '[data-tid="chat-topic-menu"] [id^="chat-topic-person-"]';

/** The first element matching css inside the composer's nearest ancestor that holds one. */
function nearest(from: Element, css: string): HTMLElement | undefined {
	for (let el = from.parentElement; el; el = el.parentElement) {
		const found = el.querySelector<HTMLElement>(css);
		if (found) return found;
	}
	return undefined;
}

export const teams = defineSite({
	id: 'teams',
	hosts: ['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com'],
	composers: [
		// Teams v2: the CKEditor editable carries data-tid="ckeditor" (public automation scripts, docs/sites.md).
		'[data-tid="ckeditor"][contenteditable="true"]',
		'[data-tid="ckeditor"].ck-editor__editable',
		// Other builds put the data-tid on a wrapper around the editable (several public scripts target this form).
		'[data-tid="ckeditor"] [contenteditable="true"]',
		// Teams v1 used CKEditor 4 inline.
		'.cke_textarea_inline[contenteditable="true"]',
	],
	// A picked mention is <span itemtype="http://schema.skype.com/Mention" itemscope itemid="0">Name</span>, inside
	// a <readonly> wrapper with the same itemtype (docs/sites.md § Mentions): the scoped span names the person.
	mentions: {
		css: 'span[itemscope][itemtype="http://schema.skype.com/Mention"]',
		name: (chip) => chip.textContent,
	},
	context(composer) {
		const doc = composer.ownerDocument;
		// Replying in a channel conversation: the reply box sits in the post's thread (data-tid assumed, needs capture).
		if (composer.closest('[data-tid="channel-replies"], [data-tid="reply-message-pane"]'))
			return { channelKind: 'thread', recipients: [], source: 'structure' };
		// Teams keeps recently opened chats' composers mounted: the header is the one nearest this composer (found
		// up its ancestors, with no layout read while the person types).
		const headerOf = nearest(composer, HEADER);
		const title = firstText(headerOf ?? doc, ['[data-tid="chat-title"]', 'h1, h2, [role="heading"]']);
		if (headerOf?.querySelector(ONE_ON_ONE) && !headerOf.querySelector(GROUP_MARKS)) {
			const people = [...headerOf.querySelectorAll(TOPIC_PEOPLE)]
				.map((p) => p.textContent?.trim() ?? '')
				.filter(Boolean);
			// A chat's tab title is "<section> | <person> | Microsoft Teams" in every language: the person is second.
			const who = people[0] ?? title ?? titleParts(doc.title)[1];
			return { channelKind: 'dm', recipients: who ? [who] : [], channelName: who, source: 'structure' };
		}
		if (headerOf) return { channelKind: 'channel', recipients: [], channelName: title, source: 'structure' };
		// No header found: a channel by default (a false DM would hide channel hints); the name from the tab title.
		return { channelKind: 'channel', recipients: [], channelName: titleParts(doc.title)[0], source: 'none' };
	},
});
