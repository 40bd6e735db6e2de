/** Extension match patterns (`https://*.example.org/*`): testing a URL, and the pattern for a page's origin. */

const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** True when `url` matches the match pattern (`<all_urls>`, `*://`, `*.host`, path globs). */
export function matchesPattern(pattern: string, url: string): boolean {
	if (pattern === '<all_urls>') return /^(https?|wss?|file|ftp):/.test(url);
	const m = /^(\*|https?|wss?|file|ftp):\/\/(\*|(?:\*\.)?[^/*]+)?(\/.*)$/.exec(pattern);
	if (!m) return false;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return false;
	}
	const [, scheme, host = '', path = '/*'] = m;
	const protocol = parsed.protocol.slice(0, -1);
	if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
	if (host !== '*') {
		const bare = host.startsWith('*.') ? host.slice(2) : host;
		const ok = parsed.hostname === bare || (host.startsWith('*.') && parsed.hostname.endsWith(`.${bare}`));
		if (!ok) return false;
	}
	const glob = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
	return glob.test(parsed.pathname + parsed.search);
}

/** `https://chat.example.org/*` for an https page; undefined for anything else (http, browser pages). */
export function originPattern(url: string): string | undefined {
	try {
		const u = new URL(url);
		return u.protocol === 'https:' && u.hostname ? `https://${u.hostname}/*` : undefined;
	} catch {
		return undefined;
	}
}
