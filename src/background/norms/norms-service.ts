/**
 * The background's norms store: gathers the five sources from the trusted store and policy, merges them by
 * precedence, and publishes the effective norms (with each field's source, the locks and the current problems)
 * for content scripts and pages (views.ts). A kept subscription preset is parsed again, and its signature
 * checked again with the pinned key, on every recompute. Every write goes through one queue, so a refresh, an
 * import and a policy change never interleave.
 */

import { computeEffectiveNorms, subscriptionInForce } from '../../core/norms/effective-norms.js';
import { isLocked, leafPaths } from '../../core/norms/merge-norms.js';
import { parsePresetPatch, parsePresetText } from '../../core/norms/parse-preset.js';
import { BUILTIN_PRESETS, type BuiltinPresetName } from '../../core/norms/presets/index.js';
import { PersonalOverrides } from '../../core/norms/schema.js';
import { decodeEd25519Key } from '../../core/norms/signature.js';
import { checkSubscriptionUrl } from '../../core/norms/subscription-url.js';
import type { RefreshOutcome, Responses } from '../../shared/messages.js';
import {
	type EffectiveNorms,
	emptySubscription,
	type NormsProblem,
	pageView,
	type SubscriptionState,
} from '../../shared/storage.js';
import { serialQueue } from '../serial-queue.js';
import { DAMAGED, importedPreset, personalOverrides, subscription } from '../trusted-store.js';
import { publishNorms, publishSources } from '../views.js';
import { fetchPreset } from './fetch-preset.js';
import { readManaged } from './read-managed.js';

export interface NormsDeps {
	/** Epoch milliseconds. */
	now: () => number;
	/** Injected in tests; the global fetch otherwise. */
	fetch?: typeof fetch;
	/** Development builds only: allow http://localhost subscriptions. */
	allowLoopback: boolean;
	timeoutMs?: number;
}

/** Drops the fields that change on every computation, to tell whether anything really changed. */
function comparable(e: EffectiveNorms): string {
	return JSON.stringify({
		...e,
		refreshedAt: 0,
		lastError: null,
		problems: e.problems.map((p) => p.message),
	});
}

export function createNormsService(deps: NormsDeps) {
	/** Runs a task after everything queued before it. */
	const serial = serialQueue();

	async function computeNow(): Promise<EffectiveNorms> {
		const [policy, sub, file, personal] = await Promise.all([
			readManaged({ allowLoopback: deps.allowLoopback }),
			subscription.read(),
			importedPreset.read(),
			personalOverrides.read(),
		]);
		const reads = [
			[subscription.key, sub],
			[importedPreset.key, file],
			[personalOverrides.key, personal],
		] as const;
		const damaged = reads.flatMap(([key, read]) => (read.damaged ? [DAMAGED[key] as string] : []));
		return computeEffectiveNorms({
			at: deps.now(),
			policy,
			subscription: sub.value,
			imported: file.value,
			personal: personal.value,
			damaged,
		});
	}

	/** Recomputes and publishes the effective norms (skips the write when nothing changed). */
	function recompute(): Promise<EffectiveNorms> {
		return serial(async () => {
			const previous = await pageView.effectiveNorms.get();
			let next: EffectiveNorms;
			try {
				next = await computeNow();
			} catch (error) {
				// Should not happen (every layer is validated); keep the last good norms and say why.
				const problem: NormsProblem = {
					source: 'storage',
					message: `the norms could not be computed (${(error as Error).message}); the last good norms stay in force`,
					at: deps.now(),
				};
				next = { ...previous, lastError: problem, problems: [...previous.problems, problem] };
			}
			if (previous.refreshedAt !== 0 && comparable(previous) === comparable(next)) return previous;
			await publishNorms(next);
			return next;
		});
	}

	/**
	 * Fetches the subscription in force once; the last good preset stays on any failure. `whole`: no
	 * If-None-Match, so a person who just subscribed hears "fetched" even when another refresh (the one at
	 * install, an alarm) got there a moment before.
	 */
	async function refreshSubscription({ whole = false } = {}): Promise<RefreshOutcome> {
		const outcome = await serial(async (): Promise<RefreshOutcome> => {
			const policy = await readManaged({ allowLoopback: deps.allowLoopback });
			const state = await subscription.get();
			const { url, publicKey } = subscriptionInForce(policy, state);
			if (!url) return { status: 'none' };
			const good = state.lastGood;
			const sameSource = good !== null && good.url === url && good.publicKey === publicKey;
			const result = await fetchPreset({
				url,
				etag: sameSource && !whole ? good.etag : null,
				publicKey,
				allowLoopback: deps.allowLoopback,
				fetch: deps.fetch,
				timeoutMs: deps.timeoutMs,
				now: deps.now(),
				// Signed presets only move forward: nothing issued before the one in force from this URL.
				inForceIssuedAt: sameSource ? good.envelope?.issuedAt : null,
			});
			const at = deps.now();
			const next: SubscriptionState = { ...state, lastAttemptAt: at };
			if (result.status === 'updated') {
				next.lastGood = {
					url,
					text: result.text,
					envelope: result.envelope,
					etag: result.etag,
					publicKey,
					fetchedAt: at,
				};
				next.lastError = null;
			} else if (result.status === 'unchanged' && good) {
				next.lastGood = { ...good, fetchedAt: at };
				next.lastError = null;
			} else if (result.status === 'failed') {
				next.lastError = { source: 'subscription', message: result.reason, at };
			}
			await subscription.set(next);
			return result.status === 'failed'
				? { status: 'failed', message: result.reason }
				: { status: result.status };
		});
		await recompute();
		return outcome;
	}

	async function setSubscription(
		url: string | null,
		publicKey: string | null | undefined,
	): Promise<Responses['options/set-subscription']> {
		const policy = await readManaged({ allowLoopback: deps.allowLoopback });
		if (policy.subscriptionUrl)
			return {
				ok: false,
				error: 'the subscription is set by your organization’s policy and cannot be changed here',
			};
		if (url === null || url.trim() === '') {
			await serial(async () => {
				await subscription.set(emptySubscription());
				await publishSources();
			});
			await recompute();
			return { ok: true, refresh: { status: 'none' } };
		}
		const checked = checkSubscriptionUrl(url.trim(), { allowLoopback: deps.allowLoopback });
		if (!checked.ok) return { ok: false, error: checked.reason };
		const key = publicKey?.trim() || null;
		if (key)
			try {
				decodeEd25519Key(key, 'public');
			} catch (error) {
				return { ok: false, error: (error as Error).message };
			}
		await serial(async () => {
			// A damaged state is replaced whole: setting the subscription again is how the person repairs it.
			const state = await subscription.get();
			await subscription.set({ ...state, url: checked.url.href, publicKey: key, lastError: null });
			await publishSources();
		});
		return { ok: true, refresh: await refreshSubscription({ whole: true }) };
	}

	async function importPresetText(
		text: string,
		fileName: string | undefined,
	): Promise<Responses['options/import-preset']> {
		const parsed = parsePresetText(text);
		if (!parsed.ok) return { ok: false, errors: parsed.errors };
		await serial(async () => {
			await importedPreset.set({
				preset: parsed.preset,
				fileName: fileName ?? 'preset.json',
				importedAt: deps.now(),
			});
			await publishSources();
		});
		await recompute();
		return { ok: true, name: parsed.preset.name, version: parsed.preset.version };
	}

	async function useBuiltin(name: BuiltinPresetName): Promise<Responses['options/use-builtin-preset']> {
		const preset = BUILTIN_PRESETS[name];
		await serial(async () => {
			await importedPreset.set({ preset, fileName: `built-in:${name}`, importedAt: deps.now() });
			await publishSources();
		});
		await recompute();
		return { ok: true, name: preset.name, version: preset.version };
	}

	async function clearImported(): Promise<{ ok: true }> {
		await serial(async () => {
			await importedPreset.remove();
			await publishSources();
		});
		await recompute();
		return { ok: true };
	}

	async function setPersonal(overrides: unknown): Promise<Responses['options/set-personal']> {
		const parsed = parsePresetPatch(overrides, PersonalOverrides);
		if (!parsed.ok) return { ok: false, errors: parsed.errors };
		await serial(async () => {
			await personalOverrides.set(parsed.preset);
			await publishSources();
		});
		const current = await recompute();
		return { ok: true, ignoredLocked: leafPaths(parsed.preset).filter((p) => isLocked(current.locked, p)) };
	}

	return {
		recompute,
		refreshSubscription,
		setSubscription,
		importPresetText,
		useBuiltin,
		clearImported,
		setPersonal,
		serial,
	};
}

export type NormsService = ReturnType<typeof createNormsService>;
