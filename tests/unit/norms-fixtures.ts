/** Shared fixtures for the norms tests. */
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { envelopeClaims, envelopeStatement } from '../../src/core/norms/signed-envelope.js';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are edited as loose JSON to build malformed presets
export type Json = Record<string, any>;

/** A valid preset with a roster, as JSON-ready data. */
export function validPreset(): Json {
	return {
		...structuredClone(DEFAULT_NORMS),
		updatedAt: '2026-03-01T09:00:00Z',
		roster: [
			{
				name: 'Ana',
				handles: ['@ana'],
				timeZone: 'Europe/Lisbon',
				workingHours: ['Mon 09:00-17:00'],
			},
			{ name: 'Ben', handles: [], timeZone: 'America/Chicago', workingHours: [] },
			{
				name: 'Chen',
				handles: ['@chen'],
				timeZone: 'Asia/Shanghai',
				workingHours: ['Fri 10:00-16:00'],
			},
		],
		tools: { doc: { name: 'Docs', urlTemplate: 'https://docs.example.com/new?title={title}' } },
	};
}

export interface EnvelopeOptions {
	url?: string;
	version?: string;
	issuedAt?: Date;
	expiresAt?: Date;
}
/** Dates that hold for every test clock: issued in 2023, valid until 2100. */
export const ISSUED = new Date('2023-01-01T00:00:00Z');
export const EXPIRES = new Date('2100-01-01T00:00:00Z');

/** An Ed25519 key pair as base64 raw keys, a raw signer and an envelope signer, made with Node's crypto. */
export async function makeSigner() {
	const { generateKeyPairSync, sign } = await import('node:crypto');
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	const pub = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url').toString('base64');
	const raw = (data: string | Uint8Array) => sign(null, Buffer.from(data), privateKey).toString('base64');
	return {
		publicKey: pub,
		publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
		/** A bare signature over the bytes: the old detached format. */
		sign: raw,
		/** The `.sig` envelope for a preset's text, as `unhurried preset sign` writes it. */
		async envelope(text: string, options: EnvelopeOptions = {}): Promise<string> {
			const bytes = new TextEncoder().encode(text);
			const claims = await envelopeClaims(bytes, {
				url: options.url ?? SUB_URL,
				version: options.version ?? (JSON.parse(text) as { version: string }).version,
				issuedAt: options.issuedAt ?? ISSUED,
				expiresAt: options.expiresAt ?? EXPIRES,
			});
			return JSON.stringify({ ...claims, signature: raw(envelopeStatement(claims)) });
		},
	};
}
export type Signer = Awaited<ReturnType<typeof makeSigner>>;

type Route = (init: RequestInit | undefined) => Response | Promise<Response>;

/** A fetch that answers from a table of routes, records requests, and honours the abort signal. */
export function fakeFetch(routes: Record<string, Route>) {
	const requests: { url: string; headers: Record<string, string> }[] = [];
	const fetch: typeof globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = String(input);
		requests.push({ url, headers: { ...(init?.headers as Record<string, string>) } });
		const route = routes[url];
		if (!route) return new Response('not found', { status: 404, statusText: 'Not Found' });
		const signal = init?.signal;
		return await new Promise<Response>((resolve, reject) => {
			signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
			Promise.resolve(route(init)).then(resolve, reject);
		});
	}) as typeof globalThis.fetch;
	return { fetch, requests };
}

/** A Response that claims to have been redirected to `finalUrl`. */
export function redirectedResponse(body: string, finalUrl: string): Response {
	const response = new Response(body, { status: 200 });
	Object.defineProperty(response, 'url', { value: finalUrl });
	Object.defineProperty(response, 'redirected', { value: true });
	return response;
}

/** A body that never ends, 64 KB at a time; `cancelled` says whether the reader gave up. */
export function endlessBody() {
	const state = { cancelled: false, sent: 0 };
	const stream = new ReadableStream<Uint8Array>({
		pull(controller) {
			state.sent += 65536;
			controller.enqueue(new Uint8Array(65536).fill(32));
		},
		cancel() {
			state.cancelled = true;
		},
	});
	return { stream, state };
}

export const SUB_URL = 'https://norms.example.com/acme.json';

/** Subscription faults: each route table makes one fetch of SUB_URL fail; [what, routes, reason pattern]. */
export async function subscriptionFaults(
	good: string,
	signer: Signer,
): Promise<[string, Record<string, Route>, RegExp, { pinned?: boolean }][]> {
	const other = await makeSigner();
	const sig = (text: string) => () => new Response(text);
	const json =
		(text: string, headers: Record<string, string> = {}) =>
		() =>
			new Response(text, { status: 200, headers: { 'content-type': 'application/json', ...headers } });
	return [
		['a timeout', { [SUB_URL]: () => new Promise<Response>(() => {}) }, /timed out/, {}],
		[
			'a 404',
			{ [SUB_URL]: () => new Response('gone', { status: 404, statusText: 'Not Found' }) },
			/HTTP 404 Not Found/,
			{},
		],
		[
			'a 500',
			{ [SUB_URL]: () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }) },
			/HTTP 500/,
			{},
		],
		[
			'a 10 MB body with Content-Length',
			{ [SUB_URL]: json('x'.repeat(10 * 1024 * 1024)) },
			/over the 256 KB limit/,
			{},
		],
		[
			'a 10 MB body streamed without Content-Length',
			{ [SUB_URL]: () => new Response(endlessBody().stream) },
			/over the 256 KB limit/,
			{},
		],
		['invalid JSON', { [SUB_URL]: json('{"schemaVersion": 1, oops}') }, /not valid: \$: not valid JSON/, {}],
		[
			'an HTML error page with status 200',
			{ [SUB_URL]: json('<!doctype html><p>Sign in</p>') },
			/not valid JSON/,
			{},
		],
		[
			'a schema violation',
			{ [SUB_URL]: json(good.replace(/"asyncTargetPercent":\d+/, '"asyncTargetPercent":180')) },
			/\$\.asyncTargetPercent: too large/,
			{},
		],
		[
			'a future schemaVersion',
			{ [SUB_URL]: json(good.replace(/"schemaVersion":\d+/, '"schemaVersion":9')) },
			/newer than this Unhurried/,
			{},
		],
		[
			'bytes that are not UTF-8',
			{ [SUB_URL]: () => new Response(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])) },
			/not UTF-8/,
			{},
		],
		[
			'a redirect to http',
			{ [SUB_URL]: () => redirectedResponse(good, 'http://norms.example.com/acme.json') },
			/redirected to http:.*plain http is refused/,
			{},
		],
		[
			'a network error',
			{ [SUB_URL]: () => Promise.reject(new TypeError('fetch failed')) },
			/network error: fetch failed/,
			{},
		],
		[
			'a missing signature',
			{ [SUB_URL]: json(good) },
			/signature .*acme\.json\.sig answered HTTP 404/,
			{ pinned: true },
		],
		[
			'a signature over other bytes',
			{ [SUB_URL]: json(good), [`${SUB_URL}.sig`]: sig(await signer.envelope(`${good} `)) },
			/signature rejected: the signature is for other bytes/,
			{ pinned: true },
		],
		[
			'a malformed signature file',
			{ [SUB_URL]: json(good), [`${SUB_URL}.sig`]: sig('not base64!') },
			/signature rejected: the signature file is not a signed envelope/,
			{ pinned: true },
		],
		[
			'the old detached signature',
			{ [SUB_URL]: json(good), [`${SUB_URL}.sig`]: sig(signer.sign(good)) },
			/signature rejected: the signature file is the old detached format .*re-sign/,
			{ pinned: true },
		],
		[
			'a signature by another key',
			{ [SUB_URL]: json(good), [`${SUB_URL}.sig`]: sig(await other.envelope(good)) },
			/signature rejected: the signature does not match the pinned public key/,
			{ pinned: true },
		],
		[
			'a file signed for another URL',
			{
				[SUB_URL]: json(good),
				[`${SUB_URL}.sig`]: sig(
					await signer.envelope(good, { url: 'https://other-team.example/norms.json' }),
				),
			},
			/signature rejected: the preset was signed for https:\/\/other-team\.example\/norms\.json, not for/,
			{ pinned: true },
		],
		[
			'an expired signature',
			{
				[SUB_URL]: json(good),
				[`${SUB_URL}.sig`]: sig(
					await signer.envelope(good, {
						issuedAt: new Date('2020-01-01'),
						expiresAt: new Date('2021-01-01'),
					}),
				),
			},
			/signature rejected: the signed preset expired on 2021-01-01/,
			{ pinned: true },
		],
	];
}
