/**
 * A subscription error is shown once per page, naming the cause and the next step (issue 15: a wrong
 * subscription key showed the same failure four times). The real norms service answers the options page; the
 * preset is served signed with one key while the admin pins another.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNormsService } from '../../src/background/norms/norms-service.js';
import { BUILTIN_PRESETS } from '../../src/core/norms/presets/index.js';
import { OptionsApp } from '../../src/options/options-app.js';
import { PopupApp } from '../../src/popup/popup-app.js';
import { fakeFetch, makeSigner, type Signer, SUB_URL } from '../unit/norms-fixtures.js';
import { useEnglish } from './i18n-en.js';
import { background, mockManifest } from './pages-fixtures.js';

const PRESET = JSON.stringify(BUILTIN_PRESETS['support-on-call']);
const FAILURE = 'the signature does not match the pinned public key';
const signer = await makeSigner();
const other = await makeSigner();

afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});
beforeEach(() => {
	useEnglish();
	mockManifest();
});

/** How many times `text` appears in what the page shows. */
const times = (text: string) => (document.body.textContent ?? '').split(text).length - 1;

async function serveSignedWith(by: Signer) {
	const envelope = await by.envelope(PRESET);
	const { fetch } = fakeFetch({
		[SUB_URL]: () => new Response(PRESET, { status: 200 }),
		[`${SUB_URL}.sig`]: () => new Response(envelope, { status: 200 }),
	});
	const norms = createNormsService({ now: Date.now, allowLoopback: false, fetch, timeoutMs: 1000 });
	background({
		'options/set-subscription': (m) => norms.setSubscription(m.url, m.publicKey),
		'options/refresh-subscription': () => norms.refreshSubscription(),
		'popup/site-status': () => ({ kind: 'unsupported' }) as never,
	});
	return norms;
}

async function subscribeWithKey(key: string) {
	render(<OptionsApp />);
	fireEvent.input(await screen.findByLabelText('Preset URL (https)'), { target: { value: SUB_URL } });
	fireEvent.input(screen.getByLabelText('Public key (optional)'), { target: { value: key } });
	fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
}

describe('a wrong subscription key', () => {
	it('is shown once on the options page, with its cause and the next step', async () => {
		const norms = await serveSignedWith(signer);
		await norms.recompute();
		await subscribeWithKey(other.publicKey);
		await waitFor(() => expect(times(FAILURE)).toBeGreaterThan(0));
		await new Promise((r) => setTimeout(r, 50)); // every storage watcher has answered
		expect(times(FAILURE)).toBe(1);
		expect(document.body.textContent).toContain(
			'Next step: sign the file again with the private key whose public key is pinned (unhurried preset sign), or pin the public key that matches the key you sign with.',
		);
		expect(times('Next step:')).toBe(1);
	});

	it('after a good fetch with the right key, pinning another key still says it once', async () => {
		const norms = await serveSignedWith(signer);
		await norms.setSubscription(SUB_URL, signer.publicKey);
		await subscribeWithKey(other.publicKey);
		await waitFor(() => expect(times(FAILURE)).toBeGreaterThan(0));
		await new Promise((r) => setTimeout(r, 50));
		expect(times(FAILURE)).toBe(1);
	});

	it('is shown once in the popup, with the next step', async () => {
		const norms = await serveSignedWith(signer);
		await norms.setSubscription(SUB_URL, other.publicKey);
		render(<PopupApp />);
		await waitFor(() => expect(times(FAILURE)).toBe(1));
		expect(screen.getByTestId('norms-next-step').textContent).toMatch(/^Next step: sign the file again/);
	});
});

describe('a background that does not answer', () => {
	it('is said next to the form, instead of leaving the person waiting in silence', async () => {
		background({
			'options/set-subscription': () => {
				throw new Error('The message port closed before a response was received.');
			},
			'popup/site-status': () => ({ kind: 'unsupported' }) as never,
		});
		await subscribeWithKey('');
		const alert = await screen.findByText(/background did not answer/);
		expect(alert.textContent).toContain('The message port closed before a response was received.');
		expect(alert.getAttribute('role')).toBe('alert');
	});
});
