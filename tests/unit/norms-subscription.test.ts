import { describe, expect, it } from 'vitest';
import { fetchPreset } from '../../src/background/norms/fetch-preset.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { BUILTIN_PRESETS } from '../../src/core/norms/presets/index.js';
import { base64ToBytes, decodeEd25519Key, verifyEd25519 } from '../../src/core/norms/signature.js';
import { parseEnvelope, type SignedEnvelope, verifyEnvelope } from '../../src/core/norms/signed-envelope.js';
import { checkSubscriptionUrl, originPattern, signatureUrl } from '../../src/core/norms/subscription-url.js';
import { endlessBody, fakeFetch, makeSigner, SUB_URL, subscriptionFaults } from './norms-fixtures.js';

const signer = await makeSigner();
const faults = await subscriptionFaults(JSON.stringify(BUILTIN_PRESETS['support-on-call']), signer);
const good = JSON.stringify(BUILTIN_PRESETS['support-on-call']);
const enc = (s: string) => new TextEncoder().encode(s);

describe('subscription URLs', () => {
	it.each([
		['https://norms.example.com/a.json', false, true],
		['http://norms.example.com/a.json', false, false],
		['http://localhost:8080/a.json', false, false],
		['http://localhost:8080/a.json', true, true],
		['http://127.0.0.1/a.json', true, true],
		['http://[::1]/a.json', true, true],
		['http://10.0.0.1/a.json', true, false],
		['https://user:pass@norms.example.com/a.json', false, false],
		['javascript:alert(1)', true, false],
		['file:///etc/passwd', true, false],
		['not a url', true, false],
	])('%s (loopback allowed: %s) → %s', (url, allowLoopback, ok) => {
		expect(checkSubscriptionUrl(url, { allowLoopback }).ok).toBe(ok);
	});

	it('puts the signature next to the preset and asks only for its host', () => {
		expect(signatureUrl('https://x.example/p/acme.json?v=2')).toBe('https://x.example/p/acme.json.sig?v=2');
		expect(originPattern('https://x.example:8443/p/acme.json')).toBe('https://x.example/*');
	});
});

describe('signatures', () => {
	it('verifies with WebCrypto, and with @noble/ed25519 where WebCrypto lacks Ed25519', async () => {
		const sig = base64ToBytes(signer.sign(good));
		expect(await verifyEd25519(enc(good), sig, signer.publicKey)).toEqual({ ok: true, via: 'webcrypto' });
		expect(await verifyEd25519(enc(good), sig, signer.publicPem)).toEqual({ ok: true, via: 'webcrypto' });
		const noEd25519 = {
			importKey: () => Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError')),
		} as unknown as SubtleCrypto;
		expect(await verifyEd25519(enc(good), sig, signer.publicKey, { subtle: noEd25519 })).toEqual({
			ok: true,
			via: 'noble',
		});
		expect(await verifyEd25519(enc(good), sig, signer.publicKey, { subtle: undefined })).toMatchObject({
			ok: true,
		});
	});

	it('rejects a changed byte, a wrong key and malformed input, on both paths', async () => {
		const sig = base64ToBytes(signer.sign(good));
		const other = await makeSigner();
		for (const subtle of [crypto.subtle, undefined]) {
			expect(await verifyEd25519(enc(`${good}\n`), sig, signer.publicKey, { subtle })).toMatchObject({
				ok: false,
			});
			expect(await verifyEd25519(enc(good), sig, other.publicKey, { subtle })).toMatchObject({ ok: false });
		}
		expect(await verifyEd25519(enc(good), sig.slice(1), signer.publicKey)).toMatchObject({
			reason: /64 bytes, got 63/,
		});
		expect(await verifyEd25519(enc(good), sig, 'AAAA')).toMatchObject({ reason: /expected 32 bytes, got 3/ });
	});

	it('signs an envelope: any change to a claim or to the preset breaks it', async () => {
		const parsed = parseEnvelope(await signer.envelope(good));
		expect(parsed.ok).toBe(true);
		const envelope = (parsed as { envelope: SignedEnvelope }).envelope;
		expect(envelope).toMatchObject({ url: SUB_URL, version: '1', issuedAt: '2023-01-01T00:00:00Z' });
		expect(await verifyEnvelope(envelope, enc(good), signer.publicKey)).toEqual({ ok: true });
		for (const change of [
			{ url: 'https://other.example/acme.json' },
			{ version: '2' },
			{ issuedAt: '2030-01-01T00:00:00Z' },
			{ expiresAt: '2200-01-01T00:00:00Z' },
		])
			expect(await verifyEnvelope({ ...envelope, ...change }, enc(good), signer.publicKey)).toMatchObject({
				ok: false,
				reason: /does not match the pinned public key/,
			});
		expect(await verifyEnvelope(envelope, enc(`${good} `), signer.publicKey)).toMatchObject({
			reason: /for other bytes/,
		});
		expect(parseEnvelope(JSON.stringify({ ...envelope, extra: 1 }))).toMatchObject({
			ok: false,
			reason: /not a valid envelope/,
		});
		expect(parseEnvelope(JSON.stringify({ ...envelope, url: 'https://x.example/\u001b[31m' }))).toMatchObject(
			{
				ok: false,
				reason: /url: must be one line of printable text/,
			},
		);
	});

	it('decodes keys from base64 and PEM, and says what is wrong with others', () => {
		expect(decodeEd25519Key(signer.publicKey, 'public')).toHaveLength(32);
		expect(decodeEd25519Key(signer.publicPem, 'public')).toEqual(
			decodeEd25519Key(signer.publicKey, 'public'),
		);
		expect(() =>
			decodeEd25519Key('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----', 'public'),
		).toThrow(/SPKI/);
		expect(() => decodeEd25519Key('%%%', 'public')).toThrow(/base64 or a PEM/);
	});
});

describe('fetchPreset', () => {
	it('fetches, validates and returns the ETag; then sends If-None-Match and accepts 304', async () => {
		const { fetch, requests } = fakeFetch({
			[SUB_URL]: (init) =>
				(init?.headers as Record<string, string> | undefined)?.['If-None-Match'] === '"v1"'
					? new Response(null, { status: 304 })
					: new Response(good, { headers: { etag: '"v1"' } }),
		});
		const first = await fetchPreset({ url: SUB_URL, allowLoopback: false, fetch });
		expect(first).toMatchObject({ status: 'updated', etag: '"v1"', envelope: null });
		if (first.status === 'updated') expect(first.preset).toEqual(BUILTIN_PRESETS['support-on-call']);
		expect(await fetchPreset({ url: SUB_URL, etag: '"v1"', allowLoopback: false, fetch })).toEqual({
			status: 'unchanged',
		});
		expect(requests[1]?.headers['If-None-Match']).toBe('"v1"');
	});

	it('accepts a preset signed with the pinned key for this URL', async () => {
		const { fetch } = fakeFetch({
			[SUB_URL]: () => new Response(good),
			[`${SUB_URL}.sig`]: async () => new Response(`${await signer.envelope(good)}\n`),
		});
		expect(
			await fetchPreset({ url: SUB_URL, publicKey: signer.publicKey, allowLoopback: false, fetch }),
		).toMatchObject({
			status: 'updated',
			text: good,
			envelope: { url: SUB_URL, issuedAt: '2023-01-01T00:00:00Z' },
		});
	});

	it('refuses a signed preset older than the one in force (a replay), and one dated in the future', async () => {
		const old = await signer.envelope(good, { issuedAt: new Date('2025-01-01T00:00:00Z') });
		const { fetch } = fakeFetch({
			[SUB_URL]: () => new Response(good),
			[`${SUB_URL}.sig`]: () => new Response(old),
		});
		const pinned = { url: SUB_URL, publicKey: signer.publicKey, allowLoopback: false, fetch };
		expect(await fetchPreset({ ...pinned, inForceIssuedAt: '2025-06-01T00:00:00Z' })).toMatchObject({
			status: 'failed',
			reason:
				'signature rejected: the preset served is older than the one in force (issued 2025-01-01T00:00:00Z, the one in force 2025-06-01T00:00:00Z): a replayed file is refused',
		});
		expect(await fetchPreset({ ...pinned, inForceIssuedAt: '2025-01-01T00:00:00Z' })).toMatchObject({
			status: 'updated',
		});
		expect(await fetchPreset({ ...pinned, now: Date.parse('2024-06-01T00:00:00Z') })).toMatchObject({
			status: 'failed',
			reason: /dated in the future/,
		});
	});

	it('refuses an http URL before any request, unless loopback in development', async () => {
		const { fetch, requests } = fakeFetch({ 'http://localhost:9/p.json': () => new Response(good) });
		expect(
			await fetchPreset({ url: 'http://norms.example.com/p.json', allowLoopback: true, fetch }),
		).toMatchObject({
			status: 'failed',
			reason: /plain http is refused/,
		});
		expect(
			await fetchPreset({ url: 'http://localhost:9/p.json', allowLoopback: false, fetch }),
		).toMatchObject({
			status: 'failed',
			reason: /development builds/,
		});
		expect(requests).toHaveLength(0);
		expect(await fetchPreset({ url: 'http://localhost:9/p.json', allowLoopback: true, fetch })).toMatchObject(
			{
				status: 'updated',
			},
		);
	});

	it('stops reading an endless body at the cap', async () => {
		const body = endlessBody();
		const { fetch } = fakeFetch({ [SUB_URL]: () => new Response(body.stream) });
		expect(await fetchPreset({ url: SUB_URL, allowLoopback: false, fetch })).toMatchObject({
			status: 'failed',
		});
		expect(body.state.cancelled).toBe(true);
		expect(body.state.sent).toBeLessThan(400 * 1024);
	});

	it.each(faults)('fails with a readable reason on %s', async (_what, routes, reason, { pinned }) => {
		const { fetch } = fakeFetch(routes);
		const result = await fetchPreset({
			url: SUB_URL,
			publicKey: pinned ? signer.publicKey : null,
			allowLoopback: false,
			fetch,
			timeoutMs: 50,
		});
		expect(result).toMatchObject({ status: 'failed', reason });
	});

	it('is the default preset’s size a few KB, far under the cap', () => {
		expect(JSON.stringify(DEFAULT_NORMS).length).toBeLessThan(4096);
	});
});
