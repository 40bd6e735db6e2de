/**
 * Fetches a team subscription once: https only (also after redirects), a timeout, a streamed size cap,
 * If-None-Match, an optional pinned Ed25519 key, and full validation. Never throws: every failure comes
 * back as a reason a person can read, and the caller keeps the last good preset. The network and the timer live
 * here, in the background; what is checked about the bytes is the pure core's (core/norms/check-preset.ts).
 */
import { PresetRefusal, parseOrFail } from '../../core/norms/check-preset.js';
import { decodePresetBytes, PRESET_MAX_BYTES } from '../../core/norms/parse-preset.js';
import type { Norms } from '../../core/norms/schema.js';
import {
	checkEnvelopeBinding,
	checkEnvelopeDates,
	parseEnvelope,
	type SignedEnvelope,
	verifyEnvelope,
} from '../../core/norms/signed-envelope.js';
import { checkSubscriptionUrl, signatureUrl } from '../../core/norms/subscription-url.js';

export const FETCH_TIMEOUT_MS = 10_000;
const SIGNATURE_MAX_BYTES = 4096;

export interface FetchPresetOptions {
	url: string;
	/** The ETag of the last good copy, sent as If-None-Match. */
	etag?: string | null | undefined;
	/** A pinned Ed25519 public key: the preset must come with a valid signed envelope at `<url>.sig`. */
	publicKey?: string | null | undefined;
	/** Epoch ms, for the envelope's dates. */
	now?: number;
	/** The issue date of the signed preset in force from this URL: anything older is a replay. */
	inForceIssuedAt?: string | null | undefined;
	/** True only in development builds: allows http://localhost and friends. */
	allowLoopback: boolean;
	fetch?: typeof fetch;
	timeoutMs?: number;
	maxBytes?: number;
}

export type FetchPresetResult =
	| {
			status: 'updated';
			preset: Norms;
			/** The file's text exactly as served (kept so the signature can be checked again later). */
			text: string;
			etag: string | null;
			bytes: number;
			/** The verified envelope when a key is pinned. */
			envelope: SignedEnvelope | null;
	  }
	| { status: 'unchanged' }
	| { status: 'failed'; reason: string };

const kb = (n: number) => `${Math.round(n / 1024)} KB`;

async function readCapped(response: Response, maxBytes: number, what: string): Promise<Uint8Array> {
	const declared = Number(response.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes)
		throw new PresetRefusal(`${what} is ${kb(declared)}, over the ${kb(maxBytes)} limit`);
	if (!response.body) return new Uint8Array(await response.arrayBuffer()).slice(0, maxBytes + 1);
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel().catch(() => {});
			throw new PresetRefusal(`${what} is over the ${kb(maxBytes)} limit`);
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let offset = 0;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.byteLength;
	}
	return out;
}

async function get(
	doFetch: typeof fetch,
	url: string,
	init: RequestInit,
	allowLoopback: boolean,
	what: string,
): Promise<Response> {
	const response = await doFetch(url, {
		...init,
		redirect: 'follow',
		credentials: 'omit',
		// Our own If-None-Match, not the HTTP cache's: a 304 must reach us as a 304.
		cache: 'no-store',
	});
	// A redirect must not take us off https: refuse whatever arrived over plain http.
	if (response.url) {
		const final = checkSubscriptionUrl(response.url, { allowLoopback });
		if (!final.ok) {
			await response.body?.cancel().catch(() => {});
			throw new PresetRefusal(`${what} was redirected to ${response.url}: ${final.reason}`);
		}
	}
	return response;
}

/** One subscription fetch; see the module comment. */
export async function fetchPreset(options: FetchPresetOptions): Promise<FetchPresetResult> {
	const {
		url,
		etag,
		publicKey,
		allowLoopback,
		fetch: doFetch = globalThis.fetch.bind(globalThis),
		timeoutMs = FETCH_TIMEOUT_MS,
		maxBytes = PRESET_MAX_BYTES,
		now = Date.now(),
	} = options;
	const checked = checkSubscriptionUrl(url, { allowLoopback });
	if (!checked.ok) return { status: 'failed', reason: checked.reason };
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		const headers: Record<string, string> = { Accept: 'application/json' };
		if (etag) headers['If-None-Match'] = etag;
		const response = await get(
			doFetch,
			url,
			{ headers, signal: controller.signal },
			allowLoopback,
			'the preset',
		);
		if (response.status === 304) {
			if (etag) return { status: 'unchanged' };
			throw new PresetRefusal('the server answered 304 Not Modified to a request without an ETag');
		}
		if (!response.ok)
			throw new PresetRefusal(
				`the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
			);
		const bytes = await readCapped(response, maxBytes, 'the preset');
		const decoded = decodePresetBytes(bytes);
		if (!decoded.ok) throw new PresetRefusal('the preset is not UTF-8 text');
		let envelope: SignedEnvelope | null = null;
		if (publicKey) {
			const sigUrl = signatureUrl(url);
			const sigResponse = await get(
				doFetch,
				sigUrl,
				{ signal: controller.signal },
				allowLoopback,
				'the signature',
			);
			if (!sigResponse.ok)
				throw new PresetRefusal(
					`a signed preset is required, but its signature ${sigUrl} answered HTTP ${sigResponse.status}`,
				);
			const parsedEnvelope = parseEnvelope(
				new TextDecoder().decode(await readCapped(sigResponse, SIGNATURE_MAX_BYTES, 'the signature')),
			);
			if (!parsedEnvelope.ok) throw new PresetRefusal(`signature rejected: ${parsedEnvelope.reason}`);
			envelope = parsedEnvelope.envelope;
			const verified = await verifyEnvelope(envelope, bytes, publicKey);
			if (!verified.ok) throw new PresetRefusal(`signature rejected: ${verified.reason}`);
		}
		const preset = parseOrFail(decoded.text);
		if (envelope) {
			const bound = checkEnvelopeBinding(envelope, { url, version: preset.version });
			if (!bound.ok) throw new PresetRefusal(`signature rejected: ${bound.reason}`);
			const dated = checkEnvelopeDates(envelope, { now, inForceIssuedAt: options.inForceIssuedAt });
			if (!dated.ok) throw new PresetRefusal(`signature rejected: ${dated.reason}`);
		}
		return {
			status: 'updated',
			preset,
			text: decoded.text,
			etag: response.headers.get('etag'),
			bytes: bytes.byteLength,
			envelope,
		};
	} catch (error) {
		if (error instanceof PresetRefusal) return { status: 'failed', reason: error.message };
		if (controller.signal.aborted)
			return { status: 'failed', reason: `no answer within ${Math.round(timeoutMs / 1000)} s (timed out)` };
		return { status: 'failed', reason: `network error: ${(error as Error).message || String(error)}` };
	} finally {
		clearTimeout(timer);
	}
}
