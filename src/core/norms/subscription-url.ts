/** Which URLs a team subscription may use: https only; plain http only to this machine, in development builds. */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** Checks a subscription URL (also used for where a redirect ended up). */
export function checkSubscriptionUrl(raw: string, { allowLoopback }: { allowLoopback: boolean }): UrlCheck {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return { ok: false, reason: `not a valid URL: ${JSON.stringify(raw.slice(0, 200))}` };
	}
	if (url.username || url.password)
		return { ok: false, reason: 'the URL must not contain a user name or password' };
	if (url.protocol === 'https:') return { ok: true, url };
	if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) {
		if (allowLoopback) return { ok: true, url };
		return {
			ok: false,
			reason: 'plain http is only allowed to this machine in development builds; use https',
		};
	}
	if (url.protocol === 'http:') return { ok: false, reason: 'plain http is refused; use an https URL' };
	return { ok: false, reason: `only https URLs can be subscribed to, not ${url.protocol}` };
}

/** Where the detached signature of a subscribed preset lives: the same URL with `.sig` added to the path. */
export function signatureUrl(presetUrl: string): string {
	const url = new URL(presetUrl);
	url.pathname = `${url.pathname}.sig`;
	return url.href;
}

/** The host permission pattern an options page may request for this URL (optional_host_permissions). */
export function originPattern(presetUrl: string): string {
	const url = new URL(presetUrl);
	return `${url.protocol}//${url.hostname}/*`;
}
