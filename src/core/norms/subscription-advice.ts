/**
 * The next step for each problem a team subscription (or the policy behind it) can have: the popup and the
 * options page show it under the problem, and docs/admin.md's troubleshooting table lists the same rows (a
 * test keeps them in step). The problem's own message names the cause; this says what to do about it.
 */

export interface SubscriptionTrouble {
	/** Stable id, also the anchor of the row in docs/admin.md. */
	id: string;
	/** Matches the problem message as the popup shows it. */
	pattern: RegExp;
	/** A message exactly as Unhurried reports it, for the docs and the tests. */
	example: string;
	/** Why it happens, in a few words. */
	cause: string;
	/** What the admin (or the person) does next, one sentence. */
	next: string;
}

export const SUBSCRIPTION_TROUBLES: readonly SubscriptionTrouble[] = [
	{
		id: 'wrong-key',
		pattern: /signature does not match the pinned public key/,
		example: 'signature rejected: the signature does not match the pinned public key',
		cause: 'the file was signed with a different key than the one pinned, or changed after it was signed',
		next: 'sign the file again with the private key whose public key is pinned (unhurried preset sign), or pin the public key that matches the key you sign with.',
	},
	{
		id: 'not-signed-with-pinned-key',
		pattern: /last fetched preset was not signed with the pinned key/,
		example: 'the last fetched preset was not signed with the pinned key, so it is not used',
		cause: 'the pinned key changed since the last good fetch',
		next: 'publish the preset signed with the pinned key; it is used again at the next good refresh.',
	},
	{
		id: 'signature-missing',
		pattern: /a signed preset is required, but its signature \S+ answered HTTP/,
		example:
			'a signed preset is required, but its signature https://norms.example.com/team.json.sig answered HTTP 404',
		cause: 'a key is pinned but no signature is published next to the preset',
		next: 'publish the .sig file written by unhurried preset sign at the preset URL with ".sig" added.',
	},
	{
		id: 'signature-malformed',
		pattern: /signature (is not valid base64|must be 64 bytes)|the signature is over the/,
		example: 'signature rejected: the signature must be 64 bytes, got 12',
		cause: 'the .sig file is not a signature written by unhurried preset sign',
		next: 'run unhurried preset sign on the exact file you publish and publish the .sig it writes, unchanged.',
	},
	{
		id: 'old-signature',
		pattern: /old detached format/,
		example:
			'signature rejected: the signature file is the old detached format (no URL, version or dates, so it could be replayed); re-sign the preset with: unhurried preset sign FILE --key KEY --url URL',
		cause: 'the .sig was written by Unhurried 0.1, before signatures named the URL, version and dates',
		next: 'sign the file again with unhurried preset sign FILE --key KEY --url URL and publish the new .sig.',
	},
	{
		id: 'envelope-invalid',
		pattern: /the signature file is not (?:a signed envelope|a valid envelope)/,
		example: 'signature rejected: the signature file is not a signed envelope (unhurried-preset-signature/2)',
		cause: 'the .sig file is not the envelope unhurried preset sign writes (edited, truncated, another tool)',
		next: 'publish the .sig file unhurried preset sign wrote, unchanged.',
	},
	{
		id: 'changed-after-signing',
		pattern: /the signature is for other bytes/,
		example: 'signature rejected: the signature is for other bytes: the preset changed after it was signed',
		cause: 'the preset file was edited (or re-encoded by the server) after it was signed',
		next: 'sign the exact file you publish again, and serve it byte for byte (no minifying or re-encoding).',
	},
	{
		id: 'other-url',
		pattern: /the preset was signed for .*not for/,
		example:
			'signature rejected: the preset was signed for https://norms.example.com/other.json, not for https://norms.example.com/team.json (a file from another subscription)',
		cause: "the file and its signature were copied from another team's URL",
		next: 'sign the preset for the URL it is published at (unhurried preset sign … --url URL).',
	},
	{
		id: 'version-mismatch',
		pattern: /the signature is for version .*but the preset says/,
		example: 'signature rejected: the signature is for version 2026.03, but the preset says 2026.04',
		cause: 'the preset was changed and its version bumped without signing it again',
		next: 'sign the new version again and publish its .sig with it.',
	},
	{
		id: 'future-dated',
		pattern: /the signature is dated in the future/,
		example: 'signature rejected: the signature is dated in the future (issued 2031-01-01T00:00:00.000Z)',
		cause: "the signing machine's clock is wrong, or the issue date was set by hand",
		next: "check the signing machine's clock and sign again.",
	},
	{
		id: 'expired',
		pattern: /expired on/,
		example: 'signature rejected: the signed preset expired on 2026-05-01; ask your admin to sign it again',
		cause: 'the signature is past its expiry date (180 days unless --expires-in said otherwise)',
		next: 'sign the preset again (unhurried preset sign … --expires-in DAYS) and publish the new .sig.',
	},
	{
		id: 'replayed',
		pattern: /older than the one in force/,
		example:
			'signature rejected: the preset served is older than the one in force (issued 2026-01-01T00:00:00.000Z, the one in force 2026-03-01T00:00:00.000Z): a replayed file is refused',
		cause:
			'an older signed file is served after a newer one was in force (a rollback, a stale cache, a replay)',
		next: 'publish the newest signed preset; to roll back on purpose, sign the old content again so it is newer.',
	},
	{
		id: 'bad-pinned-key',
		pattern: /not an Ed25519 public key|"subscriptionPublicKey" is not usable/,
		example: 'not an Ed25519 public key: expected 32 bytes, got 16',
		cause: 'the pinned key is not an Ed25519 public key (a private key, a truncated copy, another format)',
		next: 'pin the contents of the .pub file written by unhurried preset keygen (base64, 44 characters).',
	},
	{
		id: 'timeout',
		pattern: /timed out/,
		example: 'no answer within 10 s (timed out)',
		cause: 'the server did not answer within 10 seconds',
		next: 'open the URL in a browser on the same network; if it is slow or blocked there too, fix the server or the firewall.',
	},
	{
		id: 'network-or-cors',
		pattern: /^network error/,
		example: 'network error: Failed to fetch',
		cause: 'the server cannot be reached, or it does not allow cross-origin requests',
		next: 'open the URL in a browser; if it loads, send Access-Control-Allow-Origin: * with the file (see "Host the file").',
	},
	{
		id: 'http-not-found',
		pattern: /answered HTTP 404/,
		example: 'the server answered HTTP 404 Not Found',
		cause: 'nothing is published at that URL',
		next: 'check the URL for typos and that the file is published there.',
	},
	{
		id: 'http-denied',
		pattern: /answered HTTP 40[13]/,
		example: 'the server answered HTTP 403 Forbidden',
		cause: 'the server wants a login; the extension sends no cookies or credentials',
		next: 'serve the preset without a login (it holds norms, not secrets), or limit it by network instead.',
	},
	{
		id: 'http-error',
		pattern: /answered HTTP \d+/,
		example: 'the server answered HTTP 500 Internal Server Error',
		cause: 'the server failed to answer with the file',
		next: 'check the server; the extension tries again every 4 hours, or press Refresh now in the options.',
	},
	{
		id: 'bad-304',
		pattern: /304 Not Modified to a request without an ETag/,
		example: 'the server answered 304 Not Modified to a request without an ETag',
		cause: 'the server answers 304 to a request that did not ask for one',
		next: 'answer 304 only to a request with a matching If-None-Match; send the file with 200 otherwise.',
	},
	{
		id: 'too-large',
		pattern: /over the 256 KB limit|KB, over the/,
		example: 'the preset is 300 KB, over the 256 KB limit',
		cause: 'the file is larger than a preset may be',
		next: 'make it smaller: give the team working hours once and only exceptions per person, and check the URL serves the preset, not a page.',
	},
	{
		id: 'newer-schema',
		pattern: /newer than this Unhurried understands/,
		example:
			'the preset is not valid: $.schemaVersion: schemaVersion 3 is newer than this Unhurried understands (2); update the extension or the CLI',
		cause: 'the preset uses a format this version of the extension does not know yet',
		next: 'update Unhurried in every browser first, or publish the preset in the older format.',
	},
	{
		id: 'invalid-preset',
		pattern: /the preset is not valid|not UTF-8 text/,
		example: 'the preset is not valid: $.roster[2].timeZone: unknown IANA time zone',
		cause: 'the file is not a valid preset (or not a preset at all, such as a login page)',
		next: 'run unhurried preset validate on the file you publish, fix what it lists, publish it again.',
	},
	{
		id: 'policy-url-ignored',
		pattern: /policy "subscriptionUrl" was ignored/,
		example: 'policy "subscriptionUrl" was ignored: plain http is refused; use an https URL',
		cause: 'the policy’s subscription URL is not an https URL',
		next: 'fix subscriptionUrl in the policy; check it with unhurried preset validate --policy FILE.',
	},
	{
		id: 'not-https',
		pattern: /plain http|only https URLs|must not contain a user name|not a valid URL|redirected to/,
		example: 'plain http is refused; use an https URL',
		cause: 'the URL (or where it redirects) is not a plain https address',
		next: 'publish the preset at an https URL without a user name or password, with no redirect to http.',
	},
];

/** The trouble a problem message is, most specific first; undefined for a message no row describes. */
export function subscriptionTrouble(message: string): SubscriptionTrouble | undefined {
	return SUBSCRIPTION_TROUBLES.find((t) => t.pattern.test(message));
}

/** The next step for a problem message, or a general one that points at the admin guide. */
export function nextStepFor(message: string): string {
	return (
		subscriptionTrouble(message)?.next ??
		'open the preset URL in a browser and check it with unhurried preset validate; docs/admin.md lists each problem.'
	);
}
