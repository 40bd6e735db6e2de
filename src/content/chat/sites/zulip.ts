/** Zulip (self-hosted, enabled by runtime opt-in): a plain textarea with long-stable ids. */
import { defineSite, firstText } from './site-adapter.js';

export const zulip = defineSite({
	id: 'zulip',
	composers: [
		// zulip/zulip web/templates/compose.hbs; the Puppeteer tests use the same id (sites.md §1 Zulip).
		'textarea#compose-textarea',
	],
	context(composer) {
		const doc = composer.ownerDocument;
		// DM recipients are pills in #private_message_recipient (compose.hbs); shown only when composing a DM.
		const pills = [
			...doc.querySelectorAll(
				'#private_message_recipient .pill .pill-value, #private_message_recipient .pill',
			),
		]
			.map((p) => p.textContent?.trim() ?? '')
			.filter(Boolean);
		if (pills.length) return { channelKind: 'dm', recipients: [...new Set(pills)], source: 'structure' };
		const topic = (doc.querySelector('input#stream_message_recipient_topic') as HTMLInputElement | null)
			?.value;
		const stream = firstText(doc, ['#compose_select_recipient_name', '#compose_select_recipient_widget']);
		return {
			channelKind: 'channel',
			recipients: [],
			channelName: topic ? `${stream ?? ''} > ${topic}` : stream,
			source: 'structure',
		};
	},
});
