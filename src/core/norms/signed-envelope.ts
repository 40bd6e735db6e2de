/**
 * Signed presets: the `.sig` file next to a preset is an envelope that names the URL the preset is published
 * at, its version, when it was issued and when it expires, and the SHA-256 of the preset's exact bytes. The
 * Ed25519 signature covers all of that (as one canonical text), so a signed file cannot be served at another
 * team's URL, served after a newer one, or kept alive past its date. `unhurried preset sign` writes it; the
 * subscription fetch and `unhurried preset verify` check it with the same functions.
 */
import { ENVELOPE_FORMAT, EnvelopeClaims, envelopeStatement, SignedEnvelope } from './envelope-schema.js';

export { ENVELOPE_FORMAT, EnvelopeClaims, envelopeStatement, SignedEnvelope };
/** How far in the future an envelope's issue date may be (clocks disagree a little, not by days). */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

import { printable } from './preset-errors.js';
import { base64ToBytes, bytesToBase64, verifyEd25519 } from './signature.js';

export async function sha256Base64(bytes: Uint8Array): Promise<string> {
	return bytesToBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)));
}

/** The claims for a preset's bytes; the CLI signs `envelopeStatement(claims)` and adds the signature. */
export async function envelopeClaims(
	presetBytes: Uint8Array,
	{ url, version, issuedAt, expiresAt }: { url: string; version: string; issuedAt: Date; expiresAt: Date },
): Promise<EnvelopeClaims> {
	const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
	return EnvelopeClaims.parse({
		format: ENVELOPE_FORMAT,
		url: new URL(url).href,
		version,
		issuedAt: iso(issuedAt),
		expiresAt: iso(expiresAt),
		sha256: await sha256Base64(presetBytes),
	});
}

export type EnvelopeResult = { ok: true; envelope: SignedEnvelope } | { ok: false; reason: string };

/** A `.sig` file's text: the envelope, or a reason (the old bare signature gets its own, with the fix). */
export function parseEnvelope(text: string): EnvelopeResult {
	const trimmed = text.trim();
	if (/^[A-Za-z0-9+/]{86}==$/.test(trimmed))
		return {
			ok: false,
			reason:
				'the signature file is the old detached format (no URL, version or dates, so it could be replayed); re-sign the preset with: unhurried preset sign FILE --key KEY --url URL',
		};
	let json: unknown;
	try {
		json = JSON.parse(trimmed);
	} catch {
		return { ok: false, reason: `the signature file is not a signed envelope (${ENVELOPE_FORMAT})` };
	}
	const parsed = SignedEnvelope.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return {
			ok: false,
			reason: `the signature file is not a valid envelope: ${issue?.path.join('.') || '$'}: ${issue?.message}`,
		};
	}
	return { ok: true, envelope: parsed.data };
}

/** Checks the envelope's signature with the pinned key and that it covers exactly these bytes. */
export async function verifyEnvelope(
	envelope: SignedEnvelope,
	presetBytes: Uint8Array,
	publicKey: string,
	options: { subtle?: SubtleCrypto | undefined } = {},
): Promise<{ ok: true } | { ok: false; reason: string }> {
	const { signature, ...claims } = envelope;
	const verified = await verifyEd25519(
		envelopeStatement(claims),
		base64ToBytes(signature),
		publicKey,
		options,
	);
	if (!verified.ok) return verified;
	if ((await sha256Base64(presetBytes)) !== envelope.sha256)
		return { ok: false, reason: 'the signature is for other bytes: the preset changed after it was signed' };
	return { ok: true };
}

const day = (iso: string) => iso.slice(0, 10);

type Check = { ok: true } | { ok: false; reason: string };

/** The envelope names this URL and this preset version. */
export function checkEnvelopeBinding(
	envelope: EnvelopeClaims,
	{ url, version }: { url: string; version: string },
): Check {
	if (new URL(envelope.url).href !== new URL(url).href)
		return {
			ok: false,
			reason: `the preset was signed for ${printable(envelope.url)}, not for ${url} (a file from another subscription)`,
		};
	if (envelope.version !== version)
		return {
			ok: false,
			reason: `the signature is for version ${printable(envelope.version)}, but the preset says ${printable(version)}`,
		};
	return { ok: true };
}

/**
 * Whether a verified envelope may replace what is in force: issued no later than now (give or take the
 * clock), not expired, and not older than the signed preset in force.
 */
export function checkEnvelopeDates(
	envelope: EnvelopeClaims,
	{ now, inForceIssuedAt }: { now: number; inForceIssuedAt?: string | null | undefined },
): Check {
	const issued = Date.parse(envelope.issuedAt);
	if (issued > now + MAX_CLOCK_SKEW_MS)
		return { ok: false, reason: `the signature is dated in the future (issued ${envelope.issuedAt})` };
	if (isExpired(envelope, now))
		return {
			ok: false,
			reason: `the signed preset expired on ${day(envelope.expiresAt)}; ask your admin to sign it again`,
		};
	if (inForceIssuedAt && issued < Date.parse(inForceIssuedAt))
		return {
			ok: false,
			reason: `the preset served is older than the one in force (issued ${envelope.issuedAt}, the one in force ${inForceIssuedAt}): a replayed file is refused`,
		};
	return { ok: true };
}

export const isExpired = (envelope: EnvelopeClaims, now: number) => Date.parse(envelope.expiresAt) <= now;
