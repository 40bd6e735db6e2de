/**
 * One adapter per chat site: where its composers are and what the draft is addressed to. Every fragile
 * selector lives in the site's file with a note of where it was seen (notes/sites.md); a miss degrades to
 * the generic adapter (the focused editor), never to nothing.
 */
export interface ChannelContext {
	channelKind: 'dm' | 'channel' | 'thread';
	/** Names or handles of the people the draft goes to (for the roster); empty when unknown. */
	recipients: string[];
	channelName?: string;
}

export interface SiteAdapter {
	readonly id: string;
	/** True on the site's own hosts; self-hosted apps (any host) answer false and are found by their composers. */
	matches(url: URL): boolean;
	/** The composers' editable elements (main and thread), most specific first. */
	readonly composerSelector: string;
	/** The composers under root (root included). */
	findComposers(root: ParentNode): HTMLElement[];
	/** DM, channel or thread, the channel's name and the recipients, read around the composer. */
	channelContext(composer: HTMLElement): ChannelContext;
}

/** The elements matching selector in root (root itself included when it is an element). */
export function queryAll(root: ParentNode, selector: string): HTMLElement[] {
	const found: HTMLElement[] = [];
	if (root instanceof HTMLElement && root.matches(selector)) found.push(root);
	for (const el of root.querySelectorAll<HTMLElement>(selector)) found.push(el);
	return found;
}

/** The trimmed text of the first element any selector finds (selectors tried in order). */
export function firstText(doc: ParentNode, selectors: readonly string[]): string | undefined {
	for (const selector of selectors) {
		const text = doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
		if (text) return text;
	}
	return undefined;
}

/** A site adapter from its selector table; `context` reads the channel around a composer. */
export function defineSite(site: {
	id: string;
	hosts?: readonly string[];
	/** Path prefix the app lives under on its host (e.g. Discord's /channels). */
	pathPrefix?: string;
	composers: readonly string[];
	context(composer: HTMLElement): ChannelContext;
}): SiteAdapter {
	const composerSelector = site.composers.join(', ');
	return {
		id: site.id,
		composerSelector,
		matches: (url) =>
			!!site.hosts?.includes(url.hostname) && (!site.pathPrefix || url.pathname.startsWith(site.pathPrefix)),
		findComposers: (root) => queryAll(root, composerSelector),
		channelContext(composer) {
			try {
				return site.context(composer);
			} catch {
				return { channelKind: 'channel', recipients: [] };
			}
		},
	};
}

/** "Message #general" / "Message @dana" / "Message Dana" → the addressee in an aria-label. */
export function addresseeFromLabel(label: string | null | undefined, prefix = /^(?:message|reply to)\s+/i) {
	const rest = label?.trim().replace(prefix, '');
	return rest && rest !== label?.trim() ? rest : undefined;
}
