/**
 * Runtime opt-in per site (webext-dynamic-content-scripts' idea, in a few lines): the popup asks for the
 * origin's host permission in the person's click, then this registers the content script for that origin,
 * injects it into the tabs already open there, and records the pattern in settings.sites. Turning a site
 * off undoes all three. Built-in chat sites (the manifest's matches) are turned off per host instead.
 * The script registered is the one the page needs: calendar.js for a calendar page (isCalendarUrl), else the
 * chat script.
 */
import browser from '../shared/browser.js';
import { isCalendarUrl } from '../shared/calendar-hosts.js';
import { matchesPattern, originPattern } from '../shared/match-pattern.js';
import type { Responses, SiteStatus } from '../shared/messages.js';
import { settings } from '../shared/storage.js';

const CHAT_SCRIPT = 'content.js';
const CALENDAR_SCRIPT = 'calendar.js';

/** The content script a page needs: the calendar one on a calendar page, the chat one anywhere else. */
export const scriptFor = (url: string) => (isCalendarUrl(url) ? CALENDAR_SCRIPT : CHAT_SCRIPT);

/** The registration id for an origin pattern: `unhurried-optin-chat.example.org`. */
export function registrationId(pattern: string): string {
	const host = new URL(pattern.replace('/*', '/')).hostname;
	return `unhurried-optin-${host.replace(/[^a-z0-9.-]/gi, '_')}`;
}

function builtinPatterns(): string[] {
	const scripts = browser.runtime.getManifest().content_scripts ?? [];
	return scripts.flatMap((s) => s.matches ?? []);
}

export interface SiteAccessDeps {
	now: () => number;
}

export function createSiteAccess(deps: SiteAccessDeps) {
	async function status(url: string | null): Promise<SiteStatus> {
		const current = await settings.get();
		const base = {
			hostDisabled: false,
			pausedUntil: current.pausedUntil > deps.now() ? current.pausedUntil : 0,
		};
		const pattern = url ? originPattern(url) : undefined;
		if (!url || !pattern) return { state: 'unsupported', ...base };
		const host = new URL(url).hostname;
		const hostDisabled = current.disabledHosts.includes(host);
		if (builtinPatterns().some((p) => matchesPattern(p, url)))
			return { state: 'builtin', host, pattern, ...base, hostDisabled };
		const enabled =
			current.sites.includes(pattern) && (await browser.permissions.contains({ origins: [pattern] }));
		return { state: enabled ? 'enabled' : 'available', host, pattern, ...base, hostDisabled };
	}

	async function register(pattern: string, script: string): Promise<void> {
		const id = registrationId(pattern);
		const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
		// Registered earlier with the other script (before this page was known as a calendar): replace it.
		if (existing.length > 0 && !existing[0]?.js?.includes(script))
			await browser.scripting.unregisterContentScripts({ ids: [id] });
		if (existing.length === 0 || !existing[0]?.js?.includes(script))
			await browser.scripting.registerContentScripts([
				{
					id,
					matches: [pattern],
					js: [script],
					runAt: 'document_idle',
					allFrames: true,
					persistAcrossSessions: true,
				},
			]);
		// Tabs already open there get the script now; both scripts ignore a second injection.
		const tabs = await browser.tabs.query({ url: pattern });
		await Promise.all(
			tabs.map((tab) =>
				tab.id === undefined
					? undefined
					: browser.scripting
							.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [script] })
							.catch(() => {
								// A tab that is loading or shows an error page gets the registered script when it loads.
							}),
			),
		);
	}

	async function unregister(pattern: string): Promise<void> {
		const id = registrationId(pattern);
		const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
		if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
	}

	async function update(change: (s: Awaited<ReturnType<typeof settings.get>>) => void): Promise<void> {
		const current = await settings.get();
		change(current);
		await settings.set(current);
	}

	async function enable(url: string): Promise<Responses['popup/enable-site']> {
		const before = await status(url);
		if (before.state === 'unsupported' || !before.pattern || !before.host)
			return { ok: false, error: 'Unhurried can only run on https web pages' };
		const { pattern, host } = before;
		if (before.state !== 'builtin') {
			if (!(await browser.permissions.contains({ origins: [pattern] })))
				return { ok: false, error: `access to ${host} was not granted` };
			try {
				await register(pattern, scriptFor(url));
			} catch (error) {
				return { ok: false, error: `could not start on ${host}: ${(error as Error).message}` };
			}
		}
		await update((s) => {
			s.disabledHosts = s.disabledHosts.filter((h) => h !== host);
			if (before.state !== 'builtin' && !s.sites.includes(pattern)) s.sites.push(pattern);
		});
		return { ok: true, status: await status(url) };
	}

	async function disable(url: string): Promise<Responses['popup/disable-site']> {
		const before = await status(url);
		if (before.state === 'unsupported' || !before.pattern || !before.host)
			return { ok: false, error: 'Unhurried does not run on this page' };
		const { pattern, host } = before;
		if (before.state === 'builtin') {
			await update((s) => {
				if (!s.disabledHosts.includes(host)) s.disabledHosts.push(host);
			});
			return { ok: true, status: await status(url) };
		}
		await unregister(pattern);
		await update((s) => {
			s.sites = s.sites.filter((p) => p !== pattern);
		});
		// Chrome refuses to remove a permission the manifest requires; the registration is gone either way.
		await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
		return { ok: true, status: await status(url) };
	}

	async function pause(minutes: number): Promise<Responses['popup/pause']> {
		const pausedUntil = minutes === 0 ? 0 : deps.now() + minutes * 60_000;
		await update((s) => {
			s.pausedUntil = pausedUntil;
		});
		return { ok: true, pausedUntil };
	}

	/** A permission the person removed elsewhere (the browser's site access menu) ends the opt-in too. */
	async function permissionRemoved(origins: readonly string[]): Promise<void> {
		const current = await settings.get();
		const gone = current.sites.filter((p) => origins.includes(p));
		if (gone.length === 0) return;
		for (const pattern of gone) await unregister(pattern).catch(() => {});
		await update((s) => {
			s.sites = s.sites.filter((p) => !gone.includes(p));
		});
	}

	return { status, enable, disable, pause, permissionRemoved };
}

export type SiteAccess = ReturnType<typeof createSiteAccess>;
