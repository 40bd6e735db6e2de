/** Ed25519 keys for signing presets, with Node's crypto: PKCS#8 PEM private keys, base64 raw public keys. */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { bytesToBase64, decodeEd25519Key } from '../../core/norms/signature.js';

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A new key pair: the private key as PKCS#8 PEM (openssl reads it), the public key as base64 of its 32 bytes. */
export function generateKeys(): { privatePem: string; publicBase64: string } {
	const { privateKey, publicKey } = generateKeyPairSync('ed25519');
	return {
		privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
		publicBase64: rawPublicKey(publicKey),
	};
}

export function rawPublicKey(key: KeyObject): string {
	return bytesToBase64(new Uint8Array(Buffer.from(key.export({ format: 'jwk' }).x as string, 'base64url')));
}

/**
 * A private key from PKCS#8 PEM (what keygen and openssl write). Base64 alone is refused: 32 bytes of base64
 * is what a public key looks like (NAME.pub), and signing with one must fail loudly, not make a useless key.
 */
export function loadPrivateKey(text: string): KeyObject {
	const trimmed = text.trim();
	if (/^-----BEGIN PUBLIC KEY-----/.test(trimmed))
		throw new Error('this is a public key (PEM); signing needs the private key, e.g. NAME.key from keygen');
	if (!/^-----BEGIN PRIVATE KEY-----/.test(trimmed)) {
		let looksPublic = false;
		try {
			looksPublic = decodeEd25519Key(trimmed, 'public').length === 32;
		} catch {}
		throw new Error(
			looksPublic
				? 'this looks like a public key (base64, as in NAME.pub); signing needs the private key, e.g. NAME.key from keygen'
				: 'not an Ed25519 private key: expected a PKCS#8 PEM file such as NAME.key from keygen',
		);
	}
	const seed = decodeEd25519Key(trimmed, 'private');
	return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** The base64 raw public key that belongs to a private key. */
export function publicKeyOf(privateKey: KeyObject): string {
	return rawPublicKey(createPublicKey(privateKey));
}

/** An Ed25519 signature over the exact bytes, base64. */
export function signBytes(data: Uint8Array, privateKey: KeyObject): string {
	return sign(null, data, privateKey).toString('base64');
}
