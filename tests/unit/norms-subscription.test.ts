import { describe, expect, it } from 'vitest';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { fetchPreset } from '../../src/core/norms/fetch-preset.js';
import { BUILTIN_PRESETS } from '../../src/core/norms/presets/index.js';
import { decodeEd25519Key, verifyPresetSignature } from '../../src/core/norms/signature.js';
import { checkSubscriptionUrl, originPattern, signatureUrl } from '../../src/core/norms/subscription-url.js';
import { endlessBody, fakeFetch, makeSigner, SUB_URL, subscriptionFaults } from './norms-fixtures.js';

const signer = await makeSigner();
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
		const sig = signer.sign(good);
		expect(await verifyPresetSignature(enc(good), sig, signer.publicKey)).toEqual({
			ok: true,
			via: 'webcrypto',
		});
		expect(await verifyPresetSignature(enc(good), sig, signer.publicPem)).toEqual({
			ok: true,
			via: 'webcrypto',
		});
		const noEd25519 = {
			importKey: () => Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError')),
		} as unknown as SubtleCrypto;
		expect(await verifyPresetSignature(enc(good), sig, signer.publicKey, { subtle: noEd25519 })).toEqual({
			ok: true,
			via: 'noble',
		});
		expect(
			await verifyPresetSignature(enc(good), sig, signer.publicKey, { subtle: undefined }),
		).toMatchObject({
			ok: true,
		});
	});

	it('rejects a changed byte, a wrong key and malformed input, on both paths', async () => {
		const sig = signer.sign(good);
		const other = await makeSigner();
		for (const subtle of [crypto.subtle, undefined]) {
			expect(await verifyPresetSignature(enc(`${good}\n`), sig, signer.publicKey, { subtle })).toMatchObject({
				ok: false,
			});
			expect(await verifyPresetSignature(enc(good), sig, other.publicKey, { subtle })).toMatchObject({
				ok: false,
			});
		}
		expect(await verifyPresetSignature(enc(good), 'abc', signer.publicKey)).toMatchObject({
			reason: /not valid base64/,
		});
		expect(await verifyPresetSignature(enc(good), sig, 'AAAA')).toMatchObject({
			reason: /expected 32 bytes, got 3/,
		});
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
		expect(first).toMatchObject({ status: 'updated', etag: '"v1"', signed: false });
		if (first.status === 'updated') expect(first.preset).toEqual(BUILTIN_PRESETS['support-on-call']);
		expect(await fetchPreset({ url: SUB_URL, etag: '"v1"', allowLoopback: false, fetch })).toEqual({
			status: 'unchanged',
		});
		expect(requests[1]?.headers['If-None-Match']).toBe('"v1"');
	});

	it('accepts a preset signed with the pinned key', async () => {
		const { fetch } = fakeFetch({
			[SUB_URL]: () => new Response(good),
			[`${SUB_URL}.sig`]: () => new Response(`${signer.sign(good)}\n`),
		});
		expect(
			await fetchPreset({ url: SUB_URL, publicKey: signer.publicKey, allowLoopback: false, fetch }),
		).toMatchObject({
			status: 'updated',
			signed: true,
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

	const faults = subscriptionFaults(good, signer);
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
