/** Any other page (or a site whose selectors missed): the focused editor, addressed to nobody we know. */
import type { SiteAdapter } from './site-adapter.js';

export const generic: SiteAdapter = {
	id: 'generic',
	matches: () => true,
	// Found by focus only: a scan of every editable on an unknown page would also pick search boxes.
	composerSelector: '',
	findComposers: () => [],
	claim: () => undefined,
	entryOf: () => -1,
	channelContext: () => ({ channelKind: 'channel', recipients: [], source: 'none' }),
	mentionsIn: () => [],
};
