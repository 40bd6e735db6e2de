/**
 * The background as the browser runs it: onInstalled runs the migrations, computes the norms, sets the
 * refresh alarm and fetches the subscription; messages are dispatched with sender checks; stats count.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runMigrations } from '../../src/background/migrations.js';
import { createStatsService } from '../../src/background/stats-service.js';
import {
	importedPreset,
	personalOverrides,
	STORAGE_VERSION,
	settings,
	storageVersion,
	subscription,
} from '../../src/background/trusted-store.js';
import { BUILTIN_PRESETS } from '../../src/core/norms/presets/index.js';
import { dispatch } from '../../src/shared/messages.js';
import { dayKey, emptyStats, pruneStats, recordStat } from '../../src/shared/stats.js';
import {
	defaultSettings,
	effectiveNorms,
	emptySubscription,
	local,
	pageView,
	settings as settingsView,
	stats,
} from '../../src/shared/storage.js';
import { SUB_URL } from '../unit/norms-fixtures.js';

const OWN = 'test-extension-id';
const page = { id: OWN, url: `chrome-extension://${OWN}/src/options/index.html` };
const contentScript = { id: OWN, url: 'https://app.slack.com/client/T1/C1', tab: { id: 3 } as never };
const good = JSON.stringify(BUILTIN_PRESETS['async-first']);

/** Loads src/background/index.ts afresh on the fake browser, with a fake network. */
async function loadBackground(fetchImpl: typeof fetch) {
	vi.resetModules();
	vi.stubGlobal('fetch', fetchImpl);
	vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
	await import('../../src/background/index.js');
	const send = async (msg: unknown, sender: object = page) =>
		(await fakeBrowser.runtime.onMessage.trigger(msg, sender, () => {}))[0];
	return { send };
}

beforeEach(() => {
	vi.unstubAllGlobals();
});

describe('background wiring', () => {
	it('on install: migrates, computes the norms, sets the alarm and fetches the subscription', async () => {
		await fakeBrowser.storage.local.set({ lastWords: '7' });
		await fakeBrowser.storage.managed.set({ subscriptionUrl: SUB_URL });
		const fetchSpy = vi.fn(async () => new Response(good, { headers: { etag: '"x"' } }));
		await loadBackground(fetchSpy as unknown as typeof fetch);
		await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
		await vi.waitFor(async () => expect((await effectiveNorms.get()).preset.source).toBe('subscription'));
		expect(await local.get('lastWords')).toBeUndefined();
		expect(await storageVersion.get()).toBe(STORAGE_VERSION);
		const alarm = await fakeBrowser.alarms.get('unhurried:refresh-subscription');
		expect(alarm?.periodInMinutes).toBe(240);
		expect(fetchSpy).toHaveBeenCalledWith(
			SUB_URL,
			expect.objectContaining({ redirect: 'follow', credentials: 'omit' }),
		);
	});

	it('refreshes on the alarm and on browser start', async () => {
		await fakeBrowser.storage.managed.set({ subscriptionUrl: SUB_URL });
		const fetchSpy = vi.fn(async () => new Response(good));
		await loadBackground(fetchSpy as unknown as typeof fetch);
		await fakeBrowser.alarms.onAlarm.trigger({
			name: 'unhurried:refresh-subscription',
			scheduledTime: 0,
			persistAcrossSessions: true,
		});
		await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(1));
		await fakeBrowser.runtime.onStartup.trigger();
		await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalledTimes(2));
		await fakeBrowser.alarms.onAlarm.trigger({
			name: 'something-else',
			scheduledTime: 0,
			persistAcrossSessions: true,
		});
		expect(fetchSpy).toHaveBeenCalledTimes(2);
	});

	it('recomputes when policy changes', async () => {
		await loadBackground(vi.fn() as unknown as typeof fetch);
		await fakeBrowser.storage.managed.set({
			preset: { asyncTargetPercent: 70 },
			locked: ['asyncTargetPercent'],
		});
		await vi.waitFor(async () => expect((await effectiveNorms.get()).norms.asyncTargetPercent).toBe(70));
		expect((await effectiveNorms.get()).locked).toEqual(['asyncTargetPercent']);
	});

	it('answers the options page: import, subscribe, refresh, personal, clear stats', async () => {
		const { send } = await loadBackground((async () => new Response(good)) as unknown as typeof fetch);
		expect(await send({ type: 'options/import-preset', text: '{', fileName: 'x.json' })).toMatchObject({
			ok: false,
			errors: [{ path: '$', message: expect.stringMatching(/not valid JSON/) }],
		});
		expect(await send({ type: 'options/use-builtin-preset', name: 'support-on-call' })).toMatchObject({
			ok: true,
		});
		expect(await send({ type: 'options/set-subscription', url: SUB_URL })).toEqual({
			ok: true,
			refresh: { status: 'updated' },
		});
		expect(await send({ type: 'options/refresh-subscription' })).toEqual({ status: 'updated' });
		expect(await send({ type: 'options/set-personal', overrides: { asyncTargetPercent: 75 } })).toEqual({
			ok: true,
			ignoredLocked: [],
		});
		expect(await send({ type: 'options/clear-imported-preset' })).toEqual({ ok: true });
		expect(await send({ type: 'cs/record-stat', kind: 'vague_ask', event: 'shown' }, contentScript)).toEqual({
			ok: true,
		});
		expect(Object.keys((await stats.get()).days)).toHaveLength(1);
		expect(await send({ type: 'options/clear-stats' })).toEqual({ ok: true });
		expect(await stats.get()).toEqual(emptyStats());
		const e = await effectiveNorms.get();
		expect(e.preset.source).toBe('subscription');
		expect(e.sources.asyncTargetPercent).toBe('subscription');
	});

	it('refuses options messages from content scripts, and anything from elsewhere or malformed', async () => {
		const handlers = new Proxy({}, { get: () => vi.fn() }) as never;
		const origin = `chrome-extension://${OWN}/`;
		await expect(
			dispatch({ type: 'options/clear-stats' }, contentScript, handlers, OWN, origin),
		).rejects.toThrow(/own pages/);
		await expect(
			dispatch(
				{ type: 'options/set-subscription', url: 'https://x' },
				{ id: OWN, url: 'https://evil.example/' },
				handlers,
				OWN,
				origin,
			),
		).rejects.toThrow(/own pages/);
		await expect(
			dispatch({ type: 'options/clear-stats' }, { id: 'other-extension' }, handlers, OWN, origin),
		).rejects.toThrow(/not this extension/);
		await expect(
			dispatch(
				{ type: 'cs/record-stat', kind: 'nope', event: 'shown' },
				contentScript,
				handlers,
				OWN,
				origin,
			),
		).rejects.toThrow(/malformed/);
		await expect(dispatch({ type: 'options/set-subscription' }, page, handlers, OWN, origin)).rejects.toThrow(
			/malformed/,
		);
		await expect(
			dispatch(
				{ type: 'cs/record-stat', kind: 'vague_ask', event: 'shown' },
				contentScript,
				handlers,
				OWN,
				origin,
			),
		).resolves.toBeUndefined();
	});
});

describe('storage migrations', () => {
	it.each<[string, Record<string, string>, Record<string, string>]>([
		['a fresh install (nothing stored)', {}, {}],
		['the 0.1 scaffold and prototype keys', { lastWords: '"7"', lastDraft: '{"words":3}' }, {}],
		['valid stats, which are kept', { stats: '{"days":{}}' }, { stats: '{"days":{}}' }],
	])('brings %s to the current layout', async (_what, before, after) => {
		await fakeBrowser.storage.local.set(before);
		expect(await runMigrations()).toEqual({ from: 0, to: STORAGE_VERSION, ran: [1, 2] });
		expect(await fakeBrowser.storage.local.get(null)).toEqual(after);
		expect(await storageVersion.get()).toBe(STORAGE_VERSION);
	});

	it('moves every source into the trusted store, settings included (they were once dropped)', async () => {
		const mine = { ...defaultSettings(), disabledRules: ['vague-ask'], typingDelayMs: 800 };
		await fakeBrowser.storage.local.set({
			storageVersion: '1',
			settings: JSON.stringify(mine),
			personalOverrides: '{"asyncTargetPercent":70}',
			importedPreset: JSON.stringify({
				preset: BUILTIN_PRESETS['async-first'],
				fileName: 'a.json',
				importedAt: 1,
			}),
			subscription: JSON.stringify({
				url: SUB_URL,
				publicKey: null,
				lastGood: {
					url: SUB_URL,
					preset: BUILTIN_PRESETS['async-first'],
					etag: null,
					publicKey: null,
					fetchedAt: 1,
				},
				lastAttemptAt: 1,
				lastError: null,
			}),
		});
		expect(await runMigrations()).toEqual({ from: 1, to: STORAGE_VERSION, ran: [2] });
		expect(await settings.get()).toEqual(mine);
		expect(await personalOverrides.get()).toEqual({ asyncTargetPercent: 70 });
		expect((await importedPreset.get())?.fileName).toBe('a.json');
		// The URL stays; the preset fetched before is fetched again (it could have been forged, and carries no envelope).
		expect(await subscription.get()).toEqual({ ...emptySubscription(), url: SUB_URL });
		// storage.local keeps only what readers read.
		expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(['settings']);
	});

	it('keeps the settings of a layout-0 store (the first migration used to drop them)', async () => {
		const mine = { ...defaultSettings(), disabledRules: ['vague-ask'], typingDelayMs: 800 };
		await fakeBrowser.storage.local.set({ settings: JSON.stringify(mine), lastWords: '"7"' });
		expect(await runMigrations()).toEqual({ from: 0, to: STORAGE_VERSION, ran: [1, 2] });
		expect(await settings.get()).toEqual(mine);
	});

	it('carries a damaged value over, so it is reported rather than dropped in silence', async () => {
		await fakeBrowser.storage.local.set({ subscription: '{"url":5}', settings: 'not json' });
		await runMigrations();
		expect(await subscription.read()).toMatchObject({ damaged: true });
		expect(await settings.read()).toMatchObject({ damaged: true });
	});

	it('runs once: a second run changes nothing, whatever storage.local says', async () => {
		await runMigrations();
		await fakeBrowser.storage.local.set({ lastWords: '"7"', storageVersion: '0' });
		expect(await runMigrations()).toEqual({ from: 2, to: 2, ran: [] });
		expect(await local.get('lastWords')).toBe('7');
	});

	it('leaves a newer layout alone (a downgrade)', async () => {
		await storageVersion.set(99);
		await fakeBrowser.storage.local.set({ future: '"x"' });
		expect(await runMigrations()).toEqual({ from: 99, to: 99, ran: [] });
		expect(await local.get('future')).toBe('x');
	});
});

describe('what content scripts read is the background’s', () => {
	it('puts back forged effective norms and settings, and ignores forged sources', async () => {
		await loadBackground(vi.fn() as unknown as typeof fetch);
		await vi.waitFor(async () =>
			expect((await pageView.effectiveNorms.get()).refreshedAt).toBeGreaterThan(0),
		);
		const published = await effectiveNorms.get();
		const forged = { ...published, norms: { ...published.norms, asyncTargetPercent: 1 } };
		await fakeBrowser.storage.local.set({
			effectiveNorms: JSON.stringify(forged),
			settings: JSON.stringify({ ...defaultSettings(), disabledRules: ['false-urgency'] }),
			subscription: JSON.stringify({ url: 'https://evil.example/p.json', publicKey: null, lastGood: null }),
		});
		await vi.waitFor(async () => expect(await effectiveNorms.get()).toEqual(published));
		await vi.waitFor(async () => expect((await settingsView.get()).disabledRules).toEqual([]));
		await fakeBrowser.storage.local.remove('effectiveNorms');
		await vi.waitFor(async () => expect(await effectiveNorms.get()).toEqual(published));
		expect((await subscription.get()).url).toBeNull();
	});

	it('changes settings only through messages; a content script may only turn a rule off', async () => {
		const { send } = await loadBackground(vi.fn() as unknown as typeof fetch);
		expect(await send({ type: 'cs/disable-rule', rule: 'vague-ask' }, contentScript)).toEqual({ ok: true });
		expect((await settingsView.get()).disabledRules).toEqual(['vague-ask']);
		expect((await pageView.settings.get()).disabledRules).toEqual(['vague-ask']);
		await expect(
			send({ type: 'options/set-settings', change: { disabledRules: [] } }, contentScript),
		).rejects.toThrow(/own pages/);
		expect(await send({ type: 'options/set-settings', change: { typingDelayMs: 900 } })).toEqual({
			ok: true,
		});
		expect(
			await send({ type: 'options/set-settings', change: { typingDelayMs: 5 } }).catch((e) => e.message),
		).toMatch(/malformed/);
		expect(await settings.get()).toMatchObject({ disabledRules: ['vague-ask'], typingDelayMs: 900 });
	});

	it('switches one rule at a time against the settings as they are, so concurrent switches are all kept', async () => {
		const { send } = await loadBackground(vi.fn() as unknown as typeof fetch);
		await expect(
			send({ type: 'options/set-rule', rule: 'sensitive', on: false }, contentScript),
		).rejects.toThrow(/own pages/);
		await Promise.all([
			send({ type: 'cs/disable-rule', rule: 'vague-ask' }, contentScript),
			send({ type: 'options/set-rule', rule: 'sensitive', on: false }),
			send({ type: 'options/set-rule', rule: 'suggest-doc', on: false }),
		]);
		expect([...(await settings.get()).disabledRules].sort()).toEqual([
			'sensitive',
			'suggest-doc',
			'vague-ask',
		]);
		expect(await send({ type: 'options/set-rule', rule: 'sensitive', on: true })).toEqual({ ok: true });
		expect([...(await pageView.settings.get()).disabledRules].sort()).toEqual(['suggest-doc', 'vague-ask']);
	});
});

describe('local stats', () => {
	const day = (s: string) => new Date(`${s}T12:00:00`);

	it('counts per kind per day', () => {
		let s = emptyStats();
		s = recordStat(s, 'vague_ask', 'shown', day('2026-03-02'));
		s = recordStat(s, 'vague_ask', 'shown', day('2026-03-02'));
		s = recordStat(s, 'vague_ask', 'applied', day('2026-03-02'));
		s = recordStat(s, 'no_agenda', 'dismissed', day('2026-03-03'));
		expect(s.days).toEqual({
			'2026-03-02': { vague_ask: { shown: 2, applied: 1, dismissed: 0 } },
			'2026-03-03': { no_agenda: { shown: 0, applied: 0, dismissed: 1 } },
		});
	});

	it('keeps 12 weeks', () => {
		const s = { days: { '2026-01-01': {}, '2026-01-02': {}, '2026-03-26': {} } };
		expect(Object.keys(pruneStats(s, day('2026-03-26')).days)).toEqual(['2026-01-02', '2026-03-26']);
		expect(dayKey(day('2026-03-26'))).toBe('2026-03-26');
	});

	it('records through one writer without losing concurrent events, and clears', async () => {
		const service = createStatsService({ now: () => day('2026-03-02').getTime() });
		await Promise.all(Array.from({ length: 20 }, () => service.record('sensitive', 'shown')));
		expect((await stats.get()).days['2026-03-02']?.sensitive?.shown).toBe(20);
		await service.clear();
		expect(await stats.get()).toEqual(emptyStats());
	});
});
