/**
 * Slack (app.slack.com): Quill ("texty", a Quill fork that may still carry Quill 1's data-gramm="false") inside
 * the message_input wrapper. Evidence: docs/sites.md § Slack.
 */
import { defineSite, firstText } from './site-adapter.js';

export const slack = defineSite({
	id: 'slack',
	hosts: ['app.slack.com'],
	composers: [
		// Seen in kinhai-collab/msgmax content-slack.js and ralyodio/defpromo src/content/slack.js (sites.md §1 Slack).
		'[data-qa="message_input"] .ql-editor',
		// Older or lighter builds: any editable in the same wrapper (the foundation fixtures have a textarea).
		'[data-qa="message_input"] [contenteditable="true"]',
		'[data-qa="message_input"] textarea',
	],
	// A picked mention is an embed in the composer: <ts-mention data-id="U…" data-label="@Name">, the form public
	// scripts insert into .ql-editor themselves (docs/sites.md § Mentions).
	mentions: { css: 'ts-mention', name: (chip) => chip.getAttribute('data-label') ?? chip.textContent },
	context(composer) {
		const doc = composer.ownerDocument;
		// The thread pane's composer (sites.md §1 Slack: scope to [data-qa="threads_flexpane"]).
		if (composer.closest('[data-qa="threads_flexpane"]'))
			return { channelKind: 'thread', recipients: [], channelName: channelName(doc), source: 'structure' };
		const name = channelName(doc);
		// Conversation ids: C… channel, G… private group, D… direct message (the URL /client/<team>/<id>).
		const id = /\/client\/[^/]+\/([A-Z0-9]+)/.exec(doc.location?.pathname ?? '')?.[1] ?? '';
		// The tab title reads "dana (DM) - Acme - Slack" for a direct message (English: only for the name).
		const titleDm = /^(.+?) \(DM\)/.exec(doc.title)?.[1];
		if (id.startsWith('D')) {
			const who = titleDm ?? name;
			return { channelKind: 'dm', recipients: who ? [who] : [], channelName: who, source: 'url' };
		}
		if (titleDm) return { channelKind: 'dm', recipients: [titleDm], channelName: titleDm, source: 'title' };
		return { channelKind: 'channel', recipients: [], channelName: name, source: id ? 'url' : 'none' };
	},
});

function channelName(doc: Document): string | undefined {
	// toggl/track-extension src/content/slack.js (2024-05); DevartSoftware/tmetric-plugins slack.ts (2024-01).
	return firstText(doc, ['[data-qa="channel_name"]', '.p-view_header__channel_title']);
}
