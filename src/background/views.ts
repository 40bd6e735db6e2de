/**
 * The background publishes what readers need from the trusted store (see src/shared/storage.ts): the effective
 * norms and the settings to storage.local for content scripts, and those plus the options page's sources to
 * storage.session for extension pages. A content script can write storage.local, so a change there that the
 * background did not make is undone from the session copy, which only trusted contexts can reach.
 */
import browser from '../shared/browser.js';
import {
	type EffectiveNorms,
	effectiveNorms,
	LOCAL_VIEW_KEYS,
	pageView,
	type Settings,
	settings,
} from '../shared/storage.js';
import {
	importedPreset,
	personalOverrides,
	subscription,
	settings as trustedSettings,
} from './trusted-store.js';

/** A stored value as it is (the JSON string @plasmohq/storage wrote), to compare copies byte for byte. */
async function raw(area: 'local' | 'session', key: string): Promise<unknown> {
	return (await browser.storage[area].get(key))[key];
}

type AccessLevelArea = { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> | void };

/** Session storage is trusted-only by default in Chrome and Firefox; say so anyway where the browser can. */
export async function restrictSessionStorage(): Promise<void> {
	// The polyfill's types do not list setAccessLevel yet; it hands the browser's own session area through.
	const area = browser.storage.session as AccessLevelArea | undefined;
	try {
		await area?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
	} catch {
		// Older browsers: the default (trusted contexts only) holds.
	}
}

export async function publishNorms(next: EffectiveNorms): Promise<void> {
	// Session first: it is the copy storage.local is checked against.
	await pageView.effectiveNorms.set(next);
	await effectiveNorms.set(next);
}

export async function publishSettings(next: Settings): Promise<void> {
	await pageView.settings.set(next);
	await settings.set(next);
}

/** The sources the options page shows (the subscription form, the imported file, the personal overrides). */
export async function publishSources(): Promise<void> {
	const state = await subscription.get();
	await pageView.subscription.set({ url: state.url, publicKey: state.publicKey });
	await pageView.importedPreset.set(await importedPreset.get());
	await pageView.personalOverrides.set(await personalOverrides.get());
}

const isLocalViewKey = (key: string): key is (typeof LOCAL_VIEW_KEYS)[number] =>
	(LOCAL_VIEW_KEYS as readonly string[]).includes(key);

export interface ViewDeps {
	/** Recomputes the effective norms from the trusted sources and publishes them. */
	recompute(): Promise<unknown>;
}

export function createViews(deps: ViewDeps) {
	/** Makes sure every view exists (a new browser session starts with empty session storage). */
	async function ensure(): Promise<void> {
		if ((await raw('session', pageView.effectiveNorms.key)) === undefined) await deps.recompute();
		if ((await raw('session', pageView.settings.key)) === undefined)
			await publishSettings(await trustedSettings.get());
		if ((await raw('session', pageView.subscription.key)) === undefined) await publishSources();
		for (const key of LOCAL_VIEW_KEYS) await restore(key);
	}

	/** Puts storage.local's copy of `key` back to what the background published, if anything else changed it. */
	async function restore(key: (typeof LOCAL_VIEW_KEYS)[number]): Promise<boolean> {
		const trusted = await raw('session', key);
		if (trusted === undefined) {
			// No session copy yet (a new browser session): derive it again, which publishes both.
			if (key === effectiveNorms.key) await deps.recompute();
			else await publishSettings(await trustedSettings.get());
			return true;
		}
		if ((await raw('local', key)) === trusted) return false;
		await browser.storage.local.set({ [key]: trusted });
		return true;
	}

	/** storage.onChanged for storage.local: a published key changed by someone else is restored. */
	function onLocalChanged(changes: Record<string, { newValue?: unknown }>): Promise<unknown> {
		return Promise.all(
			Object.keys(changes)
				.filter(isLocalViewKey)
				.map((key) => restore(key)),
		);
	}

	/** Everything published afresh (after an install or update, when session storage starts empty). */
	async function publishAll(): Promise<void> {
		await deps.recompute();
		await publishSettings(await trustedSettings.get());
		await publishSources();
		for (const key of LOCAL_VIEW_KEYS) await restore(key);
	}

	return { ensure, restore, onLocalChanged, publishAll };
}

export type Views = ReturnType<typeof createViews>;
