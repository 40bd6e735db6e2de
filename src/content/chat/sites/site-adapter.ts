/**
 * One adapter per chat site: where its composers are and what the draft is addressed to. Every fragile
 * selector lives in the site's file with a note of where it was seen (docs/sites.md); a miss degrades to the
 * generic adapter (the focused editor), never to nothing, and the self-check records it.
 *
 * Order of trust, per docs/sites.md: role, structure and stable attributes (data-qa, data-tid, data-slate-editor,
 * URL routes) first; visible wording (aria-labels, titles) last, and never as the only way to decide a kind.
 */
export interface ChannelContext {
	channelKind: 'dm' | 'channel' | 'thread';
	/** Names or handles of the people the draft goes to (for the roster); empty when unknown. */
	recipients: string[];
	channelName?: string;
	/**
	 * Where the kind came from, for the self-check: `structure` (the page's elements), `url` (the route),
	 * `label` (an aria-label's wording), `title` (the tab title) or `none` (nothing said: a plain channel).
	 */
	source?: ContextSource;
}
export type ContextSource = 'structure' | 'url' | 'label' | 'title' | 'none';

export interface SiteAdapter {
	readonly id: string;
	/** True on the site's own hosts; self-hosted apps (any host) answer false and are found by their composers. */
	matches(url: URL): boolean;
	/** Self-hosted apps run on any host the person enabled, found by their composers only. */
	readonly selfHosted?: boolean;
	/** The composers' editable elements (main and thread), most specific first. */
	readonly composerSelector: string;
	/** The composers under root (root included). */
	findComposers(root: ParentNode): HTMLElement[];
	/** The composer an element (focused, or inside it) belongs to, or undefined when this site does not own it. */
	claim(target: Element): HTMLElement | undefined;
	/** Which entry of the composer table matched (0 = the most trusted), -1 when none: for the self-check. */
	entryOf(composer: Element): number;
	/** DM, channel or thread, the channel's name and the recipients, read around the composer. */
	channelContext(composer: HTMLElement): ChannelContext;
	/** The names or handles of the people the composer's mention chips stand for; empty when it renders none. */
	mentionsIn(composer: HTMLElement): string[];
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
	/** The site's hosts; absent for a self-hosted app (found by its composers on any host the person enabled). */
	hosts?: readonly string[];
	composers: readonly string[];
	/** A composer the selectors find that is not this site's (e.g. Gmail's mail compose next to Chat). */
	refuses?(composer: HTMLElement): boolean;
	context(composer: HTMLElement): ChannelContext;
	/** The site's mention chips inside its composer, and the name or handle each stands for. */
	mentions?: { css: string; name(chip: Element): string | null | undefined };
}): SiteAdapter {
	const composerSelector = site.composers.join(', ');
	const owned = (el: HTMLElement) => {
		try {
			return !site.refuses?.(el);
		} catch {
			return false;
		}
	};
	return {
		id: site.id,
		composerSelector,
		selfHosted: !site.hosts,
		matches: (url) => !!site.hosts?.includes(url.hostname),
		findComposers: (root) => queryAll(root, composerSelector).filter(owned),
		claim(target) {
			const composer = target.closest<HTMLElement>(composerSelector);
			return composer && owned(composer) ? composer : undefined;
		},
		entryOf: (composer) => site.composers.findIndex((css) => composer.matches(css)),
		channelContext(composer) {
			try {
				return site.context(composer);
			} catch {
				return { channelKind: 'channel', recipients: [], source: 'none' };
			}
		},
		mentionsIn(composer) {
			const m = site.mentions;
			if (!m) return [];
			const names = [...composer.querySelectorAll(m.css)].map((chip) => m.name(chip)?.trim() ?? '');
			return [...new Set(names.filter(Boolean))].slice(0, 50);
		},
	};
}

/**
 * The addressee an aria-label names by its sigil, in any language: Discord's "Message #general" is
 * "Envoyer un message dans #general" in French, and the `#`/`@` mark stays. Undefined when no sigil.
 */
export function sigilName(label: string | null | undefined): { sigil: '#' | '@'; name: string } | undefined {
	const m = /(?:^|\s)([#@])([^\s#@][^#@]*?)\s*$/u.exec(label?.trim() ?? '');
	return m ? { sigil: m[1] as '#' | '@', name: (m[2] as string).trim() } : undefined;
}

/**
 * Wording, last resort: "Message Dana" / "Reply to Dana" → "Dana". English only by nature; callers use it for a
 * name, never to decide a kind.
 */
export function addresseeFromLabel(label: string | null | undefined, prefix = /^(?:message|reply to)\s+/i) {
	const rest = label?.trim().replace(prefix, '');
	return rest && rest !== label?.trim() ? rest : undefined;
}

/** A tab title's parts without an unread counter: "(12) Chat | Dana | Microsoft Teams" → ["Chat", "Dana", …]. */
export function titleParts(title: string): string[] {
	return title
		.replace(/^\s*[([]\s*\d+\+?\s*[)\]]\s*/u, '')
		.split(/\s+[|–—-]\s+/u)
		.map((p) => p.trim())
		.filter(Boolean);
}
