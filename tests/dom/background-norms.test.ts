/**
 * The background's norms store on the fake browser: sources and precedence, policy locks, imports that
 * store nothing when invalid, and subscription faults that keep the last good preset with the reason.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createNormsService } from '../../src/background/norms/norms-service.js';
import { importedPreset, personalOverrides, subscription } from '../../src/background/trusted-store.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { BUILTIN_PRESETS } from '../../src/core/norms/presets/index.js';
import { effectiveNorms, pageView } from '../../src/shared/storage.js';
import { fakeFetch, makeSigner, SUB_URL, subscriptionFaults } from '../unit/norms-fixtures.js';
import { MALFORMED } from '../unit/norms-malformed-cases.js';

const support = BUILTIN_PRESETS['support-on-call'];
const good = JSON.stringify(support);
const signer = await makeSigner();
const signedGood = await signer.envelope(good);
const faults = await subscriptionFaults(good, signer);
let clock = 1_700_000_000_000;
const now = () => clock;

function service(routes: Parameters<typeof fakeFetch>[0] = {}, allowLoopback = false) {
	const fake = fakeFetch(routes);
	return { ...fake, norms: createNormsService({ now, allowLoopback, fetch: fake.fetch, timeoutMs: 50 }) };
}

/** What a content script or a test reads: the one storage key, as @plasmohq/storage wrote it. */
async function stored() {
	const raw = (await fakeBrowser.storage.local.get('effectiveNorms')).effectiveNorms;
	return raw === undefined ? undefined : JSON.parse(raw as string);
}

beforeEach(() => {
	clock += 3_600_000;
});

describe('effective norms', () => {
	it('writes the built-in default with the source of every field', async () => {
		const { norms } = service();
		await norms.recompute();
		const e = await stored();
		expect(e.norms).toEqual(JSON.parse(JSON.stringify(DEFAULT_NORMS)));
		expect(e.sources['channels.doc.response']).toBe('builtin');
		expect(e.preset).toEqual({ name: DEFAULT_NORMS.name, version: '1', source: 'builtin' });
		expect(e).toMatchObject({
			locked: [],
			problems: [],
			lastError: null,
			subscription: null,
			refreshedAt: clock,
		});
		expect(await effectiveNorms.get()).toEqual(e);
		expect(await pageView.effectiveNorms.get()).toEqual(e); // the pages' copy, out of content scripts' reach
	});

	it('applies policy above a file above personal overrides, and reports policy locks', async () => {
		await fakeBrowser.storage.managed.set({
			preset: {
				asyncTargetPercent: 85,
				emergency: { channel: { kind: 'phone', name: 'NOC', how: 'Call the NOC.' } },
			},
			locked: ['emergency', 'thresholds.docWords'],
		});
		const { norms } = service();
		expect(await norms.useBuiltin('async-first')).toMatchObject({ ok: true });
		expect(
			await norms.setPersonal({
				thresholds: { docWords: 999, docQuestions: 9 },
				emergency: { counts: ['x y'] },
			}),
		).toEqual({
			ok: true,
			ignoredLocked: ['emergency.counts', 'thresholds.docWords'],
		});
		const e = await effectiveNorms.get();
		expect(e.norms.asyncTargetPercent).toBe(85);
		expect(e.sources.asyncTargetPercent).toBe('policy');
		expect(e.norms.emergency.channel.name).toBe('NOC');
		expect(e.norms.emergency.counts).toEqual(DEFAULT_NORMS.emergency.counts); // locked: personal ignored
		expect(e.sources['emergency.counts']).toBe('builtin');
		expect(e.norms.thresholds.docWords).toBe(DEFAULT_NORMS.thresholds.docWords); // locked
		expect(e.norms.thresholds.docQuestions).toBe(BUILTIN_PRESETS['async-first'].thresholds.docQuestions); // file > personal
		expect(e.locked).toEqual(['emergency', 'thresholds.docWords']);
		expect(e.preset).toMatchObject({ name: 'Async-first (handbook)', source: 'file' });
	});

	it('reports bad policy values and ignores only them', async () => {
		await fakeBrowser.storage.managed.set({
			preset: { asyncTargetPercent: 400 },
			locked: ['meetings', 'nonsense.field'],
			subscriptionUrl: 'http://norms.example.com/p.json',
			colour: 'blue',
		});
		const { norms } = service();
		const e = await norms.recompute();
		const messages = e.problems.map((p) => p.message).join('\n');
		expect(messages).toMatch(/policy key "colour" is unknown/);
		expect(messages).toMatch(/policy "preset" was ignored: \$\.asyncTargetPercent: too large/);
		expect(messages).toMatch(/unknown field "nonsense\.field"/);
		expect(messages).toMatch(/policy "subscriptionUrl" was ignored: plain http is refused/);
		expect(e.locked).toEqual(['meetings']);
		expect(e.lastError?.source).toBe('policy');
		expect(e.norms.asyncTargetPercent).toBe(80);
	});
});

describe('importing a preset file', () => {
	it('imports a valid file', async () => {
		const { norms } = service();
		expect(await norms.importPresetText(good, 'support.json')).toEqual({
			ok: true,
			name: support.name,
			version: '1',
		});
		expect((await importedPreset.get())?.fileName).toBe('support.json');
		expect((await effectiveNorms.get()).sources['channels.chat.response']).toBe('file');
	});

	it.each(MALFORMED)('rejects %s and stores nothing', async (_what, text, path) => {
		const { norms } = service();
		await norms.recompute();
		const before = await fakeBrowser.storage.local.get(null);
		const result = await norms.importPresetText(text, 'bad.json');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(path);
		expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
	});

	it('rejects invalid personal overrides with their paths and keeps the old ones', async () => {
		const { norms } = service();
		await norms.setPersonal({ meetings: { agendaLeadHours: 12 } });
		const result = await norms.setPersonal({ meetings: { agendaLeadHours: 'soon' }, name: 'Mine' });
		expect(result).toMatchObject({ ok: false });
		if (!result.ok)
			expect(result.errors.map((e) => e.path)).toEqual(['$.meetings.agendaLeadHours', '$.name']);
		expect(await personalOverrides.get()).toEqual({ meetings: { agendaLeadHours: 12 } });
	});
});

describe('team subscription', () => {
	it('subscribes, stores the ETag, and answers 304s without changing anything', async () => {
		const { norms, requests } = service({
			[SUB_URL]: (init) =>
				(init?.headers as Record<string, string> | undefined)?.['If-None-Match'] === '"a"'
					? new Response(null, { status: 304 })
					: new Response(good, { headers: { etag: '"a"' } }),
		});
		expect(await norms.setSubscription(SUB_URL, null)).toEqual({ ok: true, refresh: { status: 'updated' } });
		const first = await effectiveNorms.get();
		expect(first.sources['channels.chat.response']).toBe('subscription');
		expect(first.subscription).toMatchObject({
			url: SUB_URL,
			managed: false,
			pinned: false,
			lastSuccessAt: clock,
		});
		clock += 1000;
		expect(await norms.refreshSubscription()).toEqual({ status: 'unchanged' });
		expect(requests.at(-1)?.headers['If-None-Match']).toBe('"a"');
		expect((await subscription.get()).lastGood?.fetchedAt).toBe(clock);
	});

	it('says "fetched" to a person who subscribes even when another refresh fetched the file a moment before', async () => {
		const { norms, requests } = service({
			[SUB_URL]: (init) =>
				(init?.headers as Record<string, string> | undefined)?.['If-None-Match'] === '"a"'
					? new Response(null, { status: 304 })
					: new Response(good, { headers: { etag: '"a"' } }),
		});
		expect(await norms.setSubscription(SUB_URL, null)).toEqual({ ok: true, refresh: { status: 'updated' } });
		// The install-time refresh or an alarm ran in between: the file in force is this one, with its ETag.
		expect(await norms.refreshSubscription()).toEqual({ status: 'unchanged' });
		expect(await norms.setSubscription(SUB_URL, null)).toEqual({ ok: true, refresh: { status: 'updated' } });
		expect(requests.at(-1)?.headers['If-None-Match']).toBeUndefined();
	});

	it('refuses http, and loopback outside development builds', async () => {
		const { norms } = service();
		expect(await norms.setSubscription('http://norms.example.com/p.json', null)).toMatchObject({
			ok: false,
			error: /plain http is refused/,
		});
		expect(await norms.setSubscription('http://localhost:8080/p.json', null)).toMatchObject({
			ok: false,
			error: /development builds/,
		});
		expect(await norms.setSubscription(SUB_URL, 'not-a-key')).toMatchObject({
			ok: false,
			error: /Ed25519 public key/,
		});
		expect((await subscription.get()).url).toBeNull();
	});

	it('allows a loopback subscription in a development build', async () => {
		const { norms } = service({ 'http://127.0.0.1:8787/p.json': () => new Response(good) }, true);
		expect(await norms.setSubscription('http://127.0.0.1:8787/p.json', null)).toMatchObject({ ok: true });
		expect((await effectiveNorms.get()).preset.source).toBe('subscription');
	});

	it.each(faults)(
		'keeps the last good preset on %s and shows why',
		async (_what, routes, reason, { pinned }) => {
			const publicKey = pinned ? signer.publicKey : null;
			// First a good fetch (signed when a key is pinned)…
			const ok = service({
				[SUB_URL]: () => new Response(good),
				[`${SUB_URL}.sig`]: () => new Response(signedGood),
			});
			expect(await ok.norms.setSubscription(SUB_URL, publicKey)).toEqual({
				ok: true,
				refresh: { status: 'updated' },
			});
			// …then the fault.
			clock += 1000;
			const { norms } = service(routes);
			const outcome = await norms.refreshSubscription();
			expect(outcome).toMatchObject({ status: 'failed', message: reason });
			const e = await effectiveNorms.get();
			expect(e.norms.name).toBe(support.name);
			expect(e.sources['channels.chat.response']).toBe('subscription');
			expect(e.lastError).toMatchObject({ source: 'subscription', message: reason, at: clock });
			expect(e.subscription?.lastError?.message).toMatch(reason);
			expect(e.subscription?.lastSuccessAt).toBe(clock - 1000);
			// A later good fetch clears the error.
			clock += 1000;
			await ok.norms.refreshSubscription();
			expect((await effectiveNorms.get()).lastError).toBeNull();
		},
	);

	it('lets policy set the subscription and pin a key; a person cannot change it', async () => {
		await fakeBrowser.storage.managed.set({
			subscriptionUrl: SUB_URL,
			subscriptionPublicKey: signer.publicKey,
			locked: ['*'],
		});
		const { norms } = service({
			[SUB_URL]: () => new Response(good),
			[`${SUB_URL}.sig`]: () => new Response(signedGood),
		});
		expect(await norms.refreshSubscription()).toEqual({ status: 'updated' });
		expect(await norms.setSubscription('https://elsewhere.example/p.json', null)).toMatchObject({
			ok: false,
			error: /policy/,
		});
		await norms.setPersonal({ asyncTargetPercent: 5 });
		const e = await effectiveNorms.get();
		expect(e.subscription).toMatchObject({ url: SUB_URL, managed: true, pinned: true });
		expect(e.norms.asyncTargetPercent).toBe(support.asyncTargetPercent); // locked, and the policy's subscription may fill it
		expect(e.locked).toEqual(['*']);
	});

	it('does not let a preset from the person’s earlier URL fill fields locked by policy', async () => {
		const { norms } = service({ [SUB_URL]: () => new Response(good) });
		await norms.setSubscription(SUB_URL, null);
		await fakeBrowser.storage.managed.set({
			subscriptionUrl: 'https://policy.example/p.json',
			locked: ['asyncTargetPercent'],
		});
		const e = await norms.recompute();
		expect(e.sources['channels.chat.response']).toBe('subscription'); // last good stays in force…
		expect(e.norms.asyncTargetPercent).toBe(DEFAULT_NORMS.asyncTargetPercent); // …but not for locked fields
		expect(e.subscription).toMatchObject({
			url: 'https://policy.example/p.json',
			managed: true,
			lastSuccessAt: null,
		});
	});

	it('stops using an unsigned preset once a key is pinned', async () => {
		const { norms } = service({ [SUB_URL]: () => new Response(good) });
		await norms.setSubscription(SUB_URL, null);
		await fakeBrowser.storage.managed.set({ subscriptionPublicKey: signer.publicKey });
		const e = await norms.recompute();
		expect(e.preset.source).toBe('builtin');
		expect(e.problems.map((p) => p.message)).toContain(
			'the last fetched preset is not used: it was not signed with the pinned key',
		);
	});

	it('refuses a replayed older signed preset and keeps the newer one in force', async () => {
		const newer = JSON.stringify({ ...support, version: '2026.06' });
		const older = JSON.stringify({ ...support, version: '2026.01', asyncTargetPercent: 10 });
		let serve = {
			text: newer,
			sig: await signer.envelope(newer, { issuedAt: new Date('2026-06-01T00:00:00Z') }),
		};
		const { norms } = service({
			[SUB_URL]: () => new Response(serve.text),
			[`${SUB_URL}.sig`]: () => new Response(serve.sig),
		});
		clock = Date.parse('2026-07-01T00:00:00Z');
		expect(await norms.setSubscription(SUB_URL, signer.publicKey)).toMatchObject({
			ok: true,
			refresh: { status: 'updated' },
		});
		serve = {
			text: older,
			sig: await signer.envelope(older, { issuedAt: new Date('2026-01-01T00:00:00Z') }),
		};
		clock += 1000;
		const outcome = await norms.refreshSubscription();
		expect(outcome).toEqual({
			status: 'failed',
			message:
				'signature rejected: the preset served is older than the one in force (issued 2026-01-01T00:00:00Z, the one in force 2026-06-01T00:00:00Z): a replayed file is refused',
		});
		const e = await pageView.effectiveNorms.get();
		expect(e.norms.version).toBe('2026.06');
		expect(e.lastError?.message).toBe(outcome.message);
	});

	it('says when the signed preset in force has expired, and keeps it', async () => {
		const sig = await signer.envelope(good, { expiresAt: new Date('2026-02-01T00:00:00Z') });
		const { norms } = service({
			[SUB_URL]: () => new Response(good),
			[`${SUB_URL}.sig`]: () => new Response(sig),
		});
		clock = Date.parse('2026-01-15T00:00:00Z');
		await norms.setSubscription(SUB_URL, signer.publicKey);
		clock = Date.parse('2026-03-01T00:00:00Z');
		const e = await norms.recompute();
		expect(e.preset.source).toBe('subscription');
		expect(e.problems.map((p) => p.message)).toContain(
			'the team preset in force expired on 2026-02-01; it stays until a newer signed one arrives (ask your admin to sign it again)',
		);
	});

	it('checks the kept preset against the pinned key on every recompute, not only at fetch', async () => {
		const { norms } = service({
			[SUB_URL]: () => new Response(good),
			[`${SUB_URL}.sig`]: () => new Response(signedGood),
		});
		await norms.setSubscription(SUB_URL, signer.publicKey);
		expect((await norms.recompute()).preset.source).toBe('subscription');
		// The stored copy changed under us (a bug, a damaged disk): its signature no longer covers it.
		const state = await subscription.get();
		const lastGood = state.lastGood as NonNullable<typeof state.lastGood>;
		await subscription.set({
			...state,
			lastGood: { ...lastGood, text: good.replace('"asyncTargetPercent":', '"asyncTargetPercent": ') },
		});
		const e = await norms.recompute();
		expect(e.preset.source).toBe('builtin');
		expect(e.problems.map((p) => p.message)).toContain(
			'the last fetched preset is not used: its signature no longer holds: the signature is for other bytes: the preset changed after it was signed',
		);
	});

	it('uses only the policy key when policy sets the URL: a stale personal key does not block it', async () => {
		const { norms } = service({ [SUB_URL]: () => new Response(good) });
		await norms.setSubscription('https://mine.example/p.json', signer.publicKey);
		await fakeBrowser.storage.managed.set({ subscriptionUrl: SUB_URL });
		expect(await norms.refreshSubscription()).toEqual({ status: 'updated' });
		const e = await norms.recompute();
		expect(e.preset.source).toBe('subscription');
		expect(e.subscription).toMatchObject({ url: SUB_URL, managed: true, pinned: false });
	});

	it('reports a damaged stored subscription instead of unsubscribing in silence', async () => {
		await subscription.setRaw({ url: 5, lastGood: 'x' });
		const { norms } = service();
		const e = await norms.recompute();
		expect(e.problems).toContainEqual({
			source: 'storage',
			message:
				'the stored team subscription is damaged and could not be read, so no subscription is in force: subscribe again in the options page',
			at: clock,
		});
		expect(e.lastError?.source).toBe('storage');
	});

	it('reports a policy key that is not a string and keeps computing (fails closed)', async () => {
		await fakeBrowser.storage.managed.set({
			subscriptionUrl: SUB_URL,
			subscriptionPublicKey: { toString: 1 },
		});
		const { norms } = service({ [SUB_URL]: () => new Response(good) });
		const e = await norms.recompute();
		expect(e.problems.map((p) => p.message)).toContainEqual(
			expect.stringMatching(
				/policy "subscriptionPublicKey" is not usable \(expected a string, got an object\)/,
			),
		);
		expect(e.subscription).toMatchObject({ pinned: true });
		expect(await norms.refreshSubscription()).toMatchObject({ status: 'failed', message: /signature/ });
		expect((await pageView.effectiveNorms.get()).preset.source).toBe('builtin');
	});

	it('unsubscribes', async () => {
		const { norms } = service({ [SUB_URL]: () => new Response(good) });
		await norms.setSubscription(SUB_URL, null);
		expect(await norms.setSubscription(null, null)).toEqual({ ok: true, refresh: { status: 'none' } });
		expect((await effectiveNorms.get()).preset.source).toBe('builtin');
		expect(await norms.refreshSubscription()).toEqual({ status: 'none' });
	});
});
