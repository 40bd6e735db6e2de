/** Rocket.Chat (self-hosted, enabled by runtime opt-in): a plain textarea named "msg". */
import { defineSite } from './site-adapter.js';

export const rocketChat = defineSite({
	id: 'rocket-chat',
	composers: [
		// RocketChat/Rocket.Chat tests/e2e/page-objects/fragments/composer.ts; legacy Selenium //textarea[@name='msg'].
		'textarea[name="msg"]',
	],
	context(composer) {
		const doc = composer.ownerDocument;
		// The thread composer sits in the "thread" dialog (same page object).
		if (composer.closest('[role="dialog"][aria-label*="hread" i], .rcx-vertical-bar [data-qa-id="thread"]'))
			return { channelKind: 'thread', recipients: [], source: 'structure' };
		// Routes: /channel/<name>, /group/<name> (private), /direct/<user>.
		const [, kind, name] = /^\/(channel|group|direct)\/([^/?#]+)/.exec(doc.location?.pathname ?? '') ?? [];
		const decoded = name ? decodeURIComponent(name) : undefined;
		if (kind === 'direct')
			return { channelKind: 'dm', recipients: decoded ? [decoded] : [], channelName: decoded, source: 'url' };
		return { channelKind: 'channel', recipients: [], channelName: decoded, source: kind ? 'url' : 'none' };
	},
});
