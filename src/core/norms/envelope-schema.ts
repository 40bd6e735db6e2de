/**
 * The shape of a signed preset envelope (the `.sig` file), without any crypto, so readers of stored state
 * (which keep the envelope) do not carry the verifier. signed-envelope.ts signs and checks it.
 */
import { z } from 'zod';

export const ENVELOPE_FORMAT = 'unhurried-preset-signature/2';

const isoDate = z
	.string()
	.max(40)
	.regex(
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/,
		'expected an ISO 8601 UTC date such as 2026-07-01T00:00:00Z',
	)
	.refine((s) => Number.isFinite(Date.parse(s)), 'not a real date');
const line = (max: number) =>
	z
		.string()
		.min(1)
		.max(max)
		// biome-ignore lint/suspicious/noControlCharactersInRegex: a claim must not hold control characters
		.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must be one line of printable text');

/** What the signature covers (everything in the `.sig` file but the signature itself). */
export const EnvelopeClaims = z
	.object({
		format: z.literal(ENVELOPE_FORMAT),
		/** The https URL the preset is published at; a subscription to any other URL refuses it. */
		url: line(2000),
		/** The preset's own `version` field. */
		version: line(40),
		issuedAt: isoDate,
		expiresAt: isoDate,
		/** SHA-256 of the preset file's exact bytes, base64. */
		sha256: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'expected a SHA-256 digest in base64'),
	})
	.strict();
export type EnvelopeClaims = z.output<typeof EnvelopeClaims>;

export const SignedEnvelope = EnvelopeClaims.extend({
	signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'expected a 64-byte Ed25519 signature in base64'),
}).strict();
export type SignedEnvelope = z.output<typeof SignedEnvelope>;

/** The exact bytes signed: one `name: value` line per claim, in a fixed order (no JSON canonicalisation needed). */
export function envelopeStatement(claims: EnvelopeClaims): Uint8Array {
	return new TextEncoder().encode(
		[
			claims.format,
			`url: ${claims.url}`,
			`version: ${claims.version}`,
			`issued-at: ${claims.issuedAt}`,
			`expires-at: ${claims.expiresAt}`,
			`sha256: ${claims.sha256}`,
			'',
		].join('\n'),
	);
}
