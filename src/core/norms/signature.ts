/**
 * Ed25519 for signed presets (the envelope is in signed-envelope.ts). Keys are the raw 32 bytes in base64
 * (what policy and the options page take), or PEM (SPKI public / PKCS#8 private, as openssl writes them).
 * Verification uses WebCrypto Ed25519 and falls back to @noble/ed25519 where the browser lacks it.
 */
import { verifyAsync } from '@noble/ed25519';

const SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];
const PKCS8_PREFIX = [
	0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];

export function base64ToBytes(b64: string): Uint8Array {
	const clean = b64.replace(/\s+/g, '');
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) throw new Error('not valid base64');
	const bin = atob(clean);
	return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function bytesToBase64(bytes: Uint8Array): string {
	let bin = '';
	for (const b of bytes) bin += String.fromCharCode(b);
	return btoa(bin);
}

function stripPrefix(der: Uint8Array, prefix: number[]): Uint8Array | undefined {
	if (der.length !== prefix.length + 32 || prefix.some((b, i) => der[i] !== b)) return undefined;
	return der.slice(prefix.length);
}

/** The raw 32-byte key from base64 or PEM; throws with a readable reason. */
export function decodeEd25519Key(text: string, kind: 'public' | 'private'): Uint8Array {
	const trimmed = text.trim();
	const pem = /^-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----$/.exec(trimmed);
	if (pem) {
		const der = base64ToBytes(pem[2] ?? '');
		const raw = stripPrefix(der, kind === 'public' ? SPKI_PREFIX : PKCS8_PREFIX);
		if (!raw)
			throw new Error(`not an Ed25519 ${kind} key (expected ${kind === 'public' ? 'SPKI' : 'PKCS#8'} PEM)`);
		return raw;
	}
	let raw: Uint8Array;
	try {
		raw = base64ToBytes(trimmed);
	} catch {
		throw new Error(`not an Ed25519 ${kind} key: expected 32 bytes in base64 or a PEM block`);
	}
	if (raw.length !== 32) throw new Error(`not an Ed25519 ${kind} key: expected 32 bytes, got ${raw.length}`);
	return raw;
}

async function verifyWebCrypto(
	subtle: SubtleCrypto,
	data: Uint8Array,
	sig: Uint8Array,
	pub: Uint8Array,
): Promise<boolean> {
	const key = await subtle.importKey('raw', pub as BufferSource, { name: 'Ed25519' }, false, ['verify']);
	return subtle.verify({ name: 'Ed25519' }, key, sig as BufferSource, data as BufferSource);
}

export type VerifyResult = { ok: true; via: 'webcrypto' | 'noble' } | { ok: false; reason: string };

/**
 * Checks an Ed25519 signature over `data` against a public key (base64 raw or PEM). `subtle` is injectable
 * so tests can take the fallback path.
 */
export async function verifyEd25519(
	data: Uint8Array,
	sig: Uint8Array,
	publicKey: string,
	{ subtle = globalThis.crypto?.subtle }: { subtle?: SubtleCrypto | undefined } = {},
): Promise<VerifyResult> {
	let pub: Uint8Array;
	try {
		pub = decodeEd25519Key(publicKey, 'public');
	} catch (error) {
		return { ok: false, reason: (error as Error).message };
	}
	if (sig.length !== 64) return { ok: false, reason: `the signature must be 64 bytes, got ${sig.length}` };
	let valid: boolean | undefined;
	let via: 'webcrypto' | 'noble' = 'webcrypto';
	if (subtle)
		try {
			valid = await verifyWebCrypto(subtle, data, sig, pub);
		} catch {
			valid = undefined; // Ed25519 not supported here (NotSupportedError): use the fallback
		}
	if (valid === undefined) {
		via = 'noble';
		try {
			valid = await verifyAsync(sig, data, pub);
		} catch {
			valid = false;
		}
	}
	return valid
		? { ok: true, via }
		: { ok: false, reason: 'the signature does not match the pinned public key' };
}
