/**
 * The background's norms store on the fake browser: sources and precedence, policy locks, imports that
 * store nothing when invalid, and subscription faults that keep the last good preset with the reason.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createNormsService } from '../../src/background/norms/norms-service.js';
import { DEFAULT_NORMS } from '../../src/core/norms/default-norms.js';
import { BUILTIN_PRESETS } from '../../src/core/norms/presets/index.js';
import { effectiveNorms, importedPreset, personalOverrides, subscription } from '../../src/shared/storage.js';
import { fakeFetch, makeSigner, SUB_URL, subscriptionFaults } from '../unit/norms-fixtures.js';
import { MALFORMED } from '../unit/norms-malformed-cases.js';

const support = BUILTIN_PRESETS['support-on-call'];
const good = JSON.stringify(support);
const signer = await makeSigner();
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

	const faults = subscriptionFaults(good, signer);
	it.each(faults)(
		'keeps the last good preset on %s and shows why',
		async (_what, routes, reason, { pinned }) => {
			const publicKey = pinned ? signer.publicKey : null;
			// First a good fetch (signed when a key is pinned)…
			const ok = service({
				[SUB_URL]: () => new Response(good),
				[`${SUB_URL}.sig`]: () => new Response(signer.sign(good)),
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
			[`${SUB_URL}.sig`]: () => new Response(signer.sign(good)),
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
			'the last fetched preset was not signed with the pinned key, so it is not used',
		);
	});

	it('unsubscribes', async () => {
		const { norms } = service({ [SUB_URL]: () => new Response(good) });
		await norms.setSubscription(SUB_URL, null);
		expect(await norms.setSubscription(null, null)).toEqual({ ok: true, refresh: { status: 'none' } });
		expect((await effectiveNorms.get()).preset.source).toBe('builtin');
		expect(await norms.refreshSubscription()).toEqual({ status: 'none' });
	});
});
